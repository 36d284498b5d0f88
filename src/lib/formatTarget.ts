import type { Lang } from '../i18n/locales';
import { translator } from '../i18n/translator';
import type { Target } from '../schemas/indicator';
import { formatNumber, formatQuantity } from './formatNumber';

/**
 * The target value in words, by kind; the period and the qualifying note are shown apart,
 * except for a qualitative target, whose note is the target itself.
 * number `{ value: 50 }`, '社' → '50社'; range `{ value: 200, valueMax: 220 }`, '人' → '200～220人';
 * increase → '↑ 増加'; cumulative `{ value: 500, perYear: 100, years: 5 }` → '500人（100人／年 × 5年）'.
 */
export function formatTarget(target: Target, unit: string, lang: Lang): string {
  const t = translator(lang);
  const quantity = target.value === null ? null : formatQuantity(target.value, unit, lang);
  const withValue = (word: string) => (quantity === null ? word : `${word} ${quantity}`);
  const main = (() => {
    switch (target.kind) {
      case 'number':
        return quantity;
      case 'range':
        return target.value === null || target.valueMax === null
          ? quantity
          : `${formatNumber(target.value, lang)}～${formatQuantity(target.valueMax, unit, lang)}`;
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
  const cumulative =
    target.perYear !== null && target.years !== null
      ? t('target.cumulative', { perYear: formatNumber(target.perYear, lang), unit, years: formatNumber(target.years, lang) })
      : null;
  if (cumulative === null) return main ?? t('value.none');
  return main === null ? cumulative : `${main}（${cumulative}）`;
}
