/**
 * Writes the synthetic national corpus as content-shaped JSON into a folder outside the site
 * (default tmp/synthetic/, gitignored): `npx tsx scripts/synthetic/generate.ts [outDir] [seed]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEED, generateCorpus } from './generateCorpus';
import { nationalMunicipalities } from './nationalMunicipalities';
import { readContent } from './readContent';

const [outDir = 'tmp/synthetic', seedText = String(DEFAULT_SEED)] = process.argv.slice(2);
const corpus = generateCorpus(readContent('content'), nationalMunicipalities(), Number(seedText));
mkdirSync(outDir, { recursive: true });
for (const [name, records] of Object.entries(corpus)) writeFileSync(join(outDir, `${name}.json`), JSON.stringify(records));
const total = corpus.plans.length + corpus.goals.length + corpus.measures.length + corpus.indicators.length;
console.log(`${corpus.municipalities.length} municipalities, ${total} records (plus actions) written to ${outDir}`);
