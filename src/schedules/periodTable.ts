import type { IsoDate } from '../dates/calendarDate.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { optionsObject } from '../errors/options.ts';
import { MAX_PERIOD, periodDate, readSchedule, type Schedule } from './schedule.ts';
import { horizon } from './total.ts';

/** One row of {@link periodTable}. */
export interface PeriodRow {
  /** Whole period counted from the schedule's period 0. */
  readonly period: number;
  /** Calendar date of the period, when the schedule has a start date. */
  readonly date?: IsoDate;
  /** Amount paid in the period (0 where nothing falls). */
  readonly amount: Decimal;
  /** Amount paid up to and including the period. */
  readonly cumulative: Decimal;
}

/** Range of periods for a table; both ends inclusive. */
export interface PeriodRange {
  /** First period shown (default: the schedule's first installment). */
  readonly from?: number;
  /** Last period shown (default: the schedule's last installment). */
  readonly to?: number;
}

/**
 * One row per period, with no gaps, from the first installment to the last (or over `range`):
 * the amount in the period and the cumulative amount. Cumulative amounts count everything
 * paid up to the period, including installments before `range.from`.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule, or when
 *   `from`/`to` are not whole numbers from 0 to 10,000 or `from` > `to`; `limit_exceeded` for
 *   dates after 9999-12-31.
 *
 * @example
 * periodTable(capped('50B', '20B')).map((r) => [r.period, r.amount.toString(), r.cumulative.toString()])
 * //=> [[0, '20000000000', '20000000000'], [1, '20000000000', '40000000000'], [2, '10000000000', '50000000000']]
 */
export function periodTable(schedule: Schedule, range?: PeriodRange): PeriodRow[] {
  const s = readSchedule(schedule);
  const r = optionsObject(range, ['range']);
  const span = horizon(s);
  const from = r.from === undefined ? span?.first : wholeNumber(r.from, { path: ['from'], min: 0, max: MAX_PERIOD });
  const to = r.to === undefined ? span?.last : wholeNumber(r.to, { path: ['to'], min: from ?? 0, max: MAX_PERIOD });
  if (from === undefined || to === undefined || to < from) return [];
  const byPeriod = new Map(s.installments.map((i) => [i.period, i.amount]));
  let running = new D(0);
  for (const i of s.installments) if (i.period < from) running = running.plus(i.amount);
  const rows: PeriodRow[] = [];
  for (let period = from; period <= to; period += 1) {
    const amount = byPeriod.get(period) ?? new D(0);
    running = running.plus(amount);
    const date = periodDate(s, period);
    rows.push(
      date === undefined ? { period, amount, cumulative: running } : { period, date, amount, cumulative: running },
    );
  }
  return rows;
}

/**
 * Cumulative amount paid by the end of each period, from the first installment to the last.
 *
 * @example
 * cumulative(installments('25B', 3)).map((r) => r.amount.toString())
 * //=> ['25000000000', '50000000000', '75000000000']
 */
export function cumulative(schedule: Schedule): Array<{
  /** Whole period counted from period 0. */
  readonly period: number;
  /** Total paid up to and including the period, in the schedule's currency (0 or more, never falling). */
  readonly amount: Decimal;
}> {
  return periodTable(schedule).map((row) => ({ period: row.period, amount: row.cumulative }));
}
