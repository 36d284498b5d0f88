import { describe, expect, it } from 'vitest';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('RecognizeError', () => {
  describe('when constructed', () => {
    const error = new RecognizeError({ expected: 'a number like 1,234', found: '1,,000人' });

    it('keeps what was expected and what was found', () => {
      expect(error.expected).toBe('a number like 1,234');
      expect(error.found).toBe('1,,000人');
    });

    it('is an Error with a readable message', () => {
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('RecognizeError');
      expect(error.message).toBe('expected a number like 1,234, found "1,,000人"');
    });
  });
});
