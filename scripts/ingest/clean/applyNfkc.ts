/** Circled numbers ①–⑳, ㉑–㉟, ㊱–㊿: the layouts read them as item markers, so NFKC must not turn them into digits. */
const CIRCLED_NUMBERS = /[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]/;

/**
 * Applies NFKC (full-width digits and letters to ASCII, ⑴ → (1), ㈮ → (金), ⽅ → 方) but keeps circled numbers.
 * `'③新函館北斗駅 ３，９０８件'` → `'③新函館北斗駅 3,908件'`.
 */
export function applyNfkc(line: string): string {
  return line
    .split(new RegExp(`(${CIRCLED_NUMBERS.source})`))
    .map((part) => (CIRCLED_NUMBERS.test(part) ? part : part.normalize('NFKC')))
    .join('');
}
