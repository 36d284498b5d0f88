/** WAVE DASH 〜, FULLWIDTH TILDE ～ (which NFKC turns into `~`), TILDE ~, SWUNG DASH ⁓, TILDE OPERATOR ∼. */
const WAVE_DASHES = /[\u301C\uFF5E\u007E\u2053\u223C]/g;

/**
 * Writes every wave dash or tilde as FULLWIDTH TILDE, the one range mark the recognizers know.
 * `'H26~H30'` → `'H26～H30'`; `'200〜220人'` → `'200～220人'`.
 */
export function normalizeWaveDashes(line: string): string {
  return line.replace(WAVE_DASHES, '\uFF5E');
}
