import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError } from '../../../src/core/IngestError';

/**
 * Parses YAML text and validates it with a zod schema; errors name the file, the line of the
 * offending field and what the schema expected.
 */
export function parseYamlFile<T extends z.ZodType>(file: string, text: string, schema: T): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new IngestError(file, lineCounter.linePos(error.pos[0]).line, 'valid YAML', error.message);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  let line: number | null = null;
  for (let depth = path.length; depth >= 0 && line === null; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) line = lineCounter.linePos(node.range[0]).line;
  }
  const field = path.length > 0 ? path.join('.') : '(document)';
  throw new IngestError(file, line, `${field}: ${issue.message}`);
}
