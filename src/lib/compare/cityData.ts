/**
 * The per-town data file the compare page and the indicator table load (`/data/cities/<code>.json`,
 * written by src/pages/data/cities/[code].json.ts): the town, its plans and every indicator with the
 * numbers a chart places, the words it shows in each language and its line of indicators.csv,
 * formatted at build time so the browser needs neither dictionary nor formatter. Types only: the browser imports nothing else from here.
 */
import type { Lang } from '../../i18n/locales';
import type { Baseline, Target } from '../../schemas/indicator';
import type { IndicatorLevel } from '../../schemas/indicator';
import type { ThemeId } from '../../schemas/themes';
import type { WhenWords } from '../whenWords';

/** A value as shown in one language: '76万人' and its period ('H30（2018年度）'). */
export interface ValueWords {
  text: string;
  /** The text is the document's Japanese (a qualitative target on an English page). */
  isData: boolean;
  when: WhenWords | null;
}

/** What an indicator says in one language. */
export interface IndicatorWords {
  baseline: ValueWords;
  /** '（2018年度）', or '（年度の記載なし）'. */
  baselineFy: string;
  target: ValueWords;
  targetFy: string;
  /** Name of the base unit ('人', 'persons'), or the words for no unit. */
  unitName: string;
  /** Baseline and target per 1,000 residents, when the base unit counts people or things. */
  perThousand: { baseline: string; target: string } | null;
}

/** One indicator as the compare page and the charts read it. */
export interface CityIndicator {
  id: string;
  plan: string;
  municipality: string;
  level: IndicatorLevel;
  name: string;
  unit: string;
  unitBase: string;
  family: string | null;
  themes: ThemeId[];
  baseline: Pick<Baseline, 'valueBase' | 'fiscalYear'>;
  target: Pick<Target, 'kind' | 'valueBase' | 'valueMaxBase' | 'fiscalYear' | 'basis'>;
  /** Source document name and line (`/sources/<document>/#L<line>`), and the last line when it spans several. */
  source: { document: string; line: number; lineEnd?: number };
  words: Record<Lang, IndicatorWords>;
}

/** One plan: title as written and, when its period is over by the build date, 計画終了（…） per language. */
export interface CityPlan {
  id: string;
  title: string;
  ended: Record<Lang, string> | null;
}

/** An indicator in a town's data file: as the charts read it, plus its line of indicators.csv. */
export interface CityDataIndicator extends CityIndicator {
  /** Its row of /data/indicators.csv, without line end, so a page can offer any selection as that file's lines. */
  csv: string;
  /** The page of its town that shows it (from 1; src/lib/cityPages). */
  page: number;
}

/** A town's data file. */
export interface CityData {
  code: string;
  slug: string;
  name: Record<Lang, string>;
  prefecture: string;
  population: { count: number; text: Record<Lang, string> };
  plans: CityPlan[];
  indicators: CityDataIndicator[];
}
