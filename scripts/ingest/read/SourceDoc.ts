/** One line of a source document: its 1-based number, raw text and normalized text. */
export interface SourceLine {
  n: number;
  raw: string;
  /** normalizeLine(raw): NFKC, radicals folded, HTML stripped, PDF spaces removed. */
  text: string;
}

/** A decoded source document split into lines. */
export interface SourceDoc {
  /** Path from the repo root, e.g. `seeds/001_c90401aa62130a51.txt`. */
  file: string;
  /** Encoding the bytes were read as (`UTF8`, `SJIS`, …). */
  encoding: string;
  lines: SourceLine[];
}
