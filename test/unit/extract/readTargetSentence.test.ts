/**
 * A 数値目標 stated as the sentence of an aim, right after the block word (大崎町,
 * test/gold/towns/osaki-2016.txt line 3: `《数値目標》 5年間で 100 人の雇用の創出を図ります。(平成 27 年度 13 人)`).
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readTargetSentence } from '../../../scripts/ingest/extract/readTargetSentence';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

describe('readTargetSentence', () => {
  describe('a quantity, の, the name, を and a verb of aiming', () => {
    it('reads `5年間で 100 人の雇用の創出を図ります。` as 雇用の創出, 100人 over five years', () => {
      expect(readTargetSentence('5年間で 100 人の雇用の創出を図ります。')).toMatchObject({
        name: '雇用の創出',
        target: { kind: 'number', value: 100, unit: '人', years: 5 },
      });
    });
    it('reads `年間300人の移住者の受け入れを目指します。`', () => {
      expect(readTargetSentence('年間300人の移住者の受け入れを目指します。')).toMatchObject({ name: '移住者の受け入れ', target: { value: 300, unit: '人' } });
    });
  });
  describe('other sentences', () => {
    it('is null for an aim with no quantity before it', () => {
      expect(readTargetSentence('地域の実情に応じた手段を組み合わせて公共交通ネットワークの充実を図ります。')).toBeNull();
    });
    it('is null for a quantity with no verb of aiming', () => {
      expect(readTargetSentence('5年間で100人の雇用が生まれました。')).toBeNull();
    });
  });
});

describe('a target sentence after a goal block word', () => {
  const read = (...lines: string[]) => extractRecords(toSourceDoc('town.txt', lines.join('\n'), 'UTF8')).indicators;
  it('is a goal-level indicator of the goal above, on a page of its own line', () => {
    expect(read('基本目標1 まちに安定した雇用をつくる', '■数値目標', '5年間で100人の雇用の創出を図ります。').map((i) => [i.line, i.level, i.goalKey, i.name, i.target.value])).toEqual([
      [3, 'goal', 'basic-1', '雇用の創出', 100],
    ]);
  });
  it('is not read from a sentence that does not follow a block word', () => {
    expect(read('基本目標1 まちに安定した雇用をつくる', '5年間で100人の雇用の創出を図ります。')).toEqual([]);
  });
});
