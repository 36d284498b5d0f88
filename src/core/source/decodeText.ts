import { IngestError } from '../IngestError';

/** Each accepted encoding: its name in SourceDoc.encoding (scripts/ingest/read/SourceDoc.ts) → the TextDecoder label and the name messages use. */
const ENCODINGS = {
  UTF8: { label: 'utf-8', title: 'UTF-8' },
  UTF16LE: { label: 'utf-16le', title: 'UTF-16 LE' },
  UTF16BE: { label: 'utf-16be', title: 'UTF-16 BE' },
  SJIS: { label: 'shift_jis', title: 'Shift_JIS' },
  EUCJP: { label: 'euc-jp', title: 'EUC-JP' },
  JIS: { label: 'iso-2022-jp', title: 'ISO-2022-JP' },
} as const;

/** An encoding decodeText can read, as SourceDoc.encoding names it. */
export type EncodingName = keyof typeof ENCODINGS;

/** Byte-order marks, stripped before decoding; UTF-16 is only read with one. */
const BOMS: ReadonlyArray<{ encoding: EncodingName; mark: readonly number[] }> = [
  { encoding: 'UTF8', mark: [0xef, 0xbb, 0xbf] },
  { encoding: 'UTF16LE', mark: [0xff, 0xfe] },
  { encoding: 'UTF16BE', mark: [0xfe, 0xff] },
];

/** What the ingest reads, for messages about a document it cannot read. */
const ACCEPTED = 'text in UTF-8, UTF-16 with a BOM, Shift_JIS or EUC-JP';

/**
 * Decodes a source document: by its BOM (UTF-8, UTF-16 LE/BE), else as the first of ISO-2022-JP, UTF-8,
 * EUC-JP, Shift_JIS (CP932) its bytes are valid in; throws an IngestError for empty, binary or undecodable input.
 * Broken UTF-8 in a mostly-UTF-8 file is rejected at its first bad line, never decoded to U+FFFD: clean drops
 * U+FFFD, so a lost digit would pass silently. `[EF BB BF E5 8C 97]` → `{ text: '北', encoding: 'UTF8' }`;
 * Shift_JIS `81 60` → `'～'` (U+FF5E, not JIS's U+301C), `81 7C` → `'－'` (U+FF0D), `87 40` → `'①'`.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string; encoding: EncodingName } {
  if (bytes.length === 0) throw new IngestError(file, null, 'a non-empty text document', '0 bytes');
  const bom = BOMS.find(({ mark }) => mark.every((byte, i) => bytes[i] === byte));
  const encoding = bom?.encoding ?? guessEncoding(file, bytes);
  const text = decodeStrictly(file, bytes.subarray(bom?.mark.length ?? 0), encoding);
  const nul = text.split(/\r\n|\r|\n/).findIndex((line) => line.includes('\0'));
  if (nul !== -1) throw binary(file, nul + 1, 'a NUL character');
  if (text.trim() === '') throw new IngestError(file, null, 'a document with some text', 'only white space');
  return { text, encoding };
}

/** The encoding of bytes without a BOM, rejecting NUL bytes as binary: `[82 50]` → `'SJIS'`. */
function guessEncoding(file: string, bytes: Uint8Array): EncodingName {
  const nul = splitLines(bytes, 'UTF8').findIndex((line) => line.includes(0));
  if (nul !== -1) throw binary(file, nul + 1, 'a NUL byte');
  if (isIso2022jp(bytes)) return 'JIS';
  if (reads(bytes, 'UTF8') || isMostlyUtf8(bytes)) return 'UTF8';
  // EUC-JP first: its bytes are all A1–FE (or 8E/8F-led), which Shift_JIS kana (82, 83) never are.
  const fit = (['EUCJP', 'SJIS'] as const).find((encoding) => reads(bytes, encoding));
  if (fit !== undefined) return fit;
  throw unknownEncoding(file, bytes);
}

