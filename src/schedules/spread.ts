import { describeValue, invalid } from '../errors/DealcalcError.ts';
import type { AmountInput } from '../money/amount.ts';
import { D } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
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

/** Options of {@link spread}. */
export interface SpreadOptions extends ScheduleOptions {
  /** Smallest step of an installment (default 1 unit of currency; `'1B'` for round billions). */
  readonly quantum?: AmountInput;
  /**
   * Where what does not divide evenly goes (default `'first'`):
   * - `'first'`: the leftover whole quanta go one each to the earliest installments, and any
   *   part of the total smaller than one quantum goes to the last installment;
   * - `'last'`: leftover quanta go to the latest installments, and the sub-quantum part to the first.
   */
  readonly remainder?: 'first' | 'last';
}

/**
 * `total` spread over `count` consecutive periods in equal parts that are whole multiples of
 * a quantum, with the remainder placed by a stated rule (see {@link SpreadOptions.remainder}).
 * The parts add up to `total` exactly and no two differ by more than one quantum.
 *
 * @param total - Amount to spread, ≥ 0.
 * @param count - Number of installments, a whole number from 1 to 10,000.
 * @param options - `quantum`, `remainder`, and the {@link ScheduleOptions}.
 *
 * @throws {DealcalcError} `invalid_input` for a negative total, a quantum ≤ 0, a count that is
 *   not a whole number ≥ 1, or an unknown remainder rule; `limit_exceeded` above 10,000 periods.
 *
 * @example
 * spread('100', 3).installments.map((i) => i.amount.toString())                       //=> ['34', '33', '33']
 * spread('100', 3, { remainder: 'last' }).installments.map((i) => i.amount.toString()) //=> ['33', '33', '34']
 * spread('750B', 4, { quantum: '1B' }).installments.map((i) => i.amount.toString())
 * //=> ['188000000000', '188000000000', '187000000000', '187000000000']
 */
export function spread(total: AmountInput, count: number, options?: SpreadOptions): Schedule {
  const read = readScheduleOptions(options);
  const {
    currency,
    values: [whole, quantum],
  } = readAmounts(
    [
      [['total'], total],
      [['quantum'], options?.quantum ?? '1'],
    ] as const,
    read.currency,
  );
  requireNonNegative(whole, ['total']);
  requireNonNegative(quantum, ['quantum'], true);
  const n = wholeNumber(count, { path: ['count'], min: 1, max: MAX_INSTALLMENTS });
  lastPeriod(read.start, n, MAX_PERIOD);
  const rule = options?.remainder ?? 'first';
  if (rule !== 'first' && rule !== 'last') {
    invalid([
      {
        path: ['remainder'],
        expected: "'first' or 'last'",
        received: describeValue(rule),
        message: `expected 'first' or 'last', received ${describeValue(rule)}`,
      },
    ]);
  }

  const units = whole.div(quantum).floor();
  const residue = whole.minus(units.times(quantum));
  const base = units.div(n).floor();
  const extra = units.minus(base.times(n)).toNumber(); // a whole number below n ≤ 10,000
  const gets = (k: number): boolean => (rule === 'first' ? k < extra : k >= n - extra);
  const residueAt = rule === 'first' ? n - 1 : 0;
  const list = Array.from({ length: n }, (_, k) => {
    let part = base.times(quantum);
    if (gets(k)) part = part.plus(quantum);
    if (k === residueAt) part = part.plus(residue);
    return { period: read.start + k, amount: new D(part) };
  });
  return buildSchedule({ currency, frequency: read.frequency, startDate: read.startDate }, list);
}
