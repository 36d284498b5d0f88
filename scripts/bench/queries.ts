/**
 * The fixed queries of the benchmark, one character to long, as readers type them: kanji
 * compounds, kana and romaji city names, full-width letters, a typo, an English theme name,
 * a city plus a topic, and a long phrase.
 */
export const BENCH_QUERIES = [
  '子',
  'DX',
  'ＤＸ',
  '移住',
  '空き家',
  'ほくと',
  'kitakami',
  '待機児童',
  'テレワーク',
  '子育てアプリ',
  '子育てアプル',
  'childcare',
  '北斗 子育て',
  'ふるさと納税',
  '観光入込客数',
  '合計特殊出生率',
  '地域おこし協力隊',
  '新規就農者数の増加',
  'マイナンバーカード交付率',
  '子育て世代の移住定住を促進するための住宅取得支援',
] as const;
