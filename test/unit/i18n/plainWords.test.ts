import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEVELOPER_WORDS, plainWords } from '../../../src/i18n/plainWords';

const plans = JSON.parse(readFileSync('content/plans.json', 'utf8')) as { id: string; notes: string | null }[];

describe('plainWords', () => {
  it('rewrites the developer words of a note', () => {
    expect(plainWords('改訂前の戦略本文はシードにない。')).toBe('改訂前の戦略本文はこのサイトには収録していない。');
    expect(plainWords('目標年度とみなしている (impliedByPlanPeriod)。')).toBe('目標年度とみなしている。');
  });

  it('leaves plain text alone', () => {
    expect(plainWords('説明用スライド。')).toBe('説明用スライド。');
  });

  it('leaves no developer word in any plan note of the data', () => {
    const left = plans
      .filter((p) => p.notes !== null)
      .map((p) => ({ id: p.id, note: plainWords(p.notes!) }))
      .filter(({ note }) => DEVELOPER_WORDS.some((re) => re.test(note)));
    expect(left).toEqual([]);
  });

  it('catches developer words', () => {
    expect(DEVELOPER_WORDS.some((re) => re.test('seeds/corrections.yaml'))).toBe(true);
    expect(DEVELOPER_WORDS.some((re) => re.test('(impliedByPlanPeriod)'))).toBe(true);
  });
});
