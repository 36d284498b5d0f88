/** Words that announce a target or a KPI value. */
const TARGET_WORDS = /目標値|目標数値|数値目標|KPI|成果指標|現状値|基準値|[⇒→]/;
/** A number with a unit of count, share or money (years, months and days do not count). */
const QUANTITY = /(約)?[△ー−-]?\d[\d,.]*\s*(%|‰|人|名|件|社|回|円|万|千|億|t|ha|m|棟|品|戸|校|施設|団体|事業所|本|地域|ポイント|点|倍|歳)/;
/** A reduction or increase stated as a share, e.g. `48%削減`. */
const SHARE_CHANGE = /\d[\d,.]*\s*%\s*(削減|増加|減少|向上|以上|以下)/;

/**
 * True when a (normalized) line looks like it states a target or a KPI value: a target word with a
 * quantity, a share change, or a tab-separated row with two quantities.
 * `looksLikeTarget('観光入込客数 ⇒ 現状値(H30) 76万人 目標数値 90万人')` → true.
 */
export function looksLikeTarget(text: string): boolean {
  if (TARGET_WORDS.test(text) && QUANTITY.test(text)) return true;
  if (SHARE_CHANGE.test(text)) return true;
  const cells = text.split('\t').filter((c) => QUANTITY.test(c));
  return cells.length >= 2;
}
