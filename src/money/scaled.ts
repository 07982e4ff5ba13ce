import type { PathSegment } from '../errors/DealcalcError.ts';
import { D, DECIMAL_TEXT, decimal, PRECISION, type Decimal, type DecimalInput } from './decimal.ts';

// The bridge between Decimals and scaled integers (coefficient × 10^exponent as a bigint and a
// whole number). The numeric kernels compute on bigints, which are exact and an order of
// magnitude faster than decimal.js for the multiply-adds of discounting; values enter and leave
// them here. decimal.js keeps a value as `s` (sign), `e` (base-10 exponent of the leading
// digit) and `d` (base-1e7 digit groups aligned to the decimal point); its typings declare them.

const LOG_BASE = 7;
/** Zero, shared: Decimals are never changed in place. */
const ZERO = /* @__PURE__ */ new D(0);

/** An exact value: `coefficient × 10^exponent`. */
export interface Scaled {
  readonly coefficient: bigint;
  readonly exponent: number;
}

/** The exact scaled integer of a finite Decimal. */
export function scaledOf(value: Decimal): Scaled {
  const words = value.d;
  if (value.isZero()) return { coefficient: 0n, exponent: 0 };
  let c: bigint;
  if (words.length <= 2)
    c = BigInt(words.length === 1 ? words[0]! : words[0]! * 1e7 + words[1]!); // < 1e14: exact
  else {
    // One parse of the digit groups, each padded to its 7 digits.
    let text = String(words[0]!);
    for (let i = 1; i < words.length; i += 1) text += String(words[i]!).padStart(LOG_BASE, '0');
    c = BigInt(text);
  }
  const wordExponent = Math.floor(value.e / LOG_BASE);
  return { coefficient: value.s < 0 ? -c : c, exponent: LOG_BASE * (wordExponent - (words.length - 1)) };
}

/**
 * Reads a {@link DecimalInput} straight into a scaled integer, with exactly the checks and
 * errors of `decimal` (finite; text, numbers and bigints within 1e-30 ≤ |x| ≤ 1e30 or zero),
 * but without making a Decimal for the common inputs (whole numbers, plain decimal text).
 *
 * @throws {DealcalcError} as `decimal` does.
 */
export function readScaled(input: DecimalInput, path: readonly PathSegment[], index?: number): Scaled {
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input)) return { coefficient: BigInt(input), exponent: 0 };
    // A finite number's shortest text is always plain or exponent notation: no pattern to test.
    if (Number.isFinite(input)) {
      const parsed = parseText(String(input));
      if (inRange(parsed)) return parsed;
    }
  } else if (typeof input === 'string') {
    const text = input.trim().replace(/_/g, '');
    if (DECIMAL_TEXT.test(text)) {
      const parsed = parseText(text);
      if (inRange(parsed)) return parsed;
    }
  }
  // Everything else (Decimals, limits, errors, bigints) goes the long way, which says what is wrong.
  return scaledOf(decimal(input, { path: index === undefined ? path : [...path, index] }));
}

// Zero, or a magnitude from 1e-30 to below 1e30 (the text and number limits of `decimal`); the
// exact edges go the long way.
function inRange(parsed: Scaled): boolean {
  if (parsed.coefficient === 0n) return true;
  const lead = parsed.exponent + digitCount(parsed.coefficient < 0n ? -parsed.coefficient : parsed.coefficient) - 1;
  return lead >= -30 && lead < 30;
}

