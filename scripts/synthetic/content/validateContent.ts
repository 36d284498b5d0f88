import { z } from 'astro/zod';
import { coverageEntrySchema } from '../../../src/schemas/coverage';
import { publishedCorrectionSchema } from '../../../src/schemas/correction';
import { datasetSchema } from '../../../src/schemas/dataset';
import { goalSchema } from '../../../src/schemas/goal';
import { indicatorSchema } from '../../../src/schemas/indicator';
import { measureSchema } from '../../../src/schemas/measure';
import { municipalitySchema } from '../../../src/schemas/municipality';
import { nationalGoalSchema } from '../../../src/schemas/nationalGoal';
import { planSchema } from '../../../src/schemas/plan';
import type { SyntheticContent } from './generateContent';

/** The schema of each file of a content folder (the same ones the content collections and readers use). */
const SCHEMAS = {
  municipalities: municipalitySchema,
  plans: planSchema,
  goals: goalSchema,
  measures: measureSchema,
  indicators: indicatorSchema,
  framework: nationalGoalSchema,
  coverage: coverageEntrySchema,
  corrections: publishedCorrectionSchema,
} as const;

/**
 * Every problem of a synthetic content folder, as `file[index].field: message` lines: a record its
 * schema rejects, a duplicate id, a reference to a record that is not there, a cited line the
 * source text does not have. An empty list means the build can read it.
 */
export function validateContent(content: SyntheticContent): string[] {
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    (content[name as keyof typeof SCHEMAS] as unknown[]).forEach((record, i) => {
      const parsed = (schema as z.ZodType).safeParse(record);
      if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${name}.json[${i}].${issue.path.join('.')}: ${issue.message}`));
    });
  }
  const dataset = datasetSchema.safeParse(content.dataset);
  if (!dataset.success) problems.push(`dataset.json: ${z.prettifyError(dataset.error)}`);

  const ids = (name: string, list: readonly { id: string }[]) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`${name}.json: the id ${id} is used twice`);
      seen.add(id);
    }
    return seen;
  };
  const towns = ids('municipalities', content.municipalities);
  const plans = ids('plans', content.plans);
  const goals = ids('goals', content.goals);
  const measures = ids('measures', content.measures);
  const indicators = ids('indicators', content.indicators);
  const refer = (what: string, id: string | null, set: Set<string>, kind: string) => {
    if (id !== null && !set.has(id)) problems.push(`${what} refers to the ${kind} ${id}, which is not in the set`);
  };
  for (const p of content.plans) {
    refer(`plan ${p.id}`, p.municipality, towns, 'municipality');
    refer(`plan ${p.id}`, p.previousPlan, plans, 'plan');
  }
  for (const g of content.goals) refer(`goal ${g.id}`, g.plan, plans, 'plan');
  for (const m of content.measures) {
    refer(`measure ${m.id}`, m.plan, plans, 'plan');
    refer(`measure ${m.id}`, m.goal, goals, 'goal');
  }
  for (const i of content.indicators) {
    refer(`indicator ${i.id}`, i.plan, plans, 'plan');
    refer(`indicator ${i.id}`, i.goal, goals, 'goal');
    refer(`indicator ${i.id}`, i.measure, measures, 'measure');
    refer(`indicator ${i.id}`, i.previous, indicators, 'indicator');
  }

  const texts = new Map(content.texts.map((t) => [t.file, t.lines]));
  for (const p of content.plans) if (!texts.has(p.sourceFile)) problems.push(`plan ${p.id}: no source text ${p.sourceFile}`);
  for (const cited of citedLines(content)) {
    const lines = texts.get(cited.file);
    if (lines === undefined) problems.push(`${cited.what} cites ${cited.file}, which is not written`);
    else if (cited.line > lines.length || (lines[cited.line - 1] ?? '') === '') problems.push(`${cited.what} cites ${cited.file}:${cited.line}, which is ${cited.line > lines.length ? 'past the end' : 'empty'}`);
  }
  return problems;
}

/** A source line some record cites: what cites it, the file and the line. */
export interface CitedLine {
  what: string;
  file: string;
  line: number;
}

/** Every source line the records cite: goals, measures, actions, indicators and their results, coverage, corrections, national goals. */
export function citedLines(content: SyntheticContent): CitedLine[] {
  const out: CitedLine[] = [];
  const add = (what: string, file: string, line: number, lineEnd?: number) => {
    for (let l = line; l <= (lineEnd ?? line); l += 1) out.push({ what, file, line: l });
  };
  for (const g of content.goals) add(`goal ${g.id}`, g.source.file, g.source.line, g.source.lineEnd);
  for (const m of content.measures) {
    add(`measure ${m.id}`, m.source.file, m.source.line, m.source.lineEnd);
    for (const a of m.actions) add(`an action of ${m.id}`, a.source.file, a.source.line, a.source.lineEnd);
  }
  for (const i of content.indicators) {
    add(`indicator ${i.id}`, i.source.file, i.source.line, i.source.lineEnd);
    for (const a of i.actuals) add(`a result of ${i.id}`, i.source.file, a.line);
  }
  for (const c of content.coverage) add('a coverage entry', c.file, c.line);
  for (const c of content.corrections) add(`correction ${c.id}`, c.source, c.line, c.lineEnd);
  for (const n of content.framework) add(`national goal ${n.id}`, n.source.file, n.source.line, n.source.lineEnd);
  return out;
}
