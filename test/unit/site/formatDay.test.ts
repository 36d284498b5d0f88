import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/lib/formatDay';

describe('formatDay', () => {
  it('gives the census day in each language: 2020-10-01', () => {
    expect(formatDay('2020-10-01', 'ja')).toBe('2020年10月1日');
    expect(formatDay('2020-10-01', 'en')).toBe('1 October 2020');
  });
  it('refuses anything but YYYY-MM-DD', () => {
    expect(() => formatDay('2020-10', 'ja')).toThrow(RangeError);
  });
});
