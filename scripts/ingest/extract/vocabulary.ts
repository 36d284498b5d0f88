/**
 * The words strategy documents use for their structure, as data: every step of the extractor reads
 * them from here, and no step holds a document's own wording. Entries are written as they appear
 * after normalizeLine (NFKC: half-width digits, letters and parentheses).
 */
import type { GoalKind } from '../../../src/schemas/goal';

/** Goal heading words → goal kind; longest first so that 最重点基本目標 wins over 基本目標. */
export const GOAL_WORDS: readonly (readonly [string, GoalKind])[] = [
  ['最重点基本目標', 'top-priority'],
  ['最重点目標', 'top-priority'],
  ['横断的な目標', 'cross-cutting'],
  ['横断的目標', 'cross-cutting'],
  ['重点プロジェクト', 'project'],
  ['基本目標', 'basic'],
  ['基本方針', 'basic'],
  ['政策目標', 'basic'],
  ['基本政策', 'basic'],
  ['政策', 'basic'],
  ['目標', 'basic'],
  ['章', 'basic'],
];

/** A title that ends with one of these words, after a number, heads a numbered project (`1 子育て寄り添いプロジェクト`). */
export const PROJECT_SUFFIXES: readonly string[] = ['プロジェクト'];

/** Labels of an evaluation sheet's cell that names its measure (`施策名` / `観光の振興`): the sheet's indicators stand under it. */
export const MEASURE_LABEL_WORDS: readonly string[] = ['施策名'];

/**
 * Words of an evaluation sheet's section labels (`成果指標設定の考え方`, `成果指標の把握方法と` / `算定式等`,
 * `確認方法`): a line that holds one opens the explanation of the indicators above, and is never an
 * indicator's name; a table above it ends there.
 */
export const SECTION_LABEL_WORDS: readonly string[] = ['設定の考え方', '把握方法', '算定式', '確認方法', '確認時期', '検証結果', '設定根拠'];

/** Longest line read as a section label. */
export const SECTION_LABEL_LENGTH = 20;

/** Column labels an evaluation page glues before an indicator's name (`成果指標朱鷺と…`, `活動指標特別栽培…`). */
export const INDICATOR_LABEL_WORDS: readonly string[] = ['成果指標', '活動指標'];

/** Block words that open goal-level targets (数値目標 of a 基本目標). */
export const GOAL_BLOCK_WORDS: readonly string[] = [
  '全体目標指標',
  '基本目標指標',
  '数値目標',
  '成果指標',
  '目標指標',
  '全体',
];

/** Name-column words of a header that make its rows goal-level (成果指標 alone names either level). */
export const GOAL_COLUMN_WORDS: readonly string[] = ['数値目標', '基本目標指標', '全体目標指標'];

/** Words that name a plan's period (`計画期間:令和2年度から令和6年度まで`, `対象期間:2015年~2019年`). */
export const PLAN_PERIOD_WORDS: readonly string[] = ['計画期間', '対象期間', '戦略期間', '計画の期間', '戦略の期間'];

/** Name-column or block words of targets for the whole plan, under no goal. */
export const PLAN_LEVEL_WORDS: readonly string[] = ['全体目標指標', '全体目標', '全体'];

/** Block words that open measure-level targets (KPI of a 施策). */
export const MEASURE_BLOCK_WORDS: readonly string[] = [
  '具体的な施策と重要業績評価指標(KPI)',
  '重要業績評価指標(KPI)',
  '重要業績評価指標',
  '施策の指標',
  'KPI',
];

/**
 * Outline column words a table prints before its indicator columns (`基本目標 基本施策 施策 … 現状値
 * 目標値`): each row stands under a 施策, so its indicators are measure-level, whatever block word is above.
 */
export const MEASURE_COLUMN_WORDS: readonly string[] = ['施策', '基本施策'];

/**
 * Headings of a measure's prose: 施策の展開 paragraphs become its description, 具体的取組 items its
 * actions; 具体的な施策 alone on a line opens a numbered list of measures (`1出会いや結婚を望む方の後押し`);
 * 基本的方向 and 主要施策 open text that is neither (`none`).
 */
