import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../scripts/eval/normalizeName';

describe('normalizeName', () => {
  describe('list markers', () => {
    it('drops a circled number and the space after it', () => {
      expect(normalizeName('① 待機児童')).toBe('待機児童');
    });
    it('drops markers stacked at the start (・①)', () => {
      expect(normalizeName('・①待機児童')).toBe('待機児童');
    });
    it('drops katakana and parenthesized numbers (ア. / （１）)', () => {
      expect(normalizeName('ア. 子育て相談件数')).toBe('子育て相談件数');
      expect(normalizeName('（１）ＢＭＩが標準の人の割合')).toBe('BMIが標準の人の割合');
    });
    it('keeps a number that starts the name itself', () => {
      expect(normalizeName('1日に30分以上歩く人の割合')).toBe('1日に30分以上歩く人の割合');
      expect(normalizeName('30人学級講師授業時間数')).toBe('30人学級講師授業時間数');
    });
    it('keeps a parenthesized word that starts the name (mima)', () => {
      expect(normalizeName('(幼稚園教諭の)保育士資格取得')).toBe('(幼稚園教諭の)保育士資格取得');
    });
  });
  describe('spaces, reference marks and width', () => {
    it('removes PDF spaces and ※ (kakogawa 刑法犯罪 発生件数, 転出超過数※)', () => {
      expect(normalizeName('刑法犯罪 発生件数')).toBe('刑法犯罪発生件数');
      expect(normalizeName('転出超過数※')).toBe('転出超過数');
      expect(normalizeName('コミュニティ交通※1の利用者数')).toBe('コミュニティ交通の利用者数');
    });
    it('folds full-width parentheses and ideographic spaces with NFKC', () => {
      expect(normalizeName('子育てを楽しいと感じる保護者の割合　（就学前児童）')).toBe('子育てを楽しいと感じる保護者の割合(就学前児童)');
    });
  });
});
