import type { ThemeId } from '../../../schemas/themes';
import type { ResultKind } from '../recordKinds';

/** A half-open range [start, end) of a text as written, to highlight. */
export type Mark = [start: number, end: number];

/** What the reader narrowed the search to (all null: everything). */
export interface SearchFilters {
  /** Municipality code. */
  city: string | null;
  theme: ThemeId | null;
  kind: ResultKind | null;
}

/** One result, ready to show. */
export interface SearchHit {
  kind: ResultKind;
  /** Index of the city in the manifest. */
  city: number;
  /** Fragment id on the city page; '' for a city. */
  anchor: string;
  /** The page of the town that holds it (from 1); 1 for a city. */
  page: number;
  /** Source document name and line, or null. */
  source: { document: string; line: number } | null;
  /** Theme mask (see themeMask). */
  themes: number;
  /** Title as written, and the parts of it that match. */
  title: string;
  titleMarks: Mark[];
  /** A matching passage of a further text (description, details, values), or null. */
  snippet: string | null;
  snippetMarks: Mark[];
  /** 0 is a perfect match; lower is better. */
  score: number;
}

/** The results of one kind. */
export interface KindResults {
  kind: ResultKind;
  hits: SearchHit[];
  /** Matches of this kind; when `approximate`, some were not checked yet (large corpus). */
  total: number;
  approximate: boolean;
}

/** Everything a search returns. */
export interface SearchOutcome {
  query: string;
  terms: string[];
  /** Kinds with at least one match, in RESULT_KINDS order. */
  groups: KindResults[];
  total: number;
  approximate: boolean;
  /** Themes whose name the query contains, offered as links. */
  themes: ThemeId[];
  /** True when every term is one character: only cities are searched. */
  short: boolean;
}
