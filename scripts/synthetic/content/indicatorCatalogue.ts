/**
 * The indicators a synthetic strategy draws from: names, units and plausible sizes of the KPIs
 * that Japanese municipal strategies set, worded the way the real ones are, so that most fall
 * into the families of src/domain/families.ts and the themes of src/domain/themes.ts.
 * Vocabulary is data: the generator holds the mechanism, this list the words.
 */

/** One kind of indicator a town may set. */
export interface IndicatorTemplate {
  /** Name as written; `{resident}` becomes 市民/町民/村民/区民, `{city}` the town's stem. */
  name: string;
  /** Unit as written (values are in it); '' for a bare number such as a fertility rate. */
  unit: string;
  /** Lowest and highest plausible baseline in the unit as written: per 1,000 residents when `perThousand`, else for any town. */
  range: readonly [number, number];
  /** The range is per 1,000 residents, so a bigger town states a bigger count. */
  perThousand?: boolean;
  /** Decimals the value is written with. */
  decimals: number;
  /** Which way the town wants it to move. */
  direction: 'up' | 'down';
  /** A share in percent, never above 100. */
  share?: boolean;
  /** A balance the town aims to bring to zero (社会増減): a zero-balance target now and then. */
  balance?: boolean;
  /** A count summed over the plan period (累計) now and then. */
  cumulative?: boolean;
}

/** A target set in words: the plan of a document or a declaration by a year. */
export interface QualitativeTemplate {
  name: string;
  /** The target as written, `{year}` becoming the era year (令和6年度). */
  target: string;
}

