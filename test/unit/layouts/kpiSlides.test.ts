import { describe, expect, it } from 'vitest';
import { kpiSlides } from '../../../scripts/ingest/layouts/kpiSlides';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

/** Lines 355–376 of 002 (北本市): a KPI table whose names and policy cells wrap, heading after it. */
const TABLE = [
  ' 数値目標 現状値 目標値',
  '',
  '出生数 ３４０人 ３８０人',
  '',
  '重要業績評価指標（ＫＰＩ） 現状値 目標値 後期基本計画の施策・基本事業名',
  '妊婦が妊婦健康診査を受診し',
  '',
  'た回数 １２．４回 １３．０回 １−２−１ 妊娠・出産に関する',
  '保険・医療の充実',
  '',
  '保育所（園）待機児童数 ２９人 ０人 １−１−１ 保育サービスの充実',
  '子どもの放課後等の居場所が',
  '',
  'あると思う保護者の割合 ― ↑ １−１−２ 子供の放課後等の居',
  '場所があると思う保護者の割合',
  '',
  '基本目標２ 若い世代の出産・子育ての希望をかなえる',
].join('\n');

describe('kpiSlides', () => {
  const doc = toSourceDoc('seeds/002.txt', TABLE, 'UTF8');
  const result = kpiSlides.read(doc, { periodStart: 2022, periodEnd: 2026 });

  it('assigns the tables to the heading that follows them', () => {
    expect(result.goals.map((g) => [g.key, g.title])).toEqual([['basic-2', '若い世代の出産・子育ての希望をかなえる']]);
    expect(new Set(result.indicators.map((i) => i.goalKey))).toEqual(new Set(['basic-2']));
  });
  it('joins names wrapped before their row and policy cells wrapped after it (a row ends where its last cell does)', () => {
    expect(result.indicators.map((i) => [i.level, i.name, i.line, i.lineEnd ?? null])).toEqual([
      ['goal', '出生数', 3, null],
      ['measure', '妊婦が妊婦健康診査を受診した回数', 6, 9],
      ['measure', '保育所(園)待機児童数', 11, null],
      ['measure', '子どもの放課後等の居場所があると思う保護者の割合', 12, 15],
    ]);
    expect(result.measures.map((m) => [m.label, m.title])).toEqual([
      ['1-2-1', '妊娠・出産に関する保険・医療の充実'],
      ['1-1-1', '保育サービスの充実'],
      ['1-1-2', '子供の放課後等の居場所があると思う保護者の割合'],
    ]);
  });
  it('reads ― as no baseline and ↑ as an increase', () => {
    const last = result.indicators[3]!;
    expect([last.baseline, last.target.kind]).toEqual([null, 'increase']);
  });
});
