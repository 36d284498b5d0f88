import type { Lang } from '../i18n/locales';
import { translator } from '../i18n/translator';
import type { Target } from '../schemas/indicator';
import { formatNumber, formatQuantity } from './formatNumber';
import { qualifyValue } from './qualifyValue';

/** What joins the ends of a range: the wave dash in Japanese, the en dash in English. */
const RANGE_DASH: Record<Lang, string> = { ja: '～', en: '–' };

/**
 * The target value in words, by kind, with its qualifiers next to the number (約, 以上/未満, per
 * year, 累計, 北海道水準…: see qualifyValue); the period is shown apart. A qualitative target's
 * note is the target itself.
 * number `{ value: 50 }`, '社' → '50社'; range `{ value: 200, valueMax: 220 }`, '人' → '200～220人' (en: '200–220 people');
 * increase → '↑ 増加'; cumulative `{ value: 500, perYear: 100, years: 5 }` → '500人（100人／年 × 5年）';
 * per-year `{ value: 760, basis: 'per-year' }` → '年760人'; `{ value: 20, note: '累計' }` → '20人（累計）'.
 */
export function formatTarget(target: Target, unit: string, lang: Lang): string {
  const t = translator(lang);
  const formula =
    target.perYear !== null && target.years !== null
      ? t('target.cumulative', { perYear: formatQuantity(target.perYear, unit, lang), years: formatNumber(target.years, lang) })
      : null;
  // The formula already says the amount is summed over years; otherwise the basis is shown with the number.
  const basis = formula === null ? target.basis : 'total';
  const qualify = (text: string) => qualifyValue(text, target.note, basis, lang, unit.endsWith('/年'));
  const quantity = target.value === null ? null : formatQuantity(target.value, unit, lang);
  const withValue = (word: string) => (quantity === null ? word : `${word} ${qualify(quantity)}`);
  const main = (() => {
    switch (target.kind) {
      case 'number':
        return quantity === null ? null : qualify(quantity);
      case 'range':
        return target.value === null || target.valueMax === null
          ? quantity && qualify(quantity)
          : qualify(`${formatNumber(target.value, lang)}${RANGE_DASH[lang]}${formatQuantity(target.valueMax, unit, lang)}`);
      case 'increase':
        return withValue(t('target.increase'));
      case 'decrease':
        return withValue(t('target.decrease'));
      case 'maintain':
        return withValue(t('target.maintain'));
      case 'zero-balance':
        return t('target.zero-balance');
      case 'qualitative':
        return target.note ?? t('target.qualitative');
    }
  })();
  if (formula === null) return main ?? t('value.none');
  return main === null ? formula : t('qualifier.other', { value: main, note: formula });
}
