import type { ThemeId } from '../../../schemas/themes';
import { pickBigrams, requiredBigrams } from '../bigrams';
import { docTexts } from '../docText';
import { excerpt, marksInOriginal } from '../highlight';
import type { DocRow } from '../indexFormat';
import { normalizeForSearch } from '../normalize';
import { DOC_KINDS, RESULT_KINDS, type DocKind, type ResultKind } from '../recordKinds';
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
  /** Per document ordinal, how many of the term's picked bigrams its text has (null: none looked up). */
  counts: Uint8Array | null;
  /** Bigrams looked up, and how many a document needs to be a candidate. */
  picked: number;
  required: number;
  /** Whether any document has enough of them. */
  anyText: boolean;
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

/** Looks the term's bigrams up and counts, per document, how many of them it contains. */
async function textCandidates(reader: IndexReader, term: string): Promise<Pick<TermPlan, 'counts' | 'picked' | 'required' | 'anyText'>> {
  const picked = pickBigrams(term, (b) => reader.frequency(b));
  if (picked.length === 0) return { counts: null, picked: 0, required: 0, anyText: false };
  const required = requiredBigrams(term, picked.length);
  const lists = await Promise.all(picked.map((b) => reader.postings(b)));
  const counts = new Uint8Array(reader.size);
  let anyText = false;
  for (const list of lists) {
    for (const o of list) {
      const c = (counts[o] = (counts[o] ?? 0) + 1);
      if (c >= required) anyText = true;
    }
  }
  return { counts, picked: picked.length, required, anyText };
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

/**
 * Ordinals a query can match, best first: every term must be satisfied by the document's text
 * (enough bigrams), its city or, for an English theme name, its theme (checked later). Documents
 * are scanned city by city, so each one's city is known without a lookup, and ranked by bucket
 * (no sort of a long list): higher priority first, then reading order.
 */
function docCandidates(s: Searcher, plans: readonly TermPlan[], filters: SearchFilters): Map<DocKind, KindCandidates> {
  const reader = s.reader;
  const cityFilter = filters.city === null ? -1 : reader.manifest.cities.findIndex((c) => c[0] === filters.city);
  // A query made only of names (a city and an English theme name) lists that city's records on that theme.
  const namesOnly = !plans.some((p) => p.anyText) && plans.some((p) => p.themes.length > 0) && plans.every((p) => p.themes.length > 0 || p.cities.size > 0);
  if (!namesOnly && !plans.some((p) => p.anyText)) return new Map();
  const byKind = new Map<DocKind, KindCandidates>();
  const cityCount = reader.manifest.cities.length;
  for (const kind of DOC_KINDS) {
    if (filters.kind !== null && filters.kind !== kind) continue;
    const buckets = new Map<number, number[]>();
    let total = 0;
    for (let c = cityFilter >= 0 ? cityFilter : 0; c < (cityFilter >= 0 ? cityFilter + 1 : cityCount); c += 1) {
      const [from, to] = reader.range(kind, c);
      for (let o = from; o < to; o += 1) {
        let priority = 0;
        let viaText = namesOnly;
        let ok = true;
        for (const p of plans) {
          const found = p.counts === null ? 0 : (p.counts[o] ?? 0);
          if (found >= p.required && found > 0) {
            priority += found / p.picked;
            viaText = true;
          } else if (p.cities.has(c)) priority += CONTEXT_SCORE;
          else if (p.themes.length > 0) priority += CONTEXT_SCORE / 2;
          else {
            ok = false;
            break;
          }
        }
        if (!ok || !viaText) continue;
        total += 1;
        const key = Math.round(priority * 16);
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = []));
        if (bucket.length < CANDIDATE_CAP) bucket.push(o);
      }
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
function verify(s: Searcher, batch: readonly number[], docs: Map<number, DocRow>, plans: readonly TermPlan[], filters: SearchFilters, kind: DocKind): SearchHit[] {
  const rows = batch.flatMap((o) => {
    const row = docs.get(o);
    return row && (filters.theme === null || hasTheme(row[3], filters.theme)) ? [{ o, row, texts: textsOf(s, o, row) }] : [];
  });
  // Terms no text contains (a romanized city name, an English theme name) are not given to Fuse.
  const scored = scoreDocs(
    rows.map((r) => r.texts),
    plans.filter((p) => p.anyText).map((p) => p.term),
  );
  let next = 0;
  const matches = plans.map((p) => (p.anyText ? scored[next++] : undefined));
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
  filters: SearchFilters,
  limits: SearchLimits,
): Promise<KindResults> {
  const hits: SearchHit[] = [];
  const size = s.reader.manifest.blockSize;
  const fetched = new Set<number>();
  const list = candidates.ordinals;
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
    hits.push(...verify(s, batch, await s.reader.docs(batch), plans, filters, kind));
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
    const plans: TermPlan[] = await Promise.all(
      terms.map(async (term) => ({
        term,
        ...(term.length >= 2 ? await textCandidates(s.reader, term) : { counts: null, picked: 0, required: 0, anyText: false }),
        cities: new Set(s.cities.flatMap((c, i) => (matchCity(c, term) === null ? [] : [i]))),
        themes: matchThemes(term),
      })),
    );
    const candidates = docCandidates(s, plans, filters);
    const kinds = await Promise.all([...candidates].map(([kind, list]) => resultsOfKind(s, kind, list, plans, filters, limits)));
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
