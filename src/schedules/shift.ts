import { invalid, limitExceeded } from '../errors/DealcalcError.ts';
import { wholeNumber } from '../money/integer.ts';
import { buildSchedule, MAX_PERIOD, readSchedule, type Schedule } from './schedule.ts';

/**
 * Moves every installment `periods` later (or earlier, when negative). The start date, if
 * any, stays: period 0 is still the same day, the money moves. Totals are unchanged.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule, or when `periods` is not a whole number or an
 *   installment would land before period 0; `limit_exceeded` past period 10,000.
 *
 * @example
 * shift(installments('7B', 2), 3).installments.map((i) => i.period) //=> [3, 4]
 */
export function shift(schedule: Schedule, periods: number): Schedule {
  const s = readSchedule(schedule);
  const by = wholeNumber(periods, { path: ['periods'], min: -MAX_PERIOD, max: MAX_PERIOD });
  const first = s.installments[0];
  const last = s.installments[s.installments.length - 1];
  if (last !== undefined && last.period + by > MAX_PERIOD)
    limitExceeded(
      ['periods'],
      MAX_PERIOD,
      `a shift of at most ${MAX_PERIOD - last.period} (periods end at ${MAX_PERIOD})`,
      `${by} (last installment is in period ${last.period})`,
    );
  if (first !== undefined && first.period + by < 0) {
    const received = `${by} (first installment is in period ${first.period})`;
    invalid([
      {
        path: ['periods'],
        expected: `a shift of at least ${-first.period}`,
        received,
        message: `expected a shift of at least ${-first.period}, received ${received}`,
      },
    ]);
  }
  return buildSchedule(
    s,
    s.installments.map((i) => ({ period: i.period + by, amount: i.amount })),
  );
}
