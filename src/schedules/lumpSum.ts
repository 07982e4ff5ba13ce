import type { AmountInput } from '../money/amount.ts';
import {
  buildSchedule,
  readAmounts,
  readScheduleOptions,
  requireNonNegative,
  type Schedule,
  type ScheduleOptions,
} from './schedule.ts';

/**
 * The whole amount in one installment, in period `start` (default 0).
 *
 * @param total - Amount paid, ≥ 0: an Amount, a decimal, or shorthand such as `'200B'`.
 * @param options - Start period or date, frequency, currency (see {@link ScheduleOptions}).
 * @returns A schedule with one installment.
 *
 * @throws {DealcalcError} `invalid_input` for a negative or unreadable amount or bad options;
 *   `currency_mismatch` when the amount names another currency than `options.currency`.
 *
 * @example
 * lumpSum('200B').installments.map((i) => [i.period, i.amount.toString()])
 * //=> [[0, '200000000000']]
 */
export function lumpSum(total: AmountInput, options?: ScheduleOptions): Schedule {
  const read = readScheduleOptions(options);
  const {
    currency,
    values: [value],
  } = readAmounts([[['total'], total]], read.currency);
  requireNonNegative(value, ['total']);
  return buildSchedule({ currency, frequency: read.frequency, startDate: read.startDate }, [
    { period: read.start, amount: value },
  ]);
}
