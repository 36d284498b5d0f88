import { linearScale } from '../../../charts/axis';

/**
 * The value axis of one pre-rendered distribution panel, as the build wrote it on the SVG
 * (src/charts/render/stripFigure.ts): so the script places a picked town's values with the same
 * scale function and numbers as the bars, never a scale of its own.
 */
export interface PanelAxis {
  /** Base unit of the panel ('人', '%', ''). */
  unit: string;
  /** The panel shows values per 1,000 residents. */
  perResident: boolean;
  domain: [number, number];
  /** Pixel range of the domain in the SVG's coordinates. */
  range: [number, number];
}

/** 'a b' → [a, b], or null unless both are finite numbers. */
function pair(text: string | undefined): [number, number] | null {
  const parts = (text ?? '').trim().split(/\s+/).map(Number);
  return parts.length === 2 && parts.every(Number.isFinite) ? [parts[0]!, parts[1]!] : null;
}

/**
 * The axis of a panel from its data attributes, or null when one is missing or unreadable:
 * `readPanelAxis({ unit: '人', domain: '0 400', range: '24 696' })` → { unit: '人', perResident: false, domain: [0, 400], range: [24, 696] }.
 */
export function readPanelAxis(data: Readonly<Record<string, string | undefined>>): PanelAxis | null {
  const domain = pair(data['domain']);
  const range = pair(data['range']);
  const unit = data['unit'];
  if (domain === null || range === null || unit === undefined) return null;
  return { unit, perResident: data['derived'] !== undefined, domain, range };
}

/**
 * Where a value sits on the axis, kept inside its pixel range (a value outside the domain stays at
 * the edge rather than leaving the chart): on [0, 400] → [24, 696], 100 → 192; 500 → 696.
 */
export function placeOnAxis(axis: PanelAxis, value: number): number {
  const x = linearScale(axis.domain, axis.range)(value);
  const [lo, hi] = axis.range[0] <= axis.range[1] ? axis.range : [axis.range[1], axis.range[0]];
  return Math.min(hi, Math.max(lo, x));
}
