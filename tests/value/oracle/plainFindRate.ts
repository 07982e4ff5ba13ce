import { DealcalcError, invalid } from '../../../src/errors/DealcalcError.ts';
import { D, type Decimal } from '../../../src/money/decimal.ts';
import { valueAt, type TimedFlows } from './plainTimedFlows.ts';

import { MAX_ITERATIONS, SEARCH_HIGH, SEARCH_LOW, TOLERANCE } from '../../../src/value/findRate.ts';

type FindRateOptions = {
  readonly guess?: Decimal;
  readonly low?: Decimal;
  readonly high?: Decimal;
  readonly maxIterations?: number;
};

/**
 * The rate r at which Σ c (1 + r)^−t = 0.
 *
 * Method: the flows must change sign (else `no_sign_change`). The value is evaluated on a
 * fixed grid of about 250 growth factors 1 + r between the range ends (dense near r = 0,
 * geometric towards −100% and towards the top); every sign change is a bracket, narrowed by
 * Newton steps kept inside the bracket by bisection until it is 1e−28 of 1 + r wide; a grid
 * interval where the slope changes sign and the value touches zero (within 1e−30 of the sum of
 * the absolute discounted flows) holds a double root, found by bisection on the slope. The
 * grid is fixed and the arithmetic is exact decimal, so every machine gives the same answer.
 *
 * @throws {DealcalcError} `no_sign_change`; `no_root_in_range` (with the range);
 *   `several_roots` (all roots found, ascending) when no guess picks one;
 *   `did_not_converge` (with the last bracket) after {@link MAX_ITERATIONS} steps.
 */
export function findRate(flows: TimedFlows, options: FindRateOptions = {}): Decimal {
  const nonZero = flows.amounts.filter((a) => !a.isZero());
  if (nonZero.length === 0) {
    return invalid([
      {
        path: ['flows'],
        expected: 'at least one non-zero flow',
        received: 'only zeros',
        message: 'expected at least one non-zero flow, received only zeros',
      },
    ]);
  }
  if (!nonZero.some((a) => a.gt(0)) || !nonZero.some((a) => a.lt(0))) {
    const message = 'no rate makes the value zero: every flow has the same sign';
    throw new DealcalcError(
      'no_sign_change',
      { count: flows.amounts.length },
      [{ path: ['flows'], expected: 'flows of both signs', received: 'flows of one sign', message }],
      message,
    );
  }
  const low = options.low ?? new D(SEARCH_LOW);
  const high = options.high ?? new D(SEARCH_HIGH);
  if (low.lte(-1) || high.lte(low)) {
    invalid([
      {
        path: ['low'],
        expected: 'a range with -1 < low < high',
        received: `${low.toString()} … ${high.toString()}`,
        message: `expected a search range with -1 < low < high, received ${low.toString()} … ${high.toString()}`,
      },
    ]);
  }

  const grid = scanGrid(low, high);
  const points = grid.map((r) => ({ r, ...valueAt(flows, r) }));
  const roots: Decimal[] = [];
  for (let k = 0; k < points.length; k += 1) {
    const p = points[k]!;
    if (p.value.isZero()) {
      roots.push(p.r);
      continue;
    }
    const q = points[k + 1];
    if (q === undefined || q.value.isZero()) continue;
    if (p.value.gt(0) !== q.value.gt(0))
      roots.push(refine(flows, p.r, q.r, p.value, options.maxIterations ?? MAX_ITERATIONS));
    else if (p.slope.gt(0) !== q.slope.gt(0)) {
      const touch = extremum(flows, p.r, q.r, p.slope);
      if (touch !== undefined) roots.push(touch);
    }
  }
  const distinct = roots.filter(
    (r, k) =>
      k === 0 ||
      r
        .minus(roots[k - 1]!)
        .abs()
        .gt(r.plus(1).times(TOLERANCE).times(1000)),
  );
  if (distinct.length === 0) {
    const message = `the value never reaches zero for rates from ${low.toString()} to ${high.toString()}`;
    throw new DealcalcError(
      'no_root_in_range',
      { low, high },
      [
        {
          path: ['flows'],
          expected: `a root between ${low.toString()} and ${high.toString()}`,
          received: 'none',
          message,
        },
      ],
      message,
    );
  }
  if (distinct.length === 1) return distinct[0]!;
  if (options.guess !== undefined) {
    const guess = options.guess;
    return distinct.reduce((best, r) => (r.minus(guess).abs().lt(best.minus(guess).abs()) ? r : best));
  }
  const message = `${distinct.length} rates make the value zero (${distinct.map((r) => r.toSignificantDigits(10).toString()).join(', ')}); give a guess to pick one`;
  throw new DealcalcError(
    'several_roots',
    { roots: Object.freeze(distinct) },
    [{ path: ['flows'], expected: 'one root', received: `${distinct.length} roots`, message }],
    message,
  );
}

