import { describe, expect, it } from 'vitest';
import { linkGenerations, nameSimilarity } from '../../../scripts/ingest/assemble/linkGenerations';
import { indicator, plan } from './fixtures';

// 北斗市: the 第2期 strategy (001) and the 第3期 draft leaflet (000).
const G2 = plan({ id: '012360-g2-strategy', municipality: '012360', kind: 'strategy', generation: 2 });
const G3 = plan({ id: '012360-g3-draft-summary', municipality: '012360', kind: 'draft-summary', generation: 3, periodStart: 2025, periodEnd: 2029 });
// 芦別市 第2期 revision (003), 北本市 第2期 slides (002), 北上市 action plan outside the series (004).
const ASHIBETSU = plan({ id: '012165-g2-revision-2024', municipality: '012165', kind: 'revision', generation: 2 });
const KITAMOTO = plan({ id: '112330-g2-strategy-slides', municipality: '112330', kind: 'summary', generation: 2 });
const KITAKAMI = plan({ id: '032069-action-plan-2021', municipality: '032069', kind: 'action-plan', generation: null });

/** The previousPlan of each plan by id. */
const previousPlans = (plans: ReturnType<typeof linkGenerations>['plans']) => Object.fromEntries(plans.map((p) => [p.id, p.previousPlan]));

describe('nameSimilarity', () => {
  describe('for the documented pair (001 line 214 vs 000 line 767)', () => {
    // 12 bigrams (企業立地数新函館北斗駅周辺) and 14 (新函館北斗駅周辺への立地企業数) share 9:
    // 企業 立地 新函 函館 館北 北斗 斗駅 駅周 周辺 → 2 × 9 / 26.
    it('is the Dice coefficient of their bigrams, 18/26', () => {
      expect(nameSimilarity('企業立地数(新函館北斗駅周辺)', '新函館北斗駅周辺への立地企業数')).toBeCloseTo(18 / 26, 10);
    });
    it('is symmetric', () => {
      expect(nameSimilarity('新函館北斗駅周辺への立地企業数', '企業立地数(新函館北斗駅周辺)')).toBeCloseTo(18 / 26, 10);
    });
  });

  describe('for identical names', () => {
    it('is 1', () => {
      expect(nameSimilarity('観光入込客数', '観光入込客数')).toBe(1);
    });
  });

  describe('ignoring brackets, spaces and width', () => {
    // 001 line 215 has a space and ASCII brackets; the same name with full-width brackets.
    it('雇用増加数 (新函館北斗駅周辺) equals 雇用増加数（新函館北斗駅周辺）', () => {
      expect(nameSimilarity('雇用増加数 (新函館北斗駅周辺)', '雇用増加数（新函館北斗駅周辺）')).toBe(1);
    });
    it('ignores ・ and 、 between words', () => {
      expect(nameSimilarity('移住・定住者数', '移住定住者数')).toBe(1);
    });
  });

  describe('for names that share little', () => {
    // 市内 内創 創業 業件 件数 (5) and 新規 規起 起業 業創 創業 業者 者数 (7) share 創業 → 2 / 12.
    it('市内創業件数 vs 新規起業・創業者数 is 1/6', () => {
      expect(nameSimilarity('市内創業件数', '新規起業・創業者数')).toBeCloseTo(1 / 6, 10);
    });
    it('is 0 with no shared bigram', () => {
      expect(nameSimilarity('出生数', '町内会加入率')).toBe(0);
    });
  });

  describe('for names too short to have a bigram', () => {
    it('is 0 for a one-character name, even against itself', () => {
      expect(nameSimilarity('率', '率')).toBe(0);
    });
    it('is 0 for an empty name or one made only of brackets', () => {
      expect(nameSimilarity('', '出生数')).toBe(0);
      expect(nameSimilarity('（）', '出生数')).toBe(0);
    });
  });
});

