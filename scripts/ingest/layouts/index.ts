import type { SourceDoc } from '../read/SourceDoc';
import { actionPlan } from './actionPlan';
import { kpiSlides } from './kpiSlides';
import { leaflet } from './leaflet';
import { measureBlocks } from './measureBlocks';
import { narrativeArrow } from './narrativeArrow';
import type { Layout } from './types';

/** Every layout the ingest knows, by id. */
export const LAYOUTS: readonly Layout[] = [narrativeArrow, leaflet, kpiSlides, measureBlocks, actionPlan];

/** The layout with this id, or null. */
export function layoutById(id: string): Layout | null {
  return LAYOUTS.find((l) => l.id === id) ?? null;
}

/** The layout whose detector scores the document highest; null when none recognizes it. */
export function detectLayout(doc: SourceDoc): Layout | null {
  let best: Layout | null = null;
  let bestScore = 0;
  for (const layout of LAYOUTS) {
    const score = layout.detect(doc);
    if (score > bestScore) {
      best = layout;
      bestScore = score;
    }
  }
  return best;
}
