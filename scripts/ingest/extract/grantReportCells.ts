import { compactCell } from '../recognize/compactCell';
import { GRANT_KIND_WORDS } from './vocabulary';

/** True for a grant report's 交付金の種類 cell (`基礎交付`, `上乗せ交付(タイプI)`). */
export function isGrantKind(text: string): boolean {
  return GRANT_KIND_WORDS.includes(compactCell(text));
}

/** True for the 実績額 cell that follows it: an amount in yen, written bare (`16,362,485`, the header says 単位:円) or with 円. */
export function isGrantAmount(text: string): boolean {
  return /^\d{1,3}(,\d{3})+円?$|^\d{4,}円?$/.test(compactCell(text));
}
