import { describe, expect, it } from 'vitest';
import { stripHtmlTags } from '../../../scripts/ingest/clean/stripHtmlTags';

describe('stripHtmlTags', () => {
  describe('with paragraph tags around a table cell (001:675)', () => {
    it('replaces each tag by one space and keeps the TABs', () => {
      expect(stripHtmlTags('(1) 地域コミュニティの充実と市民協働\t <p>16 平和と公正をすべての人に</p>\t地域力の強化')).toBe(
        '(1) 地域コミュニティの充実と市民協働\t  16 平和と公正をすべての人に \t地域力の強化',
      );
    });
  });

  describe('with a list opening tag that has attributes (001:579)', () => {
    it('removes the whole tag, attributes included', () => {
      expect(stripHtmlTags('<ul style="list-style-type: none"> ・年齢や性別')).toBe('  ・年齢や性別');
    });
  });

  describe('with <ol>, <li> and <br> tags', () => {
    it('replaces each of them', () => {
      expect(stripHtmlTags('<ol style="list-style-type: none"><li>(1) 高齢者</li><br></ol>')).toBe('  (1) 高齢者   ');
    });
  });

  describe('without tags (004:40)', () => {
    it('returns the line unchanged', () => {
      const line = '1\t子育て環境の充実度（子育て環境は充実していて安心して育児ができると思う率）\t64.1%\t65%';
      expect(stripHtmlTags(line)).toBe(line);
    });
  });

  describe('with a comparison sign that is no tag', () => {
    it('leaves it', () => {
      expect(stripHtmlTags('a < b > c')).toBe('a < b > c');
    });
  });
});