// `[+-]digits[.digits][e±n]` → coefficient and exponent (text already checked). Up to 15
// digits, in one pass of the characters into a number (exact below 2^53); longer, through text.
function parseText(text: string): Scaled {
  let value = 0;
  let places = -1; // digits after the point, once one is seen
  let i = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
  const start = i;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46) places = 0;
    else if (code === 101 || code === 69) break;
    else {
      value = value * 10 + code - 48;
      if (places >= 0) places += 1;
    }
  }
  const exponent = (i < text.length ? Number(text.slice(i + 1)) : 0) - Math.max(places, 0);
  const coefficient =
    i - start - (places >= 0 ? 1 : 0) < 16 ? BigInt(value) : BigInt(text.slice(start, i).replace('.', ''));
  // Zero keeps no exponent: "0e-30000000" must not become a rate of 10^30000000 places.
  if (coefficient === 0n) return { coefficient, exponent: 0 };
  return { coefficient: start === 1 && text.charCodeAt(0) === 45 ? -coefficient : coefficient, exponent };
}

/** The exact sum of Decimals, through scaled integers (rounded only past {@link PRECISION} digits). */
export function sumExact(values: readonly Decimal[]): Decimal {
  if (values.length === 1) return values[0]!;
  const parts = values.map(scaledOf);
  let exponent = 0;
  let first = true;
  for (const p of parts) {
    if (p.coefficient === 0n) continue;
    if (first || p.exponent < exponent) exponent = p.exponent;
    first = false;
  }
  let total = 0n;
  for (const p of parts) if (p.coefficient !== 0n) total += p.coefficient * pow10(p.exponent - exponent);
  return decimalOf(total, exponent);
}

/** a − b exactly, through scaled integers (rounded only past {@link PRECISION} digits). */
export function difference(a: Decimal, b: Decimal): Decimal {
  if (b.isZero()) return a;
  const x = scaledOf(a);
  const y = scaledOf(b);
  const e = Math.min(x.exponent, y.exponent);
  return decimalOf(x.coefficient * pow10(x.exponent - e) - y.coefficient * pow10(y.exponent - e), e);
}

/** x × 10^places exactly (a fraction to percentage points: places 2). */
export function shifted(x: Decimal, places: number): Decimal {
  const { coefficient, exponent } = scaledOf(x);
  return decimalOf(coefficient, exponent + places);
}

/** a ÷ b correctly rounded to {@link PRECISION} digits (b non-zero). */
export function divide(a: Decimal, b: Decimal): Decimal {
  const x = scaledOf(a);
  const y = scaledOf(b);
  const e = x.exponent - y.exponent;
  return e >= 0
    ? decimalOfRatio(x.coefficient * pow10(e), y.coefficient)
    : decimalOfRatio(x.coefficient, y.coefficient * pow10(-e));
}

/** 10^k as a bigint (k ≥ 0). Powers up to 10^400 are kept once made (a few kilobytes). */
export function pow10(k: number): bigint {
  if (k > POW10_CACHED) return 10n ** BigInt(k);
  for (let i = POW10.length; i <= k; i += 1) POW10.push(i === 0 ? 1n : POW10[i - 1]! * 10n);
  return POW10[k]!;
}
const POW10_CACHED = 400;
const POW10: bigint[] = [];

/**
 * The Decimal `coefficient × 10^exponent`, rounded half-even to {@link PRECISION} significant
 * digits when it has more (the only rounding, and only past the working precision).
 */
export function decimalOf(coefficient: bigint, exponent: number): Decimal {
  if (coefficient === 0n) return ZERO;
  const negative = coefficient < 0n;
  return roundedDecimal(negative, (negative ? -coefficient : coefficient).toString(), exponent, false);
}

/** `numerator ÷ denominator` correctly rounded (half-even) to {@link PRECISION} significant digits. */
export function decimalOfRatio(numerator: bigint, denominator: bigint): Decimal {
  if (numerator === 0n) return ZERO;
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  // Scale so the quotient has at least PRECISION + 1 digits (the digit estimates are the true
  // counts or one more, so the quotient has PRECISION + 1 to PRECISION + 4), then round its
  // digits once; what the division leaves over decides an exact tie.
  const shift = PRECISION + 2 - (digitEstimate(n) - digitEstimate(d));
  const scaled = shift > 0 ? n * pow10(shift) : n;
  const divisor = shift < 0 ? d * pow10(-shift) : d;
  const q = scaled / divisor;
  const digits = q.toString();
  // The remainder matters only when the dropped digits are exactly 5000…: compute it then.
  const sticky = isTie(digits) && q * divisor !== scaled;
  return roundedDecimal(negative, digits, -shift, sticky);
}

