import type { Decimal } from '../money/decimal.ts';
import { decimalOfRatio } from '../money/scaled.ts';
import { fixedOf, fixedPow, floatOf, hornerBound, hornerFixed, ONE, WORK_BITS } from './fixedPoint.ts';
import { partsAt, type RatePolynomial } from './polynomial.ts';

// The solver's exact phase. A root proposed by the float phase is polished by Newton steps whose
// values are computed in fixed point (the correction itself may come from a float slope: it
// only has to point the right way), then certified: P is evaluated at exact points around it,
// each value with a rigorous error bound, and the root stands only if the signs at two points
// inside [v − h, v + h] are certain and opposite (the last point the polish evaluated, a tiny
// step from v, usually serves as one of them). The ends are 8e−29/n apart relative to v, so the
// rate is pinned to within 1e−28 of 1 + r.

/** A polynomial with what the exact phase needs, made once per solve. */
export interface ExactPolynomial {
  readonly p: RatePolynomial;
  /** Error bound of one evaluation, in units of 2^−WORK_BITS. */
  readonly bound: bigint;
  /** The coefficients in fixed point (`c << WORK_BITS`), shifted once for every evaluation. */
  readonly shifted: readonly bigint[];
}

/** A certified root: P changes sign between `low` and `high` (or touches zero there, for a double root). */
export interface CertifiedRoot {
  readonly v: bigint;
  readonly low: bigint;
  readonly high: bigint;
  readonly double: boolean;
}

/** No certified root: the last bracket, when the steps ran out. */
export interface Unconverged {
  readonly low: bigint;
  readonly high: bigint;
  readonly iterations: number;
}

export function exactPolynomial(p: RatePolynomial): ExactPolynomial {
  const w = BigInt(WORK_BITS);
  return {
    p,
    bound: hornerBound(p.coefficients, p.degree),
    shifted: p.coefficients.map((c) => c << w),
  };
}

// hornerFixed on the coefficients shifted once per polynomial: the same operations on the same
// values (so the same result and bound), without shifting every coefficient on every evaluation.
function evaluate(e: ExactPolynomial, v: bigint): bigint {
  const { shifted } = e;
  const gaps = e.p.gaps;
  const w = BigInt(WORK_BITS);
  let powers: Map<number, bigint> | undefined; // v^g for gaps above one, made once each
  let acc = shifted[0]!;
  for (let k = 1; k < shifted.length; k += 1) {
    const g = gaps[k]!;
    let p = v;
    if (g !== 1) {
      p = (powers ??= new Map()).get(g) ?? fixedPow(v, g);
      powers.set(g, p);
    }
    acc = ((acc * p) >> w) + shifted[k]!;
  }
  return acc;
}

/** The sign of P at v when it is certain (+1 or −1), else 0. */
function certainSign(e: ExactPolynomial, value: bigint): number {
  if (value > e.bound) return 1;
  if (value < -e.bound) return -1;
  return 0;
}

/** Half the certification width at v: 4e−29/n of v (at least one unit). */
function halfWidth(e: ExactPolynomial, v: bigint): bigint {
  const h = (v * 4n) / (e.p.denominator === 1 ? E29 : E29 * BigInt(e.p.denominator));
  return h > 0n ? h : 1n;
}

const E29 = 100_000_000_000_000_000_000_000_000_000n; // 10^29

// A Newton step's correction in fixed point, from the exact value and a float slope.
function newtonStep(e: ExactPolynomial, v: bigint, value: bigint): bigint {
  const x = floatOf(v);
  const parts = partsAt(e.p, x);
  const slope = (parts.slopePlus - parts.slopeMinus) / x; // P′ in float units
  if (slope === 0 || !Number.isFinite(slope)) return 0n;
  const step = floatOf(value, e.p.floatShift) / slope;
  return Number.isFinite(step) ? BigInt(Math.round(step * 2 ** WORK_BITS)) : 0n;
}

const clamp = (v: bigint): bigint => (v < 1n ? 1n : v > ONE ? ONE : v);

// A float cell [va, vb] in fixed point, widened by 2^−30 of each end.
const widened = (va: number, vb: number): [bigint, bigint] => {
  const a = fixedOf(va);
  const b = fixedOf(vb);
  return [clamp(a - (a >> 30n)), clamp(b + (b >> 30n))];
};

/**
 * Polishes and certifies the root the floats found in [va, vb] (estimate `estimate`). Falls back
 * to exact bracketing when the polished point does not certify.
 */
