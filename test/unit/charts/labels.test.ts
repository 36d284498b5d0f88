import { describe, expect, it } from 'vitest';
import { formatRate, truncate } from '../../../src/charts/labels';

describe('truncate', () => {
  it('keeps a short name: 出生数', () => {
    expect(truncate('出生数', 12)).toBe('出生数');
  });
  it('cuts a long name with an ellipsis, counting characters', () => {
    const name = '新規創業者及び事業承継者の商業地域(都市計画法)における開業数';
    expect(truncate(name, 12)).toBe('新規創業者及び事業承継…');
    expect([...truncate(name, 12)]).toHaveLength(12);
  });
});

describe('formatRate', () => {
  it('signs a rise: 76 → 90万人 over 6 years', () => {
    expect(formatRate(14 / 76 / 6, 'ja-JP')).toBe('+3.1%');
  });
  it('uses a true minus for a fall: 11 → 0名 over 5 years', () => {
    expect(formatRate(-0.2, 'en-GB')).toBe('−20.0%');
  });
  it('leaves zero unsigned', () => {
    expect(formatRate(0, 'ja-JP')).toBe('0.0%');
  });
});
