import { compactCell } from './compactCell';
import { readQuantity, type Quantity } from './readQuantity';

export type { Quantity };
export { parseQuantities } from './parseQuantities';

/**
 * Reads a cell holding one number with an optional unit; null when it is not one (text, several
 * quantities such as `2戸10.6ha`: see parseQuantities). Throws RecognizeError for a malformed number.
 * Mixed scale words are expressed in the largest: `'25 億 4,000 万円'` → { value: 25.4, unit: '億円' }.
 * `'△55人'` → { value: -55, unit: '人' }; `'200～220人'` → { value: 200, valueMax: 220, unit: '人' }.
 */
export function parseQuantity(text: string): Quantity | null {
  return readQuantity(compactCell(text), text.trim());
}
