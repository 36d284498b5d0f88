import type { PopulationSourceWords } from '../../lib/compare/chartWords';
import type { AmbitionWords } from '../../charts/render/ambitionFigure';
import type { DumbbellWords } from '../../charts/render/dumbbellFigure';

/** The UI strings the compare page's script needs, passed from the build in one data attribute. */
export interface CompareMessages {
  lang: 'ja' | 'en';
  /** BCP 47 locale for numbers and plurals. */
  locale: string;
  /** '{cities}を「{theme}」でくらべています。指標{n}件。' */
  status: string;
  tooFew: string;
  nothing: string;
  loading: string;
  /** '{city}のデータを読み込めませんでした。' */
  loadError: string;
  /** '{code}というコードの市区町村のデータはありません。' */
  unknownTown: string;
  /** '{city}の計画はまだ収録していません。' */
  noData: string;
  /** 'くらべられるのは4都市までです。…' */
  full: string;
  separator: string;
  allThemes: string;
  /** Family labels by id, in the order families are shown. */
  families: [string, string][];
  dumbbell: DumbbellWords;
  ambition: AmbitionWords;
  population: { label: string; source: PopulationSourceWords };
  table: { caption: string; family: string; others: string; none: string; baseline: string; target: string; source: string; line: string };
  /** Where pages and data live: '/', or '/en/' for pages; '/data/cities/' for data. */
  pagePrefix: string;
  dataPrefix: string;
}
