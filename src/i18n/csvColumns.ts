import type { INDICATOR_COLUMNS } from '../core/indicatorsCsv';
import type { Lang } from './locales';

/** A column of indicators.csv. */
export type CsvColumn = (typeof INDICATOR_COLUMNS)[number];

/** What each column of indicators.csv holds (typed against the ingest's column list, so none is missed). */
export const CSV_COLUMN_DOCS: Record<CsvColumn, Record<Lang, string>> = {
  indicator_id: { ja: '指標の ID（`<計画ID>-L<行>`、同じ行に複数あれば `-<番号>`）', en: 'Indicator id (`<plan id>-L<line>`, plus `-<n>` when a line states several)' },
  municipality_code: { ja: '全国地方公共団体コード（6桁）', en: 'Municipality code (6 digits)' },
  municipality: { ja: '市区町村名', en: 'Municipality name (Japanese)' },
  plan_id: { ja: '計画の ID', en: 'Plan id' },
  plan_title: { ja: '計画の題名（資料どおり）', en: 'Plan title as written' },
  goal_label: { ja: '目標の番号（例：基本目標3）', en: 'Goal label, e.g. 基本目標3' },
  goal_title: { ja: '目標の題名', en: 'Goal title as written' },
  level: { ja: '`goal`（数値目標）か `measure`（施策の KPI）', en: '`goal` (numerical target of a goal) or `measure` (KPI of a measure)' },
  measure: { ja: '施策の題名（施策の KPI のとき）', en: 'Title of the measure (for a measure KPI)' },
  name: { ja: '指標名（資料どおり）', en: 'Indicator name as written' },
  unit: { ja: '単位（資料どおり、例：万人、%）。`*_value` の列はこの単位での値', en: 'Unit as written, e.g. 万人, %; the `*_value` columns are in this unit' },
  unit_base: {
    ja: '基本単位：単位から「万・千・百万・億」などの桁の語を除き、人を数える「名」は「人」にそろえたもの（万人 → 人、百万円 → 円、名 → 人）。率・割合（%、ポイント、倍）はそのまま。`*_value_base` の列はこの単位での値',
    en: 'Base unit: the unit without its scale word (万, 千, 百万, 億 …), persons counted as 人 (万人 → 人, 百万円 → 円, 名 → 人); rates and shares (%, ポイント, 倍) as they are. The `*_value_base` columns are in this unit',
  },
  baseline_value: { ja: '現状値・基準値（書かれた単位での値）', en: 'Baseline value, in the unit as written' },
  baseline_value_base: { ja: '現状値・基準値を基本単位で表した値（76万人 → 760000）', en: 'Baseline value in the base unit (76万人 → 760000)' },
  baseline_period: { ja: '基準の時点（資料どおり、例：H30）', en: 'Baseline period as written, e.g. H30' },
  baseline_fy: { ja: '基準の年度（西暦、例：2018）', en: 'Baseline fiscal year, e.g. 2018' },
  baseline_qualifier: { ja: '現状値に付いた言葉（資料どおり、例：約、累計、参考、未策定）', en: 'Words qualifying the baseline as written, e.g. 約 (about), 累計 (cumulative), 参考 (for reference), 未策定 (not yet drawn up)' },
  target_kind: {
    ja: '目標の種類：number, range, increase, decrease, maintain, zero-balance, qualitative',
    en: 'Target kind: number, range, increase, decrease, maintain, zero-balance, qualitative',
  },
  target_value: { ja: '目標値（範囲なら下限）', en: 'Target value (lower bound of a range)' },
  target_value_base: { ja: '目標値を基本単位で表した値（90万人 → 900000）', en: 'Target value in the base unit (90万人 → 900000)' },
  target_value_max: { ja: '範囲の上限', en: 'Upper bound of a range' },
  target_value_max_base: { ja: '範囲の上限を基本単位で表した値', en: 'Upper bound of a range in the base unit' },
  target_basis: {
    ja: '目標値が数えるもの：total（水準・総数）、per-year（1年あたり：年760人、350人/年）、cumulative（累計：累計、5年間で、100人/年×5年）',
    en: 'What the target amount counts: total (a level or a total), per-year (an amount each year, e.g. 760 people a year), cumulative (summed over the years, e.g. 100 people a year × 5 years)',
  },
  target_qualifier: {
    ja: '目標値に付いた言葉（資料どおり、例：約、累計、北海道水準(H29)、現状値より半減）。定性的な目標では目標の文そのもの',
    en: 'Words qualifying the target as written, e.g. 約 (about), 累計 (cumulative), 北海道水準(H29) (the Hokkaido level), 現状値より半減 (half the baseline); for a qualitative target, the target as written',
  },
  target_period: { ja: '目標の時点（資料どおり）', en: 'Target period as written' },
  target_fy: { ja: '目標年度（書かれていなければ計画期間の最終年度）', en: 'Target fiscal year (the last year of the plan when not written)' },
  target_fy_implied: {
    ja: '目標年度が本文になく、計画期間の最終年度から当てたものなら true',
    en: 'true when the text gives no target year and target_fy is the last year of the plan period',
  },
  themes: { ja: 'テーマ ID（`;` 区切り）', en: 'Theme ids, separated by `;`' },
  family: { ja: '指標の種類（ファミリー）の ID', en: 'Indicator family id' },
  source_file: { ja: '出典の文書（抽出したテキストのファイル名）', en: 'Source document (the name of its extracted text file)' },
  source_line: { ja: '出典の行番号（1から）', en: 'Source line (1-based)' },
  corrected: { ja: '訂正レイヤーの値を含むなら true', en: 'true when a value comes from the corrections layer' },
};
