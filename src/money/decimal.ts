import { Decimal as DecimalJs } from 'decimal.js';
import {
  argumentName,
  describeValue,
  invalidAt,
  limitExceeded,
  notComputable,
  type PathSegment,
} from '../errors/DealcalcError.ts';

/**
 * dealcalc's private Decimal constructor: 64 significant digits (well above the 34 of IEEE
 * decimal128), half-even rounding inside operations, plain (non-exponential) `toString`
 * across the whole accepted range. With inputs below 1e30 and at most 30 decimal places,
 * every sum of up to 10,000 amounts needs at most 64 digits, so sums are exact. The global `Decimal` of decimal.js is never configured,
 * so an application's own `Decimal.set` cannot change our answers and ours cannot change its.
 *
 * Internal: public functions accept {@link DecimalInput} and return `Decimal` instances
 * made by this constructor.
 */
export const D = /* @__PURE__ */ DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
});

/** An exact decimal value (a decimal.js instance). Serialises to a plain decimal string. */
export type Decimal = DecimalJs;

/**
 * What dealcalc accepts where a number is expected: a decimal string (`'25000000000'`,
 * `'0.045'`, `'-1.5e3'`), a Decimal, a bigint, or a finite JS number (read as its shortest
 * decimal text, so `0.1` is exactly `'0.1'`).
 */
export type DecimalInput = string | number | bigint | DecimalJs;

/** Significant digits carried by every computation. */
export const PRECISION = 64;

/**
 * Largest magnitude accepted from text and numbers: 1e30. Pledges reach 1e15 even in won;
 * the headroom keeps sums exact at {@link PRECISION} digits.
 */
export const MAX_MAGNITUDE = /* @__PURE__ */ new D('1e30');

/** Smallest non-zero magnitude accepted from text and numbers: 1e-30. */
export const MIN_MAGNITUDE = /* @__PURE__ */ new D('1e-30');

/** Decimal text as `decimal` reads it (after trimming and removing `_`). Internal. */
export const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Options of {@link decimal}. */
export interface DecimalOptions {
  /** Path of the value in the caller's input (`['rates', 2]`), put in the error's issues and message. Default: the root. */
  readonly path?: readonly PathSegment[];
}

/**
 * Reads any {@link DecimalInput} as an exact Decimal.
 *
 * Text, numbers and bigints must lie within 1e-30 ≤ |x| ≤ 1e30 (or be zero), so that `'1e400'`
 * is caught at the door. Decimals are taken as they are (only NaN and ±Infinity are refused),
 * so results of dealcalc's own computations can always be passed back in.
 *
 * @throws {DealcalcError} `invalid_input` for NaN, ±Infinity, empty or non-numeric text;
 *   `limit_exceeded` for text or numbers of magnitude above 1e30 or non-zero below 1e-30.
 *
 * @example
 * decimal('0.1').plus(decimal(0.2)).toString() //=> '0.3'
 */
export function decimal(input: DecimalInput, options?: DecimalOptions): Decimal {
  const path = options?.path ?? [];
  const value = readDecimal(input, path);
  if (!DecimalJs.isDecimal(input) && !inRange(value)) outOfRange(path, input, value);
  // Text such as "1e-99999999999999999999" underflows to zero inside decimal.js: it is not zero.
  if (value.isZero() && typeof input === 'string' && /[1-9]/.test(input.split(/e/i)[0] ?? '')) outOfRange(path, input);
  // decimal.js keeps the sign of zero; -0 would count as negative in sign checks.
  return value.isZero() ? new D(0) : value;
}

function readDecimal(input: unknown, path: readonly PathSegment[]): Decimal {
  if (typeof input === 'string') {
    const text = input.trim().replace(/_/g, '');
    if (DECIMAL_TEXT.test(text)) return new D(text);
  } else if (typeof input === 'number') {
    if (Number.isFinite(input)) return new D(String(input));
  } else if (typeof input === 'bigint') return new D(input.toString());
  else if (DecimalJs.isDecimal(input) && input.isFinite()) return new D(input);
  return invalidAt(path, 'a finite decimal (a decimal string, Decimal, bigint or finite number)', input);
}

