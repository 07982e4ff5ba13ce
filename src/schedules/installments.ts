import type { AmountInput } from '../money/amount.ts';
import { wholeNumber } from '../money/integer.ts';
import {
  buildSchedule,
  MAX_INSTALLMENTS,
  MAX_PERIOD,
  readAmounts,
  readScheduleOptions,
  requireNonNegative,
  type Schedule,
  type ScheduleOptions,
} from './schedule.ts';
import { lastPeriod } from './limits.ts';

/**
 * `count` equal installments of `amountEach` in consecutive periods from `start`:
 * "$25B a year for 8 years" is `installments('25B', 8)`. The total is exactly
 * `amountEach × count`.
 *
 * @param amountEach - Amount of each installment, ≥ 0.
 * @param count - Number of installments, a whole number from 1 to 10,000.
 * @param options - Start period or date, frequency, currency (see {@link ScheduleOptions}).
 *
 * @throws {DealcalcError} `invalid_input` for a negative amount or a count that is not a whole
 *   number ≥ 1; `limit_exceeded` for counts above 10,000 or a last period above 10,000.
 *
 * @example
 * const s = installments('25B', 8);
 * s.installments.length                  //=> 8
 * s.installments[7].period               //=> 7
 */
export function installments(amountEach: AmountInput, count: number, options?: ScheduleOptions): Schedule {
  const read = readScheduleOptions(options);
  const {
    currency,
    values: [each],
  } = readAmounts([[['amountEach'], amountEach]], read.currency);
  requireNonNegative(each, ['amountEach']);
  const n = wholeNumber(count, { path: ['count'], min: 1, max: MAX_INSTALLMENTS });
  lastPeriod(read.start, n, MAX_PERIOD);
  const list = Array.from({ length: n }, (_, k) => ({ period: read.start + k, amount: each }));
  return buildSchedule({ currency, frequency: read.frequency, startDate: read.startDate }, list);
}
