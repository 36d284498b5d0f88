import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/buildSearchIndex';
import { recordAnchor } from '../../../src/lib/recordAnchor';
import { indicatorValueText } from '../../../src/lib/search/indicatorValueText';
import { searchRecords } from '../../../src/lib/search/searchRecords';
import { realContent } from '../../fixtures/search/realIndex';

const records = searchRecords(realContent);

describe('searchRecords', () => {
  it('makes one record per plan, goal, measure, action and indicator', () => {
    const actions = realContent.measures.reduce((n, m) => n + m.actions.length, 0);
    expect(records).toHaveLength(realContent.plans.length + realContent.goals.length + realContent.measures.length + actions + realContent.indicators.length);
  });
  it('titles a goal with its label, 基本目標2 「星の降る里・芦別」への新しい人の流れをつくる, anchored #goal-<id>', () => {
    const goal = records.find((r) => r.anchor === recordAnchor('goal', '012165-g2-revision-2024-basic-2'));
    expect(goal?.title).toBe('基本目標2 「星の降る里・芦別」への新しい人の流れをつくる');
    expect(goal?.source).toEqual({ document: '003_814edfe68be90aab', line: 64 });
  });
  it('links an action to its measure and searches its details', () => {
    const action = records.find((r) => r.kind === 'action' && r.title === '移住・定住促進支援事業の実施');
    expect(action?.anchor).toBe('measure-012360-g2-strategy-m-351');
    expect(action?.details[0]).toContain('空き家バンク制度');
    expect(action?.source?.line).toBe(365);
  });
  it('writes an indicator’s values as text: 子育てアプリ登録者数 470名（R2.1） → 970名', () => {
    const indicator = realContent.indicators.find((i) => i.id === '012360-g2-strategy-L463');
    expect(indicator && indicatorValueText(indicator)).toBe('470名（R2.1） → 970名');
  });
});

describe('buildSearchIndex', () => {
  it('writes the real corpus as a manifest and one document block, with no postings (built in the browser)', () => {
    const { files, manifest } = buildSearchIndex(realContent.municipalities, records);
    expect([...files.keys()].sort()).toEqual(['search-index-d0.json', 'search-index.json']);
    expect(manifest.postings).toBeNull();
    expect(manifest.cities.map((c) => c[1])).toEqual(['芦別市', '北斗市', '北上市', '北本市']);
    expect(manifest.runs.flat().reduce((a, b) => a + b, 0)).toBe(records.length);
  });
  it('is byte-identical from run to run, whatever the input order', () => {
    const a = buildSearchIndex(realContent.municipalities, records);
    const b = buildSearchIndex([...realContent.municipalities].reverse(), [...records].reverse());
    expect(JSON.stringify([...b.files])).toBe(JSON.stringify([...a.files]));
  });
});
