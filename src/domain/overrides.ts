import type { ThemeId } from '../schemas/themes';

/** An explicit classification of one record that the dictionaries get wrong or cannot see. */
export interface Override {
  /** Record id (goal, measure or indicator). */
  id: string;
  /** Themes to use instead of the dictionary's. */
  themes?: ThemeId[];
  /** Family to use instead of the dictionary's (null: none). */
  family?: string | null;
  reason: string;
}

/** Reviewed overrides; each one says why. Kept few. */
export const OVERRIDES: readonly Override[] = [
  // Names of one town's own programmes and facilities, which no dictionary word gives (they were
  // dictionary keywords before; a keyword that only one town's text uses belongs here).
  {
    id: '012360-g2-strategy-L347',
    themes: ['tourism'],
    reason: '「HOP Star Project」は北斗市の観光おもてなしの取組（line 330–333「全市をあげておもてなしを行う」）で、そのイベント開催回数は観光の指標。',
  },
  {
    id: '012360-g2-strategy-L348',
    themes: ['jobs', 'tourism'],
    reason: '「HOP Star Project」（観光おもてなしの取組、line 330–333）に参加する事業者の数: 観光と地域の事業者の両面。',
  },
  {
    id: '032069-action-plan-2021-L170',
    themes: ['tourism', 'education'],
    reason: '鬼の館はプロジェクト3「地域をつくる文化・芸術・スポーツプロジェクト」の指標に挙がる施設で、課題（line 146「図書館や博物館…」）が郷土の歴史・伝統文化への関心を述べる: 小中学生の利用は学習であり文化施設の利用でもある。',
  },
  {
    id: '032069-action-plan-2021-L238',
    themes: ['migration'],
    reason: '「ふるさと北上応援寄附」の額は、同じプロジェクトの事業（line 256「ふるさと便PR事業」…ふるさと納税の返礼品）が示すふるさと納税の寄附額: 関係人口・ふるさと納税（migration）の指標。',
  },
  {
    id: '012165-g2-revision-2024-L312',
    themes: ['childcare', 'dx'],
    family: 'childcare-app-users',
    reason: 'KPI名は「アプリ利用者数」だけだが、施策（line 300「デジタルを活用した出産・子育て支援の推進」）が母子手帳アプリの利用者数だと述べている。',
  },
  {
    id: '012165-g2-revision-2024-L344',
    themes: ['childcare', 'dx'],
    reason: 'KPI名は「アプリ利用率」だけだが、施策（line 332「保育業務のデジタル化の推進」）が保育業務支援アプリの利用率だと述べている。',
  },
  {
    id: 'national-g1-basic-4',
    themes: ['community-safety', 'health-welfare', 'transport-urban'],
    reason: '「時代に合った地域をつくり、安心な暮らしを守る」は地域づくり・医療福祉・交通を束ねる目標で、題名に辞書の語がない。',
  },
  {
    id: 'national-g2-basic-4',
    themes: ['community-safety', 'health-welfare', 'transport-urban'],
    reason: '「ひとが集う、安心して暮らすことができる魅力的な地域をつくる」は地域づくり・医療福祉・交通を束ねる目標で、題名に辞書の語がない。',
  },
  {
    id: 'national-g2-cross-cutting-1',
    themes: ['community-safety', 'jobs'],
    reason: '「多様な人材の活躍を推進する」は地域の担い手（協働）と就労の両面を指す。',
  },
  {
    id: 'national-g2-cross-cutting-2',
    themes: ['dx', 'decarbonization'],
    reason: '「新しい時代の流れを力にする」は国の戦略で Society 5.0（デジタル）と SDGs・脱炭素を指す。',
  },
];
