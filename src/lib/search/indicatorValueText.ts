import { formatBaseline } from '../formatBaseline';
import { formatTarget } from '../formatTarget';
import type { Indicator } from '../../schemas/indicator';

/**
 * An indicator's values as searchable text, as the city page writes them in Japanese.
 * `{ unit: '社', baseline: { value: 31, period: 'H30' }, target: { kind: 'number', value: 50, period: 'R6' } }`
 * → '31社（H30） → 50社（R6）'.
 */
export function indicatorValueText(indicator: Pick<Indicator, 'unit' | 'baseline' | 'target'>): string {
  const when = (period: string | null) => (period ? `（${period}）` : '');
  const baseline = `${formatBaseline(indicator.baseline, indicator.unit, 'ja')}${when(indicator.baseline.period)}`;
  const target = `${formatTarget(indicator.target, indicator.unit, 'ja')}${when(indicator.target.period)}`;
  return `${baseline} → ${target}`;
}
