import { buildDate, isoDay } from '../charts/buildDate';

let cached: string | undefined;

/**
 * The build date as `YYYY-MM-DD`, computed once per build (it asks git when SOURCE_DATE_EPOCH is
 * unset): the date of the data, so that the same data gives the same pages (see charts/buildDate.ts).
 */
export function buildDay(): string {
  cached ??= isoDay(buildDate());
  return cached;
}
