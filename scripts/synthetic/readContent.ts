import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './generateCorpus';

/** Reads content/*.json (or a folder of the same shape) as a corpus: `readContent('content')`. */
export function readContent(dir: string): Corpus {
  const read = <T>(name: string): T[] => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as T[];
  return {
    municipalities: read('municipalities'),
    plans: read('plans'),
    goals: read('goals'),
    measures: read('measures'),
    indicators: read('indicators'),
  };
}
