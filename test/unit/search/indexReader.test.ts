import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/buildSearchIndex';
import { IndexReader } from '../../../src/lib/search/engine/IndexReader';
import { searchRecords } from '../../../src/lib/search/searchRecords';
import { realContent } from '../../fixtures/search/realIndex';

/** The real records in the sharded (national) layout, served from memory; `failOnce` files fail on their first fetch. */
function flakyReader(failOnce: (name: string) => boolean): { open: () => Promise<IndexReader>; fetched: string[] } {
  const { files } = buildSearchIndex(realContent.municipalities, searchRecords(realContent), { blockSize: 16, shards: 32, frequent: 20 });
  const fetched: string[] = [];
  const failed = new Set<string>();
  const load = async (name: string) => {
    fetched.push(name);
    if (failOnce(name) && !failed.has(name)) {
      failed.add(name);
      throw new Error(`${name}: HTTP 503`);
    }
    return structuredClone(files.get(name));
  };
  return { open: () => IndexReader.open(load), fetched };
}

describe('IndexReader', () => {
  it('gives the same theme postings from the national layout\'s theme files as built from a single-file index', async () => {
    const records = searchRecords(realContent);
    const serve = (layout?: Parameters<typeof buildSearchIndex>[2]) => {
      const { files } = buildSearchIndex(realContent.municipalities, records, layout);
      return IndexReader.open(async (name) => structuredClone(files.get(name)));
    };
    const [single, sharded] = await Promise.all([serve(), serve({ blockSize: 16, shards: 32, frequent: 20 })]);
    for (const theme of ['childcare', 'dx', 'migration', 'decarbonization'] as const) {
      const a = [...(await single.themeOrdinals(theme))];
      expect(a.length).toBeGreaterThan(0);
      expect([...(await sharded.themeOrdinals(theme))]).toEqual(a);
    }
  });

  it('fetches a postings shard again after a failed fetch, instead of failing for good', async () => {
    const { open, fetched } = flakyReader((name) => name.includes('-p'));
    const reader = await open();
    await expect(reader.postings('移住')).rejects.toThrow(/HTTP 503/);
    const list = await reader.postings('移住');
    expect(list.length).toBeGreaterThan(0);
    expect(fetched.filter((n) => n.includes('-p'))).toHaveLength(2);
    await reader.postings('移住');
    expect(fetched.filter((n) => n.includes('-p'))).toHaveLength(2);
  });

  it('does the same for document blocks and theme postings', async () => {
    const { open } = flakyReader((name) => name.includes('-d0') || name.includes('-t0'));
    const reader = await open();
    await expect(reader.docs([0])).rejects.toThrow(/HTTP 503/);
    expect((await reader.docs([0])).get(0)?.[4]).toBeTypeOf('string');
    await expect(reader.themeOrdinals('childcare')).rejects.toThrow(/HTTP 503/);
    expect((await reader.themeOrdinals('childcare')).length).toBeGreaterThan(0);
  });
});