// Growth factors 1 + r: geometric near 0 and at the top, 1% steps over the usual range.
function scanGrid(low: Decimal, high: Decimal): Decimal[] {
  const xs: Decimal[] = [];
  for (const e of [-30, -26, -22, -19, -16, -14, -12, -10, -9, -8, -7, -6, -5, -4]) xs.push(new D(10).pow(e));
  for (const m of ['0.0003', '0.001', '0.002', '0.005']) xs.push(new D(m));
  for (let k = 1; k <= 150; k += 1) xs.push(new D(k).div(100)); // 0.01 … 1.50
  for (let k = 31; k <= 60; k += 1) xs.push(new D(k).div(20)); // 1.55 … 3.00
  for (let k = 13; k <= 40; k += 1) xs.push(new D(k).div(4)); // 3.25 … 10
  for (let k = 3; k <= 20; k += 1) xs.push(new D(k * 5)); // 15 … 100
  for (let x = new D(200); x.lte('1000001'); x = x.times(2)) xs.push(x);
  const rates = xs.map((x) => x.minus(1)).filter((r) => r.gt(low) && r.lt(high));
  return [low, ...rates, high];
}

function refine(flows: TimedFlows, a0: Decimal, b0: Decimal, fa0: Decimal, maxIterations: number): Decimal {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let x = a.plus(b).div(2);
  for (let k = 0; k < maxIterations; k += 1) {
    if (b.minus(a).lte(a.plus(1).times(TOLERANCE))) return snap(flows, a.plus(b).div(2));
    const { value, slope } = valueAt(flows, x);
    if (value.isZero()) return x;
    if (value.gt(0) === fa.gt(0)) {
      a = x;
      fa = value;
    } else b = x;
    // Newton from x, kept inside the bracket; otherwise bisect.
    const newton = slope.isZero() ? undefined : x.minus(value.div(slope));
    const inside = newton !== undefined && newton.gt(a) && newton.lt(b);
    x = inside ? newton : a.plus(b).div(2);
    // Newton can creep along one side; force a bisection when it lands on a bracket end.
    if (inside && (x.minus(a).lte(a.plus(1).times(TOLERANCE)) || b.minus(x).lte(a.plus(1).times(TOLERANCE))))
      x = a.plus(b).div(2);
  }
  const message = `no convergence after ${maxIterations} steps; the root lies between ${a.toString()} and ${b.toString()}`;
  throw new DealcalcError(
    'did_not_converge',
    { low: a, high: b, iterations: maxIterations },
    [{ path: ['flows'], expected: 'a converging solve', received: `${maxIterations} steps`, message }],
    message,
  );
}

// A root that is a short decimal (−0.558, 0.1) is returned exactly when the value there is
// exactly zero; otherwise the midpoint of the final bracket.
function snap(flows: TimedFlows, root: Decimal): Decimal {
  for (let digits = 1; digits <= 28; digits += 1) {
    const candidate = root.toSignificantDigits(digits);
    if (
      candidate.gt(-1) &&
      candidate.minus(root).abs().lte(root.plus(1).times(TOLERANCE).times(10)) &&
      valueAt(flows, candidate).value.isZero()
    )
      return candidate;
  }
  return root;
}

// A root of even multiplicity: where the slope changes sign and the value reaches zero.
function extremum(flows: TimedFlows, a0: Decimal, b0: Decimal, slopeA: Decimal): Decimal | undefined {
  let a = a0;
  let b = b0;
  const rising = slopeA.gt(0);
  for (let k = 0; k < MAX_ITERATIONS && b.minus(a).gt(a.plus(1).times(TOLERANCE)); k += 1) {
    const mid = a.plus(b).div(2);
    const { slope } = valueAt(flows, mid);
    if (slope.isZero()) {
      a = mid;
      b = mid;
      break;
    }
    if (slope.gt(0) === rising) a = mid;
    else b = mid;
  }
  const r = a.plus(b).div(2);
  const { value, scale } = valueAt(flows, r);
  return value.abs().lte(scale.times('1e-30')) ? r : undefined;
}
