import { describe, expect, it } from 'vitest';
import { formatCitation, formatLines } from '../../../src/lib/citation';
import { newIssueUrl } from '../../../src/lib/newIssueUrl';

describe('formatLines', () => {
  it('names one line or a range', () => {
    expect(formatLines({ line: 214 }, 'ja')).toBe('214行目');
    expect(formatLines({ line: 767, lineEnd: 769 }, 'ja')).toBe('767〜769行目');
    expect(formatLines({ line: 767, lineEnd: 769 }, 'en')).toBe('lines 767–769');
  });

  it('starts a range at the values printed above their name (鯖江市: values 14–26 lines before the name)', () => {
    expect(formatLines({ lineStart: 101, line: 118 }, 'ja')).toBe('101〜118行目');
  });

  it('treats a range of one line as one line', () => {
    expect(formatLines({ line: 12, lineEnd: 12 }, 'en')).toBe('line 12');
  });
});

describe('formatCitation', () => {
  const parts = {
    city: '北斗市',
    document: '第2期北斗市まち・ひと・しごと創生総合戦略',
    source: { line: 214 },
    url: 'https://example.org/sources/001_c90401aa62130a51/#L214',
    dataVersion: '0.1.0',
  };

  it('names city, document, line, data version and URL', () => {
    expect(formatCitation(parts, 'ja')).toBe(
      '北斗市「第2期北斗市まち・ひと・しごと創生総合戦略」214行目（まちくらべ データ版 0.1.0）https://example.org/sources/001_c90401aa62130a51/#L214',
    );
  });

  it('reads as an English citation', () => {
    expect(formatCitation({ ...parts, city: 'Hokuto City' }, 'en')).toBe(
      'Hokuto City, “第2期北斗市まち・ひと・しごと創生総合戦略”, line 214. Machikurabe, data version 0.1.0. https://example.org/sources/001_c90401aa62130a51/#L214',
    );
  });
});

describe('newIssueUrl', () => {
  it('opens the new-issue form with title and body encoded', () => {
    const url = new URL(newIssueUrl('https://github.com/machikurabe/machikurabe/', '訂正: 北斗市', 'a & b\nc'));
    expect(url.origin + url.pathname).toBe('https://github.com/machikurabe/machikurabe/issues/new');
    expect(url.searchParams.get('title')).toBe('訂正: 北斗市');
    expect(url.searchParams.get('body')).toBe('a & b\nc');
  });
});