describe('linkGenerations — plans', () => {
  describe('when the previous generation of the municipality is present', () => {
    const { plans } = linkGenerations([G2, G3, ASHIBETSU, KITAMOTO, KITAKAMI], []);

    it('links 第3期 to 第2期', () => {
      expect(previousPlans(plans)['012360-g3-draft-summary']).toBe('012360-g2-strategy');
    });
    it('keeps the plans in input order', () => {
      expect(plans.map((p) => p.id)).toEqual([G2.id, G3.id, ASHIBETSU.id, KITAMOTO.id, KITAKAMI.id]);
    });
    it('does not change the input plan', () => {
      expect(G3.previousPlan).toBeNull();
    });
  });

  describe('when there is no previous generation', () => {
    const { plans } = linkGenerations([G2, G3, ASHIBETSU, KITAMOTO, KITAKAMI], []);

    it('leaves 第2期 plans without a 第1期 unlinked', () => {
      const previous = previousPlans(plans);
      expect([previous['012360-g2-strategy'], previous['012165-g2-revision-2024'], previous['112330-g2-strategy-slides']]).toEqual([null, null, null]);
    });
    it('leaves a plan outside the numbered series (generation null) unlinked', () => {
      expect(previousPlans(plans)['032069-action-plan-2021']).toBeNull();
    });
    it('clears a stale previousPlan when no earlier plan exists', () => {
      const stale = { ...KITAMOTO, previousPlan: '112330-g1-strategy' };
      expect(linkGenerations([stale], []).plans[0]!.previousPlan).toBeNull();
    });
  });

  describe('when the previous generation belongs to another municipality', () => {
    it('does not link across municipalities', () => {
      const { plans } = linkGenerations([KITAMOTO, G3], []);
      expect(previousPlans(plans)['012360-g3-draft-summary']).toBeNull();
    });
  });

  describe('when the previous generation includes a revision', () => {
    const revision = plan({ id: '012360-g2-revision', municipality: '012360', kind: 'revision', generation: 2 });

    it('links to the strategy, not to the revision (which sorts first)', () => {
      const { plans } = linkGenerations([revision, G2, G3], []);
      expect(previousPlans(plans)['012360-g3-draft-summary']).toBe('012360-g2-strategy');
    });
    it('does not link to a revision that is the only earlier plan', () => {
      const { plans } = linkGenerations([revision, G3], []);
      expect(previousPlans(plans)['012360-g3-draft-summary']).toBeNull();
    });
  });

  describe('when two plans of the previous generation qualify', () => {
    const summary = plan({ id: '012360-g2-summary', municipality: '012360', kind: 'summary', generation: 2 });

    it('picks the first by id, whatever the input order', () => {
      expect(previousPlans(linkGenerations([summary, G2, G3], []).plans)['012360-g3-draft-summary']).toBe('012360-g2-strategy');
      expect(previousPlans(linkGenerations([G3, G2, summary], []).plans)['012360-g3-draft-summary']).toBe('012360-g2-strategy');
    });
  });
});

