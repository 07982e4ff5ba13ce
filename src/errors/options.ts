import { describeValue, invalid, type PathSegment } from './DealcalcError.ts';

/**
 * Reads an optional options (or arguments) object at a front door: `undefined` gives `{}`;
 * anything that is not a plain object (null, an array, a string …) is `invalid_input` at `path`.
 *
 * @throws {DealcalcError} `invalid_input` naming the argument.
 */
export function optionsObject<T extends object>(value: T | undefined, path: readonly PathSegment[] = ['options'], required = false): Partial<T> {
  if (value === undefined && !required) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const expected = required ? 'an object of named arguments' : 'an options object (or nothing)';
    return invalid([{ path, expected, received: describeValue(value), message: `expected ${expected}, received ${describeValue(value)}` }]);
  }
  return value;
}

/**
 * Checks that `value` is one of `allowed` (or undefined, for the default).
 *
 * @throws {DealcalcError} `invalid_input` listing the values accepted.
 */
export function oneOf<const T extends string>(value: unknown, allowed: readonly T[], path: readonly PathSegment[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const expected = `one of ${allowed.map((a) => `'${a}'`).join(', ')}`;
  return invalid([{ path, expected, received: describeValue(value), message: `expected ${expected}, received ${describeValue(value)}` }]);
}
