import { describe, expect, it } from 'vitest';
import { splitStatement, splitStatements, stripBullet } from '../../../scripts/ingest/structure/splitStatement';

describe('splitStatement', () => {
  describe('narrative KPI lines (001, 名称 ⇒ 現状値 … 目標数値 …)', () => {
    it('splits name, baseline with its period, and target', () => {
      expect(splitStatement('・観光入込客数\t⇒\t現状値(H30)\t76万人\t目標数値\t90万人')).toEqual({
        name: '観光入込客数',
        baseline: '(H30) 76万人',
        target: '90万人',
      });
    });
    it('keeps a target with no baseline', () => {
      expect(splitStatement('- ・外国人技能実習生受入数 ⇒ 目標数値 450人')).toEqual({ name: '外国人技能実習生受入数', baseline: null, target: '450人' });
    });
    it('takes the whole text after the arrow as a qualitative target when it has no keyword', () => {
      expect(splitStatement('・関係人口 ⇒ 具体的数値項目を定義し、増加を図る')).toEqual({
        name: '関係人口',
        baseline: null,
        target: '具体的数値項目を定義し、増加を図る',
      });
    });
  });
  describe('goal-level lines without an arrow (001 ■ 数値目標)', () => {
    it('ends the name at the first value keyword', () => {
      expect(splitStatement('住民基本台帳人口 現状値(H30) 46,302人 目標値 44,200人')).toEqual({
        name: '住民基本台帳人口',
        baseline: '(H30) 46,302人',
        target: '44,200人',
      });
    });
  });
  describe('leaflet lines (000, 名称:現状→目標)', () => {
    it('reads the baseline between the colon and the arrow', () => {
      expect(splitStatement('出生数:187人(令和5年)→200～220人(令和11年)')).toEqual({
        name: '出生数',
        baseline: '187人(令和5年)',
        target: '200～220人(令和11年)',
      });
    });
  });
  describe('text that is not a statement', () => {
    it('returns null', () => {
      expect(splitStatement('施策の展開')).toBeNull();
    });
  });
});

describe('splitStatements', () => {
  it('splits two statements flattened onto one line (001 line 530)', () => {
    expect(splitStatements('・ 出会いの場創出イベント参加者数 ⇒ 目標数値 100人・ 結婚率 ⇒ 現状値(H30) 3.6‰ 目標数値 北海道水準(H29) 4.5‰')).toEqual([
      '・ 出会いの場創出イベント参加者数 ⇒ 目標数値 100人',
      '結婚率 ⇒ 現状値(H30) 3.6‰ 目標数値 北海道水準(H29) 4.5‰',
    ]);
  });
  it('leaves a middle dot inside a name alone', () => {
    expect(splitStatements('・ 醸造用ブドウ栽培戸数・面積 ⇒ 現状値(R1)2戸10.6ha 目標数値4戸32.3ha')).toHaveLength(1);
  });
});

describe('stripBullet', () => {
  it('removes dashes and bullets PDF extraction left', () => {
    expect(stripBullet(' - ・ 町内会加入率')).toBe('町内会加入率');
  });
});
