import { collapseSpaces } from './collapseSpaces';
import { JAPANESE_CHAR as JA } from './japaneseChars';

/**
 * Counters and units that may follow a number. A space between a number and one of these is an
 * extraction artefact (`76 万人`); a space before anything else may separate two table cells
 * (`544千人 5-1-4 農業・商業…`) or a heading number from its title (`1 策定趣旨`), so it stays.
 */
const UNITS = [
  '兆', '億', '万', '千', '人', '名', '件', '社', '期', '年', '月', '日', '回', '円', '戸', '校',
  '棟', '品', '本', '台', '団体', '事業者', '事業所', '施設', '地区', '才', '歳', '時間', '時点',
  '分', '倍', '割', 'か所', '箇所', 'カ所', 'ヶ所', 'か月', 'カ月', 'ヶ月', 'か年', 'カ年', '力年',
  '世帯', '組', '点', '種', '軒', '店', '便', '頭', '隻', '枚', '冊', '席', '園', '館', '号', '泊',
  '週', '度', '級', 'ポイント', '%', '‰', 'm³', 'm²',
].join('|');
const LATIN_UNITS = '(?:ha|km|kg|kWh|kW|t-CO2|tCO2|pt)(?![A-Za-z])';

/**
 * Each rule removes the spaces it matches; they run in this order on a line whose space runs are
 * already single. Numbers join their units before letter-spacing is undone, or the lone `人` of
 * `46,302 人 目標値` would be glued to the next cell.
 */
const RULES: readonly RegExp[] = [
  // Letter-spaced acronyms (`K P I`, `I C`).
  /(?<=(?:^|[^A-Za-z])[A-Z]) (?=[A-Z](?:[^A-Za-z]|$))/g,
  // A number inside a date or ordinal (`令和 2 年`, `第 1 期`, `年 3 回`, `25 億 4,000`, `約 2,000`).
  /(?<=令和|平成|昭和|大正|明治|[第約全毎各年月兆億万]) (?=[\d元])/g,
  // An era letter and its year (`R 7 年度`), an era year and what follows (`H30 年度`, `R1 水準`).
  /(?<=(?:^|[^A-Za-z])[MTSHR]) (?=\d)/g,
  new RegExp(`(?<=(?:^|[^A-Za-z0-9.])[MTSHR]\\d{1,2}) (?=${JA})`, 'gu'),
  // A number and its unit (`76 万人`, `2019 年実績`, `103.9 %`, `6.02 ha`).
  new RegExp(`(?<=\\d) (?=${UNITS}|${LATIN_UNITS})`, 'g'),
  // Letter-spaced words, once numbers hold their units: a space next to a lone Japanese character
  // (`北 斗 市`, `施 策 の 展 開`).
  new RegExp(`(?<=(?:^|\\s)${JA}) (?=${JA})|(?<=${JA}) (?=${JA}\\s${JA}(?:\\s|$))`, 'gu'),
  // Spaces inside brackets and before them after Japanese or a unit sign (`現状値 (第1期実績)`,
  // `5,533m³ (H26～H30平均)`, `( H30 )`), not
  // before a list marker (`すること (2) 道路…`).
  new RegExp(`(?<=${JA}|[%‰³²]) (?=\\((?!\\d+\\)))|(?<=\\() | (?=\\))`, 'gu'),
  // Operators of a cumulative formula and ranges of years (`年3回 × 5年`, `H26 ～ H30`).
  / (?=×)|(?<=×) /g,
  /(?<=[\d年度]) (?=～ ?[\dMTSHR令平昭大明])/g,
  /(?<=[\d年度] ?～) (?=[\dMTSHR令平昭大明])/g,
];

/**
 * Removes the spaces PDF extraction put inside Japanese words and numbers, keeping those that
 * separate a name from a number cell; TABs are kept as they are.
 * `'第 2 期 北 斗 市'` → `'第2期北斗市'`; `'観光入込客数 544千人 820千人'` stays.
 */
export function removeSpuriousSpaces(line: string): string {
  return collapseSpaces(RULES.reduce((text, rule) => text.replace(rule, ''), collapseSpaces(line)));
}
