/**
 * True for a cell that states no value: empty, or only dashes (`—`, `－`, `―`, `-`, `ー`).
 * `isNoValue('―')` → true; `isNoValue('0')` → false.
 */
export function isNoValue(compacted: string): boolean {
  return /^[-—―ー－‐–]*$/.test(compacted);
}
