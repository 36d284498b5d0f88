import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../scripts/ingest/assemble/applyCorrections';
import { emptyResult, type ExtractResult, type RawGoal } from '../../../scripts/ingest/extract/types';
import type { Correction } from '../../../src/schemas/correction';

// 000 (北斗市 第3期 leaflet): the two 基本目標 the layout reads (lines 410–411, 413–414).
const BASIC_1: RawGoal = {
  key: 'basic-1',
  kind: 'basic',
  number: 1,
  label: '基本目標1',
  title: '充実する子育て支援により出会い・結婚・妊娠・出産・育児のイメージを描ける「まち」をつくる',
  subtitle: null,
  line: 410,
  lineEnd: 411,
};
const BASIC_2: RawGoal = {
  key: 'basic-2',
  kind: 'basic',
  number: 2,
  label: '基本目標2',
  title: '北斗で働く人・働きたい人を応援するとともに北斗の特徴を活かし「しごと」をつくる',
  subtitle: null,
  line: 413,
  lineEnd: 414,
};

// The one correction of seeds/corrections.yaml: the interleaved vertical banner of 000 lines 4–12.
const TOP_PRIORITY: Correction = {
  source: '000_df427b3fa16fc0bd.txt',
  record: 'goal',
  key: 'top-priority',
  line: 4,
  lineEnd: 12,
  set: {
    kind: 'top-priority',
    number: null,
    label: '最重点基本目標',
    title: '住んでみたい、住んでよかった、住み続けたいと誰もが思える「北斗市」',
  },
  reason: 'The leaflet banner is set in vertical type and came out interleaved.',
};

/** A layout result holding these goals (and one skipped line, to see it carried over). */
function layoutWith(goals: RawGoal[]): ExtractResult {
  return { ...emptyResult(), goals, consumed: new Set([764]), skipped: [{ line: 771, reason: 'box label' }] };
}

/** A correction of one goal with the given key, lines and fields. */
function correction(key: string, line: number, set: Correction['set'], lineEnd?: number): Correction {
  return { source: '000_df427b3fa16fc0bd.txt', record: 'goal', key, line, ...(lineEnd ? { lineEnd } : {}), set, reason: 'reviewed by hand for this test' };
}