export const INDICATOR_TEMPLATES: readonly IndicatorTemplate[] = [
  { name: '合計特殊出生率', unit: '', range: [1.1, 1.95], decimals: 2, direction: 'up' },
  { name: '出生数', unit: '人', range: [3.5, 9], perThousand: true, decimals: 0, direction: 'up' },
  { name: '婚姻数', unit: '件', range: [2.2, 5], perThousand: true, decimals: 0, direction: 'up' },
  { name: '婚活イベントの参加者数', unit: '人', range: [0.3, 3], perThousand: true, decimals: 0, direction: 'up', cumulative: true },
  { name: '保育所待機児童数', unit: '人', range: [0, 0.6], perThousand: true, decimals: 0, direction: 'down' },
  { name: '放課後児童クラブの待機児童数', unit: '人', range: [0, 0.4], perThousand: true, decimals: 0, direction: 'down' },
  { name: '子育てアプリの登録者数', unit: '人', range: [4, 40], perThousand: true, decimals: 0, direction: 'up' },
  { name: '子育て支援に満足している{resident}の割合', unit: '%', range: [35, 75], decimals: 1, direction: 'up', share: true },
  { name: '社会増減数', unit: '人', range: [-9, 2], perThousand: true, decimals: 0, direction: 'up', balance: true },
  { name: '転入者数', unit: '人', range: [18, 45], perThousand: true, decimals: 0, direction: 'up' },
  { name: '転出者数', unit: '人', range: [20, 50], perThousand: true, decimals: 0, direction: 'down' },
  { name: '関係人口の創出数', unit: '人', range: [2, 60], perThousand: true, decimals: 0, direction: 'up', cumulative: true },
  { name: '移住相談者数', unit: '人', range: [0.5, 6], perThousand: true, decimals: 0, direction: 'up' },
  { name: '移住者数', unit: '人', range: [0.5, 9], perThousand: true, decimals: 0, direction: 'up', cumulative: true },
  { name: '空き家バンクの成約件数', unit: '件', range: [0, 40], decimals: 0, direction: 'up', cumulative: true },
  { name: '地域おこし協力隊の定住者数', unit: '人', range: [0, 12], decimals: 0, direction: 'up', cumulative: true },
  { name: 'ふるさと納税の寄附件数', unit: '件', range: [5, 600], perThousand: true, decimals: 0, direction: 'up' },
  { name: 'ふるさと納税の寄附額', unit: '億円', range: [0.002, 0.4], perThousand: true, decimals: 1, direction: 'up' },
  { name: '住民基本台帳人口', unit: '人', range: [1000, 1000], perThousand: true, decimals: 0, direction: 'up' },
  { name: '観光入込客数', unit: '万人', range: [0.08, 4], perThousand: true, decimals: 1, direction: 'up' },
  { name: '宿泊者数', unit: '人泊', range: [80, 4000], perThousand: true, decimals: 0, direction: 'up' },
  { name: '観光消費額', unit: '億円', range: [0.05, 4], perThousand: true, decimals: 1, direction: 'up' },
  { name: '外国人観光客の宿泊者数', unit: '人泊', range: [5, 600], perThousand: true, decimals: 0, direction: 'up' },
  { name: '雇用増加数', unit: '人', range: [0.5, 5], perThousand: true, decimals: 0, direction: 'up', cumulative: true },
  { name: '企業立地数', unit: '件', range: [0, 12], decimals: 0, direction: 'up', cumulative: true },
  { name: '創業支援による創業件数', unit: '件', range: [0.05, 1.2], perThousand: true, decimals: 0, direction: 'up', cumulative: true },
  { name: '新規就農者数', unit: '人', range: [0.03, 0.6], perThousand: true, decimals: 0, direction: 'up', cumulative: true },
  { name: '農業産出額', unit: '億円', range: [0.05, 3], perThousand: true, decimals: 1, direction: 'up' },
  { name: '農産物直売所の販売額', unit: '万円', range: [50, 2000], perThousand: true, decimals: 0, direction: 'up' },
  { name: '製造業の付加価値額', unit: '億円', range: [0.5, 20], perThousand: true, decimals: 1, direction: 'up' },
  { name: '従業者一人当たりの製造品出荷額', unit: '万円', range: [1500, 5000], decimals: 0, direction: 'up' },
  { name: '高齢者の就業率', unit: '%', range: [18, 36], decimals: 1, direction: 'up', share: true },
  { name: '障がい者の一般就労者数', unit: '人', range: [0.05, 0.5], perThousand: true, decimals: 0, direction: 'up' },
  { name: '町内会加入率', unit: '%', range: [45, 92], decimals: 1, direction: 'up', share: true },
  { name: '地域活動に参加している{resident}の割合', unit: '%', range: [18, 60], decimals: 1, direction: 'up', share: true },
  { name: '自主防災組織の組織率', unit: '%', range: [40, 98], decimals: 1, direction: 'up', share: true },
  { name: '防災訓練の参加者数', unit: '人', range: [15, 150], perThousand: true, decimals: 0, direction: 'up' },
  { name: '消防団員数', unit: '人', range: [4, 22], perThousand: true, decimals: 0, direction: 'up' },
  { name: 'ボランティア登録者数', unit: '人', range: [5, 70], perThousand: true, decimals: 0, direction: 'up' },
  { name: '不登校児童生徒の割合', unit: '%', range: [0.8, 3.5], decimals: 1, direction: 'down', share: true },
  { name: '全国学力・学習状況調査の平均正答率', unit: '%', range: [55, 75], decimals: 1, direction: 'up', share: true },
  { name: '図書館の年間貸出冊数', unit: '冊', range: [2500, 9000], perThousand: true, decimals: 0, direction: 'up' },
  { name: '学校給食における地場産物の使用割合', unit: '%', range: [18, 65], decimals: 1, direction: 'up', share: true },
  { name: '特定健診受診率', unit: '%', range: [25, 62], decimals: 1, direction: 'up', share: true },
  { name: 'がん検診受診率', unit: '%', range: [8, 42], decimals: 1, direction: 'up', share: true },
  { name: '認知症サポーターの養成数', unit: '人', range: [20, 160], perThousand: true, decimals: 0, direction: 'up', cumulative: true },
  { name: '介護予防教室の参加者数', unit: '人', range: [5, 60], perThousand: true, decimals: 0, direction: 'up' },
  { name: '健康寿命（男性）', unit: '年', range: [78, 81.5], decimals: 1, direction: 'up' },
  { name: 'マイナンバーカードの交付率', unit: '%', range: [10, 80], decimals: 1, direction: 'up', share: true },
  { name: 'オンライン手続の対象手続数', unit: '件', range: [5, 200], decimals: 0, direction: 'up' },
  { name: 'デジタル技術を活用した取組件数', unit: '件', range: [1, 30], decimals: 0, direction: 'up', cumulative: true },
  { name: '公共施設の無料Wi-Fi設置箇所数', unit: '箇所', range: [2, 60], decimals: 0, direction: 'up' },
  { name: '温室効果ガス排出量', unit: '千t-CO2', range: [4, 10], perThousand: true, decimals: 1, direction: 'down' },
  { name: '再生可能エネルギーの導入量', unit: 'kW', range: [100, 3500], perThousand: true, decimals: 0, direction: 'up' },
  { name: '公共施設のLED化率', unit: '%', range: [10, 70], decimals: 1, direction: 'up', share: true },
  { name: '路線バスの年間利用者数', unit: '人', range: [800, 30000], perThousand: true, decimals: 0, direction: 'up' },
  { name: 'コミュニティバスの乗車人数', unit: '人', range: [100, 4000], perThousand: true, decimals: 0, direction: 'up' },
  { name: '刑法犯認知件数', unit: '件', range: [1.5, 8], perThousand: true, decimals: 0, direction: 'down' },
  { name: '交通事故発生件数', unit: '件', range: [1, 5], perThousand: true, decimals: 0, direction: 'down' },
  { name: 'スポーツクラブの会員数', unit: '人', range: [5, 60], perThousand: true, decimals: 0, direction: 'up' },
  { name: '{city}に住み続けたいと思う{resident}の割合', unit: '%', range: [55, 88], decimals: 1, direction: 'up', share: true },
  { name: '市政に満足している{resident}の割合', unit: '%', range: [30, 70], decimals: 1, direction: 'up', share: true },
  { name: '中心市街地の歩行者通行量', unit: '人', range: [20, 400], perThousand: true, decimals: 0, direction: 'up' },
  { name: '空き店舗の活用件数', unit: '件', range: [0, 20], decimals: 0, direction: 'up', cumulative: true },
];

export const QUALITATIVE_TEMPLATES: readonly QualitativeTemplate[] = [
  { name: 'ゼロカーボンシティ宣言の推進', target: '{year}中の実行計画の策定' },
  { name: '地域公共交通計画の策定', target: '{year}までに策定' },
  { name: '{city}版DX推進計画の策定', target: '{year}中の策定' },
  { name: '移住・定住ポータルサイトの開設', target: '{year}までに開設' },
  { name: '子ども家庭センターの設置', target: '{year}中に設置' },
];
