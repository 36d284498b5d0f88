/**
 * Some doubled segment must hold at least this many letters or digits, so that `いろいろ`, `・・・・`
 * or a rule like `---` stay.
 */
const MIN_LETTERS_IN_A_SEGMENT = 3;

/** The halves of `text` read as consecutive doubled segments `s1 s1 s2 s2 …`, or null; longer segments first. */
function splitDoubled(text: string, from: number, memo: Map<number, string[] | null>): string[] | null {
  if (from === text.length) return [];
  const known = memo.get(from);
  if (known !== undefined) return known;
  let found: string[] | null = null;
  for (let length = Math.floor((text.length - from) / 2); length >= 1 && found === null; length--) {
    const segment = text.slice(from, from + length);
    if (text.startsWith(segment, from + length)) {
      const rest = splitDoubled(text, from + 2 * length, memo);
      if (rest !== null) found = [segment, ...rest];
    }
  }
  memo.set(from, found);
  return found;
}

/** The undoubled text when the whole of `text` is doubled segments with one long enough, else null. */
function undouble(text: string): string | null {
  const segments = splitDoubled(text, 0, new Map());
  const wordy = (segment: string) => (segment.match(/[\p{L}\p{N}]/gu) ?? []).length >= MIN_LETTERS_IN_A_SEGMENT;
  if (segments === null || !segments.some(wordy)) return null;
  return segments.join('');
}

/**
 * Undoes the doubling of bold text by PDF extraction, when the whole line is made of segments each
 * written twice; any other line is returned as it is.
 * `'◦◦出会いを創出するイベントを開催出会いを創出するイベントを開催'` → `'◦出会いを創出するイベントを開催'`;
 * `'総合戦略総合戦略策定策定'` → `'総合戦略策定'`; `'いろいろ'` stays.
 */
export function undoubleText(line: string): string {
  // A TAB separates table cells: equal neighbouring cells are data, not doubled type.
  if (line.includes('\t')) return line;
  const undoubled = undouble(line);
  if (undoubled !== null) return undoubled;
  // normalizeLine trims the leading space of the first copy (`　給食費」を無償化　給食費」を無償化`).
  const withLeadingSpace = undouble(` ${line}`);
  return withLeadingSpace === null ? line : withLeadingSpace.trim();
}
