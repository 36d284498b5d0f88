/**
 * `npm run bench:ingest` — times a full in-memory ingest of seeds/ (no writes) and prints the
 * record counts per document. Figures only; nothing asserts on them.
 */
import { performance } from 'node:perf_hooks';
import { runIngest } from '../ingest/pipeline/runIngest';

const RUNS = 10;
const times: number[] = [];
let output = await runIngest(process.cwd()); // warm-up (module loading, JIT)
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  output = await runIngest(process.cwd());
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
for (const plan of output.plans) {
  const count = (list: { plan: string }[]) => list.filter((r) => r.plan === plan.id).length;
  console.log(`${plan.sourceFile}\t${plan.id}\tgoals ${count(output.goals)}\tmeasures ${count(output.measures)}\tindicators ${count(output.indicators)}`);
}
console.log(`total\tgoals ${output.goals.length}\tmeasures ${output.measures.length}\tindicators ${output.indicators.length}`);
console.log(`ingest of ${output.plans.length} documents, ${RUNS} runs: min ${times[0]!.toFixed(1)} ms, median ${times[RUNS >> 1]!.toFixed(1)} ms, max ${times[RUNS - 1]!.toFixed(1)} ms (${process.version})`);
