/**
 * The words of the source documents that the site shows in English on /en/ pages: units,
 * prefectures and the words of period labels, one entry per term with its Japanese as written
 * and its English. Data (indicator, goal and plan names) is never translated; these are the
 * small closed vocabularies around it. The mechanism that uses them is in `translateTerms.ts`.
 */

/** A counted unit: Japanese as written and the English noun in the singular and plural. */
export interface UnitTerm {
  /** Base unit as the data writes it (no scale word; persons as 人), e.g. `社`. */
  ja: string;
  /** English noun for one, e.g. 'company'. */
  en: string;
  /** English noun for any other count, e.g. 'companies'. */
  enPlural: string;
}

/** Counted units of the documents, by base unit (名 is read as 人 by `readUnit`). */
export const UNIT_TERMS: readonly UnitTerm[] = [
  { ja: '人', en: 'person', enPlural: 'people' },
  { ja: '社', en: 'company', enPlural: 'companies' },
  { ja: '件', en: 'case', enPlural: 'cases' },
  { ja: '組', en: 'couple', enPlural: 'couples' },
  { ja: '人泊', en: 'overnight stay', enPlural: 'overnight stays' },
  { ja: '世帯', en: 'household', enPlural: 'households' },
  { ja: '戸', en: 'dwelling', enPlural: 'dwellings' },
  { ja: '棟', en: 'building', enPlural: 'buildings' },
  { ja: '回', en: 'time', enPlural: 'times' },
  { ja: '団体', en: 'organization', enPlural: 'organizations' },
  { ja: '校', en: 'school', enPlural: 'schools' },
  { ja: '施設', en: 'facility', enPlural: 'facilities' },
  { ja: '品', en: 'product', enPlural: 'products' },
  { ja: '事業者', en: 'business', enPlural: 'businesses' },
  { ja: '事業所', en: 'establishment', enPlural: 'establishments' },
  { ja: '地域', en: 'area', enPlural: 'areas' },
  { ja: '本', en: 'item', enPlural: 'items' },
  { ja: '円', en: 'yen', enPlural: 'yen' },
  { ja: '箇所', en: 'site', enPlural: 'sites' },
  { ja: 'か所', en: 'site', enPlural: 'sites' },
  { ja: '人日', en: 'person-day', enPlural: 'person-days' },
];

/** Units written the same way in English (symbols), with whether a space goes before them: '57%', '3 ha'. */
export const SYMBOL_UNITS: readonly { ja: string; en: string; spaced: boolean }[] = [
  { ja: '%', en: '%', spaced: false },
  { ja: '％', en: '%', spaced: false },
  { ja: '‰', en: '‰', spaced: false },
  { ja: 'ポイント', en: 'points', spaced: true },
  { ja: 'pt', en: 'pt', spaced: true },
  { ja: '倍', en: 'times', spaced: true },
  { ja: 'ha', en: 'ha', spaced: true },
  { ja: 'm³', en: 'm³', spaced: true },
  { ja: 't-CO2', en: 't-CO2', spaced: true },
];

/** The time a rate unit is per, after a slash: `人/年` → 'people a year'. */
export const PER_TERMS: readonly { ja: string; en: string }[] = [
  { ja: '年', en: 'a year' },
  { ja: '月', en: 'a month' },
  { ja: '日', en: 'a day' },
];

/** The 47 prefectures, Japanese and English. */
export const PREFECTURE_TERMS: readonly { ja: string; en: string }[] = [
  { ja: '北海道', en: 'Hokkaido' },
  { ja: '青森県', en: 'Aomori Prefecture' },
  { ja: '岩手県', en: 'Iwate Prefecture' },
  { ja: '宮城県', en: 'Miyagi Prefecture' },
  { ja: '秋田県', en: 'Akita Prefecture' },
  { ja: '山形県', en: 'Yamagata Prefecture' },
  { ja: '福島県', en: 'Fukushima Prefecture' },
  { ja: '茨城県', en: 'Ibaraki Prefecture' },
  { ja: '栃木県', en: 'Tochigi Prefecture' },
  { ja: '群馬県', en: 'Gunma Prefecture' },
  { ja: '埼玉県', en: 'Saitama Prefecture' },
  { ja: '千葉県', en: 'Chiba Prefecture' },
  { ja: '東京都', en: 'Tokyo Metropolis' },
  { ja: '神奈川県', en: 'Kanagawa Prefecture' },
  { ja: '新潟県', en: 'Niigata Prefecture' },
  { ja: '富山県', en: 'Toyama Prefecture' },
  { ja: '石川県', en: 'Ishikawa Prefecture' },
  { ja: '福井県', en: 'Fukui Prefecture' },
  { ja: '山梨県', en: 'Yamanashi Prefecture' },
  { ja: '長野県', en: 'Nagano Prefecture' },
  { ja: '岐阜県', en: 'Gifu Prefecture' },
  { ja: '静岡県', en: 'Shizuoka Prefecture' },
  { ja: '愛知県', en: 'Aichi Prefecture' },
  { ja: '三重県', en: 'Mie Prefecture' },
  { ja: '滋賀県', en: 'Shiga Prefecture' },
  { ja: '京都府', en: 'Kyoto Prefecture' },
  { ja: '大阪府', en: 'Osaka Prefecture' },
  { ja: '兵庫県', en: 'Hyogo Prefecture' },
  { ja: '奈良県', en: 'Nara Prefecture' },
  { ja: '和歌山県', en: 'Wakayama Prefecture' },
  { ja: '鳥取県', en: 'Tottori Prefecture' },
  { ja: '島根県', en: 'Shimane Prefecture' },
  { ja: '岡山県', en: 'Okayama Prefecture' },
  { ja: '広島県', en: 'Hiroshima Prefecture' },
  { ja: '山口県', en: 'Yamaguchi Prefecture' },
  { ja: '徳島県', en: 'Tokushima Prefecture' },
  { ja: '香川県', en: 'Kagawa Prefecture' },
  { ja: '愛媛県', en: 'Ehime Prefecture' },
  { ja: '高知県', en: 'Kochi Prefecture' },
  { ja: '福岡県', en: 'Fukuoka Prefecture' },
  { ja: '佐賀県', en: 'Saga Prefecture' },
  { ja: '長崎県', en: 'Nagasaki Prefecture' },
  { ja: '熊本県', en: 'Kumamoto Prefecture' },
  { ja: '大分県', en: 'Oita Prefecture' },
  { ja: '宮崎県', en: 'Miyazaki Prefecture' },
  { ja: '鹿児島県', en: 'Kagoshima Prefecture' },
  { ja: '沖縄県', en: 'Okinawa Prefecture' },
];

/**
 * Words a period label may end with after its year, e.g. `第1期実績` → '1st-period result',
 * `H30年度調査` → 'FY2018 survey', `H26～H30平均` → 'FY2014–FY2018 average'.
 */
export const PERIOD_WORDS: readonly { ja: string; en: string }[] = [
  { ja: '実績', en: 'result' },
  { ja: '調査', en: 'survey' },
  { ja: '平均', en: 'average' },
  { ja: '水準', en: 'level' },
  { ja: '見込み', en: 'estimate' },
  { ja: '見込', en: 'estimate' },
  { ja: '時点', en: '' },
  { ja: '末', en: 'end' },
  { ja: '中', en: 'during' },
];
