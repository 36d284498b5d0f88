import { AMBITION_EXCLUSIONS, type AmbitionExclusion } from '../../charts/ambition';
import type { AmbitionWords } from '../../charts/render/ambitionFigure';
import type { DumbbellWords } from '../../charts/render/dumbbellFigure';
import type { StripWords } from '../../charts/render/stripFigure';
import { INTL_LOCALE, type Lang } from '../../i18n/locales';
import { translator } from '../../i18n/translator';
import { UI } from '../../i18n/ui';
import type { Population } from '../../schemas/population';
import { formatDay } from '../formatDay';

/** Where a population comes from, in words: '出典：' + citation + '（速報値）、2020年10月1日'. */
export interface PopulationSourceWords {
  prefix: string;
  citation: string;
  suffix: string;
}

/** The census source line as PopulationSource.astro writes it. */
export function populationSourceWords(population: Population, lang: Lang): PopulationSourceWords {
  const t = translator(lang);
  const kind = t(population.preliminary ? 'population.kind.preliminary' : 'population.kind.final');
  return {
    prefix: `${t('population.source')}${lang === 'ja' ? '：' : ': '}`,
    citation: population.citation,
    suffix: `${lang === 'ja' ? '（' : ' ('}${kind}${lang === 'ja' ? '）、' : '), '}${formatDay(population.date, lang)}`,
  };
}

/**
 * The dumbbell chart's templates in one language, `{slots}` left for the chart to fill (so the
 * same words serve the build and the browser); `populationDate` is the census day of the
 * per-1,000 note.
 */
export function dumbbellWords(lang: Lang, populationDate: string): DumbbellWords {
  const u = UI[lang];
  const t = translator(lang);
  return {
    locale: INTL_LOCALE[lang],
    title: u['dumbbell.title'],
    takeaway: u['dumbbell.takeaway'],
    parts: { up: u['dumbbell.part.up'], down: u['dumbbell.part.down'], hold: u['dumbbell.part.hold'], unknown: u['dumbbell.part.unknown'] },
    directions: { up: u['direction.up'], down: u['direction.down'], hold: u['direction.hold'], unknown: u['direction.unknown'] },
    panel: u['dumbbell.panel'],
    perPanel: u['perResident.panel'],
    axisValue: u['chart.axisValue'],
    perAxis: u['perResident.axis'],
    keyBaseline: u['chart.key.baseline'],
    keyTarget: u['chart.key.target'],
    axisFromZero: u['chart.axisFromZero'],
    axisExtent: u['chart.axisExtent'],
    units: u['dumbbell.units'],
    converted: u['dumbbell.converted'],
    perNote: t('perResident.note', { date: formatDay(populationDate, lang) }),
    rowTitle: u['dumbbell.rowTitle'],
    separator: u['chart.listSeparator'],
    highlight: u['chart.highlight'],
    highlightNone: u['chart.highlightNone'],
    dataTable: u['chart.dataTable'],
    columns: {
      city: u['chart.city'],
      name: u['indicator.name'],
      baseline: u['indicator.baseline'],
      target: u['indicator.target'],
      direction: u['dumbbell.direction'],
      population: u['population.title'],
      perBaseline: u['perResident.baseline'],
      perTarget: u['perResident.target'],
    },
  };
}

/** The ambition chart's templates in one language, `{slots}` left for the chart to fill. */
export function ambitionWords(lang: Lang): AmbitionWords {
  const u = UI[lang];
  return {
    locale: INTL_LOCALE[lang],
    title: u['ambition.title'],
    takeaway: u['ambition.takeaway'],
    none: u['ambition.none'],
    formula: u['ambition.formula'],
    axis: u['ambition.axis'],
    group: u['ambition.group'],
    groupLabel: u['ambition.groupLabel'],
    rowTitle: u['ambition.rowTitle'],
    rowValues: u['ambition.rowValues'],
    perYear: u['ambition.perYear'],
    unusualMark: u['ambition.unusualMark'],
    unusualBaseline: u['ambition.unusualBaseline'],
    excluded: u['ambition.excluded'],
    reasons: Object.fromEntries(AMBITION_EXCLUSIONS.map((r) => [r, u[`ambition.excluded.${r}`]])) as Record<AmbitionExclusion, string>,
    separator: u['chart.listSeparator'],
    highlight: u['chart.highlight'],
    highlightNone: u['chart.highlightNone'],
    dataTable: u['chart.dataTable'],
    columns: {
      family: u['theme.family'],
      city: u['chart.city'],
      name: u['indicator.name'],
      baseline: u['indicator.baseline'],
      target: u['indicator.target'],
      years: u['ambition.years'],
      change: u['ambition.change'],
      rate: u['ambition.rate'],
    },
  };
}

/** The distribution chart's templates in one language; `populationDate` is the census day of the per-1,000 note. */
export function stripWords(lang: Lang, populationDate: string): StripWords {
  const u = UI[lang];
  return {
    locale: INTL_LOCALE[lang],
    title: u['strip.title'],
    takeaway: u['strip.takeaway'],
    none: u['strip.none'],
    panel: u['strip.panel'],
    perPanel: u['strip.perPanel'],
    axisValue: u['chart.axisValue'],
    perAxis: u['perResident.axis'],
    baselines: u['strip.baselines'],
    targets: u['strip.targets'],
    range: u['strip.range'],
    barTitle: u['strip.barTitle'],
    note: u['strip.note'],
    perNote: translator(lang)('perResident.note', { date: formatDay(populationDate, lang) }),
    highlight: u['chart.highlight'],
    highlightNone: u['chart.highlightNone'],
    dataTable: u['chart.dataTable'],
  };
}
