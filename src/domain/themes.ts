import type { ThemeId } from '../schemas/themes';

/** A theme: its labels and the words that put a text on it. */
export interface ThemeRule {
  id: ThemeId;
  ja: string;
  en: string;
  /** Words (after NFKC) whose presence puts a goal, measure or indicator on this theme. */
  keywords: string[];
}

/**
 * Theme dictionary, in display order. A text gets every theme one of whose keywords it contains;
 * explicit per-record overrides are in themeOverrides.ts. Documented on /methodology/.
 */
export const THEMES: readonly ThemeRule[] = [
  {
    id: 'childcare',
    ja: '結婚・出産・子育て',
    en: 'Marriage, birth and childcare',
    keywords: ['結婚', '婚活', '出会い', '出産', '出生', '妊娠', '妊婦', '妊産婦', '不妊', '産前', '産後', '子育て', '育児', '保育', '待機児童', '乳幼児', '母子', 'こども', '子ども', '子供', '放課後児童', 'ファミリーサポート', '赤ちゃん'],
  },
  {
    id: 'dx',
    ja: 'デジタル・DX',
    en: 'Digital and DX',
    keywords: ['デジタル', 'DX', 'ICT', 'AI', 'RPA', 'IoT', 'オンライン', 'マイナンバー', 'アプリ', '電子', 'Society5.0', 'Society 5.0', 'スマート', 'コンビニ交付', 'サイネージ', 'テレワーク', 'プログラミング', '未来技術', '先端技術'],
  },
  {
    id: 'migration',
    ja: '移住・定住・関係人口・ひとの流れ',
    en: 'Migration, settlement and ties to the town',
    keywords: ['移住', '定住', '関係人口', '転入', '転出', '社会動態', '社会増減', 'Uターン', 'Iターン', 'Jターン', 'U/Iターン', 'ふるさと納税', '応援団', '人の流れ', 'ひとの流れ', '二地域居住', '空き家', '呼び込み', '呼び戻す', '住み続け', 'シティプロモーション', '都市ブランド'],
  },
  {
    id: 'decarbonization',
    ja: '脱炭素・再エネ・環境',
    en: 'Decarbonization, renewables and environment',
    keywords: ['脱炭素', '温室効果ガス', '再生可能エネルギー', '再エネ', 'カーボン', 'ゼロカーボン', 'LED', '省エネ', 'CO2', '環境負荷', '循環型社会', '森林環境'],
  },
  {
    id: 'jobs',
    ja: 'しごと・産業・雇用',
    en: 'Jobs, industry and employment',
    keywords: ['雇用', '就業', '就労', '就職', '求人', '企業', '起業', '創業', '産業', '農業', '農家', '農地', '就農', '漁家', '水産', '林業', '私有林', '民有林', '木材', '商工', '商店街', '事業所', '事業者', '労働', '所得', '付加価値', '生産', '経営', '特産品', '納税義務者', '販売額', '工業', '事業承継', '人材', '担い手', 'しごと', 'はたらく', '稼ぐ', 'イノベーション', 'ブドウ', '畜産'],
  },
  {
    id: 'tourism',
    ja: '観光・交流・文化',
    en: 'Tourism, exchange and culture',
    keywords: ['観光', '交流人口', '合宿', '宿泊', 'コンベンション', 'アーティスト', '文化', '芸術', '芸能', '文化財', '史跡', '博物館', '美術館', 'インバウンド', '入込', '集客', 'スポーツ', 'レクリエーション', '芸術祭'],
  },
  {
    id: 'education',
    ja: '教育・学び',
    en: 'Education and learning',
    keywords: ['教育', '学校', '学力', '不登校', '英検', '英語', '実用英語', '学習', '奨学金', '図書館', '児童生徒', '小学', '中学', '高校', '高等学校', '講座', '市民大学', 'キャリア', 'コミュニティ・スクール', '学び', '給食'],
  },
  {
    id: 'health-welfare',
    ja: '健康・医療・福祉',
    en: 'Health, medical care and welfare',
    keywords: ['健康', '医療', '福祉', '介護', '高齢者', '障がい', '障害', '健診', '検診', '健康診査', '認知症', 'フレイル', '歯科', '保健', '手話', '要支援', '要介護', '成年後見', 'かかりつけ医', '地域共生', 'クリニック', '通院'],
  },
  {
    id: 'community-safety',
    ja: '地域・協働・防災',
    en: 'Community, partnership and safety',
    keywords: ['地域活動', '町内会', '自治会', '協働', '防災', '減災', '防犯', '犯罪', '交通事故', '交通安全', '消防', '避難', '災害', 'ボランティア', '市民参画', '地域づくり', 'まちづくりスタートアップ', 'コミュニティ', '審議会', '男女共同参画', '愛着', '広報', '人財', '市民総活躍', 'ワークショップ', '協働パートナー', '支え合', '暮らしを守る', 'まち育て'],
  },
  {
    id: 'transport-urban',
    ja: '交通・都市基盤',
    en: 'Transport and urban infrastructure',
    keywords: ['交通', '鉄道', 'バス', '駅', '運行', '公共施設', '道路', '公園', '都市拠点', '都市計画', '都市機能', '都市居住', '拠点', '住環境', 'まちなみ', '土地利用', 'まちなか', '住宅', 'デマンド', '路線', 'インフラ', '工業団地', '長寿命化', '新築'],
  },
];

/** The rule of a theme id. */
export function themeRule(id: ThemeId): ThemeRule {
  const rule = THEMES.find((t) => t.id === id);
  if (!rule) throw new Error(`unknown theme id ${id}`);
  return rule;
}