export function certifyRoot(
  e: ExactPolynomial,
  estimate: number,
  va: number,
  vb: number,
  maxIterations: number,
): CertifiedRoot | Unconverged | undefined {
  let v = fixedOf(estimate);
  let used = 0;
  // The last point evaluated and its value: the polished point v lies one step from it.
  let last = v;
  let lastValue = 0n;
  for (let k = 0; k < Math.min(6, maxIterations); k += 1) {
    used += 1;
    const value = evaluate(e, v);
    const step = newtonStep(e, v, value);
    last = v;
    lastValue = value;
    v = clamp(v - step);
    const size = step < 0n ? -step : step;
    if (size <= halfWidth(e, v) / 64n) break;
  }
  const h = halfWidth(e, v);
  const low = clamp(v - h);
  const high = clamp(v + h);
  // The last point evaluated lies a step below h ÷ 64 from v: when its sign is certain it stands
  // for the end on its side (the sign change is then between it and the other end, inside
  // [low, high]), and only the other end is evaluated.
  const stands = certainSign(e, lastValue) !== 0;
  const sLow = certainSign(e, stands && last < v && last > low ? lastValue : evaluate(e, low));
  const sHigh = certainSign(e, stands && last > v && last < high ? lastValue : evaluate(e, high));
  if (sLow !== 0 && sHigh !== 0 && sLow !== sHigh) return { v, low, high, double: false };
  // The float bracket, widened a little, bisected exactly.
  return bisect(e, ...widened(va, vb), maxIterations - used);
}

/**
 * Exact bracketing of a sign change of P in [a, b]: bisection sped up by Newton steps that stay
 * inside the bracket. `undefined` when the ends do not have certain opposite signs.
 */
export function bisect(
  e: ExactPolynomial,
  a0: bigint,
  b0: bigint,
  maxIterations: number,
): CertifiedRoot | Unconverged | undefined {
  let a = a0;
  let b = b0;
  const sa = certainSign(e, evaluate(e, a));
  const sb = certainSign(e, evaluate(e, b));
  if (sa === 0 || sb === 0 || sa === sb) return undefined;
  let x = (a + b) / 2n;
  for (let k = 0; k < maxIterations; k += 1) {
    if (b - a <= 2n * halfWidth(e, a)) return { v: (a + b) / 2n, low: a, high: b, double: false };
    const value = evaluate(e, x);
    const s = certainSign(e, value);
    if (s === 0) {
      // |P(x)| is below what 320 bits resolve: x is a root to far better than the promise.
      const h = halfWidth(e, x);
      return { v: x, low: clamp(x - h), high: clamp(x + h), double: false };
    }
    if (s === sa) a = x;
    else b = x;
    const newton = x - newtonStep(e, x, value);
    x = newton > a && newton < b ? newton : (a + b) / 2n;
  }
  return { low: a, high: b, iterations: maxIterations };
}

/**
 * A cell the floats could not decide: find where P′ vanishes (exactly, by the sign of v·P′) and
 * look at P there: a sign opposite to the ends' means two roots (each bracketed exactly), a
 * value within 1e−30 of Σ|a_k| v^e a double root, anything else none.
 */
export function examineSuspect(
  e: ExactPolynomial,
  va: number,
  vb: number,
  maxIterations: number,
): Array<CertifiedRoot | Unconverged> {
  const [a, b] = widened(va, vb);
  const direct = bisect(e, a, b, maxIterations);
  if (direct !== undefined) return [direct];
  // Coefficients a_k·e_k of v·P′(v), for the sign of the slope (made here: undecided cells are rare).
  const slopeCoefficients = e.p.coefficients.map((c, k) => c * BigInt(e.p.exponents[k]!));
  const slopeAt = (v: bigint): bigint => hornerFixed(slopeCoefficients, e.p.gaps, 0, v);
  const rising = slopeAt(a) > 0n;
  if (slopeAt(b) > 0n === rising) return []; // P is monotone here and keeps its sign
  let lo = a;
  let hi = b;
  let steps = 0;
  for (; hi - lo > 2n * halfWidth(e, lo); steps += 1) {
    if (steps >= maxIterations) return [{ low: a, high: b, iterations: maxIterations }];
    const mid = (lo + hi) / 2n;
    const s = slopeAt(mid);
    if (s === 0n) {
      lo = mid;
      hi = mid;
      break;
    }
    if (s > 0n === rising) lo = mid;
    else hi = mid;
  }
  const z = (lo + hi) / 2n;
  const value = evaluate(e, z);
  const scale = hornerFixed(
    e.p.coefficients.map((c) => (c < 0n ? -c : c)), // |a_k|, for the scale Σ|a_k| v^e
    e.p.gaps,
    0,
    z,
  );
  const magnitude = value < 0n ? -value : value;
  if (magnitude * 10n ** 30n <= scale) return [{ v: z, low: lo, high: hi, double: true }];
  const ends = certainSign(e, evaluate(e, a));
  const middle = certainSign(e, value);
  if (ends === 0 || middle === 0 || ends === middle) return [];
  return [bisect(e, a, z, maxIterations), bisect(e, z, b, maxIterations)].filter(
    (r): r is CertifiedRoot | Unconverged => r !== undefined,
  );
}

/** The rate of a point v of a side: r = v^(−n) − 1 (discount side) or v^n − 1 (growth side). */
export function rateAt(p: RatePolynomial, v: bigint): Decimal {
  const t = fixedPow(v, p.denominator);
  return p.side === 'discount' ? decimalOfRatio(ONE - t, t) : decimalOfRatio(t - ONE, ONE);
}
