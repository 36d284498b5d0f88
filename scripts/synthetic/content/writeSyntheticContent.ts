import { generateContent, type SyntheticContent } from './generateContent';
import { readContentInput } from './readContentInput';
import { validateContent } from './validateContent';
import { writeContent } from './writeContent';

/**
 * Generates, validates and writes a synthetic content folder (what `npm run synthetic` and
 * `npm run bench:national` run); on any invalid record it throws, listing the first problems, and
 * writes nothing.
 */
export async function writeSyntheticContent(outDir: string, seed: number, codes?: readonly string[]): Promise<SyntheticContent> {
  const content = generateContent(await readContentInput(seed, codes ? { codes } : {}));
  const problems = validateContent(content);
  if (problems.length > 0) throw new Error(`synthetic content: ${problems.length} problems, nothing written:\n${problems.slice(0, 20).join('\n')}`);
  writeContent(content, outDir);
  return content;
}
