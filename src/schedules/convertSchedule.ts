import { describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import type { IsoDate } from '../dates/calendarDate.ts';
import { exactTimes } from '../money/decimal.ts';
import { fxRateAt, isFxPath, requirePathCurrency, type FxPath } from '../money/fxPath.ts';
import { buildSchedule, periodDate, type Schedule } from './schedule.ts';

/** Where each installment of a schedule falls on a path: its period, or its date for a path by date. */
export function pathKeys(schedule: Schedule, path: FxPath, argument: readonly PathSegment[]): Array<number | IsoDate> {
  if (!isFxPath(path)) {
    return invalid([
      {
        path: argument,
        expected: 'an FX path (from fxPath)',
        received: describeValue(path),
        message: `expected an FX path (from fxPath), received ${describeValue(path)}`,
      },
    ]);
  }
  requirePathCurrency(path, schedule.currency, ['schedule', 'currency']);
  if (path.by === 'period') return schedule.installments.map((i) => i.period);
  if (schedule.startDate === undefined) {
    return invalid([
      {
        path: ['schedule', 'startDate'],
        expected: 'a schedule with a start date (the FX path is by date)',
        received: 'none',
        message:
          'expected a schedule anchored to the calendar (a startDate) to read an FX path by date, received one without',
      },
    ]);
  }
  return schedule.installments.map((i) => periodDate(schedule, i.period)!);
}

/**
 * A schedule converted along an FX path: each installment at the rate in force in its period
 * (paths by period) or on its date (paths by date; the schedule needs a start date), exactly.
 *
 * @param schedule - A schedule in the path's `from` currency.
 * @param path - The exchange-rate path.
 * @returns The same installments in the path's `to` currency.
 *
 * @throws {DealcalcError} `currency_mismatch` when the schedule is not in the path's `from`
 *   currency; `invalid_input` for a path by date and a schedule without a start date, or an
 *   installment before the path's first rate.
 *
 * @example
 * const won = fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] });
 * convertSchedule(installments('20B', 3), won).installments.map((i) => formatAmount({ value: i.amount, currency: 'KRW' }))
 * //=> ['₩28.0T', '₩29.0T', '₩30.0T']
 */
export function convertSchedule(schedule: Schedule, path: FxPath): Schedule {
  const keys = pathKeys(schedule, path, ['path']);
  const list = schedule.installments.map((i, k) => ({
    period: i.period,
    amount: exactTimes(i.amount, fxRateAt(path, keys[k]!, ['schedule', 'installments', k]).rate),
  }));
  return buildSchedule({ currency: path.to, frequency: schedule.frequency, startDate: schedule.startDate }, list);
}
