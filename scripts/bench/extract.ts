/**
 * `npm run bench:extract`: time of the layout-agnostic extractor (read, extract, assemble) over the
 * development corpus and the seeds, without manifests; median of 10 passes (figures only).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../ingest/pipeline/extractDocument';
import { readSource } from '../ingest/read/readSource';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDERS = [path.join(root, '../shared/corpus'), path.join(root, 'seeds')];
const PASSES = 10;
/** Any known code: the municipality names the records, it does not change what is read. */
const CODE = '012360';

for (const folder of FOLDERS) {
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const times: number[] = [];
  let indicators = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    indicators = 0;
    for (const file of files) indicators += extractDocument(await readSource(path.join(folder, file)), CODE).indicators.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(PASSES / 2)]!;
  console.log(`${path.relative(root, folder)}: ${files.length} documents, ${indicators} indicators, median ${median.toFixed(1)} ms per pass (min ${times[0]!.toFixed(1)}, max ${times[PASSES - 1]!.toFixed(1)}; ${PASSES} passes, ${process.version})`);
}
