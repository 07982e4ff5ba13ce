import type { Flows } from './flows.ts';

/**
 * The NPV of flows as a polynomial in one base v ∈ (0, 1], the form the solver searches:
 * - `'discount'` (rates r ≥ 0): v = z = (1 + r)^(−1/n), P(v) = Σ a_k v^(s_k − s_0), and
 *   NPV = z^(s_0) · P(z);
 * - `'growth'` (rates r ≤ 0): v = 1/z = (1 + r)^(1/n), P(v) = Σ a_k v^(s_last − s_k), and
 *   NPV = z^(s_last) · P(v).
 * Either way NPV and P have the same sign, so their roots are the same rates.
 * Terms are kept in Horner order (descending exponents).
 */
export interface RatePolynomial {
  readonly side: 'discount' | 'growth';
  /** Coefficients, highest exponent first (exact). */
  readonly coefficients: readonly bigint[];
  /** The same as floats, each `coefficient ÷ 2^floatShift` (for locating only). */
  readonly floats: readonly number[];
  /** The floats are the coefficients divided by 2^floatShift. */
  readonly floatShift: number;
  /** Exponents, descending; the last is 0. */
  readonly exponents: readonly number[];
  /** `gaps[k] = exponents[k − 1] − exponents[k]` (`gaps[0] = 0`). */
  readonly gaps: readonly number[];
  /** The highest exponent. */
  readonly degree: number;
  /** Steps per year (or per rate period) of the flows. */
  readonly denominator: number;
}

/**
 * The polynomial of one side; `other`, the other side's polynomial of the same flows when made
 * already, lends its floats (the same numbers in the opposite order).
 */
export function ratePolynomial(flows: Flows, side: 'discount' | 'growth', other?: RatePolynomial): RatePolynomial {
  const { coefficients: c, steps } = flows;
  const m = c.length;
  const first = steps[0]!;
  const last = steps[m - 1]!;
  const coefficients: bigint[] = new Array<bigint>(m);
  const exponents: number[] = new Array<number>(m);
  for (let k = 0; k < m; k += 1) {
    const j = side === 'discount' ? m - 1 - k : k;
    coefficients[k] = c[j]!;
    exponents[k] = side === 'discount' ? steps[j]! - first : last - steps[j]!;
  }
  const gaps = exponents.map((e, k) => (k === 0 ? 0 : exponents[k - 1]! - e));
  const { floats, floatShift } = other
    ? { floats: [...other.floats].reverse(), floatShift: other.floatShift }
    : floatsOf(coefficients);
  return {
    side,
    coefficients,
    floats,
    floatShift,
    exponents,
    gaps,
    degree: exponents[0] ?? 0,
    denominator: flows.denominator,
  };
}

// Floats of the coefficients, all multiplied by one power of two so the largest is near 1 (a
// plain array: a typed array costs more to make than a solve of a short stream spends reading it).
function floatsOf(coefficients: readonly bigint[]): { floats: number[]; floatShift: number } {
  // Bit lengths (to a multiple of 4): from the float for coefficients below 2^53 (exact), else
  // from the hexadecimal digits; those below 2^53 convert exactly, the others by their top bits.
  const bits = coefficients.map((c) => {
    const x = Math.abs(Number(c));
    return x < 9007199254740992 ? Math.ceil(Math.log2(x + 1) / 4) * 4 : (c < 0n ? -c : c).toString(16).length * 4;
  });
  const top = Math.max(...bits);
  const floats = coefficients.map((c, k) => {
    const drop = Math.max(0, bits[k]! - 60);
    const head = drop === 0 ? Number(c) : Number((c < 0n ? -c : c) >> BigInt(drop)) * (c < 0n ? -1 : 1);
    return head * 2 ** (drop - top);
  });
  return { floats, floatShift: top };
}

/** What a float evaluation at one v gives: the positive and negative parts of P and of v·P'. */
export interface PartsAt {
  readonly v: number;
  /** Σ of the positive terms a_k v^e. */
  readonly plus: number;
  /** Σ of |a_k| v^e over the negative terms. */
  readonly minus: number;
  /** Σ e·a_k v^e over the positive terms (v·P′, positive part). */
  readonly slopePlus: number;
  /** Σ e·|a_k| v^e over the negative terms. */
  readonly slopeMinus: number;
}

/**
 * Float evaluation of P's parts at v ∈ (0, 1], for locating roots only: each part is a sum of
 * terms that all grow with v, which is what lets a cell be excluded from holding a root.
 */
export function partsAt(p: RatePolynomial, v: number): PartsAt {
  const { floats, gaps, exponents } = p;
  let plus = 0;
  let minus = 0;
  let slopePlus = 0;
  let slopeMinus = 0;
  for (let k = 0; k < floats.length; k += 1) {
    const g = gaps[k]!;
    if (k > 0) {
      const f = g === 1 ? v : v ** g;
      plus *= f;
      minus *= f;
      slopePlus *= f;
      slopeMinus *= f;
    }
    const a = floats[k]!;
    const e = exponents[k]!;
    if (a > 0) {
      plus += a;
      slopePlus += a * e;
    } else {
      minus -= a;
      slopeMinus -= a * e;
    }
  }
  return { v, plus, minus, slopePlus, slopeMinus };
}
