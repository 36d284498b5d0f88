import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceText } from '../../../src/core/source/readSourceText';
import { splitLines } from '../../../src/core/source/splitLines';
import { generateContent, type SyntheticContent } from '../../../scripts/synthetic/content/generateContent';
import { readContentInput } from '../../../scripts/synthetic/content/readContentInput';
import { citedLines, validateContent } from '../../../scripts/synthetic/content/validateContent';
import { writeContent } from '../../../scripts/synthetic/content/writeContent';
import { INDICATORS_PER_MUNICIPALITY } from '../../../scripts/synthetic/content/writeMunicipality';

/** Five towns of different sizes and regions: 北斗市, 北上市, 北本市, 千代田区, 浦添市. */
const SAMPLE = ['012360', '032069', '112330', '131016', '472085'];
const SEED = 7;

const generate = async (seed: number, codes: readonly string[] = SAMPLE) => generateContent(await readContentInput(seed, { codes }));

describe('generateContent (synthetic national content)', () => {
  let content: SyntheticContent;
  beforeAll(async () => {
    content = await generate(SEED);
  });

  describe('for a fixed seed', () => {
    it('gives the same content on every run', async () => {
      expect(JSON.stringify(await generate(SEED))).toBe(JSON.stringify(content));
    });
    it('gives other content for another seed', async () => {
      expect(JSON.stringify((await generate(SEED + 1)).indicators)).not.toBe(JSON.stringify(content.indicators));
    });
    it('gives a town the same plans whichever other towns are drawn', async () => {
      const alone = await generate(SEED, ['131016']);
      expect(alone.indicators).toEqual(content.indicators.filter((i) => i.municipality === '131016'));
    });
  });

  describe('a sample of 5 municipalities', () => {
    it('has every municipality with its census population', () => {
      expect(content.municipalities.map((m) => m.code)).toEqual(SAMPLE);
      expect(content.municipalities.find((m) => m.code === '012360')?.population.count).toBe(44331);
    });
    it('validates against the site’s schemas, with every reference resolved', () => {
      expect(validateContent(content)).toEqual([]);
    });
    it('is marked synthetic with its seed', () => {
      expect(content.dataset).toMatchObject({ synthetic: true, seed: SEED, municipalities: 5, leftOut: [] });
    });
    it.each(SAMPLE)('gives %s between 30 and 150 indicators over 1–3 plans', (code) => {
      const count = content.indicators.filter((i) => i.municipality === code).length;
      expect(count).toBeGreaterThanOrEqual(INDICATORS_PER_MUNICIPALITY.min);
      expect(count).toBeLessThanOrEqual(INDICATORS_PER_MUNICIPALITY.max);
      const plans = content.plans.filter((p) => p.municipality === code);
      expect(plans.length).toBeGreaterThanOrEqual(1);
      expect(plans.length).toBeLessThanOrEqual(3);
    });
    it('links later plans to earlier ones and some indicators to their earlier selves', () => {
      const earlier = (p: (typeof content.plans)[number]) => content.plans.some((q) => q.municipality === p.municipality && p.generation !== null && q.generation === p.generation - 1);
      const later = content.plans.filter(earlier);
      expect(later.every((p) => p.previousPlan !== null)).toBe(true);
      expect(content.indicators.some((i) => i.previous !== null)).toBe(true);
    });
    it('gives indicators themes, families and, for some, results', () => {
      expect(content.indicators.filter((i) => i.family !== null).length).toBeGreaterThan(content.indicators.length / 5);
      expect(content.indicators.some((i) => i.actuals.length > 0)).toBe(true);
      expect(new Set(content.indicators.flatMap((i) => i.themes)).size).toBeGreaterThanOrEqual(8);
    });
  });

  describe('the source texts as written', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
      writeContent(content, dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('hold every line a record cites, numbered as the site numbers them', async () => {
      const files = new Map<string, string[]>();
      for (const { file } of content.texts) files.set(file, splitLines((await readSourceText(path.join(dir, file))).text));
      const missing = citedLines(content).filter((c) => (files.get(c.file)?.[c.line - 1] ?? '') === '');
      expect(missing).toEqual([]);
    });
    it('state each indicator on the line it is cited at', async () => {
      const text = splitLines((await readSourceText(path.join(dir, content.plans[0]!.sourceFile))).text);
      for (const ind of content.indicators.filter((i) => i.plan === content.plans[0]!.id)) expect(text[ind.source.line - 1]).toContain(ind.name);
    });
  });

  describe('writeContent', () => {
    it('refuses the committed content/ folder', () => {
      expect(() => writeContent(content, 'content')).toThrow(/refusing/);
    });
  });
});
