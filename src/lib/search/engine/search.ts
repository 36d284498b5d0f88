import type { ThemeId } from '../../../schemas/themes';
import { pickBigrams, requiredBigrams } from '../bigrams';
import { docTexts } from '../docText';
import { excerpt, marksInOriginal } from '../highlight';
import type { DocRow } from '../indexFormat';
import { normalizeForSearch } from '../normalize';
import { DOC_KINDS, RESULT_KINDS, type DocKind, type ResultKind } from '../recordKinds';
import { atLeast, intersect, lowerBound, range, union } from '../sortedSets';
import { queryTerms } from '../terms';
import { hasTheme } from '../themeMask';
import type { IndexReader } from './IndexReader';
import { matchCity, type CityNames } from './matchCities';
import { matchThemes, suggestThemes } from './matchThemes';
import { scoreDocs, type TermMatch } from './scoreDocs';
import type { KindResults, SearchFilters, SearchHit, SearchOutcome } from './types';

/** How much to show and fetch. */
export interface SearchLimits {
  /** Results shown per kind. */
  perKind: number;
  /** Document blocks a search may fetch per kind before it answers (bounds bytes on a large corpus). */
  blocksPerKind: number;
}

/** What one term of the query can be satisfied by. */
interface TermPlan {
  term: string;
  /** Ascending ordinals of the documents whose text has enough of the term's bigrams. */
  text: Int32Array;
  /** Per document ordinal, how many of the term's picked bigrams its text has (null: none looked up). */
  counts: Uint8Array | null;
  /** Bigrams looked up, and how many a document needs to be a candidate. */
  picked: number;
  required: number;
  /** Cities whose names the term matches. */
  cities: Set<number>;
  /** Themes whose English names the term matches. */
  themes: ThemeId[];
}

/** A searcher over one opened index (holds the city names and a cache of normalized texts). */
export interface Searcher {
  reader: IndexReader;
  cities: readonly CityNames[];
  normalized: Map<number, string[]>;
}

/** Score given to a term satisfied by the record's city or theme rather than its text. */
const CONTEXT_SCORE = 0.5;

/**
 * Candidates fuse.js checks per result shown: enough to rank the shown ones among the best
 * prefiltered candidates, few enough that a common word at national scale stays instant. The
 * rest are counted, and the total marked approximate.
 */
const VERIFIED_PER_SHOWN = 8;

const NO_DOCS = new Int32Array(0);

/** Looks the term's bigrams up: the documents with enough of them, and how many each has. */
async function textCandidates(reader: IndexReader, term: string): Promise<Pick<TermPlan, 'text' | 'counts' | 'picked' | 'required'>> {
  const picked = term.length >= 2 ? pickBigrams(term, (b) => reader.frequency(b)) : [];
  if (picked.length === 0) return { text: NO_DOCS, counts: null, picked: 0, required: 0 };
  const required = requiredBigrams(term, picked.length);
  const lists = await Promise.all(picked.map((b) => reader.postings(b)));
  const { ordinals, counts } = atLeast(lists, required, reader.size);
  return { text: ordinals, counts, picked: picked.length, required };
}

/** Plans one term: its text candidates, and the cities and themes it names. */
async function planTerm(s: Searcher, term: string): Promise<TermPlan> {
  return {
    term,
    ...(await textCandidates(s.reader, term)),
    cities: new Set(s.cities.flatMap((c, i) => (matchCity(c, term) === null ? [] : [i]))),
    themes: matchThemes(term),
  };
}

/** The cities matching every term (each term found in one of the city's names), best first. */
function cityHits(s: Searcher, terms: readonly string[], filters: SearchFilters): SearchHit[] {
  if (filters.theme !== null || (filters.kind !== null && filters.kind !== 'city')) return [];
  const rows = s.reader.manifest.cities;
  const hits: SearchHit[] = [];
  s.cities.forEach((names, i) => {
    const row = rows[i];
    if (!row || (filters.city !== null && row[0] !== filters.city)) return;
    const fields = terms.map((t) => matchCity(names, t));
    if (fields.some((f) => f === null)) return;
    const nameRanges = terms.flatMap((t) => {
      const at = names.name.indexOf(t);
      return at === -1 ? [] : [[at, at + t.length] as [number, number]];
    });
    const score = fields.reduce((sum, f) => sum + (f === 'name' || f === 'kana' || f === 'romaji' ? 0 : 0.3), 0) / terms.length;
    hits.push({
      kind: 'city',
      city: i,
      anchor: '',
      page: 1,
      source: null,
      themes: 0,
      title: row[1],
      titleMarks: marksInOriginal(row[1], nameRanges),
      snippet: null,
      snippetMarks: [],
      score,
    });
  });
  return hits.sort((a, b) => a.score - b.score || a.city - b.city);
}

