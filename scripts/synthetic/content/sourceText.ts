/** A synthetic source text being written: each line added gets the number a citation names. */
export interface SourceText {
  /** Adds one line (no line break in it) and returns its 1-based number. */
  add(line: string): number;
  /** The lines so far, in order. */
  readonly lines: readonly string[];
}

/** `const text = sourceText(); text.add('基本目標1 …')` → 1; `text.lines` → ['基本目標1 …']. */
export function sourceText(): SourceText {
  const lines: string[] = [];
  return {
    add(line) {
      if (/[\r\n]/.test(line)) throw new Error(`a source line holds a line break: ${JSON.stringify(line)}`);
      lines.push(line);
      return lines.length;
    },
    lines,
  };
}

/** The text of a file as written: lines joined by LF with a final LF (splitLines gives the same lines back). */
export function joinLines(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
