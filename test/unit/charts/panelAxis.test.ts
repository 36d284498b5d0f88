import { describe, expect, it } from 'vitest';
import { placeOnAxis, readPanelAxis } from '../../../src/components/theme/client/panelAxis';

describe('readPanelAxis', () => {
  describe('a panel as the build writes it', () => {
    it('reads the unit, the domain and the pixel range', () => {
      expect(readPanelAxis({ unit: '人', domain: '0 18000', range: '24 696', layout: 'wide' })).toEqual({ unit: '人', perResident: false, domain: [0, 18000], range: [24, 696] });
    });
    it('knows a per-1,000-residents panel by data-derived (present, empty)', () => {
      expect(readPanelAxis({ unit: '人', derived: '', domain: '0 8', range: '16 324' })?.perResident).toBe(true);
    });
    it('keeps a unit-less panel (unit "")', () => {
      expect(readPanelAxis({ unit: '', domain: '-60 0', range: '24 696' })).toEqual({ unit: '', perResident: false, domain: [-60, 0], range: [24, 696] });
    });
  });
  describe('a panel it cannot read', () => {
    it('gives null for a missing or broken attribute', () => {
      expect(readPanelAxis({ domain: '0 1', range: '0 1' })).toBeNull();
      expect(readPanelAxis({ unit: '人', domain: '0', range: '24 696' })).toBeNull();
      expect(readPanelAxis({ unit: '人', domain: '0 x', range: '24 696' })).toBeNull();
    });
  });
});

describe('placeOnAxis', () => {
  // Domain 0–400 over 24–696 px: 672 px for 400, so 1.68 px per unit.
  const axis = { unit: '人', perResident: false, domain: [0, 400] as [number, number], range: [24, 696] as [number, number] };
  it('places a value linearly: 100 → 24 + 168 = 192, 400 → 696', () => {
    expect(placeOnAxis(axis, 0)).toBe(24);
    expect(placeOnAxis(axis, 100)).toBeCloseTo(192, 9);
    expect(placeOnAxis(axis, 400)).toBe(696);
  });
  it('keeps a value outside the domain at the edge', () => {
    expect(placeOnAxis(axis, 500)).toBe(696);
    expect(placeOnAxis(axis, -5)).toBe(24);
  });
  it('works on a domain below zero: on −60–0 over 24–696, −15 → 24 + 672 × 45/60 = 528', () => {
    expect(placeOnAxis({ ...axis, domain: [-60, 0] }, -15)).toBeCloseTo(528, 9);
  });
});