/** Candidates of one kind: the first CANDIDATE_CAP in priority order, and how many there are in all. */
interface KindCandidates {
  ordinals: number[];
  total: number;
}

/** Candidates kept in order per kind; the rest are only counted (a large corpus never needs more to fill a page). */
const CANDIDATE_CAP = 4_000;

/** The documents a term is satisfied by: its text candidates, the records of the cities it names, the records on the themes it names. */
async function termDocuments(reader: IndexReader, plan: TermPlan): Promise<Int32Array> {
  const cityRanges = [...plan.cities].flatMap((c) => DOC_KINDS.map((kind) => range(...reader.range(kind, c))));
  const themes = await Promise.all(plan.themes.map((t) => reader.themeOrdinals(t)));
  return union([plan.text, ...cityRanges, ...themes]);
}

/**
 * Ordinals a query can match, best first: every term must be satisfied by the document's text
 * (enough bigrams), its city or, for an English theme name, its theme, and at least one term by
 * its text. The terms' document sets are intersected, smallest first, so the work follows the
 * postings, not the corpus; candidates are ranked by bucket (no sort of a long list): higher
 * priority first, then reading order.
 */
async function docCandidates(s: Searcher, plans: readonly TermPlan[], filters: SearchFilters): Promise<Map<DocKind, KindCandidates>> {
  const reader = s.reader;
  const anyText = plans.some((p) => p.text.length > 0);
  // A query made only of names (a city and an English theme name) lists that city's records on that theme.
  const namesOnly = !anyText && plans.some((p) => p.themes.length > 0) && plans.every((p) => p.themes.length > 0 || p.cities.size > 0);
  if (!namesOnly && !anyText) return new Map();
  const sets = await Promise.all(plans.map((p) => termDocuments(reader, p)));
  if (filters.theme !== null) sets.push(await reader.themeOrdinals(filters.theme));
  sets.sort((a, b) => a.length - b.length);
  let docs = sets[0] ?? NO_DOCS;
  for (const set of sets.slice(1)) docs = intersect(docs, set);

  const cityFilter = filters.city === null ? -1 : reader.manifest.cities.findIndex((c) => c[0] === filters.city);
  const byKind = new Map<DocKind, KindCandidates>();
  for (const kind of DOC_KINDS) {
    if (filters.kind !== null && filters.kind !== kind) continue;
    const [from, to] = cityFilter >= 0 ? reader.range(kind, cityFilter) : reader.range(kind);
    const buckets = new Map<number, number[]>();
    let total = 0;
    for (const o of docs.subarray(lowerBound(docs, from), lowerBound(docs, to))) {
      let priority = 0;
      let viaText = namesOnly;
      for (const p of plans) {
        const found = p.counts === null ? 0 : (p.counts[o] ?? 0);
        if (found >= p.required && found > 0) {
          priority += found / p.picked;
          viaText = true;
        } else priority += p.cities.size > 0 && p.cities.has(reader.cityOf(o)) ? CONTEXT_SCORE : CONTEXT_SCORE / 2;
      }
      if (!viaText) continue;
      total += 1;
      const key = Math.round(priority * 16);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      if (bucket.length < CANDIDATE_CAP) bucket.push(o);
    }
    if (total === 0) continue;
    const ordinals = [...buckets.keys()].sort((a, b) => b - a).flatMap((k) => buckets.get(k) ?? []).slice(0, CANDIDATE_CAP);
    byKind.set(kind, { ordinals, total });
  }
  return byKind;
}

/** Normalized texts of a document, cached. */
function textsOf(s: Searcher, ordinal: number, row: DocRow): string[] {
  let texts = s.normalized.get(ordinal);
  if (!texts) {
    texts = docTexts(row).map(normalizeForSearch);
    s.normalized.set(ordinal, texts);
  }
  return texts;
}

/** Checks a batch of candidates with fuse.js; returns the hits that satisfy every term. */
function verify(s: Searcher, batch: readonly number[], docs: Map<number, DocRow>, plans: readonly TermPlan[], kind: DocKind): SearchHit[] {
  const rows = batch.flatMap((o) => {
    const row = docs.get(o);
    return row ? [{ o, row, texts: textsOf(s, o, row) }] : [];
  });
  // Terms no text contains (a romanized city name, an English theme name) are not given to Fuse.
  const scored = scoreDocs(
    rows.map((r) => r.texts),
    plans.filter((p) => p.text.length > 0).map((p) => p.term),
  );
  let next = 0;
  const matches = plans.map((p) => (p.text.length > 0 ? scored[next++] : undefined));
  const hits: SearchHit[] = [];
  rows.forEach(({ o, row }, i) => {
    let total = 0;
    const found: TermMatch[] = [];
    for (const [t, p] of plans.entries()) {
      const m = matches[t]?.get(i);
      if (m) {
        total += Math.min(m.score, CONTEXT_SCORE);
        found.push(m);
      } else if (p.cities.has(s.reader.cityOf(o)) || p.themes.some((th) => hasTheme(row[3], th))) total += CONTEXT_SCORE;
      else return;
    }
    hits.push(toHit(s, kind, o, row, found, total / plans.length));
  });
  return hits;
}

