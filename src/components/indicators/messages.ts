/** The UI strings the indicator table's script needs, passed from the build in one data attribute (so the browser gets no dictionary). */
export interface IndicatorTableMessages {
  lang: 'ja' | 'en';
  /** BCP 47 locale for collation and plurals. */
  locale: string;
  /** '{total}件中{n}件を表示しています。' */
  status: string;
  /** '{column}の{direction}に並べ替えました。' */
  sorted: string;
  asc: string;
  desc: string;
  loading: string;
  /** '{city}のデータを読み込めませんでした。' */
  loadError: string;
  /** 'コード{code}の市区町村のデータはありません。' */
  unknownTown: string;
  /** '{city}の計画はまだ収録していません。' */
  noData: string;
  /** Between the themes of a row: '、'. */
  separator: string;
  /** An empty cell: '—'. */
  none: string;
  /** Labels by id: levels, target kinds, themes and families. */
  levels: Record<string, string>;
  kinds: Record<string, string>;
  themes: Record<string, string>;
  families: Record<string, string>;
  /** Labels before the values on a phone, where the headings are not above them. */
  baseline: string;
  target: string;
  /** '{line}行目', '{line}〜{lineEnd}行目'. */
  line: string;
  lines: string;
  /** Where pages and data live: '/', or '/en/' for pages; '/data/cities/' for data. */
  pagePrefix: string;
  dataPrefix: string;
}
