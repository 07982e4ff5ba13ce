import { D, type Decimal } from '../money/decimal.ts';

/**
 * Round axis ticks covering [min, max]: a step of 1, 2, 2.5 or 5 × 10^k giving about `target`
 * intervals, and the ticks from the step multiple at or below `min` to the one at or above `max`.
 * Zero is always included.
 *
 * @example
 * roundTicks(decimal('0'), decimal('25e9')).map(String) //=> ['0', '5000000000', '10000000000', '15000000000', '20000000000', '25000000000']
 */
export function roundTicks(min: Decimal, max: Decimal, target = 5): Decimal[] {
  const low = min.gt(0) ? new D(0) : min;
  const high = max.lt(0) ? new D(0) : max;
  const span = high.minus(low);
  if (span.isZero()) return [new D(0), new D(1)];
  const raw = span.div(target);
  const magnitude = new D(10).pow(raw.log(10).floor());
  const step = [1, 2, 2.5, 5, 10].map((m) => magnitude.times(m)).find((s) => s.gte(raw)) ?? magnitude.times(10);
  const start = low.div(step).floor();
  const end = high.div(step).ceil();
  const ticks: Decimal[] = [];
  for (let k = start; k.lte(end); k = k.plus(1)) ticks.push(k.times(step));
  return ticks;
}
