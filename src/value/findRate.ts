import { DealcalcError, invalid, type ErrorCode, type ErrorDataByCode } from '../errors/DealcalcError.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { pow10 } from '../money/scaled.ts';
import {
  certifyRoot,
  examineSuspect,
  exactPolynomial,
  rateAt,
  type CertifiedRoot,
  type Unconverged,
} from './certify.ts';
import { discountRate, exactSign, type DiscountRate } from './discount.ts';
import { floatOf, WORK_BITS } from './fixedPoint.ts';
import { signChanges, type Flows } from './flows.ts';
import { floatSlack, locate, refineInFloats, type Located } from './locate.ts';
import { partsAt, ratePolynomial, type RatePolynomial } from './polynomial.ts';

/** Lowest rate searched by default: −100% + 1e−30 (the discount factor is undefined at −100%). */
export const SEARCH_LOW = '-0.999999999999999999999999999999';
/** Highest rate searched by default: 1,000,000 (100,000,000%). */
export const SEARCH_HIGH = '1000000';
/** Roots are located to 1e−28 relative to 1 + r (about 28 significant digits of the growth factor). */
export const TOLERANCE = '1e-28';
/** Most exact refinement steps per root; beyond this the solver reports `did_not_converge`. */
export const MAX_ITERATIONS = 400;

export interface FindRateOptions {
  /** Picks the root nearest to it when there are several. */
  readonly guess?: Decimal;
  /** Search range (defaults {@link SEARCH_LOW} … {@link SEARCH_HIGH}). */
  readonly low?: Decimal;
  readonly high?: Decimal;
  /** Most exact refinement steps per root (default {@link MAX_ITERATIONS}). */
  readonly maxIterations?: number;
  /** Number of flows as the caller gave them, for `no_sign_change` data (default: the distinct steps). */
  readonly count?: number;
}

// The default search range, read once on first use.
let range: { low: DiscountRate; high: DiscountRate } | undefined;
function defaults(): { low: DiscountRate; high: DiscountRate } {
  return (range ??= { low: discountRate(new D(SEARCH_LOW)), high: discountRate(new D(SEARCH_HIGH)) });
}

/** A root found, and whether it is exact (its value is exactly zero there). */
interface Root {
  readonly rate: Decimal;
  readonly exact: boolean;
}

/**
 * The rate r at which Σ a_k (1 + r)^(−s_k/n) = 0: the one solver behind irr, xirr,
 * annuityRate, break-even rates and the returns of shared profits.
 *
 * Method. The value is a polynomial in v = (1 + r)^(∓1/n) ≤ 1 on each side of r = 0
 * (polynomial.ts). Descartes' rule bounds its roots by the sign changes of the flows; with one
 * sign change there is exactly one, so a sign test at the ends of the range finds its bracket.
 * Otherwise floats search the range cell by cell, dropping cells where the value cannot vanish
 * (locate.ts). Every candidate is then polished with Newton steps evaluated in 320-bit fixed
 * point and certified by certain, opposite signs at two exact points 8e−29/n apart relative to
 * v (certify.ts); a cell the floats cannot decide is examined exactly for a double root or a
 * close pair. A root that is a short decimal (−0.558) is returned exactly when the exact value
 * there is zero. The arithmetic is deterministic, so every machine gives the same answer.
 *
 * @throws {DealcalcError} `no_sign_change`; `no_root_in_range` (with the range);
 *   `several_roots` (all roots, ascending) when no guess picks one; `did_not_converge` (with the
 *   last bracket) after `maxIterations` exact steps.
 */
export function findRate(flows: Flows, options: FindRateOptions = {}): Decimal {
  const m = flows.coefficients.length;
  if (m === 0) {
    return invalid([
      {
        path: ['flows'],
        expected: 'at least one non-zero flow',
        received: 'only zeros',
        message: 'expected at least one non-zero flow, received only zeros',
      },
    ]);
  }
  const changes = signChanges(flows);
  if (changes === 0) {
    fail(
      'no_sign_change',
      { count: options.count ?? m },
      'flows of both signs',
      'flows of one sign',
      'no rate makes the value zero: every flow has the same sign',
    );
  }
  const low = options.low ?? defaults().low.value;
  const high = options.high ?? defaults().high.value;
  if (low.lte(-1) || high.lte(low)) {
    invalid([
      {
        path: ['low'],
        expected: 'a range with -1 < low < high',
        received: `${low} … ${high}`,
        message: `expected a search range with -1 < low < high, received ${low} … ${high}`,
      },
    ]);
  }
  const maxIterations = options.maxIterations ?? MAX_ITERATIONS;
  return pickRate(searchRoots(flows, low, high, changes, maxIterations), low, high, options.guess);
}

