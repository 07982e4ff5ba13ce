import { argumentName, invalidAs, invalidAt, limitExceeded, type PathSegment } from '../errors/DealcalcError.ts';

export interface WholeNumberOptions {
  /** Argument name or JSON path, for error messages. */
  readonly path: readonly PathSegment[];
  /** Smallest value accepted (inclusive). */
  readonly min: number;
  /** Largest value accepted (inclusive); larger values are `limit_exceeded`. */
  readonly max: number;
}

/**
 * Reads a whole number (a count or a period) from a JS integer, a bigint, or integer text.
 * Nothing is rounded: `2.5` is an error, not 2 or 3.
 *
 * @throws {DealcalcError} `invalid_input` for non-integers and values below `min`;
 *   `limit_exceeded` for values above `max`.
 */
export function wholeNumber(input: unknown, options: WholeNumberOptions): number {
  const { path, min, max } = options;
  let value: number | undefined;
  if (typeof input === 'number' && Number.isSafeInteger(input)) value = input === 0 ? 0 : input;
  else if (
    typeof input === 'bigint' &&
    input >= BigInt(Number.MIN_SAFE_INTEGER) &&
    input <= BigInt(Number.MAX_SAFE_INTEGER)
  )
    value = Number(input);
  else if (typeof input === 'string' && /^\s*[+-]?\d{1,15}\s*$/.test(input)) value = Number.parseInt(input, 10);
  const expected = `a whole number from ${min} to ${max}`;
  if (value === undefined) {
    if (typeof input === 'number' && Number.isInteger(input)) return tooLarge(path, max, input);
    return invalidAt(path, expected, input);
  }
  if (value < min) return invalidAs(path, expected, String(value));
  if (value > max) return tooLarge(path, max, value);
  return value;
}

function tooLarge(path: readonly PathSegment[], max: number, value: number): never {
  return limitExceeded(path, max, `at most ${max}`, String(value), argumentName(path));
}