describe('linkGenerations — indicators', () => {
  // 001 line 214 and 000 line 767: the pair the generations chart draws.
  const earlierSite = indicator({ id: '012360-g2-strategy-L214', plan: G2.id, name: '企業立地数(新函館北斗駅周辺)', family: 'companies-located' });
  const laterSite = indicator({ id: '012360-g3-draft-summary-L767', plan: G3.id, name: '新函館北斗駅周辺への立地企業数', family: 'companies-located' });

  describe('same family and a name at least 0.3 alike', () => {
    const { indicators } = linkGenerations([G2, G3], [earlierSite, laterSite]);

    it('links the later indicator to its earlier self', () => {
      expect(indicators[1]!.previous).toBe('012360-g2-strategy-L214');
    });
    it('never links the earlier indicator forwards', () => {
      expect(indicators[0]!.previous).toBeNull();
    });
    it('returns new objects and leaves the input alone', () => {
      expect(laterSite.previous).toBeNull();
      expect(indicators[1]).not.toBe(laterSite);
    });
  });

  describe('same family but names less than 0.3 alike', () => {
    // 002-style 市内創業件数 vs 001 line 292 新規起業・創業者数: both business-startups, similarity 1/6.
    it('does not link', () => {
      const earlier = indicator({ id: '012360-g2-strategy-L292', plan: G2.id, name: '新規起業・創業者数', family: 'business-startups' });
      const later = indicator({ id: '012360-g3-draft-summary-L500', plan: G3.id, name: '市内創業件数', family: 'business-startups' });
      expect(linkGenerations([G2, G3], [earlier, later]).indicators[1]!.previous).toBeNull();
    });
  });

  describe('no family on either side', () => {
    it('does not link names only 18/26 alike (below 0.75)', () => {
      const { indicators } = linkGenerations([G2, G3], [{ ...earlierSite, family: null }, { ...laterSite, family: null }]);
      expect(indicators[1]!.previous).toBeNull();
    });
    it('links an identical name', () => {
      const name = '諸証明発行総数に対するコンビニ交付利用率';
      const earlier = indicator({ id: '012360-g2-strategy-L248', plan: G2.id, name, family: null });
      const later = indicator({ id: '012360-g3-draft-summary-L248', plan: G3.id, name, family: null });
      expect(linkGenerations([G2, G3], [earlier, later]).indicators[1]!.previous).toBe('012360-g2-strategy-L248');
    });
  });

  describe('different families', () => {
    it('still links a near-identical name', () => {
      const earlier = indicator({ id: '012360-g2-strategy-L241', plan: G2.id, name: '観光入込客数', family: 'tourist-visits' });
      const later = indicator({ id: '012360-g3-draft-summary-L9', plan: G3.id, name: '観光入込客数', family: null });
      expect(linkGenerations([G2, G3], [earlier, later]).indicators[1]!.previous).toBe('012360-g2-strategy-L241');
    });
    it('does not link a name only 18/26 alike', () => {
      const { indicators } = linkGenerations([G2, G3], [{ ...earlierSite, family: 'new-jobs' }, laterSite]);
      expect(indicators[1]!.previous).toBeNull();
    });
  });

  describe('at the thresholds', () => {
    // ABCDE / ABCDX: 4 bigrams each, 3 shared → exactly 0.75.
    it('links names exactly 0.75 alike without a family', () => {
      const earlier = indicator({ id: '012360-g2-strategy-L1', plan: G2.id, name: 'ABCDE', family: null });
      const later = indicator({ id: '012360-g3-draft-summary-L1', plan: G3.id, name: 'ABCDX', family: null });
      expect(linkGenerations([G2, G3], [earlier, later]).indicators[1]!.previous).toBe('012360-g2-strategy-L1');
    });
    // 10 bigrams each, 3 shared → exactly 0.3.
    it('links names exactly 0.3 alike within a family', () => {
      const earlier = indicator({ id: '012360-g2-strategy-L2', plan: G2.id, name: 'ABCDEFGHIJK', family: 'births' });
      const later = indicator({ id: '012360-g3-draft-summary-L2', plan: G3.id, name: 'ABCDxyzuvwq', family: 'births' });
      expect(linkGenerations([G2, G3], [earlier, later]).indicators[1]!.previous).toBe('012360-g2-strategy-L2');
    });
  });

  describe('several candidates', () => {
    // 001 lines 215 and 217: 雇用増加数 near the station and elsewhere; both new-jobs, both ≥ 0.75 alike.
    const elsewhere = indicator({ id: '012360-g2-strategy-L217', plan: G2.id, name: '雇用増加数 (新函館北斗駅周辺以外)', family: 'new-jobs' });
    const station = indicator({ id: '012360-g2-strategy-L215', plan: G2.id, name: '雇用増加数 (新函館北斗駅周辺)', family: 'new-jobs' });
    const later = indicator({ id: '012360-g3-draft-summary-L20', plan: G3.id, name: '雇用増加数(新函館北斗駅周辺)', family: 'new-jobs' });

    it('picks the most similar name, not the first candidate', () => {
      expect(linkGenerations([G2, G3], [elsewhere, station, later]).indicators[2]!.previous).toBe('012360-g2-strategy-L215');
    });
    it('keeps the first of equally similar candidates', () => {
      const twin = { ...station, id: '012360-g2-strategy-L216' };
      expect(linkGenerations([G2, G3], [twin, station, later]).indicators[2]!.previous).toBe('012360-g2-strategy-L216');
    });
  });

  describe('one to one', () => {
    // 002 lines 329–330: 北本駅の平日の運行本数 and 北本駅の休日の運行本数 are 0.8 alike; were both in two
    // generations, each must find its own earlier self, and an earlier indicator is linked at most once.
    const weekday = indicator({ id: '012360-g2-strategy-L329', plan: G2.id, name: '北本駅の平日の運行本数', family: null });
    const holiday = indicator({ id: '012360-g2-strategy-L330', plan: G2.id, name: '北本駅の休日の運行本数', family: null });
    it('links each later indicator to its own earlier self, whatever the order', () => {
      const laterHoliday = indicator({ id: '012360-g3-draft-summary-L9', plan: G3.id, name: '北本駅の休日の運行本数', family: null });
      const laterWeekday = indicator({ id: '012360-g3-draft-summary-L8', plan: G3.id, name: '北本駅の平日の運行本数', family: null });
      const { indicators } = linkGenerations([G2, G3], [weekday, holiday, laterHoliday, laterWeekday]);
      expect(indicators.slice(2).map((i) => i.previous)).toEqual([holiday.id, weekday.id]);
    });
    it('links an earlier indicator to one later indicator only, the most alike', () => {
      const laterWeekday = indicator({ id: '012360-g3-draft-summary-L8', plan: G3.id, name: '北本駅の平日の運行本数', family: null });
      const laterWeekend = indicator({ id: '012360-g3-draft-summary-L9', plan: G3.id, name: '北本駅の土日の運行本数', family: null });
      const { indicators } = linkGenerations([G2, G3], [weekday, laterWeekend, laterWeekday]);
      expect(indicators.slice(1).map((i) => i.previous)).toEqual([null, weekday.id]);
    });
  });

  describe('where candidates come from', () => {
    it('only from the previous plan, not from a revision of the same generation', () => {
      const revision = plan({ id: '012360-g2-revision', municipality: '012360', kind: 'revision', generation: 2 });
      const inRevision = indicator({ id: '012360-g2-revision-L5', plan: revision.id, name: '新函館北斗駅周辺への立地企業数', family: 'companies-located' });
      const { indicators } = linkGenerations([G2, revision, G3], [inRevision, laterSite]);
      expect(indicators[1]!.previous).toBeNull();
    });
    it('not from the same plan', () => {
      const twin = { ...laterSite, id: '012360-g3-draft-summary-L768' };
      const { indicators } = linkGenerations([G2, G3], [twin, laterSite]);
      expect(indicators.map((i) => i.previous)).toEqual([null, null]);
    });
    it('leaves an indicator whose plan is not in the list unlinked', () => {
      const { indicators } = linkGenerations([G2], [earlierSite, laterSite]);
      expect(indicators[1]!.previous).toBeNull();
    });
  });
});