export const CONTENT_BLOCK_WORDS: readonly (readonly [string, 'description' | 'actions' | 'measure-list' | 'none'])[] = [
  ['施策の展開', 'description'],
  ['施策の方向性', 'description'],
  ['具体的取組', 'actions'],
  ['具体的な取組', 'actions'],
  ['主な取組', 'actions'],
  ['具体的な施策', 'measure-list'],
  ['基本的方向', 'none'],
  ['基本的な方向', 'none'],
  ['主要施策', 'none'],
];

/** Roles a table column can have. */
export type ColumnRole =
  | 'name'
  | 'baseline'
  | 'target'
  | 'actual'
  | 'interim'
  | 'unit'
  // The date a target is due, in a column of its own (目標月 `H28.3`).
  | 'when'
  // The date of the baseline, in a column of its own (基準年度 `H26`).
  | 'since'
  | 'code'
  | 'text'
  // Columns of a programme table (事業名, 担当課, 事業概要, 新規, year columns marked ●): its rows are measures.
  | 'title'
  | 'department'
  | 'description'
  | 'new'
  | 'schedule'
  // The page of the plan that describes the indicator (掲載頁 `59`): a bare number before the values, no value.
  | 'page'
  // An evaluation mark of a results report (改善・悪化 `○`, 達成度 `A`): a cell of the row, no value.
  | 'mark'
  // The way an indicator should go (目指す方向 `↑`): a cell of the row; a numeric target keeps its number.
  | 'direction';

/** Roles whose cells hold a value of the indicator. */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['baseline', 'target', 'actual', 'interim', 'unit', 'when', 'since', 'mark', 'direction']);

/** Marks a 目指す方向 cell holds: up, down, keep. */
export const DIRECTION_MARK = /^[↑↓→↗↘]$/;

/** An evaluation mark a 改善・悪化 or 達成度 cell holds: `○` improved, `△` kept, `×` worse, `A`/`B` on track or not, `-` not done. */
export const EVALUATION_MARK = /^[○◎△×▲-]$|^[A-E]$/;

/** Marks a programme table puts in a year or 新規 column (`●`). */
export const SCHEDULE_MARKS = /[●○◎✓✔]/;

/**
 * Column words → role, tried in order on a header cell with its period removed (`現状値(R1年度)` →
 * `現状値`). A cell that ends with a word (`平成13年実績`, `5ヵ年目標`) takes that word's role.
 */
export const COLUMN_WORDS: readonly (readonly [string, ColumnRole])[] = [
  ['中間目標値', 'interim'],
  ['中間目標', 'interim'],
  ['目標(指標)名', 'name'],
  ['基本目標指標', 'name'],
  ['全体目標指標', 'name'],
  ['重要業績評価指標(KPI)', 'name'],
  ['重要業績評価指標', 'name'],
  ['評価指標', 'name'],
  ['成果指標', 'name'],
  ['目標指標', 'name'],
  ['指標名', 'name'],
  ['指標', 'name'],
  ['項目', 'name'],
  ['名称', 'name'],
  ['具体的な施策', 'name'],
  ['基準値', 'baseline'],
  ['現状値', 'baseline'],
  ['現況値', 'baseline'],
  ['策定時の値', 'baseline'],
  ['策定時', 'baseline'],
  ['当初値', 'baseline'],
  ['現状', 'baseline'],
  ['実績値', 'actual'],
  ['達成状況', 'actual'],
  ['実績', 'actual'],
  ['現在', 'actual'],
  ['見込', 'actual'],
  ['目標数値', 'target'],
  ['目標値', 'target'],
  ['数値目標', 'target'],
  ['目標', 'target'],
  ['KPI', 'target'],
  ['単位', 'unit'],
  ['目標月', 'when'],
  ['目標年月', 'when'],
  ['目標年度', 'when'],
  ['目標年', 'when'],
  ['基準年度', 'since'],
  ['基準年', 'since'],
  ['現状値年度', 'since'],
  ['達成年度', 'when'],
  ['指標値', 'target'],
  ['No.', 'code'],
  ['No', 'code'],
  ['番号', 'code'],
  ['コード', 'code'],
  ['改善・悪化', 'mark'],
  ['目指す方向', 'direction'],
  ['めざす方向', 'direction'],
  ['達成度', 'mark'],
  ['掲載頁', 'page'],
  ['掲載ページ', 'page'],
  ['区分', 'text'],
  ['説明', 'text'],
  ['検証結果', 'text'],
  ['確認方法', 'text'],
  ['確認時期', 'text'],
  ['備考', 'text'],
  ['施策名', 'title'],
  ['事業名', 'title'],
  ['取組名', 'title'],
  ['担当課', 'department'],
  ['担当部署', 'department'],
  ['担当', 'department'],
  ['事業概要', 'description'],
  ['概要', 'description'],
  ['内容', 'description'],
  ['新規', 'new'],
];

