import { SENTENCE_ENDS } from './vocabulary';

/**
 * The opening of a sentence that runs on into line n: the text after the last sentence end of the
 * nearest non-blank line above, when that line ends with none (`…は平成22年の国勢調査で` above
 * `「…」が…にする。`). '' when the line above ends its sentence, or there is none.
 */
export function sentenceOpening(lines: readonly { text: string }[], n: number): string {
  for (let k = n - 2; k >= 0; k--) {
    const text = lines[k]!.text.trim();
    if (text === '') continue;
    if (SENTENCE_ENDS.includes(text.at(-1)!)) return '';
    const ends = [...SENTENCE_ENDS].map((e) => text.lastIndexOf(e));
    return text.slice(Math.max(...ends) + 1);
  }
  return '';
}
