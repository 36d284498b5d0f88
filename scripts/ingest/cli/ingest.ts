/**
 * `npm run ingest` — reads seeds/ and rewrites content/ and public/data/ (all or nothing).
 * `npm run ingest -- --check` — exits 1 if the committed output differs from a fresh ingest.
 */
import { performance } from 'node:perf_hooks';
import { IngestError } from '../../../src/core/IngestError';
import { runIngest } from '../pipeline/runIngest';
import { diffOutputs, writeOutputs } from '../write/writeOutputs';

const root = process.cwd();
const check = process.argv.includes('--check');

try {
  const started = performance.now();
  const output = await runIngest(root);
  const ms = performance.now() - started;
  const unexplained = output.coverage.filter((c) => c.reason === null);
  if (check) {
    const differing = await diffOutputs(root, output.files);
    if (differing.length > 0) {
      console.error(`ingest --check: committed output differs from a fresh ingest in:\n  ${differing.join('\n  ')}\nRun \`npm run ingest\` and commit.`);
      process.exit(1);
    }
    console.log(`ingest --check: content/ and public/data/ match a fresh ingest (${output.indicators.length} indicators).`);
  } else {
    await writeOutputs(root, output.files);
    for (const plan of output.plans) {
      const count = (list: { plan: string }[]) => list.filter((r) => r.plan === plan.id).length;
      console.log(
        `${plan.sourceFile}  ${plan.id}: ${count(output.goals)} goals, ${count(output.measures)} measures, ${count(output.indicators)} indicators`,
      );
    }
    console.log(`coverage: ${output.coverage.length} lines listed, ${unexplained.length} unexplained (content/coverage.json)`);
    console.log(`ingest: ${output.files.size} files written in ${ms.toFixed(0)} ms`);
  }
  for (const entry of unexplained) console.warn(`unexplained: ${entry.file}:${entry.line}: ${entry.text}`);
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`ingest failed: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
