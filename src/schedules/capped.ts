import { DealcalcError } from '../errors/DealcalcError.ts';
import type { AmountInput } from '../money/amount.ts';
import { lastPeriod } from './limits.ts';
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

/**
 * `total` paid at most `cap` per period until done: full `cap` installments, then what is
 * left. "$200B, at most $20B a year" is 10 installments of $20B; "$350B, at most $20B" is
 * 17 of $20B and one of $10B. There are ⌈total ÷ cap⌉ installments (none for a total of 0).
 *
 * @param total - Amount to pay, ≥ 0.
 * @param cap - Most paid in any one period, > 0.
 * @param options - Start period or date, frequency, currency (see {@link ScheduleOptions}).
 *
 * @throws {DealcalcError} `invalid_input` for a negative total or a cap ≤ 0;
 *   `currency_mismatch` when total and cap name different currencies;
 *   `limit_exceeded` when more than 10,000 installments would be needed.
 *
 * @example
 * capped('200B', '20B').installments.length //=> 10
 * const s = capped('350B', '20B');
 * s.installments.length                     //=> 18
 * s.installments[17].amount.toString()      //=> '10000000000'
 */
export function capped(total: AmountInput, cap: AmountInput, options?: ScheduleOptions): Schedule {
  const read = readScheduleOptions(options);
  const {
    currency,
    values: [whole, most],
  } = readAmounts(
    [
      [['total'], total],
      [['cap'], cap],
    ] as const,
    read.currency,
  );
  requireNonNegative(whole, ['total']);
  requireNonNegative(most, ['cap'], true);
  const count = whole.div(most).ceil();
  if (count.gt(MAX_INSTALLMENTS)) {
    const received = `${count.toString()} installments`;
    throw new DealcalcError('limit_exceeded', { argument: 'cap', limit: String(MAX_INSTALLMENTS), received }, [
      {
        path: ['cap'],
        expected: `a cap that needs at most ${MAX_INSTALLMENTS} installments`,
        received,
        message: `expected a cap that needs at most ${MAX_INSTALLMENTS} installments, received one that needs ${received}`,
      },
    ]);
  }
  const n = count.toNumber();
  if (n > 0) lastPeriod(read.start, n, MAX_PERIOD);
  const list = Array.from({ length: n }, (_, k) => ({
    period: read.start + k,
    amount: k < n - 1 ? most : whole.minus(most.times(n - 1)),
  }));
  return buildSchedule({ currency, frequency: read.frequency, startDate: read.startDate }, list);
}