/** Endings of a name column's label written with its own qualifier (`まちづくり指標`, read by readStackedHeader). */
export const NAME_COLUMN_ENDINGS: readonly string[] = ['指標', '指標名'];

/** Column words of a results report's rate column, which compares an actual with its target (`達成率`). */
export const RATE_WORDS: readonly string[] = ['達成率', '達成度', '進捗率'];

/** Words that state a target's direction or state instead of a number (read by parseTarget). */
export const STATE_WORDS: readonly string[] = ['↑', '↓', '↗', '↘', '増加', '減少', '維持', '現状維持', '均衡', '増', '減'];

/** Words of an 実績 / 達成状況 cell that say whether a target was met. */
export const ACHIEVEMENT_WORDS: readonly string[] = ['達成', '未達成', '概ね達成', '一部達成'];

/** Words a cell uses for "nothing yet" (`なし`, `未策定`): a cell, but no value. */
export const NONE_WORDS: readonly string[] = ['なし', '無し', '未策定', '未設置', '未実施', '-'];

/** Of those, the words that state a baseline worth keeping as its note (the plan is not drawn up yet). */
export const NOT_YET_WORDS: readonly string[] = ['未策定', '未設置', '未実施'];

/** Words that end a sentence target with a direction: `…出生率2.30の維持`, `…参加者数の増加`. */
export const SENTENCE_DIRECTIONS: readonly (readonly [string, 'increase' | 'decrease' | 'maintain'])[] = [
  ['維持', 'maintain'],
  ['増加', 'increase'],
  ['向上', 'increase'],
  ['拡大', 'increase'],
  ['減少', 'decrease'],
  ['削減', 'decrease'],
  ['抑制', 'decrease'],
];

/**
 * Verbs that end a KPI phrase after its quantity (`合計特殊出生率を1.50に引き上げます`, `…100人とします`),
 * longest first: they set the number and say nothing more of the target.
 */
export const PHRASE_VERBS: readonly string[] = [
  'に引き上げます', 'に引き上げる', 'まで引き上げます', 'まで引き上げる', 'に増やします', 'に増やす', 'まで増やします', 'まで増やす',
  'に減らします', 'に減らす', 'まで減らします', 'まで減らす', 'を目指します', 'をめざします', 'を目指す', 'をめざす',
  'にします', 'にする', 'とします', 'とする', 'を達成します', 'を達成する', 'を確保します', 'を確保する', 'の確保', 'を確保',
];

/** Verbs a 数値目標 sentence ends with after its name and を (`5年間で100人の雇用の創出を図ります。`). */
export const AIM_VERBS: readonly string[] = ['図ります', '目指します', 'めざします', '実現します', '図る', '目指す', 'めざす'];

/**
 * A legend of a column's marks, two entries or more (`(↑:数値を上げていくことを目標とする指標,↓:…,→:…)`):
 * it explains the 目指す方向 cells and states no indicator, though its arrows look like a statement's.
 */
export const MARK_LEGEND = /[↑↓→↗↘]\s*[:：][^,，、]+[,，、]\s*[↑↓→↗↘]\s*[:：]/;

/** Particles after a quoted KPI name in prose (`「…表彰数」について`, `「…世帯数」を`, `「…の数」が`). */
export const QUOTED_NAME_PARTICLES: readonly string[] = ['について', 'に関して', 'を', 'が', 'は'];

/** Particles after the target year of a quoted KPI (`2020年までに`, `平成32年にも`, `2025年度には`), longest first. */
export const QUOTED_YEAR_PARTICLES: readonly string[] = ['までには', 'までに', 'には', 'にも', 'に'];

/** Marks that end a sentence; a line ending without one runs on into the next. */
export const SENTENCE_ENDS = '。．！？!?';

