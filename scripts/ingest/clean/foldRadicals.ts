import { RADICAL_EQUIVALENTS } from './radicalEquivalents';

/** Any code point of the CJK Radicals Supplement block. */
const SUPPLEMENT_RADICAL = /[\u2E80-\u2EFF]/g;

/**
 * Replaces CJK Radicals Supplement look-alikes, which NFKC leaves alone, by their unified ideograph.
 * `'地方公共団体・⺠間事業者'` (U+2EA0) → `'地方公共団体・民間事業者'`.
 */
export function foldRadicals(line: string): string {
  return line.replace(SUPPLEMENT_RADICAL, (radical) => RADICAL_EQUIVALENTS.get(radical) ?? radical);
}
