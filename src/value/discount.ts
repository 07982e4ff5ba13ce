import type { Decimal } from '../money/decimal.ts';
import { decimalOfRatio, digitCount, pow10, scaledOf, type Scaled } from '../money/scaled.ts';
import type { Flows } from './flows.ts';
import { fixedOf, fixedPow, fixedTimes, floatOf, hornerFixed, memoized, ONE, WORK_BITS } from './fixedPoint.ts';

// The one discounting kernel. Present value Σ a_k (1 + r)^(−s_k/n) of flows at whole-number steps
// is a polynomial in the per-step factor z = (1 + r)^(−1/n), evaluated by Horner's rule:
//
// - rate 0: the exact sum;
// - n = 1 (or every step a whole number of years) and a short rate: exactly, as one fraction
//   N ÷ G^D with 1 + r = G ÷ 10^p and N = Σ a_k G^(D−d_k) 10^(p·d_k), then one division rounded
//   half-even to 64 significant digits: the result is the correctly rounded present value;
// - otherwise (monthly steps, day counts, long rates or long streams) in binary fixed point with
//   WORK_BITS = 320 fraction bits (see fixedPoint.ts): the base is z when r ≥ 0 and 1/z when
//   r < 0, so it never exceeds 1, the accumulated error stays below 2^−270 of Σ|a_k|, and the
//   result is right to far more than the 1e−28 relative (34 significant digits) promised.

/** Above this many digits in the exact numerator, the fixed-point path is faster. */
const EXACT_DIGITS = 3000;

/** A discount rate read once: its value and 1 + r as `growth ÷ 10^places`. */
export interface DiscountRate {
  readonly value: Decimal;
  readonly growth: bigint;
  readonly places: number;
  /** Decimal digits of `growth` (sizes the exact fraction). */
  readonly growthDigits: number;
}

/** Reads a rate (already checked to be > −1) for the kernel; `scaled` when the caller has it already. */
export function discountRate(value: Decimal, scaled: Scaled = scaledOf(value)): DiscountRate {
  const { coefficient, exponent } = scaled;
  const places = Math.max(0, -exponent);
  const growth = coefficient * pow10(exponent + places) + pow10(places);
  return { value, growth, places, growthDigits: digitCount(growth < 0n ? -growth : growth) };
}

/**
 * Present value at step 0 of flows at a rate per 1/denominator of the steps' unit:
 * Σ a_k (1 + r)^(−s_k/n). Exact for rate 0; otherwise correct to well beyond 1e−28 relative
 * (see the analysis above).
 */
export function presentValue(flows: Flows, rate: DiscountRate): Decimal {
  return ratioDecimal(presentValueRatio(flows, rate));
}

/** A value as `numerator ÷ denominator` (denominator > 0), before the one rounding to a Decimal. */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * {@link presentValue} before its rounding: the exact fraction (rate 0, or the exact path), or
 * the fixed-point value as a dyadic fraction (within the bound of the analysis above). Callers
 * that combine present values (sums of parts, gaps, ratios) do so on these and round once.
 */
export function presentValueRatio(flows: Flows, rate: DiscountRate): Ratio {
  const { coefficients } = flows;
  const m = coefficients.length;
  if (m === 0) return ZERO_RATIO;
  if (rate.value.isZero()) {
    let total = 0n;
    for (const c of coefficients) total += c;
    return times10(total, 1n, flows.exponent);
  }
  if (!exactWithin(flows, rate)) return fixedPresentValue(flows, rate);
  // Exact: PV = Σ a_k (P/G)^(t_k), t_k = s_k ÷ n whole, P = 10^p.
  const { numerator, denominator } = exactFraction(flows, rate, flows.denominator);
  return times10(numerator, denominator, flows.exponent);
}

// numerator ÷ denominator × 10^e as a ratio.
function times10(numerator: bigint, denominator: bigint, e: number): Ratio {
  return e < 0
    ? { numerator, denominator: denominator * pow10(-e) }
    : { numerator: e === 0 ? numerator : numerator * pow10(e), denominator };
}

const ZERO_RATIO: Ratio = { numerator: 0n, denominator: 1n };

