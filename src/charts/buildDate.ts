import { execFileSync } from 'node:child_process';
import { contentLocation } from '../core/contentLocation';

/**
 * "Today" on the charts, fixed so that a build is reproducible (the same commit gives the same
 * bytes): the `SOURCE_DATE_EPOCH` environment variable (seconds since 1970, the reproducible-builds
 * convention) when it is set, else the date of the last commit that changed the content folder
 * (`content/`, or MACHIKURABE_CONTENT's) — the date of the data version. A build outside a git
 * checkout, or from an uncommitted folder such as a synthetic data set, must set SOURCE_DATE_EPOCH.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, dataCommitEpoch: () => string = lastContentCommit): Date {
  const fromEnv = parseEpoch(env.SOURCE_DATE_EPOCH);
  if (fromEnv) return fromEnv;
  const fromGit = parseEpoch(dataCommitEpoch());
  if (fromGit) return fromGit;
  throw new Error('Cannot date the build: set SOURCE_DATE_EPOCH (seconds since 1970), or build from a git checkout with the content folder committed.');
}

/** Seconds since 1970 as a date; null for anything else. `parseEpoch('1767225600')` → 2026-01-01T00:00:00Z. */
export function parseEpoch(value: string | undefined): Date | null {
  const text = value?.trim() ?? '';
  if (!/^\d+$/.test(text)) return null;
  return new Date(Number(text) * 1000);
}

/** Commit time (seconds since 1970) of the last commit touching the content folder, or '' without git. */
function lastContentCommit(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct', '--', contentLocation().dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/** The date part of a build date in UTC: `isoDay(new Date('2026-01-01T00:00:00Z'))` → '2026-01-01'. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
