import { documentName } from '../sourcePath';
import type { Goal } from '../../schemas/goal';
import type { Indicator } from '../../schemas/indicator';
import type { Measure } from '../../schemas/measure';
import type { Plan } from '../../schemas/plan';
import type { SourceRef } from '../../schemas/source';
import type { ThemeId } from '../../schemas/themes';
import { recordAnchor, type AnchoredKind } from '../recordAnchor';
import { indicatorValueText } from './indicatorValueText';
import type { DocKind } from './recordKinds';

/** A record to index, before it is numbered and written as a DocRow. */
export interface SearchRecord {
  kind: DocKind;
  /** Municipality code. */
  municipality: string;
  /** Fragment id on the city page. */
  anchor: string;
  /** The town's page (from 1) that holds the record (src/lib/cityPages). */
  page: number;
  /** Source document name and line, or null (a plan links to its whole document). */
  source: { document: string; line: number } | null;
  themes: ThemeId[];
  /** The text shown as the result's title. */
  title: string;
  /** Further searchable texts, shown as a snippet when they match. */
  details: string[];
}

/** The collections a search index is built from (any order; the builder sorts). */
export interface SearchSource {
  plans: readonly Plan[];
  goals: readonly Goal[];
  measures: readonly Measure[];
  indicators: readonly Indicator[];
}

const at = (source: SourceRef) => ({ document: documentName(source.file), line: source.line });
const present = (...texts: (string | null | undefined)[]) => texts.filter((t): t is string => !!t && t.trim() !== '');
const joined = (...texts: (string | null | undefined)[]) => present(...texts).join(' ');

/** Page of a town (from 1) on which the element of an anchor stands. */
export type AnchorPage = (municipality: string, anchor: string) => number;

/**
 * Every plan, goal, measure, action and indicator as a search record (cities are searched from
 * the manifest's city table), with the page of its town it stands on (`pageOf`; every record on
 * page 1 when not given). Goal 基本目標1 「…」 → { kind: 'goal', title: '基本目標1 …', details: [subtitle] }.
 */
export function searchRecords(data: SearchSource, pageOf: AnchorPage = () => 1): SearchRecord[] {
  const placed = (municipality: string, kind: AnchoredKind, id: string) => {
    const anchor = recordAnchor(kind, id);
    return { municipality, anchor, page: pageOf(municipality, anchor) };
  };
  const plans = data.plans.map(
    (p): SearchRecord => ({
      kind: 'plan',
      ...placed(p.municipality, 'plan', p.id),
      source: { document: documentName(p.sourceFile), line: 1 },
      themes: [],
      title: p.title,
      details: [],
    }),
  );
  const goals = data.goals.map(
    (g): SearchRecord => ({
      kind: 'goal',
      ...placed(g.municipality, 'goal', g.id),
      source: at(g.source),
      themes: g.themes,
      title: joined(g.label, g.title),
      details: present(g.subtitle),
    }),
  );
  const measures = data.measures.map(
    (m): SearchRecord => ({
      kind: 'measure',
      ...placed(m.municipality, 'measure', m.id),
      source: at(m.source),
      themes: m.themes,
      title: joined(m.label, m.title),
      details: present(m.group, m.description, m.department),
    }),
  );
  const actions = data.measures.flatMap((m) =>
    m.actions.map(
      (a): SearchRecord => ({
        kind: 'action',
        ...placed(m.municipality, 'measure', m.id),
        source: at(a.source),
        themes: m.themes,
        title: a.text,
        details: present(...a.details),
      }),
    ),
  );
  const indicators = data.indicators.map(
    (i): SearchRecord => ({
      kind: 'indicator',
      ...placed(i.municipality, 'indicator', i.id),
      source: at(i.source),
      themes: i.themes,
      title: i.name,
      details: present(i.unit, indicatorValueText(i), i.target.kind === 'qualitative' ? null : i.target.note, i.baseline.note),
    }),
  );
  return [...plans, ...goals, ...measures, ...actions, ...indicators];
}
