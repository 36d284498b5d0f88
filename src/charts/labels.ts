/**
 * Shortens a label to at most `max` characters (code points), ending with '…' when cut; SVG text
 * does not wrap, so long names are cut in the chart and given in full in its tooltip and table.
 * `truncate('新規創業者及び事業承継者の商業地域(都市計画法)における開業数', 12)` → '新規創業者及び事業承継…'.
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A share as a signed percentage with one decimal, in a language's number format.
 * `formatRate(0.0307, 'ja-JP')` → '+3.1%'; `formatRate(-0.2, 'en-GB')` → '−20.0%'.
 */
export function formatRate(rate: number, locale: string): string {
  const text = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(rate);
  return text.replace('-', '−');
}
