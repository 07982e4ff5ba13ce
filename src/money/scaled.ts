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

// `[+-]digits[.digits][e±n]` → coefficient and exponent (text already checked).
function parseText(text: string): Scaled {
  const [body = '', exponent] = text.toLowerCase().split('e');
  const dot = body.indexOf('.');
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  return { coefficient: BigInt(digits), exponent: Number(exponent ?? 0) - (dot < 0 ? 0 : body.length - dot - 1) };
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
  return coefficient === 0n ? ZERO : rounded(coefficient, exponent);
}

/** `numerator ÷ denominator` correctly rounded (half-even) to {@link PRECISION} significant digits. */
export function decimalOfRatio(numerator: bigint, denominator: bigint): Decimal {
  if (numerator === 0n) return ZERO;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  // Scale so the quotient has at least PRECISION + 1 digits (the digit estimates are the true
  // counts or one more, so the quotient has PRECISION + 1 to PRECISION + 4), then round it
  // once; what the division leaves over decides an exact tie.
  const shift = PRECISION + 2 - (digitEstimate(n) - digitEstimate(d));
  const scaled = shift > 0 ? n * pow10(shift) : n;
  const divisor = shift < 0 ? d * pow10(-shift) : d;
  const q = scaled / divisor;
  return rounded(numerator < 0n !== denominator < 0n ? -q : q, -shift, () => q * divisor !== scaled);
}

/**
 * The Decimal `q × 10^exponent` rounded half-even to {@link PRECISION} digits: `inexact` says
 * whether something non-zero lies below q's last digit (a quotient's remainder), asked only
 * when the digits dropped are exactly a half, where it breaks the tie upwards.
 */
function rounded(q: bigint, exponent: number, inexact?: () => boolean): Decimal {
  const negative = q < 0n;
  let m = negative ? -q : q;
  let e = exponent;
  let text = m.toString();
  if (text.length > PRECISION) {
    const unit = pow10(text.length - PRECISION);
    const rest = m % unit;
    const half = unit / 2n;
    e += text.length - PRECISION;
    m /= unit;
    if (rest > half || (rest === half && ((m & 1n) === 1n || inexact?.() === true))) m += 1n;
    text = m.toString(); // 10^PRECISION after a carry: its zeros go below
  }
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) {
    end -= 1;
    e += 1;
  }
  return fromDigits(negative ? -1 : 1, text, end, e + end - 1);
}

// The decimal digits of a positive integer, or one more (never fewer): from the float's
// logarithm below 1e300 (the nudge keeps values at or just above a power of ten from being
// counted short; a value just below one may be counted one long), else exactly.
function digitEstimate(x: bigint): number {
  const f = Number(x); // exact below 2^53, Infinity from 2^1024 on
  return f < 1e300 ? Math.floor(Math.log10(f) + 1e-9) + 1 : digitCount(x);
}

/** Number of decimal digits of a non-negative bigint (1 for 0). */
export function digitCount(x: bigint): number {
  return x < 9007199254740992n ? String(Number(x)).length : x.toString().length; // below 2^53: exact as a number
}

// Builds a Decimal from its leading-digit exponent and its first `length` digits (no leading or
// trailing zeros), as decimal.js's own parser lays them out: base-1e7 words aligned to the
// decimal point, the first holding the digits down to the next multiple of 7, the last padded
// with zeros. Each word is read from its 7 digits (each word < 1e7, exact),
// and the instance is made as decimal.js makes them (its prototype and `constructor`), without
// the general constructor.
function fromDigits(sign: 1 | -1, digits: string, length: number, e: number): Decimal {
  // Zeros in front fill the first word to 7 digits (it holds e + 1 mod 7 of them, or 7); zeros behind, the last.
  let text = '0'.repeat((((-1 - e) % LOG_BASE) + LOG_BASE) % LOG_BASE) + digits.slice(0, length);
  text = text.padEnd(Math.ceil(text.length / LOG_BASE) * LOG_BASE, '0');
  const words: number[] = [];
  for (let i = 0; i < text.length; i += LOG_BASE) words.push(+text.slice(i, i + LOG_BASE));
  const x = Object.create(D.prototype) as { constructor: unknown; s: number; e: number; d: number[] };
  x.constructor = D;
  x.s = sign;
  x.e = e;
  x.d = words;
  return x as unknown as Decimal;
}
