import { describe, expect, it } from 'vitest';
import { lineMarks, type MarkedRecord } from '../../../src/lib/lineMarks';

const leaflet = 'seeds/000_df427b3fa16fc0bd.txt';
const records: MarkedRecord[] = [
  { kind: 'indicator', id: '012360-g3-draft-summary-L767', label: '新函館北斗駅周辺への立地企業数', source: { file: leaflet, line: 767, lineEnd: 769 } },
  { kind: 'indicator', id: '012360-g3-draft-summary-L764', label: '出生数', source: { file: leaflet, line: 764 } },
  { kind: 'indicator', id: 'elsewhere', label: 'x', source: { file: 'seeds/001_c90401aa62130a51.txt', line: 764 } },
];
/** seeds/corrections.yaml: the leaflet's top-priority goal, lines 4–12. */
const corrections = [{ id: 'correction-1', source: leaflet, line: 4, lineEnd: 12 }];
const coverage = [{ file: leaflet, line: 417, reason: null }];

describe('lineMarks', () => {
  const marks = lineMarks(leaflet, records, corrections, coverage);

  it('marks every line of a record’s range as cited and lists the record on its first line', () => {
    expect(marks.get(767)).toMatchObject({ cited: true, records: [{ label: '新函館北斗駅周辺への立地企業数' }] });
    expect(marks.get(768)).toMatchObject({ cited: true, records: [] });
    expect(marks.get(769)?.cited).toBe(true);
  });

  it('ignores records of other documents', () => {
    expect(marks.get(764)?.records.map((r) => r.id)).toEqual(['012360-g3-draft-summary-L764']);
  });

  it('marks corrected ranges and lists the correction once', () => {
    expect(marks.get(4)).toMatchObject({ corrected: true, corrections: [{ id: 'correction-1' }] });
    expect(marks.get(12)).toMatchObject({ corrected: true, corrections: [] });
  });

  it('marks coverage lines, and leaves other lines out', () => {
    expect(marks.get(417)?.coverage).toHaveLength(1);
    expect(marks.has(100)).toBe(false);
  });
});
