/**
 * The words the benchmark reads: list markers dropped from names (scale words of units are the
 * site's, src/domain/units.ts). Mechanism lives in the modules that import this; the wording lives here.
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