/**
 * The present value of 1 at each of `count` consecutive steps from `first`: {@link presentValueRatio}
 * of that unit stream. On the exact path (n = 1, first ≥ 0) in closed form, the geometric sum
 * Σ (P/G)^(first+k) = P^first (G^count − P^count) ÷ (G − P) ÷ G^(first+count−1), whose division
 * by G − P is exact: the same fraction as Horner's rule, for one power and one division.
 */
export function unitAnnuityRatio(first: number, count: number, n: number, rate: DiscountRate): Ratio {
  const G = rate.growth;
  const P = pow10(rate.places);
  const last = first + count - 1;
  if (n === 1 && first >= 0 && G !== P && rate.growthDigits * last <= EXACT_DIGITS)
    return {
      numerator: P ** BigInt(first) * ((G ** BigInt(count) - P ** BigInt(count)) / (G - P)),
      denominator: G ** BigInt(last),
    };
  const steps = Array.from({ length: count }, (_, k) => first + k);
  return presentValueRatio({ coefficients: steps.map(() => 1n), exponent: 0, steps, denominator: n }, rate);
}

/** The Decimal of a ratio, correctly rounded to 64 significant digits. */
export function ratioDecimal(r: Ratio): Decimal {
  return decimalOfRatio(r.numerator, r.denominator);
}

/** a + b (or a − b with `sign` −1), exactly. */
export function addRatios(a: Ratio, b: Ratio, sign: 1 | -1 = 1): Ratio {
  if (b.numerator === 0n) return a;
  const nb = sign === 1 ? b.numerator : -b.numerator;
  if (a.numerator === 0n) return { numerator: nb, denominator: b.denominator };
  if (a.denominator === b.denominator) return { numerator: a.numerator + nb, denominator: a.denominator };
  return { numerator: a.numerator * b.denominator + nb * a.denominator, denominator: a.denominator * b.denominator };
}

// The exact fraction is affordable: steps are whole rate periods and the numerator, about
// digits(G) × the span in periods, stays below EXACT_DIGITS digits.
function exactWithin(flows: Flows, rate: DiscountRate): boolean {
  const { steps, denominator: n } = flows;
  const m = steps.length;
  if (!(n === 1 || steps.every((s) => s % n === 0))) return false;
  const span = Math.max(Math.abs(steps[m - 1]!), steps[m - 1]! - steps[0]!, Math.abs(steps[0]!));
  return rate.growthDigits * span <= EXACT_DIGITS * n;
}

/**
 * The sign of the present value computed exactly (−1, 0 or 1), or `undefined` when that would
 * be too large a computation (steps not whole years, or a long rate over a long span). The
 * solver uses it to return a root that is a short decimal (−0.558) exactly.
 */
export function exactSign(flows: Flows, rate: DiscountRate): number | undefined {
  if (flows.steps.length === 0) return 0;
  if (!exactWithin(flows, rate)) return undefined;
  const { numerator } = exactFraction(flows, rate, flows.denominator);
  return numerator > 0n ? 1 : numerator < 0n ? -1 : 0;
}

function exactFraction(flows: Flows, rate: DiscountRate, n: number): { numerator: bigint; denominator: bigint } {
  const { coefficients: c, steps } = flows;
  const G = rate.growth;
  const p = rate.places;
  const t0 = steps[0]! / n;
  const gPow = memoized((k) => G ** BigInt(k)); // G^k for gaps longer than one step, made once each
  let numerator = c[0]!;
  let previous = 0;
  for (let k = 1; k < c.length; k += 1) {
    const d = steps[k]! / n - t0;
    const gap = d - previous;
    numerator = numerator * (gap === 1 ? G : gPow(gap)) + c[k]! * pow10(p * d);
    previous = d;
  }
  let denominator = previous === 0 ? 1n : previous === 1 ? G : G ** BigInt(previous);
  // The factor (P/G)^t0 of the first flow's time.
  if (t0 > 0) {
    numerator *= pow10(p * t0);
    denominator *= G ** BigInt(t0);
  } else if (t0 < 0) {
    numerator *= G ** BigInt(-t0);
    denominator *= pow10(p * -t0);
  }
  return { numerator, denominator };
}

