import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/IngestError';
import { normalizeLine } from '../../../scripts/ingest/clean/normalizeLine';
import { decodeText } from '../../../src/core/source/decodeText';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

/**
 * Written by hand from 001 (北斗市 第2期) and a KPI table: full-width digits, ～ FULLWIDTH TILDE (U+FF5E,
 * what Windows writes for the range mark), ① ② (CP932's NEC row), － FULLWIDTH HYPHEN-MINUS (U+FF0D), → and a TAB.
 */
const SAMPLE = [
  '第２期北斗市まち・ひと・しごと創生総合戦略',
  '計画期間　令和２年度\uFF5E令和６年度',
  '①新規雇用増加数\t２３４人 → ４００人',
  '②社会増減数\t\uFF0D４０人',
].join('\n');

/** The sample in a Japanese legacy encoding, as encoding-japanese writes it. */
function legacy(text: string, to: 'SJIS' | 'EUCJP' | 'JIS'): Uint8Array {
  return new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

/** The sample in UTF-16 LE or BE, after its BOM. */
function utf16(text: string, endian: 'LE' | 'BE'): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'BE') body.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from(endian === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
}

/** The IngestError decodeText throws for these bytes (fails the test when it throws none). */
function decodeError(bytes: Uint8Array): IngestError {
  try {
    decodeText('seeds/doc.txt', bytes);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected decodeText to fail');
}

describe('decodeText', () => {
  describe('on UTF-8', () => {
    it('reads it without a BOM', () => {
      expect(decodeText('a.txt', Buffer.from(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'UTF8' });
    });
    it('strips a BOM', () => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]);
      expect(decodeText('a.txt', bytes)).toEqual({ text: SAMPLE, encoding: 'UTF8' });
    });
    it('reads plain ASCII as UTF-8', () => {
      expect(decodeText('a.txt', Buffer.from('KPI 1\n'))).toEqual({ text: 'KPI 1\n', encoding: 'UTF8' });
    });
    it('keeps U+FFFD the PDF extractor wrote (well-formed EF BF BD)', () => {
      expect(decodeText('a.txt', Buffer.from('令和２年３月に\uFFFD')).text).toBe('令和２年３月に\uFFFD');
    });
  });

  describe('on UTF-16 with a BOM', () => {
    it('reads little-endian', () => {
      expect(decodeText('a.txt', utf16(SAMPLE, 'LE'))).toEqual({ text: SAMPLE, encoding: 'UTF16LE' });
    });
    it('reads big-endian', () => {
      expect(decodeText('a.txt', utf16(SAMPLE, 'BE'))).toEqual({ text: SAMPLE, encoding: 'UTF16BE' });
    });
  });

  describe('on Shift_JIS', () => {
    it('reads the sample', () => {
      expect(decodeText('a.txt', legacy(SAMPLE, 'SJIS'))).toEqual({ text: SAMPLE, encoding: 'SJIS' });
    });
    it('reads 81 60 as ～ FULLWIDTH TILDE and 81 7C as － FULLWIDTH HYPHEN-MINUS, as CP932 does', () => {
      const { text } = decodeText('a.txt', Uint8Array.of(0x82, 0x50, 0x81, 0x60, 0x82, 0x51, 0x0a, 0x81, 0x7c, 0x82, 0x53));
      expect(text).toBe('１\uFF5E２\n\uFF0D４');
      expect(text.split('\n').map(normalizeLine)).toEqual(['1～2', '-4']);
    });
    it('reads the NEC row (87 40, 87 41) as ① ②', () => {
      expect(decodeText('a.txt', Uint8Array.of(0x87, 0x40, 0x87, 0x41, 0x91, 0xe6)).text).toBe('①②第');
    });
  });

  describe('on EUC-JP', () => {
    it('reads the sample', () => {
      expect(decodeText('a.txt', legacy(SAMPLE, 'EUCJP'))).toEqual({ text: SAMPLE, encoding: 'EUCJP' });
    });
    it('reads A1 C1 as ～ FULLWIDTH TILDE and AD A1 as ①', () => {
      expect(decodeText('a.txt', Uint8Array.of(0xad, 0xa1, 0xa3, 0xb2, 0xa1, 0xc1, 0xa3, 0xb6)).text).toBe('①２\uFF5E６');
    });
  });

  describe('on ISO-2022-JP', () => {
    it('reads the lines in JIS X 0208', () => {
      const text = SAMPLE.split('\n').slice(0, 2).join('\n');
      expect(decodeText('a.txt', legacy(text, 'JIS'))).toEqual({ text, encoding: 'JIS' });
    });
  });

  describe('with CRLF, CR and LF line ends', () => {
    it.each([
      ['SJIS', (text: string) => legacy(text, 'SJIS')],
      ['UTF16LE', (text: string) => utf16(text, 'LE')],
    ] as const)('keeps them, so toSourceDoc numbers the lines the same (%s)', (encoding, encode) => {
      const mixed = '第２期\r\n令和２年度\r①\n②\r\n';
      const decoded = decodeText('a.txt', encode(mixed));
      expect(decoded).toEqual({ text: mixed, encoding });
      const doc = toSourceDoc('a.txt', decoded.text, decoded.encoding);
      expect(doc.lines.map((line) => [line.n, line.raw])).toEqual([
        [1, '第２期'],
        [2, '令和２年度'],
        [3, '①'],
        [4, '②'],
      ]);
    });
  });

  describe('on input it cannot read', () => {
    it('rejects an empty file', () => {
      expect(decodeError(new Uint8Array()).message).toBe('seeds/doc.txt: expected a non-empty text document, found "0 bytes"');
    });
    it('rejects white space and a bare BOM', () => {
      for (const bytes of [Buffer.from(' \r\n\t'), Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe)]) {
        expect(decodeError(bytes).message).toBe('seeds/doc.txt: expected a document with some text, found "only white space"');
      }
    });
    it('rejects binary data at the line of its first NUL byte, counting CR line ends', () => {
      const error = decodeError(Uint8Array.of(0xe5, 0x8c, 0x97, 0x0d, 0x0a, 0x41, 0x0d, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01));
      expect([error.file, error.line, error.found]).toEqual(['seeds/doc.txt', 3, 'a NUL byte']);
      expect(error.expected).toMatch(/not binary data/);
    });
    it('rejects UTF-16 with a NUL character, naming its line', () => {
      const error = decodeError(utf16('北斗市\n\0\u0001', 'LE'));
      expect([error.line, error.found]).toEqual([2, 'a NUL character']);
      expect(error.expected).toMatch(/not binary data/);
    });
    it('rejects UTF-16 with an unpaired surrogate, naming its line', () => {
      const error = decodeError(utf16('北斗市\r\nまち\uD800', 'BE'));
      expect(error.line).toBe(2);
      expect(error.expected).toMatch(/^valid UTF-16 BE text/);
    });
    it('rejects mostly-UTF-8 text with a broken sequence, naming the line and showing where', () => {
      const bytes = Buffer.from(SAMPLE);
      const broken = Buffer.concat([bytes.subarray(0, bytes.indexOf('令和') + 2), bytes.subarray(bytes.indexOf('令和') + 3)]);
      const error = decodeError(broken);
      expect([error.file, error.line]).toEqual(['seeds/doc.txt', 2]);
      expect(error.expected).toMatch(/^valid UTF-8 text/);
      expect(error.found).toBe('計画期間　\uFFFD和２年度～令和６年度');
    });
    it('rejects text in no accepted encoding (Latin-1), naming them and the line', () => {
      const error = decodeError(Buffer.from('Hokuto\ncafé crème\n', 'latin1'));
      expect(error.line).toBe(2);
      expect(error.message).toMatch(/^seeds\/doc\.txt:2: expected text in UTF-8, UTF-16 with a BOM, Shift_JIS or EUC-JP,/);
    });
    it('rejects Shift_JIS with a code that maps to nothing, naming Shift_JIS and the line', () => {
      const bytes = Buffer.concat([Buffer.from(legacy('第２期\n令和２年度\n', 'SJIS')), Buffer.from([0x85, 0x40, 0x0a])]);
      const error = decodeError(bytes);
      expect(error.line).toBe(3);
      expect(error.found).toMatch(/Shift_JIS/);
    });
    it('throws only IngestErrors on random bytes', () => {
      let seed = 20240401;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
      for (let n = 0; n < 300; n++) {
        const bytes = Uint8Array.from({ length: 1 + (n % 40) }, random);
        try {
          decodeText('seeds/doc.txt', bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
        }
      }
    });
  });
});
