import type { SourceRef } from '../schemas/source';

/**
 * Document name of a seed file, as used in /sources/<document>/ URLs.
 * `documentName('seeds/001_c90401aa62130a51.txt')` → '001_c90401aa62130a51'.
 */
export function documentName(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.txt$/, '');
}

/** Language-neutral id of a source line, the fragment of its link: `lineId(214)` → 'L214'. */
export function lineId(line: number): string {
  return `L${line}`;
}

/**
 * Page path of a source line (pass it to localeHref).
 * `sourcePath({ file: 'seeds/001_c90401aa62130a51.txt', line: 214 })` → '/sources/001_c90401aa62130a51/#L214'.
 */
export function sourcePath(ref: Pick<SourceRef, 'file' | 'line'>): string {
  return `/sources/${documentName(ref.file)}/#${lineId(ref.line)}`;
}

/** Whether a line lies within a source reference, lineStart..lineEnd: `coversLine({ line: 4, lineEnd: 12 }, 6)` → true. */
export function coversLine(ref: Pick<SourceRef, 'line' | 'lineEnd' | 'lineStart'>, line: number): boolean {
  return line >= (ref.lineStart ?? ref.line) && line <= (ref.lineEnd ?? ref.line);
}