// Fixed point: Horner in the base b = z (r ≥ 0) or 1/z (r < 0), b ≤ 1, then the scale factor.
// r ≥ 0: Σ a_k z^(s_k) = z^(s_0) · Σ a_k z^(s_k − s_0), the last flow first (highest exponent);
// r < 0: Σ a_k z^(s_k) = z^(s_last) · Σ a_k x^(s_last − s_k), x = 1/z, the first flow first.
function fixedPresentValue(flows: Flows, rate: DiscountRate): Ratio {
  const { coefficients: c, steps } = flows;
  const m = c.length;
  const positive = rate.value.gte(0);
  const base = stepFactor(rate, flows.denominator, positive);
  const ordered: bigint[] = new Array<bigint>(m);
  const gaps: number[] = new Array<number>(m);
  for (let k = 0, previous = 0; k < m; k += 1) {
    const i = positive ? m - 1 - k : k;
    ordered[k] = c[i]!;
    gaps[k] = k === 0 ? 0 : Math.abs(steps[i]! - steps[previous]!);
    previous = i;
  }
  const acc = hornerFixed(ordered, gaps, 0, base);
  // value = acc · 2^−W · 10^exponent · base^scale, scale = s_0 (r ≥ 0) or −s_last (r < 0);
  // |base^scale| = mantissa · 2^shift, so the shift moves to the other side when scale < 0.
  const scale = positive ? steps[0]! : -steps[m - 1]!;
  const power = floatPow(base, Math.abs(scale));
  let numerator = scale >= 0 ? acc * power.mantissa : acc;
  let denominator = scale >= 0 ? ONE : ONE * power.mantissa;
  const shift = scale >= 0 ? power.exponent : -power.exponent;
  if (shift >= 0) numerator <<= BigInt(shift);
  else denominator <<= BigInt(-shift);
  return times10(numerator, denominator, flows.exponent);
}

/**
 * The per-step factor in fixed point: z = (1 + r)^(−1/n) when `belowOne` (r ≥ 0), else its
 * reciprocal x = (1 + r)^(1/n) (r < 0); either way in (0, 1].
 */
export function stepFactor(rate: DiscountRate, n: number, belowOne: boolean): bigint {
  const G = rate.growth;
  const P = pow10(rate.places);
  // n = 1: one exact division (rounded down; error below one unit).
  if (n === 1) return belowOne ? (ONE * P) / G : (ONE * G) / P;
  // n > 1: Newton's method for v^n = (P/G or G/P) from a float start, each step doubling the bits.
  const g = floatOf((G << BigInt(WORK_BITS)) / P);
  let v = fixedOf(belowOne ? g ** (-1 / n) : g ** (1 / n));
  for (let k = 0; k < 8; k += 1) {
    const t = fixedPow(v, n);
    // e = v^n·g − 1 (below one) or v^n/g − 1: the relative residual.
    const e = belowOne ? (t * G) / P - ONE : (t * P) / G - ONE;
    const step = fixedTimes(v, e) / BigInt(n);
    v -= step;
    if (step < 2n && step > -2n) break;
  }
  return v;
}

// b^k as mantissa × 2^exponent, the mantissa kept to WORK_BITS bits, so that b^k never underflows.
function floatPow(b: bigint, k: number): { mantissa: bigint; exponent: number } {
  let mantissa = ONE;
  let exponent = -WORK_BITS;
  let baseM = b;
  let baseE = -WORK_BITS;
  let n = k;
  while (n > 0) {
    if (n & 1) [mantissa, exponent] = normalize(mantissa * baseM, exponent + baseE);
    n = Math.floor(n / 2);
    if (n > 0) [baseM, baseE] = normalize(baseM * baseM, baseE + baseE);
  }
  return { mantissa, exponent };
}

function normalize(m: bigint, e: number): [bigint, number] {
  const extra = m.toString(16).length * 4 - WORK_BITS - 8;
  return extra > 0 ? [m >> BigInt(extra), e + extra] : [m, e];
}
