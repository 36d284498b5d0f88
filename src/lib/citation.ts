import type { Lang } from '../i18n/locales';
import { translator } from '../i18n/translator';
import type { SourceRef } from '../schemas/source';

/** What a citation of one figure names. */
export interface CitationParts {
  city: string;
  /** Document title as written. */
  document: string;
  source: Pick<SourceRef, 'line' | 'lineEnd' | 'lineStart'>;
  /** Absolute URL of the source line. */
  url: string;
  dataVersion: string;
}

/**
 * Where in a document, in words: `{ line: 4, lineEnd: 12 }` → '4〜12行目' (ja), 'lines 4–12' (en);
 * values printed above their name, `{ lineStart: 2, line: 4 }` → '2〜4行目'.
 */
export function formatLines(source: Pick<SourceRef, 'line' | 'lineEnd' | 'lineStart'>, lang: Lang): string {
  const t = translator(lang);
  const first = source.lineStart ?? source.line;
  const last = source.lineEnd ?? source.line;
  return last !== first ? t('source.lines', { line: first, lineEnd: last }) : t('source.line', { line: first });
}

/**
 * A one-line citation of a figure.
 * ja: '北斗市「第2期…総合戦略」214行目（まちくらべ データ版 0.1.0）https://…/sources/001_…/#L214'.
 */
export function formatCitation(parts: CitationParts, lang: Lang): string {
  return translator(lang)('cite.text', {
    city: parts.city,
    document: parts.document,
    where: formatLines(parts.source, lang),
    version: parts.dataVersion,
    url: parts.url,
  });
}
