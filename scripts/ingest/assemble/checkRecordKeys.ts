import { IngestError } from '../../../src/core/IngestError';
import type { ExtractResult } from '../extract/types';

/**
 * Fails unless the extracted records refer to each other soundly: goal and measure keys are unique,
 * and every goal or measure a measure or indicator names exists. An error names the file and the
 * line of the record that breaks it, so an extractor bug never becomes a dangling link on the site.
 */
export function checkRecordKeys(file: string, result: ExtractResult): void {
  const goals = new Map<string, number>();
  for (const goal of result.goals) {
    if (goals.has(goal.key)) throw new IngestError(file, goal.line, `one goal per key, found goal ${goal.key} again (first at line ${goals.get(goal.key)})`);
    goals.set(goal.key, goal.line);
  }
  const measures = new Map<string, number>();
  for (const measure of result.measures) {
    if (measures.has(measure.key)) throw new IngestError(file, measure.line, `one measure per key, found measure ${measure.key} again (first at line ${measures.get(measure.key)})`);
    measures.set(measure.key, measure.line);
    if (measure.goalKey !== null && !goals.has(measure.goalKey)) throw new IngestError(file, measure.line, `the measure's goal ${measure.goalKey} among the goals read`);
  }
  for (const indicator of result.indicators) {
    if (indicator.goalKey !== null && !goals.has(indicator.goalKey)) throw new IngestError(file, indicator.line, `the indicator's goal ${indicator.goalKey} among the goals read`);
    if (indicator.measureKey !== null && !measures.has(indicator.measureKey)) throw new IngestError(file, indicator.line, `the indicator's measure ${indicator.measureKey} among the measures read`);
  }
}
