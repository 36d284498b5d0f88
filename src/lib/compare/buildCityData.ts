import { numberFormat } from '../../i18n/intl';
import { targetSpan } from '../../charts/dumbbell';
import { isPerResidentBase } from '../../domain/perResident';
import { INTL_LOCALE, LOCALES, textLang, type Lang } from '../../i18n/locales';
import { unitName, withUnit } from '../../i18n/translateTerms';
import { translator } from '../../i18n/translator';
import type { Indicator } from '../../schemas/indicator';
import type { Municipality } from '../../schemas/municipality';
import type { Plan } from '../../schemas/plan';
import { cityName } from '../cityName';
import { formatBaseline } from '../formatBaseline';
import { formatFiscalYear } from '../formatFiscalYear';
import { formatTarget } from '../formatTarget';
import { formatPerThousand, perThousand } from '../perResident';
import { planEnded } from '../planAge';
import { qualifyValue } from '../qualifyValue';
import { documentName } from '../sourcePath';
import { whenWords } from '../whenWords';
import type { CityData, CityIndicator, CityPlan, IndicatorWords } from './cityData';

/** A language's words for every language of the site. */
const perLang = <T>(make: (lang: Lang) => T) => Object.fromEntries(LOCALES.map((lang) => [lang, make(lang)])) as Record<Lang, T>;

/** '（2018年度）', or '（年度の記載なし）' when the text gives no year. */
export function fiscalYearInParens(year: number | null, lang: Lang): string {
  const t = translator(lang);
  return t('value.fyInParens', { year: year === null ? t('value.fyUnknown') : formatFiscalYear(year, lang) });
}

/** Baseline and target per 1,000 residents as shown ('17,144人' → '20,302人'), qualifiers kept. */
function perThousandWords(ind: Indicator, population: number, lang: Lang): IndicatorWords['perThousand'] {
  if (!isPerResidentBase(ind.unitBase, ind.family) || !(population > 0)) return null;
  const t = translator(lang);
  const q = (v: number) => withUnit(formatPerThousand(v, lang), ind.unitBase, lang);
  const baseline = perThousand(ind.baseline.valueBase, population);
  const span = targetSpan(ind.target, ind.baseline.valueBase);
  const low = span && perThousand(span.low, population)!;
  const high = span && perThousand(span.high, population)!;
  const target = low === null || high === null ? null : low === high ? q(low) : `${formatPerThousand(low, lang)}～${q(high)}`;
  return {
    baseline: baseline === null ? t('value.none') : qualifyValue(q(baseline), ind.baseline.note, 'total', lang),
    target: target === null ? t('value.none') : qualifyValue(target, ind.target.note, ind.target.basis, lang),
  };
}

function indicatorWords(ind: Indicator, population: number, lang: Lang): IndicatorWords {
  const t = translator(lang);
  const baseline = formatBaseline(ind.baseline, ind.unit, lang);
  const target = formatTarget(ind.target, ind.unit, lang);
  return {
    baseline: { text: baseline, isData: textLang(baseline, lang) !== undefined, when: whenWords(ind.baseline.period, ind.baseline.fiscalYear, false, lang) },
    baselineFy: fiscalYearInParens(ind.baseline.fiscalYear, lang),
    target: { text: target, isData: textLang(target, lang) !== undefined, when: whenWords(ind.target.period, ind.target.fiscalYear, ind.target.impliedByPlanPeriod, lang) },
    targetFy: fiscalYearInParens(ind.target.fiscalYear, lang),
    unitName: ind.unitBase === '' ? t('chart.unitNone') : unitName(ind.unitBase, lang),
    perThousand: perThousandWords(ind, population, lang),
  };
}

/** '44,331人', '44,331 people'. */
export function populationText(count: number, lang: Lang): string {
  return translator(lang)('population.count', { count: numberFormat(INTL_LOCALE[lang]).format(count) });
}

/** Records made so far, by indicator id and population (records are never changed once made). */
const records = new Map<string, CityIndicator>();

/** An indicator as the charts read it, with its words in every language. */
export function cityIndicator(ind: Indicator, population: number): CityIndicator {
  // Every page and data file that charts an indicator asks for the same record: make it once per build.
  const key = `${ind.id}\u0000${population}`;
  let made = records.get(key);
  if (made === undefined) {
    made = makeCityIndicator(ind, population);
    records.set(key, made);
  }
  return made;
}

function makeCityIndicator(ind: Indicator, population: number): CityIndicator {
  return {
    id: ind.id,
    plan: ind.plan,
    municipality: ind.municipality,
    level: ind.level,
    name: ind.name,
    unit: ind.unit,
    unitBase: ind.unitBase,
    family: ind.family,
    themes: ind.themes,
    baseline: { valueBase: ind.baseline.valueBase, fiscalYear: ind.baseline.fiscalYear },
    target: { kind: ind.target.kind, valueBase: ind.target.valueBase, valueMaxBase: ind.target.valueMaxBase, fiscalYear: ind.target.fiscalYear, basis: ind.target.basis },
    source: { document: documentName(ind.source.file), line: ind.source.line, ...(ind.source.lineEnd !== undefined && ind.source.lineEnd !== ind.source.line ? { lineEnd: ind.source.lineEnd } : {}) },
    words: perLang((lang) => indicatorWords(ind, population, lang)),
  };
}

/** A plan as the charts read it: its title and, when its period is over by `fiscalYear`, 計画終了（…）. */
export function cityPlan(p: Plan, fiscalYear: number): CityPlan {
  return {
    id: p.id,
    title: p.title,
    ended: planEnded(p, fiscalYear) ? perLang((lang) => translator(lang)('plan.ended', { fy: formatFiscalYear(p.periodEnd, lang) })) : null,
  };
}

function csvRow(rows: ReadonlyMap<string, string>, id: string): string {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`indicator ${id}: no row of indicators.csv was made for it`);
  return row;
}

/**
 * A town's data file: the town, its plans (marked ended by `fiscalYear`, the build's) and its
 * indicators in reading order, each with its row of indicators.csv from `csvRows` (by indicator id,
 * see csvLines) and the page of the town that shows it (`pageOf`, by indicator id; page 1 when not
 * given), e.g. `cityData(北斗市, its plans, its indicators, 2026, rows)`.
 */
export function cityData(
  m: Municipality,
  plans: readonly Plan[],
  indicators: readonly Indicator[],
  fiscalYear: number,
  csvRows: ReadonlyMap<string, string>,
  pageOf: (indicatorId: string) => number = () => 1,
): CityData {
  return {
    code: m.code,
    slug: m.slug,
    name: perLang((lang) => cityName(m, lang)),
    prefecture: m.prefecture,
    population: { count: m.population.count, text: perLang((lang) => populationText(m.population.count, lang)) },
    plans: plans.map((p) => cityPlan(p, fiscalYear)),
    indicators: indicators.map((ind) => ({ ...cityIndicator(ind, m.population.count), csv: csvRow(csvRows, ind.id), page: pageOf(ind.id) })),
  };
}
