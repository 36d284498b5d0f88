import { parseDecimal } from './parseDecimal';

/** Number words that scale what precedes them; a number may chain them from large to small (`25億4,000万`, `95万9千`). */
const SCALES: Readonly<Record<string, number>> = { 兆: 1e12, 億: 1e8, 万: 1e4 };
/** Scale words that only go on a chain (`95万9千人`): alone, `1,044千人` keeps 千 in its unit. */
const CHAIN_SCALES: Readonly<Record<string, number>> = { 千: 1e3 };
const NUMBER_TOKEN = /^\d(?:[\d,.]*\d)?/;

/** A number read at the start of a text, in the unit of its largest scale word. */
export type ScaledNumber = { value: number; scale: string; length: number };

/**
 * Reads a number at the start of `text`, folding a chain of scale words into the largest one
 * (`25億4,000万円` reads as 25.4 in 億); null when `text` does not start with a digit.
 * `readScaledNumber('25億4,000万円')` → { value: 25.4, scale: '億', length: 9 }.
 */
export function readScaledNumber(text: string, found: string): ScaledNumber | null {
  const parts: { value: number; scale: number }[] = [];
  let scale = '';
  let at = 0;
  for (;;) {
    const token = NUMBER_TOKEN.exec(text.slice(at));
    if (!token) break;
    const value = parseDecimal(token[0], found);
    at += token[0].length;
    const word = text[at] ?? '';
    const factor = SCALES[word] ?? (parts.length > 0 ? CHAIN_SCALES[word] : undefined);
    const previous = parts[parts.length - 1]?.scale ?? Infinity;
    if (factor === undefined || factor >= previous) {
      parts.push({ value, scale: 1 });
      break;
    }
    parts.push({ value, scale: factor });
    if (scale === '') scale = word;
    at += 1;
    if (!/\d/.test(text[at] ?? '')) break;
  }
  const first = parts[0];
  if (!first) return null;
  // Whole units first, one division last: (25×10⁸ + 4,000×10⁴) / 10⁸ is exactly the double nearest 25.4.
  const total = parts.reduce((sum, part) => sum + part.value * part.scale, 0);
  return { value: total / first.scale, scale, length: at };
}
