/**
 * Sets of document ordinals as ascending Int32Arrays: how postings are stored in the index
 * (delta-encoded) and combined by the engine, in time proportional to the lists, never to the
 * whole corpus.
 */

/** Deltas of an ascending list (first value, then differences): `deltaEncode([3, 5, 9])` → [3, 2, 4]. */
export function deltaEncode(ordinals: readonly number[]): number[] {
  return ordinals.map((o, i) => (i === 0 ? o : o - (ordinals[i - 1] ?? 0)));
}

/** The ascending list behind deltaEncode's output: `deltaDecode([3, 2, 4])` → Int32Array [3, 5, 9]. */
export function deltaDecode(deltas: readonly number[]): Int32Array {
  const out = new Int32Array(deltas.length);
  let sum = 0;
  for (let i = 0; i < deltas.length; i += 1) out[i] = sum += deltas[i] ?? 0;
  return out;
}

/** Ordinals in both ascending lists: `intersect([1, 3, 5], [3, 4, 5])` → [3, 5]. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      out[n++] = x;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return out.subarray(0, n);
}

/** Ordinals in any of the ascending lists, once each: `union([[1, 5], [2, 5]])` → [1, 2, 5]. */
export function union(lists: readonly Int32Array[]): Int32Array {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? new Int32Array(0);
  const all = new Int32Array(nonEmpty.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of nonEmpty) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i] ?? 0;
  return all.subarray(0, n);
}

/** The ordinals from..to-1: `range(2, 5)` → [2, 3, 4]. */
export function range(from: number, to: number): Int32Array {
  const out = new Int32Array(Math.max(0, to - from));
  for (let i = 0; i < out.length; i += 1) out[i] = from + i;
  return out;
}

/** First index of an ascending list whose value is at least `value`: `lowerBound([2, 4, 6], 5)` → 2. */
export function lowerBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ordinals found in at least `required` of the ascending lists, ascending, and how many of the
 * lists hold each ordinal (`counts[o]`; `size` bounds every ordinal). Work is proportional to the
 * lists' lengths. `atLeast([[1, 2], [2, 3]], 2, 4).ordinals` → [2].
 */
export function atLeast(lists: readonly Int32Array[], required: number, size: number): { ordinals: Int32Array; counts: Uint8Array } {
  const counts = new Uint8Array(size);
  if (required <= 1 && lists.length === 1) {
    const only = lists[0] ?? new Int32Array(0);
    for (const o of only) counts[o] = 1;
    return { ordinals: only, counts };
  }
  const hit: number[] = [];
  for (const list of lists) {
    for (const o of list) {
      const c = (counts[o] = (counts[o] ?? 0) + 1);
      if (c === required) hit.push(o);
    }
  }
  return { ordinals: Int32Array.from(hit).sort(), counts };
}
