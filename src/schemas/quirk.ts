import { z } from 'astro/zod';

/**
 * Extraction artefacts a manifest can name for its document: opt-in passes of the extractor for
 * what the text cannot explain by itself.
 * - `doubled-text`: bold type came out doubled (`◦◦AA` for `◦A`); every line is undoubled.
 * - `banner-goals`: goal titles set as banners whose big number came out doubled before or after
 *   the title (`22 北斗で働く…`, `…をつくる11`) and no goal word; they are read as 基本目標N.
 * - `goals-by-order`: the document lists its blocks (numbered measure lists, 数値目標 boxes) in
 *   the order of its goals instead of under them; the n-th block belongs to the n-th goal.
 */
export const quirkSchema = z.enum(['doubled-text', 'banner-goals', 'goals-by-order']);

export type Quirk = z.infer<typeof quirkSchema>;
