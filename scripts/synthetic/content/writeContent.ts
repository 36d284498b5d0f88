import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SyntheticContent } from './generateContent';
import { joinLines } from './sourceText';

/** The JSON files of a content folder, by the key of SyntheticContent that fills them. */
const FILES = {
  municipalities: 'municipalities.json',
  plans: 'plans.json',
  goals: 'goals.json',
  measures: 'measures.json',
  indicators: 'indicators.json',
  framework: 'framework.json',
  coverage: 'coverage.json',
  corrections: 'corrections.json',
  dataset: 'dataset.json',
} as const;

/**
 * Replaces `outDir` with a content folder: the JSON files the build reads (one record per line,
 * so a diff of two seeds stays readable and the files stay small), `dataset.json`, and each plan's
 * source text under `seeds/`. Refuses the committed content/ folder.
 */
export function writeContent(content: SyntheticContent, outDir: string, root = process.cwd()): void {
  const target = path.resolve(root, outDir);
  if (target === path.resolve(root, 'content') || target === path.resolve(root)) throw new Error(`refusing to write synthetic data into ${outDir}: the committed content/ is the ingest's alone`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const [key, name] of Object.entries(FILES)) {
    const value = content[key as keyof typeof FILES];
    const text = Array.isArray(value) ? `[\n${value.map((r) => JSON.stringify(r)).join(',\n')}\n]\n` : `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(path.join(target, name), text);
  }
  for (const { file, lines } of content.texts) {
    const at = path.join(target, file);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, joinLines(lines));
  }
}