/**
 * Every rate in the range at which the flows' value is zero, ascending (possibly none): the
 * search of {@link findRate} without its verdict, for callers that must sift the roots first.
 */
export function findRates(
  flows: Flows,
  options: FindRateOptions = {},
): { roots: Decimal[]; low: Decimal; high: Decimal } {
  const low = options.low ?? defaults().low.value;
  const high = options.high ?? defaults().high.value;
  const changes = signChanges(flows);
  return {
    roots: changes === 0 ? [] : searchRoots(flows, low, high, changes, options.maxIterations ?? MAX_ITERATIONS),
    low,
    high,
  };
}

/** The verdict on the roots found: the one root, the one nearest the guess, or a typed error. */
export function pickRate(roots: readonly Decimal[], low: Decimal, high: Decimal, guess?: Decimal): Decimal {
  if (roots.length === 0) {
    fail(
      'no_root_in_range',
      { low, high },
      `a root between ${low} and ${high}`,
      'none',
      `the value never reaches zero for rates from ${low} to ${high}`,
    );
  }
  if (roots.length === 1) return roots[0]!;
  if (guess !== undefined) {
    return roots.reduce((best, r) => (r.minus(guess).abs().lt(best.minus(guess).abs()) ? r : best));
  }
  return fail(
    'several_roots',
    { roots: Object.freeze(roots) },
    'one root',
    `${roots.length} roots`,
    `${roots.length} rates make the value zero (${roots.map((r) => r.toSignificantDigits(10).toString()).join(', ')}); give a guess to pick one`,
  );
}

// Every root in [low, high], ascending.
function searchRoots(flows: Flows, low: Decimal, high: Decimal, changes: number, maxIterations: number): Decimal[] {
  const found: Root[] = [];
  let sum = 0n;
  for (const c of flows.coefficients) sum += c;
  // r = 0 is v = 1 on both sides, where the value is the plain sum: decided exactly.
  // Signs of the range's ends, read once (a comparison with 0 would make a Decimal of 0 each time).
  const lowSign = signOf(low);
  const highSign = signOf(high);
  if (sum === 0n && lowSign <= 0 && highSign >= 0) found.push({ rate: new D(0), exact: true });
  const lowRate = low === defaults().low.value ? defaults().low : discountRate(low);
  const highRate = high === defaults().high.value ? defaults().high : discountRate(high);
  const sides: Array<{ side: 'discount' | 'growth'; from: number; to: number }> = [];
  // Discount side (r ≥ 0): v = (1 + r)^(−1/n) runs from v(high) up to v(max(low, 0)).
  if (highSign > 0)
    sides.push({
      side: 'discount',
      from: stepFloat(highRate, flows.denominator, -1),
      to: lowSign > 0 ? stepFloat(lowRate, flows.denominator, -1) : 1,
    });
  // Growth side (r ≤ 0): v = (1 + r)^(1/n) runs from v(low) up to v(min(high, 0)).
  if (lowSign < 0)
    sides.push({
      side: 'growth',
      from: stepFloat(lowRate, flows.denominator, 1),
      to: highSign < 0 ? stepFloat(highRate, flows.denominator, 1) : 1,
    });
  const oneRootOnly = changes === 1 && sum === 0n; // Descartes: that one root is r = 0.

  let previous: RatePolynomial | undefined; // the other side's, which lends its floats
  for (const { side, from, to } of sides) {
    if (oneRootOnly || !(from < to)) continue;
    if (changes === 1 && found.length > 0) break; // Descartes: the one root is found
    const p = ratePolynomial(flows, side, previous);
    previous = p;
    const located = changes === 1 ? (singleBracket(p, from, to, sum) ?? locate(p, from, to)) : locate(p, from, to);
    if (!located.complete) {
      fail(
        'did_not_converge',
        { low, high, iterations: maxIterations },
        'a converging solve',
        'an undecided search',
        'the search for roots did not finish: too many places where the value is too close to zero to tell',
      );
    }
    if (located.brackets.length === 0 && located.suspects.length === 0) continue;
    const exact = exactPolynomial(p);
    const outcomes: Array<CertifiedRoot | Unconverged | undefined> = [
      ...located.brackets.map(([a, b]) => certifyRoot(exact, refineInFloats(p, a, b), a, b, maxIterations)),
      ...located.suspects.flatMap(([a, b]) => examineSuspect(exact, a, b, maxIterations)),
    ];
    for (const outcome of outcomes) {
      if (outcome === undefined) continue;
      if (!('v' in outcome)) {
        const [a, b] = orderRates(rateAt(p, outcome.low), rateAt(p, outcome.high));
        fail(
          'did_not_converge',
          { low: a, high: b, iterations: outcome.iterations },
          'a converging solve',
          `${outcome.iterations} steps`,
          `no convergence after ${outcome.iterations} steps; the root lies between ${a} and ${b}`,
        );
      }
      found.push(snap(flows, p, outcome));
    }
  }
  const inRange = found.filter((r) => r.rate.gte(low) && r.rate.lte(high)).sort((x, y) => x.rate.comparedTo(y.rate));
  // The same root seen from both sides of r = 0, or from two touching cells, counts once.
  const distinct: Root[] = [];
  for (const r of inRange) {
    const previous = distinct.at(-1);
    if (previous !== undefined && r.rate.minus(previous.rate).abs().lte(r.rate.plus(1).times(TOLERANCE).times(1000))) {
      if (r.exact && !previous.exact) distinct[distinct.length - 1] = r;
      continue;
    }
    distinct.push(r);
  }
  return distinct.map((r) => r.rate);
}

