import Encoding from 'encoding-japanese';
import { IngestError } from '../IngestError';

/** Encodings accepted for source documents, as encoding-japanese names them. */
const ACCEPTED = new Set(['UTF8', 'SJIS', 'EUCJP', 'JIS', 'ASCII', 'UTF16', 'UNICODE']);

/**
 * Decodes the bytes of a text document, detecting UTF-8 / Shift_JIS / EUC-JP.
 * Rejects empty and binary input. `decodeText(file, bytes)` → { text, encoding }.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length === 0) throw new IngestError(file, null, 'a non-empty text document', '0 bytes');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(file, lineOfOffset(bytes, nul), 'a text document (UTF-8 or Shift_JIS), not binary data', 'a NUL byte');
  }
  const detected = Encoding.detect(bytes);
  if (detected === false || !ACCEPTED.has(detected)) {
    throw new IngestError(file, null, 'text in UTF-8, Shift_JIS or EUC-JP', `bytes of no known text encoding (${String(detected)})`);
  }
  const encoding = detected === 'ASCII' ? 'UTF8' : detected;
  let text = Encoding.convert(bytes, { to: 'UNICODE', from: encoding, type: 'string' });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new IngestError(file, null, 'a document with some text', 'only white space');
  return { text, encoding };
}

/** 1-based line of a byte offset (counting LF bytes before it). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
