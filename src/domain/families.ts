/** A family of comparable indicators: the same quantity, whichever city states it. */
export interface Family {
  id: string;
  ja: string;
  en: string;
  /** Any of these (tested on the NFKC name) puts an indicator in the family. */
  match: RegExp[];
  /** None of these may match. */
  exclude?: RegExp[];
}

/** Curated family vocabulary, most specific first; the first family that matches wins. */
export const FAMILIES: readonly Family[] = [
  { id: 'total-fertility-rate', ja: '合計特殊出生率', en: 'Total fertility rate', match: [/合計特殊出生率/] },
  { id: 'births', ja: '出生数', en: 'Births', match: [/出生数/] },
  { id: 'marriage-rate', ja: '婚姻率', en: 'Marriage rate', match: [/結婚率|婚姻率/] },
  { id: 'marriages', ja: '婚姻数', en: 'Marriages', match: [/婚姻(件)?数|成婚(件)?数/] },
  { id: 'matchmaking-events', ja: '出会い・婚活の場への参加者数', en: 'Matchmaking-event participants', match: [/出会い.*(イベント|事業)|婚活/] },
  { id: 'waiting-list-children', ja: '待機児童数', en: 'Children on waiting lists', match: [/待機児童/] },
  { id: 'childcare-app-users', ja: '子育てアプリ利用者数', en: 'Childcare app users', match: [/子育てアプリ|母子手帳アプリ/] },
  { id: 'net-migration', ja: '社会増減（転入−転出）', en: 'Net migration', match: [/社会動態|社会増減|転入超過|転出超過/] },
  { id: 'in-migration', ja: '転入者数', en: 'People moving in', match: [/転入(者)?数/] },
  { id: 'out-migration', ja: '転出者数', en: 'People moving out', match: [/転出(者)?数/] },
  { id: 'exchange-population', ja: '関係人口・交流人口', en: 'Related and visiting population', match: [/関係人口|交流人口/] },
  { id: 'migration-inquiries', ja: '移住相談・検討者数', en: 'Migration inquiries', match: [/移住.*(相談|検討)者/] },
  { id: 'settlers', ja: '移住・定住者数', en: 'People who moved in or settled', match: [/移住.*定住者数|移住者数/] },
  { id: 'furusato-donations', ja: 'ふるさと納税（寄附）', en: 'Hometown-tax donations', match: [/ふるさと納税|ふるさと.{0,4}応援寄附/] },
  { id: 'population', ja: '人口', en: 'Population', match: [/^住民基本台帳人口/] },
  { id: 'tourist-visits', ja: '観光入込客数', en: 'Tourist visits', match: [/観光入込客数|年間観光客数/], exclude: [/産業観光/] },
  { id: 'new-jobs', ja: '雇用増加数', en: 'New jobs', match: [/雇用増加数/] },
  { id: 'companies-located', ja: '企業立地数', en: 'Companies located', match: [/企業立地数|立地企業数/] },
  { id: 'business-startups', ja: '創業・起業件数', en: 'Business start-ups', match: [/創業|起業/] },
  { id: 'new-farmers', ja: '新規就農者数', en: 'New farmers', match: [/新規就農/] },
  { id: 'labour-productivity', ja: '労働生産性（一人あたりの生産額）', en: 'Output per worker', match: [/労働生産性|(就業者|従業者|従業員|従事者)一人(当|あ)たり/] },
  { id: 'farm-output', ja: '農業産出額・農産物販売額', en: 'Farm output and sales', match: [/(農業|農産物|野菜|畜産物|農畜産物).{0,12}(産出|算出|販売|生産)額/], exclude: [/一人|1戸/] },
  { id: 'value-added', ja: '付加価値額・市内純生産', en: 'Value added', match: [/付加価値額|純生産/], exclude: [/一人/] },
  { id: 'disability-employment', ja: '障がい者の就労・雇用', en: 'Employment of people with disabilities', match: [/(障がい者|障害者).*(雇用|就労)|一般就労/] },
  { id: 'employment', ja: '就業・就職', en: 'Employment', match: [/就業者数|就業率|雇用者数|就職率|就職者数/], exclude: [/障がい|障害|介護/] },
  { id: 'neighbourhood-association-membership', ja: '町内会・自治会加入率', en: 'Neighbourhood-association membership', match: [/町内会加入率|自治会に加入/] },
  { id: 'community-participation', ja: '地域活動への参加率', en: 'Participation in community activities', match: [/地域活動.*参加/] },
  { id: 'voluntary-disaster-organizations', ja: '自主防災組織', en: 'Voluntary disaster-prevention groups', match: [/自主防災組織/] },
  { id: 'disaster-preparedness', ja: '防災訓練・避難の備え', en: 'Disaster drills and evacuation readiness', match: [/防災訓練|避難(経路|場所|所)を知/] },
  { id: 'volunteer-fire-corps', ja: '消防団', en: 'Volunteer fire corps', match: [/消防団/] },
  { id: 'volunteers', ja: 'ボランティア登録者数', en: 'Registered volunteers', match: [/ボランティア.*(登録|人数)/] },
  { id: 'school-non-attendance', ja: '不登校', en: 'School non-attendance', match: [/不登校/] },
  { id: 'health-checkups', ja: '健（検）診受診率', en: 'Health check-up uptake', match: [/(健診|検診|健康診査)受診率/] },
  { id: 'dementia-supporters', ja: '認知症サポーター', en: 'Dementia supporters', match: [/認知症サポーター/] },
  { id: 'my-number-card', ja: 'マイナンバーカード', en: 'My Number card', match: [/マイナンバーカード/] },
  { id: 'online-procedures', ja: '行政手続のオンライン化', en: 'Online administrative procedures', match: [/オンライン(化|手続)/] },
  { id: 'digital-services', ja: 'デジタル技術を活用した取組数', en: 'Services using digital technology', match: [/(デジタル技術|ICT).*(件数|サービス数)/] },
  { id: 'ghg-emissions', ja: '温室効果ガス排出量', en: 'Greenhouse-gas emissions', match: [/温室効果ガス/] },
  { id: 'renewable-energy', ja: '再生可能エネルギー', en: 'Renewable energy', match: [/再生可能エネルギー/] },
  { id: 'public-transport-ridership', ja: '公共交通の利用者数', en: 'Public-transport ridership', match: [/鉄道利用|乗車|線の利用者数|路線バス/] },
  { id: 'crime-rate', ja: '犯罪件数', en: 'Crime rate', match: [/犯罪件数|刑法犯/] },
  { id: 'traffic-accidents', ja: '交通事故件数', en: 'Traffic accidents', match: [/交通(人身)?事故(の)?(発生)?件数/] },
  { id: 'sports-participation', ja: 'スポーツ団体・クラブの会員', en: 'Sports clubs and their members', match: [/スポーツ.*(団体|会員|加入|クラブ)/], exclude: [/施設/] },
  { id: 'resident-satisfaction', ja: '満足度（住民意識調査）', en: 'Satisfaction (resident surveys)', match: [/満足度|満足している|満足する/] },
];

/**
 * The family of an indicator name, or null.
 * `familyOf('新函館北斗駅周辺への立地企業数')` → 'companies-located'.
 */
export function familyOf(name: string): string | null {
  const n = name.normalize('NFKC');
  return FAMILIES.find((f) => f.match.some((r) => r.test(n)) && !(f.exclude ?? []).some((r) => r.test(n)))?.id ?? null;
}
