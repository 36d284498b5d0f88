import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestOutput } from '../../../scripts/ingest/pipeline/runIngest';
import { INDICATOR_COLUMNS } from '../../../src/core/indicatorsCsv';
import type { Municipality } from '../../../src/schemas/municipality';

/** RFC 4180 records of a CSV text (quoted cells may hold commas and doubled quotes; no line breaks in cells here). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!)));
}

let output: IngestOutput;
let rows: Map<string, Record<string, string>>;
let header: string[];
beforeAll(async () => {
  output = await runIngest(process.cwd());
  const [head, ...records] = parseCsv(output.files.get('public/data/indicators.csv')!);
  header = head!;
  rows = new Map(records.map((r) => [r[0]!, Object.fromEntries(header.map((h, i) => [h, r[i]!]))]));
});

/** The CSV row of an indicator (fails the test when absent). */
function row(id: string): Record<string, string> {
  const found = rows.get(id);
  if (!found) throw new Error(`no row ${id} in indicators.csv`);
  return found;
}

describe('indicators.csv of the seeds', () => {
  it('has the documented columns, base values and qualifiers among them', () => {
    expect(header).toEqual([...INDICATOR_COLUMNS]);
    for (const column of ['unit_base', 'baseline_value_base', 'target_value_base', 'target_basis', 'target_qualifier', 'target_fy_implied']) {
      expect(header).toContain(column);
    }
  });

  describe('one scale for one quantity', () => {
    it('北斗市 観光入込客数 76 万人 → 90 万人 (001 line 241) is 760,000 → 900,000 人, the unit kept as written', () => {
      const r = row('012360-g2-strategy-L241');
      expect([r.unit, r.unit_base, r.baseline_value, r.baseline_value_base, r.target_value, r.target_value_base]).toEqual(['万人', '人', '76', '760000', '90', '900000']);
    });
    it('北上市 年間観光客数 1,044 千人 → 2,380 千人 (004 line 248) and 北本市 ５４４千人 → ８２０千人 (002 line 331) are in 人 too', () => {
      expect([row('032069-action-plan-2021-L248').baseline_value_base, row('032069-action-plan-2021-L248').target_value_base]).toEqual(['1044000', '2380000']);
      expect([row('112330-g2-strategy-slides-L331').unit_base, row('112330-g2-strategy-slides-L331').target_value_base]).toEqual(['人', '820000']);
    });
    it('待機児童 11名 → 0名 (001 line 465) and ２９人 → ０人 (002 line 365) share the base unit 人', () => {
      expect([row('012360-g2-strategy-L465').unit, row('012360-g2-strategy-L465').unit_base]).toEqual(['名', '人']);
      expect([row('112330-g2-strategy-slides-L365').unit, row('112330-g2-strategy-slides-L365').unit_base]).toEqual(['人', '人']);
    });
    it('野菜の販売額 25 億 4,000 万円 → 26 億 4,300 万円 (004 line 241) is 2,540,000,000 → 2,643,000,000 円', () => {
      const r = row('032069-action-plan-2021-L241');
      expect([r.unit, r.unit_base, r.baseline_value_base, r.target_value_base]).toEqual(['億円', '円', '2540000000', '2643000000']);
    });
    it('keeps a rate as it is (合計特殊出生率 in %, 結婚率 in ‰)', () => {
      expect(row('012360-g2-strategy-L530-2').unit_base).toBe('‰');
    });
    it('gives every value its base value: the written value times the unit’s scale', () => {
      for (const i of output.indicators) {
        const pairs: [number | null, number | null][] = [
          [i.baseline.value, i.baseline.valueBase],
          [i.target.value, i.target.valueBase],
          [i.target.valueMax, i.target.valueMaxBase],
          [i.target.perYear, i.target.perYearBase],
          ...i.actuals.map((a): [number | null, number | null] => [a.value, a.valueBase]),
        ];
        for (const [value, base] of pairs) {
          if (value === null) expect(base, i.id).toBeNull();
          else expect(base, i.id).toBeCloseTo(value * i.unitScale, 6);
        }
      }
    });
  });

  describe('qualifiers', () => {
    it('北上市 年760人 and 年140人 (004 lines 336, 335) count per year', () => {
      expect([row('032069-action-plan-2021-L336').target_value, row('032069-action-plan-2021-L336').target_basis]).toEqual(['760', 'per-year']);
      expect(row('032069-action-plan-2021-L335').target_basis).toBe('per-year');
    });
    it('北上市 20人（累計） (004 line 334) is cumulative and keeps 累計 as written', () => {
      const r = row('032069-action-plan-2021-L334');
      expect([r.target_value, r.target_basis, r.target_qualifier]).toEqual(['20', 'cumulative', '累計']);
    });
    it('北斗市 約2,000人 (001 line 619) keeps 約 on both values; 結婚率 4.5‰ keeps 北海道水準(H29)', () => {
      const r = row('012360-g2-strategy-L619');
      expect([r.baseline_qualifier, r.target_qualifier, r.target_basis]).toEqual(['約', '約', 'total']);
      expect(row('012360-g2-strategy-L530-2').target_qualifier).toBe('北海道水準(H29)');
    });
    it('leaves the qualifier empty where the text gives none', () => {
      expect(row('012360-g2-strategy-L241').target_qualifier).toBe('');
    });
  });

  describe('北本市 plan period (002)', () => {
    it('runs FY2022–2025, as 北本市 publishes, with the source recorded', () => {
      const plan = output.plans.find((p) => p.id === '112330-g2-strategy-slides')!;
      expect([plan.periodStart, plan.periodEnd]).toEqual([2022, 2025]);
      expect(plan.periodSource).toMatch(/後期基本計画/);
      expect(plan.periodSource).toMatch(/平成28年度から平成37年度/);
    });
    it('gives its 40 targets, none of which states a year, FY2025 implied by the plan period', () => {
      const kitamoto = [...rows.values()].filter((r) => r.plan_id === '112330-g2-strategy-slides');
      expect(kitamoto).toHaveLength(40);
      expect(new Set(kitamoto.map((r) => `${r.target_period}|${r.target_fy}|${r.target_fy_implied}`))).toEqual(new Set(['|2025|true']));
    });
    it('marks a year the text states as not implied (北上市 R7年度)', () => {
      expect([row('032069-action-plan-2021-L336').target_fy, row('032069-action-plan-2021-L336').target_fy_implied]).toEqual(['2025', 'false']);
    });
  });

  it('records a period source for every seed manifest', () => {
    expect(output.plans.filter((p) => p.periodSource === null).map((p) => p.id)).toEqual([]);
  });

  describe('original publications (issue 10 item 7)', () => {
    const plan = (id: string) => output.plans.find((p) => p.id === id)!;
    it('links 北斗市 第2期 to 北斗市’s page for it, published 2020-03 as its cover and colophon say (lines 10, 749)', () => {
      const g2 = plan('012360-g2-strategy');
      expect([g2.url, g2.urlKind, g2.published]).toEqual(['http://www.city.hokuto.hokkaido.jp/modules/info/content0299.html', 'page', '2020-03']);
      expect(g2.publishedSource).toMatch(/line 10.*line 749/);
    });
    it('links 芦別市’s revision to 芦別市’s page of the 第2期 strategy, saying what the stored copy could not confirm', () => {
      const revision = plan('012165-g2-revision-2024');
      expect([revision.url, revision.urlKind]).toEqual(['https://www.city.ashibetsu.hokkaido.jp/docs/8928.html', 'page']);
      expect(revision.urlNote).toMatch(/確かめられなかった/);
    });
    it('says for the documents whose URL was not found that it was not, and gives no date the text does not state', () => {
      for (const id of ['012360-g3-draft-summary', '112330-g2-strategy-slides', '032069-action-plan-2021']) {
        const p = plan(id);
        expect([p.url, p.urlKind, p.published], id).toEqual([null, null, null]);
        expect(p.urlNote, id).toMatch(/見つからなかった/);
        expect(p.publishedSource, id).toMatch(/本文に(公表日|資料の日付)はない/);
      }
    });
    it('records, for every seed, when the URL was looked up', () => {
      expect(output.plans.filter((p) => p.urlChecked === null).map((p) => p.id)).toEqual([]);
    });
    it('names only municipal web sites (lg.jp or the city’s own domain), over http or https', () => {
      for (const p of output.plans.filter((q) => q.url !== null)) {
        expect(new URL(p.url!).hostname).toMatch(/^www\.city\.[a-z]+\.(hokkaido\.jp|lg\.jp|iwate\.jp)$/);
      }
    });
  });
});

describe('municipalities.json of the seeds', () => {
  const published = () => JSON.parse(output.files.get('public/data/municipalities.json')!) as Municipality[];
  it('gives each town its 2020 census count (table lines 29, 48, 239, 577)', () => {
    expect(published().map((m) => [m.name, m.population.count])).toEqual([
      ['芦別市', 12578],
      ['北斗市', 44331],
      ['北上市', 93089],
      ['北本市', 65228],
    ]);
  });
  it('says the counts are the preliminary ones of 1 October 2020 and how to cite them', () => {
    for (const m of published()) {
      expect(m.population).toMatchObject({ date: '2020-10-01', preliminary: true, citation: '総務省統計局『令和2年国勢調査 人口速報集計』' });
    }
  });
  it('is the same in content/ (read by the site)', () => {
    const content = JSON.parse(output.files.get('content/municipalities.json')!) as (Municipality & { id: string })[];
    expect(content.map(({ id, ...m }) => [id, m])).toEqual(published().map((m) => [m.code, m]));
  });
});
