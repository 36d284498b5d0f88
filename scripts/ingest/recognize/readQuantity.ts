import { readScaledNumber } from './readScaledNumber';

/** A number in the unit as written. */
export type Quantity = {
  value: number;
  /** Unit as written, scale words included (`万人`, `億円`, `t-CO2`, `回/月`); '' for a bare number. */
  unit: string;
  /** Upper bound of a range (`200～220人`). */
  valueMax?: number;
  /** Written with 約, およそ, 概ね, 程度 or 前後. */
  approximate?: boolean;
  /** Written as a yearly amount (`年140人`, `年間`, `毎年`). */
  perYear?: boolean;
};

const PREFIX = /^(年間?|毎年)?(全)?(約|およそ|概ね)?([△▲\-ー])?(?=\d)/;
const APPROXIMATE_SUFFIX = /(?:程度|前後)$/;
const JA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';
const UNIT = new RegExp(`^(?:(?:[%‰]|[A-Za-z][A-Za-z³²]*(?:-?CO2)?|${JA}{1,5})(?:/(?:${JA}{1,3}|[A-Za-z]{1,3}))?)?$`, 'u');

/** One quantity without a range: prefix, number, unit. */
function readSingle(text: string, found: string): Quantity | null {
  const prefix = PREFIX.exec(text);
  if (!prefix) return null;
  const [matched, perYear, , approximate, sign] = prefix;
  const number = readScaledNumber(text.slice(matched.length), found);
  if (!number) return null;
  let unit = number.scale + text.slice(matched.length + number.length);
  const approximateSuffix = APPROXIMATE_SUFFIX.test(unit);
  unit = unit.replace(APPROXIMATE_SUFFIX, '');
  if (!UNIT.test(unit)) return null;
  return {
    value: sign ? -number.value || 0 : number.value,
    unit,
    ...(approximate || approximateSuffix ? { approximate: true } : {}),
    ...(perYear ? { perYear: true } : {}),
  };
}

/** A quantity in already compacted text (`'200～220人'` → { value: 200, valueMax: 220, unit: '人' }); `found` is what an error shows. */
export function readQuantity(text: string, found: string = text): Quantity | null {
  const dash = text.indexOf('～');
  if (dash === -1) return readSingle(text, found);
  const [low, high] = [readSingle(text.slice(0, dash), found), readSingle(text.slice(dash + 1), found)];
  if (!low || !high || (low.unit !== '' && low.unit !== high.unit)) return null;
  return { ...high, value: low.value, valueMax: high.value, ...(low.approximate ? { approximate: true } : {}) };
}

