import { describe, expect, it } from 'vitest';
import { coversLine, documentName, lineId, sourcePath } from '../../../src/lib/sourcePath';

describe('documentName', () => {
  it('drops the folder and .txt', () => {
    expect(documentName('seeds/001_c90401aa62130a51.txt')).toBe('001_c90401aa62130a51');
  });
});

describe('sourcePath', () => {
  it('points at the line of the source page', () => {
    expect(sourcePath({ file: 'seeds/001_c90401aa62130a51.txt', line: 214 })).toBe('/sources/001_c90401aa62130a51/#L214');
    expect(lineId(7)).toBe('L7');
  });
});

describe('coversLine', () => {
  it('covers the values printed above a name (lineStart) down to the name', () => {
    expect(coversLine({ lineStart: 2, line: 4 }, 2)).toBe(true);
    expect(coversLine({ lineStart: 2, line: 4 }, 5)).toBe(false);
  });
  it('covers every line of a range, inclusive', () => {
    expect(coversLine({ line: 4, lineEnd: 12 }, 4)).toBe(true);
    expect(coversLine({ line: 4, lineEnd: 12 }, 12)).toBe(true);
    expect(coversLine({ line: 4, lineEnd: 12 }, 13)).toBe(false);
  });

  it('covers only its own line without an end', () => {
    expect(coversLine({ line: 214 }, 214)).toBe(true);
    expect(coversLine({ line: 214 }, 215)).toBe(false);
  });
});
