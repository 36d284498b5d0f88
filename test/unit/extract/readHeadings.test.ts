import { describe, expect, it } from 'vitest';
import { readBlockWord, readGoalHead, readMeasureHead, undecorated } from '../../../scripts/ingest/extract/readHeadings';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const tokens = (text: string) => tokenizeDocument(toSourceDoc('headings.txt', text, 'UTF8'));
const goal = (text: string) => readGoalHead(tokens(text), 0);
const measure = (text: string) => readMeasureHead(tokens(text), 0);

describe('undecorated', () => {
  it('drops heading decorations', () => {
    expect(undecorated('■基本目標1')).toBe('基本目標1');
    expect(undecorated('<数値目標>')).toBe('数値目標');
    expect(undecorated('【基本目標 2】')).toBe('基本目標2');
  });
});

describe('readGoalHead', () => {
  describe('a goal word with its number', () => {
    it('reads `基本目標1 しごとをつくる` with the title in the next token', () => {
      expect(goal('基本目標1 しごとをつくる')).toEqual({ kind: 'basic', word: '基本目標', number: 1, inlineTitle: '', used: 1 });
    });
    it('reads a title written in the same token', () => {
      expect(goal('基本目標1:若い世代の希望をかなえる')).toMatchObject({ number: 1, inlineTitle: '若い世代の希望をかなえる' });
    });
    it('reads `目標1 子育て不安の解消` (fuchu)', () => {
      expect(goal('目標1 子育て不安の解消')).toMatchObject({ kind: 'basic', word: '目標', number: 1 });
    });
    it('reads a chapter `1章`', () => {
      expect(goal('1章 まちづくり')).toMatchObject({ kind: 'basic', word: '章', number: 1 });
    });
    it('prefers the longest goal word (最重点基本目標)', () => {
      expect(goal('最重点基本目標 人口減少の克服')).toMatchObject({ kind: 'top-priority', word: '最重点基本目標', number: null });
    });
  });
  describe('decorated headings', () => {
    it('reads `■基本目標1`', () => {
      expect(goal('■基本目標1 しごとをつくる')).toMatchObject({ kind: 'basic', number: 1 });
    });
    it('reads `【基本目標2】`', () => {
      expect(goal('【基本目標2】 ひとの流れをつくる')).toMatchObject({ kind: 'basic', number: 2 });
    });
    it('reads a circled number and the title after the closing bracket (`〈基本目標①〉まちに…`, a results report)', () => {
      expect(goal('〈基本目標①〉まちに安定した雇用をつくる')).toMatchObject({ kind: 'basic', number: 1, inlineTitle: 'まちに安定した雇用をつくる' });
    });
  });
  describe('the number as a separate token', () => {
    it('reads `基本目標 1` using two tokens', () => {
      expect(goal('基本目標 1 しごとをつくる')).toMatchObject({ kind: 'basic', number: 1, used: 2 });
    });
    it('does not take a number from the next line', () => {
      expect(goal('基本目標\n1')).toBeNull();
    });
  });
  describe('a numbered project', () => {
    it('reads `1 子育て寄り添いプロジェクト`', () => {
      expect(goal('1 子育て寄り添いプロジェクト')).toMatchObject({ kind: 'project', number: 1, word: 'プロジェクト' });
    });
    it('reads a number alone on its line with the project title on the next (004 lines 128–130)', () => {
      expect(goal('3\n\n地域をつくる文化・芸術・スポーツプロジェクト')).toMatchObject({ kind: 'project', number: 3, inlineTitle: '' });
    });
    it('takes no number alone before a line that names no project', () => {
      expect(goal('3\n\n地域をつくる文化・芸術・スポーツ')).toBeNull();
    });
  });
  describe('not a heading', () => {
    it('rejects bullets', () => {
      expect(goal('・基本目標1 しごとをつくる')).toBeNull();
      expect(goal('●基本目標1 しごとをつくる')).toBeNull();
    });
    it('rejects column and value words (目標値, 目標数値)', () => {
      expect(goal('目標値 90万人')).toBeNull();
      expect(goal('目標数値 200人')).toBeNull();
    });
    it('rejects a basic goal word with no number', () => {
      expect(goal('基本目標 しごとをつくる')).toBeNull();
    });
  });
});

describe('readBlockWord', () => {
  describe('goal blocks', () => {
    it.each(['■ 数値目標', '数値目標', '<数値目標>', '基本目標指標', '成果指標'])('reads %s as goal', (text) => {
      expect(readBlockWord(text)).toBe('goal');
    });
  });
  describe('measure blocks', () => {
    it.each(['重要業績評価指標(KPI)', 'KPI', '<KPI>', '施策の指標'])('reads %s as measure', (text) => {
      expect(readBlockWord(text)).toBe('measure');
    });
  });
  describe('a bracketed heading that ends with the block word', () => {
    it('reads `《具体的な取組み内容と事業名及び事業ごとの重要業績評価指標(KPI)》` as measure', () => {
      expect(readBlockWord('《具体的な取組み内容と事業名及び事業ごとの重要業績評価指標(KPI)》')).toBe('measure');
      expect(readBlockWord('【施策ごとの重要業績評価指標】')).toBe('measure');
    });
    it('is null for the same words without brackets', () => {
      expect(readBlockWord('具体的な取組み内容と事業名及び事業ごとの重要業績評価指標(KPI)')).toBeNull();
    });
  });
  describe('other text', () => {
    it('is null for bullets, names and longer phrases', () => {
      expect(readBlockWord('・数値目標')).toBeNull();
      expect(readBlockWord('出生数')).toBeNull();
      expect(readBlockWord('数値目標の設定について')).toBeNull();
    });
  });
});

describe('readMeasureHead', () => {
  describe('numbered headings', () => {
    it('reads `(1) title` using the next token', () => {
      expect(measure('(1) 安全・安心なまちをつくる')).toEqual({ label: '(1)', title: '安全・安心なまちをつくる', used: 2 });
    });
    it('reads `(1)title` in one token', () => {
      expect(measure('(1)安全・安心なまちをつくる')).toEqual({ label: '(1)', title: '安全・安心なまちをつくる', used: 1 });
    });
    it('reads circled numbers and `2.`', () => {
      expect(measure('①子育て・就学前教育')).toMatchObject({ label: '①', title: '子育て・就学前教育' });
      expect(measure('2.U/Iターン促進事業')).toMatchObject({ label: '2.', title: 'U/Iターン促進事業' });
    });
  });
  describe('not a measure heading', () => {
    it('rejects a decimal', () => {
      expect(measure('2.5%')).toBeNull();
    });
    it('rejects a sentence', () => {
      expect(measure('(1) 地域の産業を支援します。')).toBeNull();
    });
    it('rejects a number after the label', () => {
      expect(measure('(1) 100人')).toBeNull();
    });
    it('rejects a bullet line', () => {
      expect(measure('・観光入込客数\t⇒\t現状値 (H30)\t76 万人\t目標数値\t90 万人')).toBeNull();
    });
  });
});
