import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity } from '../../../src/lib/formatNumber';

describe('formatNumber', () => {
  it('groups digits and keeps every decimal', () => {
    expect(formatNumber(16270, 'ja')).toBe('16,270');
    expect(formatNumber(6.02, 'en')).toBe('6.02');
    expect(formatNumber(0.125, 'ja')).toBe('0.125');
  });
});

describe('formatQuantity', () => {
  it('writes the unit as in the source in Japanese, without a space (76万人)', () => {
    expect(formatQuantity(76, '万人', 'ja')).toBe('76万人');
    expect(formatQuantity(3.6, '‰', 'ja')).toBe('3.6‰');
  });

  it('puts the unit into English from the glossary, scale word folded in (76万人 → 760,000 people)', () => {
    expect(formatQuantity(76, '万人', 'en')).toBe('760,000 people');
    expect(formatQuantity(3.6, '‰', 'en')).toBe('3.6‰');
  });
});