// True when the digits past PRECISION are exactly 5 followed by zeros (a tie before the remainder).
function isTie(digits: string): boolean {
  if (digits.length <= PRECISION || digits.charCodeAt(PRECISION) !== 53) return false;
  for (let i = PRECISION + 1; i < digits.length; i += 1) if (digits.charCodeAt(i) !== 48) return false;
  return true;
}

// The decimal digits of a positive integer, or one more (never fewer): from the float's
// logarithm below 1e300 (the nudge keeps values at or just above a power of ten from being
// counted short; a value just below one may be counted one long), else exactly.
function digitEstimate(x: bigint): number {
  const f = Number(x); // exact below 2^53, Infinity from 2^1024 on
  return f < 1e300 ? Math.floor(Math.log10(f) + 1e-9) + 1 : digitCount(x);
}

/**
 * The Decimal `digits × 10^exponent` (digits of a positive integer, no leading zeros) rounded
 * half-even to {@link PRECISION} digits, on the text: `sticky` says something non-zero lies below
 * the last digit (an inexact quotient), which breaks a tie upwards.
 */
function roundedDecimal(negative: boolean, digits: string, exponent: number, sticky: boolean): Decimal {
  let text = digits;
  let e = exponent;
  let end = text.length;
  if (end > PRECISION) {
    e += end - PRECISION;
    end = PRECISION;
    const first = text.charCodeAt(PRECISION); // the first digit dropped
    const up = first > 53 || (first === 53 && (sticky || !isTie(text) || (text.charCodeAt(PRECISION - 1) & 1) === 1)); // '0' is 48: parity is the digit's
    if (up) {
      // Add one at the last kept digit: trailing nines become zeros (and are dropped below);
      // all nines (i = −1) give 1 at the next power of ten.
      let i = PRECISION - 1;
      while (text.charCodeAt(i) === 57) i -= 1;
      text = i < 0 ? '1' : text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) + 1);
      e += PRECISION - 1 - i;
      end = i + 1 || 1;
    }
  }
  while (text.charCodeAt(end - 1) === 48) {
    end -= 1;
    e += 1;
  }
  return fromDigits(negative ? -1 : 1, text, end, e + end - 1);
}

/** Number of decimal digits of a non-negative bigint (1 for 0). */
export function digitCount(x: bigint): number {
  return x < 9007199254740992n ? String(Number(x)).length : x.toString().length; // below 2^53: exact as a number
}

// Builds a Decimal from its leading-digit exponent and its first `length` digits (no leading or
// trailing zeros), as decimal.js's own parser lays them out: base-1e7 words aligned to the
// decimal point, the first holding the digits down to the next multiple of 7, the last padded
// with zeros. The digits are packed into words by integer arithmetic (each word < 1e7, exact),
// and the instance is made as decimal.js makes them (its prototype and `constructor`), without
// the general constructor.
function fromDigits(sign: 1 | -1, digits: string, length: number, e: number): Decimal {
  const words: number[] = [];
  let size = (((e + 1) % LOG_BASE) + LOG_BASE) % LOG_BASE || LOG_BASE; // digits in the first word
  let position = 0;
  while (position < length) {
    const stop = position + size;
    let word = 0;
    for (; position < stop && position < length; position += 1) word = word * 10 + (digits.charCodeAt(position) - 48);
    if (position < stop) word *= TENS[stop - position]!; // the last word, padded on the right
    words.push(word);
    size = LOG_BASE;
  }
  const x = Object.create(D.prototype) as { constructor: unknown; s: number; e: number; d: number[] };
  x.constructor = D;
  x.s = sign;
  x.e = e;
  x.d = words;
  return x as unknown as Decimal;
}

const TENS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000];