/** Decodes bytes known to be in `encoding`; invalid sequences throw an IngestError naming the first bad line. */
function decodeStrictly(file: string, bytes: Uint8Array, encoding: EncodingName): string {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    const lines = splitLines(bytes, encoding);
    const bad = lines.findIndex((line) => decodeOrNull(line, encoding) === null);
    const shown = bad === -1 ? '' : decoder(encoding, false).decode(lines[bad]);
    const expected = `valid ${ENCODINGS[encoding].title} text (\uFFFD marks the bytes that are not)`;
    throw new IngestError(file, bad === -1 ? null : bad + 1, expected, shown.slice(Math.max(0, shown.indexOf('\uFFFD') - 20)));
  }
}

/** The error for bytes valid in no accepted encoding, at the line where the one that reads furthest breaks. */
function unknownEncoding(file: string, bytes: Uint8Array): IngestError {
  const reach = (['UTF8', 'SJIS', 'EUCJP'] as const).map((encoding) => ({
    encoding,
    line: splitLines(bytes, encoding).findIndex((line) => !reads(line, encoding)) + 1,
  }));
  const best = reach.reduce((a, b) => (b.line > a.line ? b : a));
  const found = `bytes valid in none of them (${ENCODINGS[best.encoding].title}, read furthest, breaks on this line)`;
  return new IngestError(file, best.line || null, ACCEPTED, found);
}

/** The error for binary data, at the line of its first NUL. */
function binary(file: string, line: number, found: string): IngestError {
  return new IngestError(file, line, `${ACCEPTED}, not binary data`, found);
}

/**
 * Whether bytes that fail as UTF-8 are still mostly UTF-8 (a damaged UTF-8 file rather than another
 * encoding): at least two well-formed non-ASCII characters per U+FFFD. Shift_JIS and EUC-JP seeds score 0.1–0.4.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const text = decoder('UTF8', false).decode(bytes);
  const broken = text.match(/\uFFFD/g)?.length ?? 0;
  const wellFormed = text.match(/[^\x00-\x7F\uFFFD]/gu)?.length ?? 0;
  return wellFormed >= 2 * broken;
}

/** Whether 7-bit bytes switch to JIS X 0208 (ESC $ @ or ESC $ B), as ISO-2022-JP mail and old files do. */
function isIso2022jp(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte < 0x80) && /\x1b\$[@B]/.test(decoder('UTF8', false).decode(bytes));
}

/** The text of bytes valid in `encoding` (every sequence maps to a character), else null. */
function decodeOrNull(bytes: Uint8Array, encoding: EncodingName): string | null {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether bytes read as `encoding`: valid and free of C1 controls, which only a wrong guess yields
 * (Node's EUC-JP decoder passes stray 80–9F bytes through, so Shift_JIS `82 50` would read as U+0082 'P').
 */
function reads(bytes: Uint8Array, encoding: EncodingName): boolean {
  const text = decodeOrNull(bytes, encoding);
  return text !== null && !/[\u0080-\u009F]/.test(text);
}

/** A TextDecoder for `encoding` that keeps a leading U+FEFF (BOMs are stripped before) and throws when fatal. */
function decoder(encoding: EncodingName, fatal: boolean): TextDecoder {
  return new TextDecoder(ENCODINGS[encoding].label, { fatal, ignoreBOM: true });
}

/**
 * Splits bytes into lines where splitLines does (CRLF, CR, LF), by code unit: no multi-byte character
 * of these encodings contains a CR or LF unit. `[0x41, 0x0d, 0x0a, 0x42]` → `[[0x41], [0x42]]`.
 */
function splitLines(bytes: Uint8Array, encoding: EncodingName): Uint8Array[] {
  const width = encoding === 'UTF16LE' || encoding === 'UTF16BE' ? 2 : 1;
  const at = (i: number) => bytes[i] ?? 0;
  const unit = (i: number) =>
    width === 1 ? at(i) : encoding === 'UTF16LE' ? at(i) | (at(i + 1) << 8) : (at(i) << 8) | at(i + 1);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i + width <= bytes.length; i += width) {
    const u = unit(i);
    if (u !== 0x0a && u !== 0x0d) continue;
    lines.push(bytes.subarray(start, i));
    if (u === 0x0d && i + 2 * width <= bytes.length && unit(i + width) === 0x0a) i += width;
    start = i + width;
  }
  lines.push(bytes.subarray(start));
  return lines;
}
