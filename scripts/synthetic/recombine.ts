import type { MunicipalityIdentity } from '../../src/schemas/municipality';

/** Stem of a municipality name without 市/町/村/区: `stem('北斗市')` → '北斗'. */
export function stem(name: string): string {
  return name.replace(/[市町村区]$/, '');
}

/**
 * A pattern matching the names of the real cities (full name, stem, reading), longest first, so
 * that a real text can be given to another municipality: `text.replace(pattern, stem(m.name))`.
 */
export function realNamePattern(real: readonly MunicipalityIdentity[]): RegExp {
  const names = real.flatMap((m) => [m.name, stem(m.name), m.kana.replace(/し$/, '')]).sort((a, b) => b.length - a.length);
  return new RegExp(names.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}
