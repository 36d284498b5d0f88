import type { Indicator } from '../../src/schemas/indicator';

/**
 * The part of an extracted Indicator the benchmark scores, so that tests can write rows by hand:
 * a full Indicator is one.
 */
export interface ExtractedRow {
  name: Indicator['name'];
  level: Indicator['level'];
  unit: Indicator['unit'];
  baseline: Pick<Indicator['baseline'], 'value' | 'fiscalYear'>;
  target: Pick<Indicator['target'], 'kind' | 'value' | 'valueMax' | 'fiscalYear'>;
  source: Pick<Indicator['source'], 'line'>;
}
