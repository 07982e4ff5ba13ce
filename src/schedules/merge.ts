import { DealcalcError, invalid, limitExceeded } from '../errors/DealcalcError.ts';
import { D, inRange, type Decimal } from '../money/decimal.ts';
import { commonAxis } from './axis.ts';
import { buildSchedule, readSchedule, type Schedule } from './schedule.ts';

/**
 * Sum of schedules by period: one installment per period holding everything paid in it.
 * The total of the result is exactly the sum of the totals.
 *
 * @param schedules - One or more schedules in one currency, with one frequency and, where
 *   anchored, one start date.
 *
 * @throws {DealcalcError} `invalid_input` for no schedules, a value that is not a schedule or
 *   different start dates; `limit_exceeded` for a period summing to more than 1e30;
 *   `currency_mismatch` and `frequency_mismatch` naming the first schedule that differs.
 *
 * @example
 * merge(installments('7B', 2), lumpSum('100B', { start: 1 })).installments.map((i) => i.amount.toString())
 * //=> ['7000000000', '107000000000']
 */
export function merge(...schedules: Schedule[]): Schedule {
  schedules = schedules.map((s, index) => readSchedule(s, ['schedules', index]));
  const axis = commonAxis(schedules);
  const first = schedules[0];
  if (axis === undefined || first === undefined) {
    return invalid([
      {
        path: ['schedules'],
        expected: 'at least one schedule',
        received: 'none',
        message: 'expected at least one schedule, received none',
      },
    ]);
  }
  const byPeriod = new Map<number, Decimal>();
  schedules.forEach((s, index) => {
    if (s.currency !== first.currency) {
      const message = `expected every schedule in ${first.currency}, received ${s.currency} at index ${index}`;
      throw new DealcalcError('currency_mismatch', { expected: first.currency, received: s.currency }, [
        { path: ['schedules', index, 'currency'], expected: first.currency, received: s.currency, message },
      ]);
    }
    for (const i of s.installments) byPeriod.set(i.period, (byPeriod.get(i.period) ?? new D(0)).plus(i.amount));
  });
  const list = [...byPeriod].map(([period, amount]) => ({ period, amount }));
  const out = list.find((i) => !inRange(i.amount));
  if (out !== undefined)
    limitExceeded(
      ['schedules'],
      '1e30',
      'sums of at most 1e30 per period',
      `${out.amount.toExponential(3)} in period ${out.period}`,
    );
  return buildSchedule({ currency: first.currency, ...axis }, list);
}
