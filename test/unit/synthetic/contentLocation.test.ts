import { describe, expect, it } from 'vitest';
import { contentFile, contentLocation } from '../../../src/core/contentLocation';

describe('contentLocation', () => {
  describe('without MACHIKURABE_CONTENT', () => {
    it('reads content/ and its sources from the repository', () => {
      expect(contentLocation({}, '/repo')).toEqual({ dir: 'content', committed: true, sourceRoot: '/repo', cacheDir: undefined });
    });
  });
  describe('with MACHIKURABE_CONTENT', () => {
    it('reads the folder, its sources and its own cache from it', () => {
      expect(contentLocation({ MACHIKURABE_CONTENT: 'tmp/national' }, '/repo')).toEqual({
        dir: 'tmp/national',
        committed: false,
        sourceRoot: '/repo/tmp/national',
        cacheDir: '/repo/tmp/national/.astro-cache',
      });
    });
    it('treats ./content as the committed folder', () => {
      expect(contentLocation({ MACHIKURABE_CONTENT: './content/' }, '/repo').committed).toBe(true);
    });
    it('names its files', () => {
      expect(contentFile('plans.json', contentLocation({ MACHIKURABE_CONTENT: 'tmp/national' }, '/repo'))).toBe('tmp/national/plans.json');
    });
  });
});