describe('applyCorrections', () => {
  describe('with no corrections', () => {
    const input = layoutWith([BASIC_1, BASIC_2]);
    const { result, correctedGoals } = applyCorrections(input, []);

    it('returns the goals unchanged', () => {
      expect(result.goals).toEqual([BASIC_1, BASIC_2]);
    });
    it('reports no corrected goal', () => {
      expect(correctedGoals.size).toBe(0);
    });
  });

  describe('when the goal key is absent from the layout (the 最重点基本目標 of 000)', () => {
    const input = layoutWith([BASIC_1, BASIC_2]);
    const { result, correctedGoals } = applyCorrections(input, [TOP_PRIORITY]);

    it('adds the goal before the goals the layout read', () => {
      expect(result.goals.map((g) => g.key)).toEqual(['top-priority', 'basic-1', 'basic-2']);
    });

    it('builds it from the set fields and the correction lines', () => {
      expect(result.goals[0]).toStrictEqual({
        key: 'top-priority',
        kind: 'top-priority',
        number: null,
        label: '最重点基本目標',
        title: '住んでみたい、住んでよかった、住み続けたいと誰もが思える「北斗市」',
        subtitle: null,
        line: 4,
        lineEnd: 12,
      });
    });

    it('reports the key as corrected', () => {
      expect([...correctedGoals]).toEqual(['top-priority']);
    });

    it('leaves the goals it does not name untouched', () => {
      expect(result.goals.slice(1)).toEqual([BASIC_1, BASIC_2]);
    });
  });

  describe('when an added goal sets only some fields', () => {
    const { result } = applyCorrections(layoutWith([]), [correction('cross-cutting-1', 20, { title: '多様な人材の活躍を推進する' })]);
    const added = result.goals[0]!;

    it('defaults the kind to basic and number and subtitle to null', () => {
      expect([added.kind, added.number, added.subtitle]).toEqual(['basic', null, null]);
    });
    it('labels it with its key', () => {
      expect(added.label).toBe('cross-cutting-1');
    });
    it('has no lineEnd when the correction gives none', () => {
      expect(added).toStrictEqual({ key: 'cross-cutting-1', kind: 'basic', number: null, label: 'cross-cutting-1', title: '多様な人材の活躍を推進する', subtitle: null, line: 20 });
    });
  });

  describe('when an added goal sets no title', () => {
    it('titles it with its key', () => {
      const { result } = applyCorrections(layoutWith([]), [correction('basic-9', 30, { label: '基本目標9' })]);
      expect([result.goals[0]!.label, result.goals[0]!.title]).toEqual(['基本目標9', 'basic-9']);
    });
  });

  describe('when several absent goals are added', () => {
    it('puts the later correction first (each is added at the front)', () => {
      const { result } = applyCorrections(layoutWith([BASIC_1]), [
        correction('top-priority', 4, { title: '住み続けたい' }),
        correction('cross-cutting-1', 20, { title: '多様な人材の活躍を推進する' }),
      ]);
      expect(result.goals.map((g) => g.key)).toEqual(['cross-cutting-1', 'top-priority', 'basic-1']);
    });
  });

  describe('when the goal key exists in the layout', () => {
    const input = layoutWith([BASIC_1, BASIC_2]);
    const { result, correctedGoals } = applyCorrections(input, [
      correction('basic-2', 413, { title: '北斗で働く人・働きたい人を応援する「しごと」をつくる' }, 414),
    ]);

    it('replaces the fields it sets and keeps the others', () => {
      expect(result.goals[1]).toStrictEqual({ ...BASIC_2, title: '北斗で働く人・働きたい人を応援する「しごと」をつくる' });
    });
    it('keeps the goal in its place and adds none', () => {
      expect(result.goals.map((g) => g.key)).toEqual(['basic-1', 'basic-2']);
    });
    it('reports the key as corrected', () => {
      expect(correctedGoals.has('basic-2')).toBe(true);
      expect(correctedGoals.has('basic-1')).toBe(false);
    });
    it('does not modify the input goal objects', () => {
      expect(input.goals[1]!.title).toBe('北斗で働く人・働きたい人を応援するとともに北斗の特徴を活かし「しごと」をつくる');
      expect(result.goals[1]).not.toBe(input.goals[1]);
    });
  });

  describe('when a correction moves the source lines of an existing goal', () => {
    it('takes line and lineEnd from the correction', () => {
      const { result } = applyCorrections(layoutWith([BASIC_1]), [correction('basic-1', 409, { number: 1 }, 412)]);
      expect([result.goals[0]!.line, result.goals[0]!.lineEnd]).toEqual([409, 412]);
    });
    it('drops the goal’s old lineEnd when the correction names one line only (410–411 → 4)', () => {
      const { result } = applyCorrections(layoutWith([BASIC_1]), [correction('basic-1', 4, { number: 1 })]);
      expect(result.goals[0]!.line).toBe(4);
      expect('lineEnd' in result.goals[0]!).toBe(false);
    });
  });

  describe('when set holds undefined and null values', () => {
    const { result } = applyCorrections(layoutWith([{ ...BASIC_1, subtitle: '～結婚・出産・子育て～' }]), [
      correction('basic-1', 410, { title: undefined, subtitle: null, number: null }, 411),
    ]);
    const goal = result.goals[0]!;

    it('ignores an undefined field (the layout value stays)', () => {
      expect(goal.title).toBe(BASIC_1.title);
    });
    it('applies a null field (null clears the value)', () => {
      expect([goal.subtitle, goal.number]).toEqual([null, null]);
    });
  });

  describe('when two corrections name the same absent key', () => {
    const { result, correctedGoals } = applyCorrections(layoutWith([]), [
      correction('top-priority', 4, { kind: 'top-priority', title: '住んでみたい' }, 12),
      correction('top-priority', 4, { label: '最重点基本目標' }, 12),
    ]);

    it('adds the goal once and lets the second correction set fields on it', () => {
      expect(result.goals).toHaveLength(1);
      expect([result.goals[0]!.kind, result.goals[0]!.title, result.goals[0]!.label]).toEqual(['top-priority', '住んでみたい', '最重点基本目標']);
    });
    it('reports the key once', () => {
      expect([...correctedGoals]).toEqual(['top-priority']);
    });
  });

  describe('what it leaves alone', () => {
    const input = layoutWith([BASIC_1]);
    const { result } = applyCorrections(input, [TOP_PRIORITY]);

    it('does not change the input result', () => {
      expect(input.goals).toEqual([BASIC_1]);
    });
    it('carries measures, indicators, consumed and skipped lines over', () => {
      expect(result.measures).toBe(input.measures);
      expect(result.indicators).toBe(input.indicators);
      expect([...result.consumed]).toEqual([764]);
      expect(result.skipped).toEqual([{ line: 771, reason: 'box label' }]);
    });
  });
});
