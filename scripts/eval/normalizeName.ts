import { LIST_MARKER, REFERENCE_MARK } from './vocabulary';

/**
 * The form two indicator names are compared in: leading list markers dropped (repeatedly:
 * `・①…`), NFKC, reference marks and every space removed.
 * `'① 刑法犯罪 発生件数※'` → `'刑法犯罪発生件数'`; `'（１）ＢＭＩが標準の人の割合'` → `'BMIが標準の人の割合'`.
 */
export function normalizeName(name: string): string {
  let rest = name.trim();
  for (let stripped = rest.replace(LIST_MARKER, ''); stripped !== rest; stripped = rest.replace(LIST_MARKER, '')) rest = stripped.trim();
  return rest.normalize('NFKC').replace(REFERENCE_MARK, '').replace(/\s+/gu, '');
}
