import { describeValue, invalid } from '../errors/DealcalcError.ts';
import type { AmountInput } from '../money/amount.ts';
import {
  buildSchedule,
  MAX_INSTALLMENTS,
  readAmounts,
  readScheduleOptions,
  type Schedule,
  type ScheduleOptions,
} from './schedule.ts';
import { DealcalcError } from '../errors/DealcalcError.ts';

/** An installment as written by hand: a period and an amount. */
export interface InstallmentInput {
  /** Whole period counted from period 0: 0 to 10,000, one entry per period. */
  readonly period: number;
  /** Amount paid in that period, 0 or more; a currency it names must be the schedule's. */
  readonly amount: AmountInput;
}

/**
 * A schedule from an explicit list: either plain amounts, placed in consecutive periods from
 * `options.start`, or `{ period, amount }` entries placed where they say (in any order; one per
 * period). Zero amounts are kept.
 *
 * @param list - Amounts (≥ 0) or `{ period, amount }` entries; up to 10,000.
 * @param options - Start period (for plain amounts), start date, frequency, currency.
 *
 * @throws {DealcalcError} `invalid_input` naming the index of a negative or unreadable amount,
 *   a period that is not a whole number ≥ 0, two entries in one period, or a list mixing the
 *   two forms; `currency_mismatch` naming the index of an amount in another currency;
 *   `limit_exceeded` above 10,000 entries.
 *
 * @example
 * scheduleOf(['10B', '20B', '20B']).installments.map((i) => i.period) //=> [0, 1, 2]
 * scheduleOf([{ period: 3, amount: '5B' }, { period: 1, amount: '2B' }]).installments.map((i) => i.period)
 * //=> [1, 3]
 */
export function scheduleOf(list: ReadonlyArray<AmountInput | InstallmentInput>, options?: ScheduleOptions): Schedule {
  const read = readScheduleOptions(options);
  if (!Array.isArray(list)) {
    invalid([
      {
        path: ['list'],
        expected: 'an array of amounts or { period, amount } entries',
        received: describeValue(list),
        message: `expected an array of amounts or { period, amount } entries, received ${describeValue(list)}`,
      },
    ]);
  }
  if (list.length > MAX_INSTALLMENTS) {
    const received = String(list.length);
    throw new DealcalcError('limit_exceeded', { argument: 'list', limit: String(MAX_INSTALLMENTS), received }, [
      {
        path: ['list'],
        expected: `at most ${MAX_INSTALLMENTS} entries`,
        received,
        message: `expected at most ${MAX_INSTALLMENTS} entries, received ${received}`,
      },
    ]);
  }
  const explicit = list.map(isInstallmentInput);
  if (explicit.some((e) => e) && !explicit.every((e) => e)) {
    const index = explicit.indexOf(!explicit[0]);
    invalid([
      {
        path: ['list', index],
        expected: 'the same form as the first entry',
        received: describeValue(list[index]),
        message: 'expected every entry to be a plain amount, or every entry a { period, amount } object, not a mix',
      },
    ]);
  }
  const entries = list.map((item, index) => [['list', index], isInstallmentInput(item) ? item.amount : item] as const);
  const { currency, values } = readAmounts(entries, read.currency);
  const installments = list.map((item, index) => ({
    period: isInstallmentInput(item) ? item.period : read.start + index,
    amount: values[index]!,
  }));
  return buildSchedule({ currency, frequency: read.frequency, startDate: read.startDate }, installments, ['list']);
}

function isInstallmentInput(item: unknown): item is InstallmentInput {
  return typeof item === 'object' && item !== null && 'period' in item && 'amount' in item;
}