/** Builds the shown hit: title marks, and a snippet of the first further text that matches. */
function toHit(s: Searcher, kind: DocKind, ordinal: number, row: DocRow, found: readonly TermMatch[], score: number): SearchHit {
  const texts = docTexts(row);
  const rangesOf = (field: number) => found.flatMap((m) => m.ranges.get(field) ?? []);
  const detail = texts.findIndex((_, i) => i > 0 && rangesOf(i).length > 0);
  const snippet = detail === -1 ? null : excerpt(texts[detail] ?? '', marksInOriginal(texts[detail] ?? '', rangesOf(detail)));
  return {
    kind,
    city: s.reader.cityOf(ordinal),
    anchor: row[0],
    page: row[6],
    source: row[1] === '' ? null : { document: row[1], line: row[2] },
    themes: row[3],
    title: row[4],
    titleMarks: marksInOriginal(row[4], rangesOf(0)),
    snippet: snippet?.text ?? null,
    snippetMarks: snippet?.marks ?? [],
    score,
  };
}

/** Verifies candidates of one kind in priority order until enough are shown; past that, only documents already loaded. */
async function resultsOfKind(
  s: Searcher,
  kind: DocKind,
  candidates: KindCandidates,
  plans: readonly TermPlan[],
  limits: SearchLimits,
): Promise<KindResults> {
  const hits: SearchHit[] = [];
  const size = s.reader.manifest.blockSize;
  const fetched = new Set<number>();
  const list = candidates.ordinals.slice(0, limits.perKind * VERIFIED_PER_SHOWN);
  let i = 0;
  while (i < list.length) {
    const batch: number[] = [];
    const blocks = new Set<number>();
    for (; i < list.length; i += 1) {
      const o = list[i] ?? 0;
      const block = Math.floor(o / size);
      const loaded = s.reader.isLoaded(o) || fetched.has(block);
      const enough = hits.length + batch.length >= limits.perKind;
      if (!loaded && (enough || (!blocks.has(block) && fetched.size + blocks.size >= limits.blocksPerKind))) break;
      if (!loaded) blocks.add(block);
      batch.push(o);
    }
    if (batch.length === 0) break;
    for (const b of blocks) fetched.add(b);
    hits.push(...verify(s, batch, await s.reader.docs(batch), plans, kind));
  }
  hits.sort((a, b) => a.score - b.score);
  const unchecked = candidates.total - i;
  return { kind, hits: hits.slice(0, limits.perKind), total: hits.length + unchecked, approximate: unchecked > 0 };
}

/**
 * Searches the index: cities by their names, documents by text (bigram prefilter, then fuse.js),
 * a term also satisfied by the record's city or English theme name, so `北斗 子育て` finds
 * 北斗市's childcare records. Results grouped by kind, best first.
 */
export async function search(s: Searcher, query: string, filters: SearchFilters, limits: SearchLimits): Promise<SearchOutcome> {
  const terms = queryTerms(query);
  const short = terms.length > 0 && terms.every((t) => t.length < 2);
  const empty: SearchOutcome = { query, terms, groups: [], total: 0, approximate: false, themes: [], short };
  if (terms.length === 0) return empty;
  const cities = cityHits(s, terms, filters);
  const groups: KindResults[] = cities.length > 0 ? [{ kind: 'city', hits: cities.slice(0, limits.perKind), total: cities.length, approximate: false }] : [];
  if (!short) {
    const plans = await Promise.all(terms.map((term) => planTerm(s, term)));
    const candidates = await docCandidates(s, plans, filters);
    const kinds = await Promise.all([...candidates].map(([kind, list]) => resultsOfKind(s, kind, list, plans, limits)));
    groups.push(...kinds.filter((g) => g.total > 0));
  }
  const order = (k: ResultKind) => RESULT_KINDS.indexOf(k);
  groups.sort((a, b) => order(a.kind) - order(b.kind));
  const themes = [...new Set(terms.flatMap((t) => [...matchThemes(t), ...suggestThemes(t)]))];
  return {
    ...empty,
    groups,
    total: groups.reduce((n, g) => n + g.total, 0),
    approximate: groups.some((g) => g.approximate),
    themes,
  };
}
