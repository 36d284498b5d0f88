import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS } from '../../../src/core/indicatorsCsv';
import { csvLines } from '../../../src/lib/data/csvLines';
import type { Municipality } from '../../../src/schemas/municipality';
import { goals, indicators, measures, plans } from './records';

const municipalities = JSON.parse(readFileSync(new URL('../../../content/municipalities.json', import.meta.url), 'utf8')) as Municipality[];
const lookups = {
  municipalities: new Map(municipalities.map((m) => [m.code, m])),
  plans: new Map(plans.map((p) => [p.id, p])),
  goals: new Map(goals.map((g) => [g.id, g])),
  measures: new Map(measures.map((m) => [m.id, m])),
};
const published = readFileSync(new URL('../../../public/data/indicators.csv', import.meta.url), 'utf8');

describe('csvLines', () => {
  const lines = csvLines(indicators, lookups);

  it('has the header of indicators.csv, without BOM', () => {
    expect(lines.header).toBe(INDICATOR_COLUMNS.join(','));
  });

  it('joins every row back into public/data/indicators.csv, byte for byte', () => {
    const joined = '\uFEFF' + [lines.header, ...indicators.map((i) => lines.rows.get(i.id)!)].map((l) => `${l}\r\n`).join('');
    expect(joined).toBe(published);
  });

  it('keeps a number cell a number: 社会動態の均衡 △55人 stays -55, not a neutralized formula', () => {
    const row = lines.rows.get('012360-g2-strategy-L302')!;
    expect(row).toContain(',-55,');
  });
});
