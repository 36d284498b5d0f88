/**
 * Thrown when a text clearly tries to be a number, a year or a period but is malformed; the caller
 * adds the file and line. `new RecognizeError({ expected: 'a number like 1,234', found: '1,,000人' })`.
 */
export class RecognizeError extends Error {
  /** What was expected, in English (`a number like 1,234 or 12.5 with an optional unit`). */
  readonly expected: string;
  /** The offending text as it was read. */
  readonly found: string;

  constructor({ expected, found }: { expected: string; found: string }) {
    super(`expected ${expected}, found "${found}"`);
    this.name = 'RecognizeError';
    this.expected = expected;
    this.found = found;
  }
}
