import { readFile } from 'node:fs/promises';
import { GoldError } from './GoldError';
import { goldFileSchema, type GoldFile } from './goldSchema';

/** A zod issue path as a field name: ['indicators', 3, 'target', 'kind'] → `indicators[3].target.kind`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '') || '(root)';
}

/**
 * Parses and validates the text of a gold file; throws a GoldError naming the file and the first
 * invalid field (`x.gold.json: indicators[3].line: expected number, received string`).
 */
export function parseGold(file: string, text: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GoldError(file, null, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = goldFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GoldError(file, fieldPath(issue.path), issue.message);
  }
  return parsed.data;
}

/** Reads and validates a gold file from disk (see parseGold); `name` (default: the path) is how errors name it. */
export async function readGold(file: string, name = file): Promise<GoldFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new GoldError(name, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseGold(name, text);
}
