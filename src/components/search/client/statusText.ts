import type { SearchOutcome } from '../../../lib/search/engine/types';
import type { ClientLabels } from '../clientLabels';
import { label } from './config';

/**
 * What the live region announces after a search: the count, that nothing matched, or that one
 * character searches only city names. `statusText(outcome('移住', 7), ja)` → '「移住」の検索結果：7件'.
 */
export function statusText(outcome: SearchOutcome, labels: ClientLabels): string {
  if (outcome.terms.length === 0) return '';
  const count = label(labels, outcome.approximate ? 'search.countApprox' : 'search.count', { n: outcome.total.toLocaleString() });
  const found = outcome.total === 0 ? label(labels, 'search.none', { query: outcome.query }) : label(labels, 'search.status', { query: outcome.query, count });
  return outcome.short ? `${found} ${label(labels, 'search.short')}` : found;
}
