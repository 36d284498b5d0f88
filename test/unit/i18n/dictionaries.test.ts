import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AmbitionExclusion } from '../../../src/charts/ambition';
import type { Direction } from '../../../src/charts/dumbbell';
import type { RecordKind } from '../../../src/charts/themeMatrix';
import type { PlanPhase } from '../../../src/charts/timeline';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import type { ProgressReason, ProgressStatus } from '../../../src/lib/progressStatus';
import type { ResultKind } from '../../../src/lib/search/recordKinds';
import type { Goal } from '../../../src/schemas/goal';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Plan } from '../../../src/schemas/plan';

/** The slots a template fills, sorted and once each (a plural form `{n|goal|goals}` counts as `n`): 'a {x} b {y}' → ['x', 'y']. */
const slots = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

/** The values of a union type, checked complete by the compiler: a new value must be added here too. */
const every = <T extends string>(values: Record<T, true>): T[] => Object.keys(values) as T[];

/**
 * Keys the code builds from a value (`t(\`targetKind.${kind}\`)`): each prefix with every value it
 * can take. A key under one of these prefixes counts as used only when its suffix is listed here.
 */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'status.': every<Plan['status']>({ adopted: true, draft: true }),
  'kind.': every<Plan['kind']>({ strategy: true, summary: true, revision: true, 'draft-summary': true, 'action-plan': true }),
  'goalKind.': every<Goal['kind']>({ 'top-priority': true, basic: true, 'cross-cutting': true, project: true }),
  'targetKind.': every<Indicator['target']['kind']>({ number: true, range: true, increase: true, decrease: true, maintain: true, 'zero-balance': true, qualitative: true }),
  'level.': every<Indicator['level']>({ goal: true, measure: true }),
  'progress.status.': every<ProgressStatus>({ achieved: true, 'on-track': true, behind: true, 'no-data': true }),
  'progress.reason.': every<ProgressReason>({
    qualitative: true, 'no-observed-value': true, 'no-target-value': true, 'no-baseline-value': true, 'unit-mismatch': true,
    'no-years': true, reached: true, 'ahead-of-time': true, 'behind-time': true, 'wrong-way': true,
  }),
  'ambition.excluded.': every<AmbitionExclusion>({ 'no-family': true, 'not-number': true, cumulative: true, 'no-values': true, 'no-years': true, 'baseline-not-positive': true }),
  'direction.': [...every<Direction>({ up: true, down: true, hold: true }), 'unknown'],
  'dumbbell.part.': [...every<Direction>({ up: true, down: true, hold: true }), 'unknown'],
  'timeline.phase.': every<PlanPhase>({ ended: true, running: true, future: true }),
  'count.': every<RecordKind>({ goals: true, measures: true, indicators: true }),
  'themeMatrix.short.': every<RecordKind>({ goals: true, measures: true, indicators: true }),
  'search.kind.': every<ResultKind>({ city: true, plan: true, goal: true, measure: true, action: true, indicator: true }),
};

/** Every .ts, .astro and .mdx file under src/, except the dictionaries themselves. */
function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => {
      if (statSync(path).isDirectory()) return sourceText(path);
      if (!/\.(ts|astro|mdx)$/.test(path) || /src\/i18n\/(ja|en)\.ts$/.test(path)) return '';
      return readFileSync(path, 'utf8');
    })
    .join('\n');
}

describe('the dictionaries', () => {
  const jaKeys = Object.keys(ja).sort();
  const enKeys = Object.keys(en).sort();

  describe('parity', () => {
    it('has every Japanese key in English and no extra English key', () => {
      expect(jaKeys.filter((k) => !(k in en)), 'missing in en').toEqual([]);
      expect(enKeys.filter((k) => !(k in ja)), 'extra in en').toEqual([]);
    });

    it('has the same {slots} in both languages', () => {
      const mismatched = jaKeys.filter((k) => slots(ja[k as keyof typeof ja]).join() !== slots(en[k as keyof typeof en]).join());
      expect(mismatched).toEqual([]);
    });

    it('gives a plural form only for a count the string also shows', () => {
      const bad = enKeys.filter((k) => {
        const text = en[k as keyof typeof en];
        return [...text.matchAll(/\{(\w+)\|[^{}]*\}/g)].some((m) => !text.includes(`{${m[1]}}`));
      });
      expect(bad).toEqual([]);
    });

    it('has no empty string', () => {
      expect(jaKeys.filter((k) => ja[k as keyof typeof ja].trim() === '' || en[k as keyof typeof en].trim() === '')).toEqual([]);
    });
  });

  describe('dead keys', () => {
    const src = sourceText('src');
    const literal = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => src.includes(q));

    it('finds every dynamic prefix built in src/ in the table of dynamic keys', () => {
      const built = new Set([...src.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z-]+)*\.)\$\{/g)].map((m) => m[1]!));
      const dictionaryPrefixes = [...built].filter((p) => jaKeys.some((k) => k.startsWith(p)));
      expect(dictionaryPrefixes.filter((p) => !(p in DYNAMIC_KEYS))).toEqual([]);
    });

    it('has a key for every value a dynamic key can take', () => {
      const missing = Object.entries(DYNAMIC_KEYS).flatMap(([prefix, values]) => values.map((v) => prefix + v).filter((k) => !(k in ja)));
      expect(missing).toEqual([]);
    });

    it('has no key that src/ never uses', () => {
      const dynamic = (key: string) => Object.entries(DYNAMIC_KEYS).some(([prefix, values]) => key.startsWith(prefix) && values.includes(key.slice(prefix.length)));
      expect(jaKeys.filter((k) => !literal(k) && !dynamic(k))).toEqual([]);
    });
  });
});