/**
 * True when `value` is 0 or of magnitude from 1e-30 to 1e30: what text and numbers may hold, so
 * that whatever dealcalc writes to JSON it can read back.
 */
export function inRange(value: Decimal): boolean {
  const magnitude = value.abs();
  return magnitude.isZero() || (magnitude.lte(MAX_MAGNITUDE) && magnitude.gte(MIN_MAGNITUDE));
}

function outOfRange(path: readonly PathSegment[], input: unknown, value?: Decimal): never {
  const received = describeValue(typeof input === 'number' || typeof input === 'string' ? input : String(value));
  return limitExceeded(path, '1e30', 'a magnitude between 1e-30 and 1e30 (or zero)', received, argumentName(path));
}

/**
 * True for a Decimal of any decimal.js constructor (ours, the global one, or another clone).
 *
 * @example
 * isDecimal(decimal('1')) //=> true
 * isDecimal('1')          //=> false
 */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/**
 * Canonical machine text of a Decimal: plain notation, no exponent, no trailing zeros,
 * and never `-0`. This is how decimals travel in JSON.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a finite Decimal.
 *
 * @example
 * toPlainString(decimal('2.50e10')) //=> '25000000000'
 */
export function toPlainString(value: Decimal): string {
  if (!DecimalJs.isDecimal(value) || !value.isFinite()) return invalidAt(['value'], 'a finite Decimal', value);
  return value.isZero() ? '0' : value.toFixed();
}

/**
 * Sum of decimals (0 for none), at {@link PRECISION} digits: exact for amounts below 1e30 with
 * at most 30 decimal places. {@link exactSum} is exact for any decimals.
 */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = new D(0);
  for (const value of values) total = total.plus(value);
  return total;
}

// A finite decimal as an integer coefficient and a power of ten: value = coefficient × 10^exponent.
// decimal.js keeps `d` (base-1e7 digit groups aligned to the decimal point) and `e`; read them
// straight (as money/scaled.ts does), without going through text.
function scaled(value: Decimal): { coefficient: bigint; exponent: number } {
  if (value.isZero()) return { coefficient: 0n, exponent: 0 };
  const words = value.d;
  let c = BigInt(words[0]!);
  for (let i = 1; i < words.length; i += 1) c = c * 10_000_000n + BigInt(words[i]!);
  const exponent = 7 * (Math.floor(value.e / 7) - (words.length - 1));
  return { coefficient: value.isNeg() ? -c : c, exponent };
}

function fromScaled(coefficient: bigint, exponent: number): Decimal {
  // The constructor keeps every digit it is given: nothing is rounded here.
  return new D(`${coefficient.toString()}e${exponent}`);
}

/**
 * Exact product of two decimals: every digit is kept, however many. Used where money is
 * multiplied by a factor (scaling a schedule, converting currency) so that totals are conserved.
 */
export function exactTimes(a: Decimal, b: Decimal): Decimal {
  if (a.isZero() || b.isZero()) return new D(0);
  const x = scaled(a);
  const y = scaled(b);
  return fromScaled(x.coefficient * y.coefficient, x.exponent + y.exponent);
}

/**
 * Exact sum of decimals of any length (0 for none): every digit is kept, however many. Used to
 * add exact products (amounts converted at a many-digit rate, scaled schedules).
 */
export function exactSum(values: Iterable<Decimal>): Decimal {
  const parts = [...values].filter((v) => !v.isZero()).map(scaled);
  if (parts.length === 0) return new D(0);
  let exponent = parts[0]!.exponent;
  for (const p of parts) if (p.exponent < exponent) exponent = p.exponent;
  let coefficient = 0n;
  for (const p of parts)
    coefficient += p.exponent === exponent ? p.coefficient : p.coefficient * 10n ** BigInt(p.exponent - exponent);
  return coefficient === 0n ? new D(0) : fromScaled(coefficient, exponent);
}

/**
 * Returns `value` when it is finite; otherwise throws `not_computable` (decimal.js overflows to
 * ±Infinity past 10^9e15 and has NaN): results are never NaN or Infinity.
 *
 * @throws {DealcalcError} `not_computable` with `reason`.
 */
export function finite(value: Decimal, reason: string): Decimal {
  return value.isFinite() ? value : notComputable(reason);
}
