import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/source/splitLines';

describe('splitLines', () => {
  describe('numbers lines as the ingest and the site both do', () => {
    it('keeps a leading empty line (001_c90401aa62130a51.txt starts with one)', () => {
      expect(splitLines('\n第 2 期 北 斗 市\n\n')).toEqual(['', '第 2 期 北 斗 市', '']);
    });

    it('ends a line at CRLF, CR and LF alike', () => {
      expect(splitLines('基本目標1\r\n数値目標\r指標\n')).toEqual(['基本目標1', '数値目標', '指標']);
    });
  });

  describe('at the end of the text', () => {
    it('opens no empty line after a final line end', () => {
      expect(splitLines('a\n')).toEqual(['a']);
    });

    it('keeps the last line without a line end', () => {
      expect(splitLines('a\nb')).toEqual(['a', 'b']);
    });

    it('gives one empty line for an empty text', () => {
      expect(splitLines('')).toEqual(['']);
    });
  });
});
