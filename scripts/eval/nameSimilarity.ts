import { normalizeName } from './normalizeName';

/**
 * Lowest similarity at which two names can be the same indicator. Chosen on the corpus: distinct
 * indicators that share a head or a tail stay below it — 出生数 / 出生率 (0.50), the two 三國湊町…
 * KPIs of sakai (0.49), 総合型スポーツクラブの加入者数 / 市スポーツ少年団加入者数 (0.48),
 * 刑法犯罪発生件数 / 刑法犯認知件数 (0.46); one name written with a qualifier the other lacks,
 * 市スポーツ施設利用者数 / 市スポーツ施設利用者数(単年度) (0.80), is well above it. Near pairs that
 * pass (公民館改築数 / 公民館改修数, 0.78) are told apart by matching best-first.
 */
export const NAME_THRESHOLD = 0.55;

/** Shortest name that may count as contained in another (one character is in everything). */
const MIN_CONTAINED_LENGTH = 2;

/** The multiset of adjacent character pairs of a text, as pair → count. `'出生数'` → {出生: 1, 生数: 1}. */
export function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/**
 * Dice coefficient of two texts' bigram multisets, 2·|A∩B| / (|A|+|B|), in 0..1; a one-character
 * text has no bigram and is compared whole (1 when equal, else 0). `dice('出生数', '出生率')` → 0.5.
 */
export function dice(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const pa = bigrams(a);
  const pb = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of pa.values()) total += n;
  for (const [pair, n] of pb) {
    total += n;
    shared += Math.min(n, pa.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Similarity of two indicator names after normalizeName: their bigram Dice, raised to
 * NAME_THRESHOLD when one contains the other, so that containment makes a pair eligible without
 * ranking it above a pair that is more alike. `nameSimilarity('来場者数', '①B-1グランプリ来場者数')` → 0.55 (Dice 0.43).
 */
export function nameSimilarity(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  const score = dice(na, nb);
  const [shorter, longer] = [...na].length <= [...nb].length ? [na, nb] : [nb, na];
  const contained = [...shorter].length >= MIN_CONTAINED_LENGTH && longer.includes(shorter);
  return contained ? Math.max(score, NAME_THRESHOLD) : score;
}