// With one sign change there is exactly one positive root of the polynomial: it lies in this
// side's range when the value has opposite signs at its ends. `undefined` when a float sign is
// too close to zero to trust (the cell search then decides).
function singleBracket(p: RatePolynomial, from: number, to: number, sum: bigint): Located | undefined {
  const signAt = (v: number): number | undefined => {
    if (v === 1) return sum > 0n ? 1 : -1;
    const parts = partsAt(p, v);
    const value = parts.plus - parts.minus;
    return Math.abs(value) > floatSlack(p.floats.length) * (parts.plus + parts.minus) ? Math.sign(value) : undefined;
  };
  const a = signAt(from);
  const b = signAt(to);
  if (a === undefined || b === undefined) return undefined;
  return { brackets: a === b ? [] : [[from, to]], suspects: [], complete: true };
}

// A root that is a short decimal is returned exactly when the value there is exactly zero: when
// the root's digits run into eight zeros or nines within its first 20, the decimal they round to
// is checked against the certified bracket and then exactly. Irrational roots show no such run,
// so they cost nothing more.
function snap(flows: Flows, p: RatePolynomial, root: CertifiedRoot): Root {
  const rate = rateAt(p, root.v);
  const digits = rate.abs().toFixed().replace('.', '').replace(/^0+/, '');
  const run = /(?:0{8}|9{8})/.exec(digits.slice(0, 28));
  if (run === null || run.index > 20) return { rate, exact: false };
  const candidate = rate.toSignificantDigits(Math.max(1, run.index));
  const [low, high] = orderRates(rateAt(p, root.low), rateAt(p, root.high));
  if (candidate.lt(low) || candidate.gt(high) || candidate.lte(-1)) return { rate, exact: false };
  return exactSign(flows, discountRate(candidate)) === 0 ? { rate: candidate, exact: true } : { rate, exact: false };
}

// Throws a solver error about the flows, with its data and one issue.
function fail<C extends ErrorCode>(
  code: C,
  data: ErrorDataByCode[C],
  expected: string,
  received: string,
  message: string,
): never {
  throw new DealcalcError(code, data, [{ path: ['flows'], expected, received, message }], message);
}

function orderRates(a: Decimal, b: Decimal): [Decimal, Decimal] {
  return a.lte(b) ? [a, b] : [b, a];
}

const signOf = (x: Decimal): number => (x.isZero() ? 0 : x.isNeg() ? -1 : 1);

// v = (1 + r)^(sign/n) as a float, for the ends of the search (locating only).
function stepFloat(rate: DiscountRate, n: number, sign: 1 | -1): number {
  const growth = floatOf((rate.growth << BigInt(WORK_BITS)) / pow10(rate.places));
  const v = growth ** (sign / n);
  return Math.min(1, Math.max(v, Number.MIN_VALUE));
}
