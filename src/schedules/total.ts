import { D, exactSum, type Decimal } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { MAX_PERIOD, readSchedule, type Schedule } from './schedule.ts';

/**
 * Sum of all installments, exact (every digit kept, also after {@link scale}), in the
 * schedule's currency.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule.
 *
 * @example
 * total(installments('25B', 8)).toString() //=> '200000000000'
 */
export function total(schedule: Schedule): Decimal {
  return exactSum(readSchedule(schedule).installments.map((i) => i.amount));
}

/**
 * Amount paid in one period (0 when nothing falls there).
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule, or when `period`
 *   is not a whole number from 0 to 10,000.
 *
 * @example
 * amountIn(installments('7B', 10, { start: 1 }), 0).toString() //=> '0'
 * amountIn(installments('7B', 10, { start: 1 }), 1).toString() //=> '7000000000'
 */
export function amountIn(schedule: Schedule, period: number): Decimal {
  const s = readSchedule(schedule);
  const p = wholeNumber(period, { path: ['period'], min: 0, max: MAX_PERIOD });
  return s.installments.find((i) => i.period === p)?.amount ?? new D(0);
}

/**
 * First and last period with an installment, or `undefined` for an empty schedule.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule.
 *
 * @example
 * horizon(installments('7B', 10, { start: 1 })) //=> { first: 1, last: 10 }
 */
export function horizon(schedule: Schedule):
  | {
      /** Period of the first installment. */
      first: number;
      /** Period of the last installment (equal to `first` for a single one). */
      last: number;
    }
  | undefined {
  const { installments } = readSchedule(schedule);
  const first = installments[0];
  const last = installments[installments.length - 1];
  return first === undefined || last === undefined ? undefined : { first: first.period, last: last.period };
}
