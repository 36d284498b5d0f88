import { describe, expect, it } from 'vitest';
import { coveredPrefectures } from '../../../src/lib/towns/coveredPrefectures';

// content/municipalities.json: 芦別市 012165 and 北斗市 012360 (北海道), 北上市 032069 (岩手県), 北本市 112330 (埼玉県).
const SITE = [{ code: '032069' }, { code: '012165' }, { code: '112330' }, { code: '012360' }];

describe('coveredPrefectures', () => {
  const covered = coveredPrefectures(SITE);
  it('gives the prefectures with towns, in code order', () => {
    expect(covered.map((c) => [c.prefecture.code, c.prefecture.name])).toEqual([
      ['01', '北海道'],
      ['03', '岩手県'],
      ['11', '埼玉県'],
    ]);
  });
  it('keeps each prefecture’s towns in the order given', () => {
    expect(covered[0]?.municipalities.map((m) => m.code)).toEqual(['012165', '012360']);
  });
  it('gives none without towns', () => {
    expect(coveredPrefectures([])).toEqual([]);
  });
});
