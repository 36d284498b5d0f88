import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/eval/parseArgs';

describe('parseArgs', () => {
  it('defaults to both suites, tables, no details', () => {
    expect(parseArgs([])).toEqual({ folder: null, json: false, verbose: false, help: false });
  });
  it('reads a folder and the flags in any order', () => {
    expect(parseArgs(['-v', 'corpus', '--json'])).toEqual({ folder: 'corpus', json: true, verbose: true, help: false });
    expect(parseArgs(['--verbose'])).toMatchObject({ verbose: true });
  });
  it('refuses an unknown option and a second folder', () => {
    expect(parseArgs(['--jsn'])).toBe('unknown option --jsn');
    expect(parseArgs(['a', 'b'])).toBe('one folder only (got a and b)');
  });
});
