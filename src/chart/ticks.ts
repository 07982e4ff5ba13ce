import { invalidAt } from '../errors/DealcalcError.ts';
import { currencyCode } from '../money/amount.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { D, decimal, type Decimal } from '../money/decimal.ts';
import { formatAmount, type AmountUnit } from '../money/format.ts';
import { wholeNumber } from '../money/integer.ts';

/** The unit a money axis labels its ticks in. */
export type AxisUnit = Exclude<AmountUnit, 'K'> | 'none';

const NICE = ['1', '2', '2.5', '5'];

/**
 * Round axis ticks covering [min, max]: a step of 1, 2, 2.5 or 5 × 10^k giving about `target`
 * intervals, and the ticks from the step multiple at or below `min` to the one at or above `max`.
 * Zero is always included.
 *
 * @throws {DealcalcError} `invalid_input` naming `min` or `max` for anything but a finite
 *   decimal, or `target` for anything but a whole number from 1 to 100.
 *
 * @example
 * roundTicks(decimal('0'), decimal('25e9')).map(String) //=> ['0', '5000000000', '10000000000', '15000000000', '20000000000', '25000000000']
 */
export function roundTicks(min: Decimal, max: Decimal, target = 5): Decimal[] {
  const lo = decimal(min, { path: ['min'] });
  const hi = decimal(max, { path: ['max'] });
  const intervals = wholeNumber(target, { path: ['target'], min: 1, max: 100 });
  const low = lo.gt(0) ? new D(0) : lo;
  const high = hi.lt(0) ? new D(0) : hi;
  const span = high.minus(low);
  if (span.isZero()) return [new D(0), new D(1)];
  const step = niceAtLeast(span.div(intervals));
  const start = low.div(step).floor();
  const end = high.div(step).ceil();
  const ticks: Decimal[] = [];
  for (let k = start; k.lte(end); k = k.plus(1)) ticks.push(k.times(step));
  return ticks;
}

/**
 * Ticks for two axes drawn over one plot that share their zero and their grid lines: the left
 * covers [0, leftMax] (bars), the right [rightMin, rightMax] (lines). Both get the same number
 * of intervals below and above zero, each with its own round step, chosen to waste the least
 * height (4 to 7 intervals).
 *
 * @throws {DealcalcError} `invalid_input` naming `leftMax`, `rightMin` or `rightMax` for anything
 *   but a finite decimal.
 *
 * @example
 * const t = sharedZeroTicks(decimal('25e9'), decimal('-7e9'), decimal('144e9'));
 * t.left.map((x) => x.div(1e9).toString())  //=> ['-5', '0', '5', '10', '15', '20', '25', '30']
 * t.right.map((x) => x.div(1e9).toString()) //=> ['-25', '0', '25', '50', '75', '100', '125', '150']
 */
export function sharedZeroTicks(
  leftMax: Decimal,
  rightMin: Decimal,
  rightMax: Decimal,
): {
  /** Ticks of the left axis, ascending, a round step apart, zero among them. */
  left: Decimal[];
  /** Ticks of the right axis: as many as the left, zero at the same index. */
  right: Decimal[];
} {
  const l = decimal(leftMax, { path: ['leftMax'] });
  const rLow = decimal(rightMin, { path: ['rightMin'] });
  const rHigh = decimal(rightMax, { path: ['rightMax'] });
  const lMax = l.gt(0) ? l : new D(0);
  const rMax = rHigh.gt(0) ? rHigh : new D(0);
  const rMin = rLow.lt(0) ? rLow.neg() : new D(0);
  let best: { score: Decimal; left: Decimal; right: Decimal; below: number; above: number } | undefined;
  for (let n = 4; n <= 7; n += 1) {
    for (let below = rMin.isZero() ? 0 : 1; below < n; below += 1) {
      const above = n - below;
      const left = lMax.isZero() ? new D(1) : niceAtLeast(lMax.div(above));
      const needed = D.max(rMax.div(above), below === 0 ? new D(0) : rMin.div(below));
      const right = needed.isZero() ? new D(1) : niceAtLeast(needed);
      // Height left empty on each axis, as a share of the plot; fewer intervals break ties.
      const leftWaste = new D(1).minus(lMax.div(left.times(n)));
      const rightWaste = new D(1).minus(rMax.plus(rMin).div(right.times(n)));
      const score = leftWaste.plus(rightWaste).plus(new D(n).div(1000));
      if (best === undefined || score.lt(best.score)) best = { score, left, right, below, above };
    }
  }
  const b = best!;
  const ticks = (step: Decimal): Decimal[] =>
    Array.from({ length: b.below + b.above + 1 }, (_, k) => step.times(k - b.below));
  return { left: ticks(b.left), right: ticks(b.right) };
}

/**
 * Labels for money ticks in one unit, with as few decimal places as tell them apart exactly:
 * `$0B`, `$25B`, `-$50B`, `$2.5B`.
 *
 * @throws {DealcalcError} `invalid_input` at `ticks` for anything but a list of finite decimals
 *   (or at the first tick that is not one), at `currency` for an unknown currency code.
 *
 * @example
 * tickLabels([decimal('0'), decimal('2.5e9'), decimal('5e9')], 'USD').labels //=> ['$0.0B', '$2.5B', '$5.0B']
 */
export function tickLabels(
  ticks: readonly Decimal[],
  currency: CurrencyCode,
): {
  /** The unit every label is written in: `'T'` from 1e12, `'B'` from 1e9, `'M'` from 1e6, else `'none'`. */
  unit: AxisUnit;
  /** One label per tick, in order. */
  labels: string[];
} {
  if (!Array.isArray(ticks)) invalidAt(['ticks'], 'a list of decimals', ticks);
  const values = ticks.map((t, k) => decimal(t, { path: ['ticks', k] }));
  currencyCode(currency);
  const largest = values.reduce((a, t) => (t.abs().gt(a) ? t.abs() : a), new D(0));
  const unit: AxisUnit = largest.gte('1e12') ? 'T' : largest.gte('1e9') ? 'B' : largest.gte('1e6') ? 'M' : 'none';
  const scale = unit === 'T' ? new D('1e12') : unit === 'B' ? new D('1e9') : unit === 'M' ? new D('1e6') : new D(1);
  let places = 0;
  while (places < 6 && values.some((t) => !t.div(scale).eq(t.div(scale).toDecimalPlaces(places)))) places += 1;
  return { unit, labels: values.map((value) => formatAmount({ value, currency }, { places, unit })) };
}

// The smallest 1, 2, 2.5 or 5 × 10^k at or above x (x > 0).
function niceAtLeast(x: Decimal): Decimal {
  let magnitude = new D(10).pow(x.log(10).floor());
  for (;;) {
    for (const m of NICE) {
      const step = magnitude.times(m);
      if (step.gte(x)) return step;
    }
    magnitude = magnitude.times(10);
  }
}
