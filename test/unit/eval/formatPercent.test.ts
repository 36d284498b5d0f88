import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../scripts/eval/formatPercent';

describe('formatPercent', () => {
  it('rounds down, so that only all of them is 100%', () => {
    expect(formatPercent(2 / 3)).toBe('66%');
    expect(formatPercent(0.999)).toBe('99%');
    expect(formatPercent(1)).toBe('100%');
  });
  it('is not fooled by binary fractions (0.29 × 100 = 28.999…)', () => {
    expect(formatPercent(0.29)).toBe('29%');
  });
  it('shows - for no share', () => {
    expect(formatPercent(null)).toBe('-');
  });
});
