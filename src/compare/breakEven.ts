import { D, type Decimal } from '../money/decimal.ts';
import { periodsPerYear, type Frequency } from '../schedules/frequency.ts';

/**
 * The annual discount rate at which two streams have equal present value:
 * - `rate`: exactly one such rate above −100% in the searched range;
 * - `several`: more than one (all of them, ascending);
 * - `every-rate`: the streams are identical;
 * - `none`: no such rate, with the reason (the gap never changes sign, or no root in the
 *   searched range −99% … 1000%).
 */
export type BreakEven =
  | { readonly kind: 'rate'; readonly rate: Decimal }
  | { readonly kind: 'several'; readonly rates: readonly Decimal[] }
  | { readonly kind: 'every-rate' }
  | { readonly kind: 'none'; readonly reason: string };

// Scan grid for sign changes of the present-value gap, in annual rates.
const SCAN: readonly string[] = [
  '-0.99', '-0.95', '-0.9', '-0.8', '-0.7', '-0.6', '-0.5', '-0.4', '-0.3', '-0.25', '-0.2', '-0.15', '-0.1', '-0.075', '-0.05', '-0.025',
  '0', '0.01', '0.02', '0.03', '0.04', '0.05', '0.06', '0.08', '0.1', '0.125', '0.15', '0.2', '0.25', '0.3', '0.4', '0.5', '0.75', '1', '1.5', '2', '3', '5', '10',
];
const TOLERANCE = new D('1e-20');
const MAX_ITERATIONS = 200;

/**
 * Break-even annual rate of a per-period gap stream (a − b): the rates r at which
 * Σ gap_p (1 + r)^−(p ÷ n) = 0. The gap's present value is scanned on a fixed grid of rates
 * from −99% to 1000%; each sign change is narrowed by bisection to 1e-20.
 */
export function breakEvenRate(gaps: ReadonlyArray<{ period: number; amount: Decimal }>, frequency: Frequency): BreakEven {
  const flows = gaps.filter((g) => !g.amount.isZero());
  if (flows.length === 0) return { kind: 'every-rate' };
  if (flows.every((g) => g.amount.gt(0)) || flows.every((g) => g.amount.lt(0))) {
    return { kind: 'none', reason: `one side pays more in every period, so its present value is larger at every rate` };
  }
  const n = periodsPerYear(frequency);
  const value = (rate: Decimal): Decimal => {
    const growth = rate.plus(1);
    let pv = new D(0);
    for (const { period, amount } of flows) pv = pv.plus(amount.div(growth.pow(new D(period).div(n))));
    return pv;
  };
  const roots: Decimal[] = [];
  let low = new D(SCAN[0]!);
  let fLow = value(low);
  for (const text of SCAN.slice(1)) {
    const high = new D(text);
    const fHigh = value(high);
    if (fLow.isZero()) roots.push(low);
    else if (!fHigh.isZero() && fLow.gt(0) !== fHigh.gt(0)) roots.push(bisect(value, low, high, fLow));
    low = high;
    fLow = fHigh;
  }
  if (fLow.isZero()) roots.push(low);
  if (roots.length === 0) return { kind: 'none', reason: 'the present values never cross between -99% and 1000%' };
  if (roots.length === 1) return { kind: 'rate', rate: roots[0]! };
  return { kind: 'several', rates: Object.freeze(roots) };
}

function bisect(f: (r: Decimal) => Decimal, low: Decimal, high: Decimal, fLow: Decimal): Decimal {
  let a = low;
  let b = high;
  let fa = fLow;
  for (let k = 0; k < MAX_ITERATIONS && b.minus(a).gt(TOLERANCE); k += 1) {
    const mid = a.plus(b).div(2);
    const fm = f(mid);
    if (fm.isZero()) return mid;
    if (fm.gt(0) === fa.gt(0)) {
      a = mid;
      fa = fm;
    } else b = mid;
  }
  return a.plus(b).div(2);
}
