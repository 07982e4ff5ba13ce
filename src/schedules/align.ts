import type { IsoDate } from '../dates/calendarDate.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { commonAxis } from './axis.ts';
import { describeValue, invalid } from '../errors/DealcalcError.ts';
import { periodDate, readSchedule, type Schedule } from './schedule.ts';

/** One period of {@link align}: the amount each schedule pays in it, in input order. */
export interface AlignedRow {
  /** Whole period counted from period 0 of the shared axis. */
  readonly period: number;
  /** Calendar date of the period, when any schedule is anchored. */
  readonly date?: IsoDate;
  /** `amounts[k]` is what schedule k pays in this period (0 where nothing falls). */
  readonly amounts: readonly Decimal[];
}

/**
 * Lines schedules up on one period axis: a row for every period from the earliest
 * installment of any of them to the latest, with each schedule's amount (0 where it pays
 * nothing). Amounts are not converted: schedules in different currencies line up but are
 * not added.
 *
 * @throws {DealcalcError} `frequency_mismatch` or `invalid_input` (different start dates),
 *   since the same period number would then mean different stretches of time; `invalid_input`
 *   for an argument that is not an array of schedules.
 *
 * @example
 * align([installments('25B', 8), installments('7B', 10)]).map((r) => r.amounts.map(String))
 * // 10 rows: ['25000000000', '7000000000'] × 8, then ['0', '7000000000'] × 2
 */
export function align(list: readonly Schedule[]): AlignedRow[] {
  if (!Array.isArray(list)) {
    return invalid([
      {
        path: ['schedules'],
        expected: 'an array of schedules',
        received: describeValue(list),
        message: `expected an array of schedules, received ${describeValue(list)}`,
      },
    ]);
  }
  const schedules = list.map((s: unknown, index) => readSchedule(s, ['schedules', index]));
  const axis = commonAxis(schedules);
  if (axis === undefined) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const s of schedules) {
    const head = s.installments[0];
    const tail = s.installments[s.installments.length - 1];
    if (head !== undefined && tail !== undefined) {
      first = Math.min(first, head.period);
      last = Math.max(last, tail.period);
    }
  }
  if (first > last) return [];
  const lookups = schedules.map((s) => new Map(s.installments.map((i) => [i.period, i.amount])));
  const anchor = { ...schedules[0]!, ...axis, installments: [] } as Schedule;
  const rows: AlignedRow[] = [];
  for (let period = first; period <= last; period += 1) {
    const amounts = lookups.map((m) => m.get(period) ?? new D(0));
    const date = periodDate(anchor, period);
    rows.push(date === undefined ? { period, amounts } : { period, date, amounts });
  }
  return rows;
}
