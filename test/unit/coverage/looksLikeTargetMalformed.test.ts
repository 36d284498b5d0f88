import { describe, expect, it } from 'vitest';
import { looksLikeTarget } from '../../../scripts/ingest/coverage/looksLikeTarget';

describe('looksLikeTarget on a malformed number', () => {
  // test/gold/towns/urakawa-2016.txt line 8 prints 4億3,0000万円 (a misplaced comma); line 35 is cut at `4,0`.
  it('flags the line for a person to read instead of throwing, so one bad cell never loses a document', () => {
    expect(looksLikeTarget('いちご生産額:2億396万円 → 4億3,0000万円')).toBe(true);
    expect(looksLikeTarget('① 合宿入込数:2,635人/年 → 4,0')).toBe(true);
  });
  it('still reads a malformed number with no target word as no target', () => {
    expect(looksLikeTarget('売上 4億3,0000万円')).toBe(false);
  });
});