/** Verbs that set a quoted KPI's target (`…までに8団体とする`, `…を目指す`). */
export const QUOTED_TARGET_VERBS: readonly string[] = ['とする', 'にする', 'を目指す', 'をめざす', 'とします', 'にします', 'を目指します'];

/** Arrows and signs that stand between a name, a baseline and a target. */
export const ARROWS = '⇒→';

/** Bullets that open a list item. */
export const BULLETS = '・•◦○●◆◇■□▪▶►';

/** A line that opens a list item, after any dash the PDF extraction left (`- ・…`). */
export const BULLET_START = new RegExp(`^[-\\s]*[${BULLETS}]`);

/** Back-matter headings that end a strategy's body (参考資料, 対照表, 策定経緯, 用語解説). */
export const BACK_MATTER = /^(【?参考資料】?|資料編?|.{0,30}対照表|.{0,40}策定経緯|用語(解説|集)|策定の経過)$/;

/** A line of a table of contents: a heading followed by its page number. */
export const TOC_LINE = /(\t|\.{3,}|…{2,}|\s{2,})\s*\d+\s*$/;

/** Period-legend patterns: `現状が平成20年度、目標が平成26年度`, `(●は平成15年度→平成18年度の目標例)`. */
export const LEGEND_BASELINE_WORDS = ['現状値', '現状', '基準値'];
export const LEGEND_TARGET_WORDS = ['目標値', '目標'];

/** A line longer than this is a flattened page (a table or several paragraphs on one line). */
export const FLATTENED_LINE_LENGTH = 150;

/**
 * Words a measure's title ends with (`地域産業の活性化を支援`, `…環境の充実`): an action of the plan,
 * where a goal states an outcome (`市民が安全に暮らせるまちになる`). Read on plain headings with no label.
 */
export const ACTION_ENDINGS: readonly string[] = ['推進', '充実', '支援', '強化', '整備', '促進', '確保', '育成', '創出', '活性化', '展開', '保全', '形成', '構築'];

/** The longest text read as a heading's title or a table caption. */
export const HEADING_MAX_LENGTH = 60;

/**
 * Units a table writes in its indicator's name instead of after the numbers (`創業・起業の年間件数(件)`,
 * `有害鳥獣による農作物年間被害額(千円)`): read only from a name's closing parentheses, for values with no unit.
 */
export const NAME_UNITS: readonly string[] = ['件', '人', '社', '組', '団体', '戸', '棟', '回', '箇所', 'ヶ所', 'か所', 'カ所', '校', '店', '台', '日', '泊', '人泊', '円', '千円', '万円', '百万円', '億円', 'ha', 't', 'km', '%', 'kWh'];

/** Longest word a 単位 column holds (`人`, `カ所`, `自治会`, `万人泊`). */
export const UNIT_CELL_LENGTH = 4;

/** A heading's title this long may wrap: a following line this short, not a heading, finishes it. */
export const WRAPPED_TITLE_LENGTH = 30;
export const WRAP_TAIL_LENGTH = 20;

/** Group of the bulleted items after a numbered list of measures: projects given as examples. */
export const EXAMPLE_GROUP = '事業例';

/** Words an indicator's name ends with, for text that glues the name to its 説明 (`…人の割合自分の健康に…`). */
export const NAME_ENDINGS: readonly string[] = ['割合', '面積', '満足度', '率', '数', '量', '額', '度'];

/** A page reference of a 項目 cell glued before the name (`健康・医療P35`): one or two digits. */
export const PAGE_MARK = /P\d{1,2}/;

/**
 * Cells of a grant report's 交付金の種類 column (地方創生先行型 / 加速化交付金 事業実施結果報告, 様式2):
 * each project row writes its grant's kind, then its 実績額 in yen (`基礎交付 16,362,485 指標②`).
 * They, and the amount after them, are cells of the project, not of its KPIs.
 */
export const GRANT_KIND_WORDS: readonly string[] = ['基礎交付', '上乗せ交付', 'タイプI', 'タイプII', '上乗せ交付(タイプI)', '上乗せ交付(タイプII)'];

/** A document with a blank line after this share of its text lines, at least this many, is double-spaced (isDoubleSpaced). */
export const DOUBLE_SPACED_SHARE = 0.8;
export const DOUBLE_SPACED_MIN_LINES = 8;
