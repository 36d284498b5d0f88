import { describe, expect, it } from 'vitest';
import { buildDate, isoDay, parseEpoch } from '../../../src/charts/buildDate';

describe('buildDate', () => {
  describe('with SOURCE_DATE_EPOCH set', () => {
    it('uses it, whatever git says', () => {
      const date = buildDate({ SOURCE_DATE_EPOCH: '1767225600' }, () => '1700000000');
      expect(isoDay(date)).toBe('2026-01-01');
    });
  });

  describe('without it', () => {
    it('uses the date of the last commit that changed content/', () => {
      expect(isoDay(buildDate({}, () => '1767225600\n'))).toBe('2026-01-01');
    });
    it('fails with a message that says what to set when git has no date', () => {
      expect(() => buildDate({}, () => '')).toThrow(/SOURCE_DATE_EPOCH/);
    });
    it('ignores a malformed SOURCE_DATE_EPOCH', () => {
      expect(isoDay(buildDate({ SOURCE_DATE_EPOCH: 'yesterday' }, () => '1767225600'))).toBe('2026-01-01');
    });
  });

  it('gives the same date on every call (reproducible builds)', () => {
    expect(buildDate().getTime()).toBe(buildDate().getTime());
  });
});

describe('parseEpoch', () => {
  it('reads whole seconds', () => {
    expect(parseEpoch(' 0 ')?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
  it('refuses anything else', () => {
    expect(parseEpoch('-1')).toBeNull();
    expect(parseEpoch('1.5')).toBeNull();
    expect(parseEpoch(undefined)).toBeNull();
  });
});
