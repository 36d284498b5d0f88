/**
 * Regex source for one Japanese character: kanji, hiragana, katakana, the long-vowel mark, 々, 〆 and
 * the middle dot. `new RegExp(JAPANESE_CHAR, 'u').test('ー')` → true.
 */
export const JAPANESE_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆・]';
