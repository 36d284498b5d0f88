import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError } from '../../../scripts/eval/GoldError';
import { fieldPath, parseGold, readGold } from '../../../scripts/eval/readGold';

/** A valid gold file (a cut of kakogawa) with `edit` applied to its JSON. */
function goldText(edit: (json: Record<string, any>) => void = () => {}): string {
  const json = {
    document: 'kakogawa-2021.txt',
    municipality: '加古川市',
    municipality_code: '282103',
    plan_title: '第2期加古川市まち・ひと・しごと創生総合戦略',
    goals: [{ id: 'G1', label: '基本目標1', title: '…', subtitle: null, line: 21 }],
    indicators: [
      {
        goal_id: 'G1',
        level: 'goal',
        measure: null,
        name: '出生数',
        line: 21,
        unit: '人',
        baseline: { text: '1,820人 (2019年度)', value: 1820, period_text: '2019年度', fy: 2019 },
        target: { text: '1,890人', kind: 'number', value: 1890, value_max: null, period_text: '2021~2026年度平均', fy: 2026 },
        note: null,
      },
    ],
  };
  edit(json);
  return JSON.stringify(json);
}

/** The message of the GoldError that parsing `text` throws. */
function failure(text: string): string {
  try {
    parseGold('x.gold.json', text);
  } catch (error) {
    expect(error).toBeInstanceOf(GoldError);
    return (error as Error).message;
  }
  throw new Error('parseGold accepted it');
}

describe('fieldPath', () => {
  it('writes array indices in brackets', () => {
    expect(fieldPath(['indicators', 3, 'target', 'kind'])).toBe('indicators[3].target.kind');
    expect(fieldPath([])).toBe('(root)');
  });
});

describe('parseGold', () => {
  describe('a valid file', () => {
    it('keeps what the benchmark reads', () => {
      const gold = parseGold('x.gold.json', goldText());
      expect(gold.municipality_code).toBe('282103');
      expect(gold.indicators[0]).toMatchObject({ name: '出生数', line: 21, unit: '人', baseline: { value: 1820, fy: 2019 }, target: { kind: 'number', value: 1890, value_max: null, fy: 2026 } });
    });
    it('accepts a null baseline and a null unit', () => {
      const gold = parseGold('x.gold.json', goldText((j) => Object.assign(j.indicators[0], { baseline: null, unit: null })));
      expect(gold.indicators[0]!.baseline).toBeNull();
      expect(gold.indicators[0]!.unit).toBeNull();
    });
  });
  describe('an invalid file', () => {
    it('names the file and the field', () => {
      expect(failure(goldText((j) => (j.indicators[0].target.kind = 'more')))).toMatch(/^x\.gold\.json: indicators\[0\]\.target\.kind: /);
      expect(failure(goldText((j) => (j.indicators[0].line = '21')))).toMatch(/^x\.gold\.json: indicators\[0\]\.line: /);
      expect(failure(goldText((j) => delete j.indicators[0].baseline.fy))).toMatch(/^x\.gold\.json: indicators\[0\]\.baseline\.fy: /);
    });
    it('says what a municipality code must be', () => {
      expect(failure(goldText((j) => (j.municipality_code = '28210')))).toBe('x.gold.json: municipality_code: a 6-digit municipality code');
    });
    it('says when the text is not JSON', () => {
      expect(failure('{"document": ')).toMatch(/^x\.gold\.json: not valid JSON/);
    });
  });
});

describe('readGold', () => {
  it('names a file that cannot be read by the name given', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gold-'));
    try {
      await expect(readGold(path.join(dir, 'none.gold.json'), 'corpus/none.gold.json')).rejects.toThrow(/^corpus\/none\.gold\.json: cannot be read \(ENOENT\)$/);
      await writeFile(path.join(dir, 'ok.gold.json'), goldText());
      expect((await readGold(path.join(dir, 'ok.gold.json'))).document).toBe('kakogawa-2021.txt');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
