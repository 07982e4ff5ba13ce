import { invalidAt, type PathSegment } from './DealcalcError.ts';

/**
 * Reads an optional options (or arguments) object at a front door: `undefined` gives `{}`;
 * anything that is not a plain object (null, an array, a string …) is `invalid_input` at `path`.
 *
 * @throws {DealcalcError} `invalid_input` naming the argument.
 */
export function optionsObject<T extends object>(
  value: T | undefined,
  path: readonly PathSegment[] = ['options'],
  required = false,
): Partial<T> {
  if (value === undefined && !required) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return invalidAt(path, required ? 'an object of named arguments' : 'an options object (or nothing)', value);
  return value;
}

/**
 * Checks that `value` is one of `allowed` (or undefined, for the default).
 *
 * @throws {DealcalcError} `invalid_input` listing the values accepted.
 */
export function oneOf<const T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: readonly PathSegment[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return invalidAt(path, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
}

/**
 * Reads a choice of two: `first` when `value` is undefined, else `value` if it is `first` or
 * `second`.
 *
 * @throws {DealcalcError} `invalid_input` at `path`: "expected 'first' or 'second', received …".
 */
export function eitherOf<const A extends string, const B extends string>(
  value: unknown,
  first: A,
  second: B,
  path: readonly PathSegment[],
): A | B {
  return value === undefined || value === first || value === second
    ? ((value ?? first) as A | B)
    : invalidAt(path, `'${first}' or '${second}'`, value);
}
