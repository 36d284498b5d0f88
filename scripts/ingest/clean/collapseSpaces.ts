/**
 * Collapses runs of spaces to one, drops spaces that pad a TAB-separated cell and trims spaces (never
 * TABs, which separate table cells) at both ends.
 * `'\t  16 平和と公正  \t地域力の強化 '` → `'\t16 平和と公正\t地域力の強化'`.
 */
export function collapseSpaces(line: string): string {
  return line
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\t ?/g, '\t')
    .replace(/^ | $/g, '');
}
