import { describe, expect, it } from 'vitest';
import { sentenceOpening } from '../../../scripts/ingest/extract/sentenceOpening';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('sentenceOpening', () => {
  it('gives the run-on part of the nearest non-blank line above, blank lines skipped', () => {
    expect(sentenceOpening(lines('前置きです。市は令和2年の調査で', ' ', '「…」が100人…'), 3)).toBe('市は令和2年の調査で');
  });
  it('gives nothing when the line above ends its sentence, or there is none', () => {
    expect(sentenceOpening(lines('令和2年の調査です。', '「…」が100人…'), 2)).toBe('');
    expect(sentenceOpening(lines('', '「…」が100人…'), 2)).toBe('');
    expect(sentenceOpening(lines('「…」が100人…'), 1)).toBe('');
  });
});
