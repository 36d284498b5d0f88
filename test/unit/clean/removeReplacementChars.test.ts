import { describe, expect, it } from 'vitest';
import { removeReplacementChars } from '../../../scripts/ingest/clean/removeReplacementChars';

describe('removeReplacementChars', () => {
  describe('with a replacement character at the end (000:135)', () => {
    it('drops it', () => {
      expect(removeReplacementChars('に\uFFFD')).toBe('に');
    });
  });

  describe('with replacement characters inside doubled text (000:750)', () => {
    it('drops every one', () => {
      expect(removeReplacementChars('◦◦\uFFFD市内事業者の求人活動や事業承継の準備\uFFFD市内事業者の求人活動や事業承継の準備')).toBe(
        '◦◦市内事業者の求人活動や事業承継の準備市内事業者の求人活動や事業承継の準備',
      );
    });
  });

  describe('without any', () => {
    it('returns the line unchanged', () => {
      expect(removeReplacementChars('業務マネジメント』')).toBe('業務マネジメント』');
    });
  });
});
