/**
 * The words the benchmark reads: list markers dropped from names and scale words folded out of
 * units. Mechanism lives in the modules that import this; the wording lives here.
 */

/**
 * Markers that open a list item and are not part of a name (the gold drops them, an extractor
 * may keep them): circled and parenthesized numbers, `ア.`, `(1)`, `1.`, bullets. Matched on the
 * raw name, before NFKC turns `①` into a plain `1` that could start a real name (`1日に30分…`).
 */
export const LIST_MARKER =
  /^(?:[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF\u2474-\u2487\u2488-\u249B\u2776-\u277F\u2780-\u2793]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、)）](?![0-9０-９])|[ア-ンｱ-ﾝa-zA-Zａ-ｚＡ-Ｚ][.．、)）](?![0-9０-９])|[・･●○◎■□◆◇▪▫►▶◉※*＊\-－‐])\s*/u;

/** Reference marks inside a name (`転出超過数※`, `コミュニティ交通※1の利用者数`). */
export const REFERENCE_MARK = /※[0-9０-９]*/gu;

/**
 * Scale words a unit may start with, largest first so that `千万` wins over `千`:
 * `76万人` is 760,000 人, `2,205千人` is 2,205,000 人, `25億円` is 2,500,000,000 円.
 */
export const UNIT_SCALES: readonly (readonly [word: string, factor: number])[] = [
  ['兆', 1e12],
  ['億', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
];
