import { describe, expect, it } from 'vitest';
import { townHrefs } from '../../../src/components/picker/client/townHrefs';
import type { PickerTown } from '../../../src/lib/towns/townsFile';

const town = (code: string, romaji: string, hasData: boolean): PickerTown => ({ code, name: '', kana: '', romaji, population: 1, hasData, prefecture: code.slice(0, 2) });

describe('townHrefs', () => {
  it('leads a town with data to its page and its prefecture page', () => {
    expect(townHrefs(town('012360', 'hokuto', true), '/en/cities/', '/en/prefectures/', new Set(['01']))).toEqual({ city: '/en/cities/012360-hokuto/', prefecture: '/en/prefectures/01/' });
  });

  it('gives a town without data no page, and its prefecture’s row in the list when the prefecture has no page', () => {
    expect(townHrefs(town('012025', 'hakodate', false), '/cities/', '/prefectures/', new Set(['01']))).toEqual({ city: null, prefecture: '/prefectures/01/' });
    expect(townHrefs(town('392014', 'kouchi', false), '/cities/', '/prefectures/', new Set(['01']))).toEqual({ city: null, prefecture: '/prefectures/#pref-39' });
  });
});
