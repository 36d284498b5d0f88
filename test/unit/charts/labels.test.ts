import { describe, expect, it } from 'vitest';
import { formatRate, separateLabels, textWidth, truncate, wrapLabel } from '../../../src/charts/labels';

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

describe('textWidth', () => {
  it('counts a CJK character as 1 em and a Latin one as 0.6: 北斗市 ab → 4.8', () => {
    expect(textWidth('北斗市 ab')).toBeCloseTo(4.8);
  });
});

describe('wrapLabel', () => {
  describe('when the text fits', () => {
    it('keeps one line: 出生数', () => {
      expect(wrapLabel('出生数', 10, 2)).toEqual(['出生数']);
    });
  });
  describe('when it does not', () => {
    it('breaks after → (the 企業立地数 values line)', () => {
      expect(wrapLabel('企業立地数 31社 → 50社', 9, 2)).toEqual(['企業立地数 31社', '→ 50社']);
    });
    it('never breaks a number at its thousands comma (北本市 820,000 people, /en/compare/ at 390 px)', () => {
      const lines = wrapLabel('544,000 people (year not stated) → 820,000 people (FY2025)', 24, 3);
      expect(lines.some((line) => line.includes('820,000'))).toBe(true);
      expect(lines.some((line) => line.endsWith(','))).toBe(false);
    });
    it('breaks English at spaces: Ashibetsu City', () => {
      expect(wrapLabel('Ashibetsu City', 6.25, 2)).toEqual(['Ashibetsu', 'City']);
    });
    it('ends the last line with … when lines run out (001 新規創業者… name)', () => {
      const lines = wrapLabel('新規創業者及び事業承継者の商業地域(都市計画法)における開業数', 10, 2);
      expect(lines).toHaveLength(2);
      expect(lines[1]!.endsWith('…')).toBe(true);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
    });
  });
});

describe('separateLabels', () => {
  it('moves a later label up a line when it would meet an earlier one: 31社 and 34社 side by side', () => {
    const [a, b] = separateLabels([
      { x: 100, y: 200, anchor: 'end', text: '34 companies' },
      { x: 60, y: 198, anchor: 'start', text: '31 companies' },
    ]);
    expect(a!.y).toBe(200);
    expect(b!.y).toBe(183);
  });
  it('leaves labels that do not meet where they are', () => {
    expect(separateLabels([{ x: 0, y: 20, anchor: 'start', text: '30' }, { x: 200, y: 20, anchor: 'start', text: '50社' }]).map((l) => l.y)).toEqual([20, 20]);
  });
});
