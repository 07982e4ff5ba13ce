import { DealcalcError, describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import { isoDate, parseIsoDate, shiftMonths, type DateInput, type IsoDate } from '../dates/calendarDate.ts';
import { optionsObject } from '../errors/options.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { FREQUENCIES, monthsPerPeriod, type Frequency } from '../schedules/frequency.ts';
import { readSchedule, type Schedule } from '../schedules/schedule.ts';
import { MAX_FLOWS } from './flowsInput.ts';

/** A signed amount on a calendar date. */
export interface DatedFlow {
  readonly date: IsoDate;
  readonly amount: Decimal;
}

/** What {@link readDatedFlows} accepts for each flow. */
export interface DatedFlowInput {
  readonly date: DateInput;
  readonly amount: DecimalInput;
}

/**
 * Reads dated flows: `{ date: 'YYYY-MM-DD', amount }` entries in any order.
 *
 * @throws {DealcalcError} `invalid_input` naming the index of a bad date or amount, or for an
 *   empty list; `limit_exceeded` above 10,000 flows.
 */
export function readDatedFlows(flows: unknown, path: readonly PathSegment[] = ['flows']): DatedFlow[] {
  if (!Array.isArray(flows) || flows.length === 0) {
    return invalid([{ path, expected: 'a non-empty list of { date, amount } flows', received: describeValue(flows), message: `expected a non-empty list of { date, amount } flows, received ${describeValue(flows)}` }]);
  }
  if (flows.length > MAX_FLOWS) {
    throw new DealcalcError('limit_exceeded', { argument: 'flows', limit: String(MAX_FLOWS), received: String(flows.length) }, [{ path, expected: `at most ${MAX_FLOWS} flows`, received: String(flows.length), message: `expected at most ${MAX_FLOWS} flows, received ${flows.length}` }]);
  }
  return flows.map((f: unknown, index) => {
    if (typeof f !== 'object' || f === null) return invalid([{ path: [...path, index], expected: 'a { date, amount } flow', received: describeValue(f), message: `expected a { date, amount } flow, received ${describeValue(f)}` }]);
    const { date, amount } = f as { date?: unknown; amount?: unknown };
    return { date: isoDate(date, [...path, index, 'date']), amount: decimal(amount as DecimalInput, { path: [...path, index, 'amount'] }) };
  });
}

/** Options of {@link dateSequence}. */
export interface DateSequenceOptions {
  /** First date, `YYYY-MM-DD`. */
  readonly start: DateInput;
  /** Number of dates (1 to 10,000). */
  readonly count: number;
  /** Step between dates (default annual). */
  readonly frequency?: Frequency;
  /**
   * End-of-month rule: when `start` is the last day of its month, every date is the last day
   * of its month (28 Feb → 31 Mar → 30 Apr). Default `false`: the start's day is kept and
   * clamped to short months (31 Jan → 28 Feb → 31 Mar).
   */
  readonly endOfMonth?: boolean;
}

/**
 * Dates of a regular schedule, each counted from the start date itself (never by repeated
 * steps), so a monthly roll from 31 Jan gives 28/29 Feb and then 31 Mar, not 28 Mar or 3 Mar.
 * Calendar dates only: no time zone or daylight-saving change can move a day.
 *
 * @throws {DealcalcError} `invalid_input` for a bad start date, count, frequency or
 *   `endOfMonth`; `limit_exceeded` for more than 10,000 dates or dates after 9999-12-31.
 *
 * @example
 * dateSequence({ start: '2025-01-31', count: 4, frequency: 'monthly' })
 * //=> ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']
 * dateSequence({ start: '2025-02-28', count: 3, frequency: 'monthly', endOfMonth: true })
 * //=> ['2025-02-28', '2025-03-31', '2025-04-30']
 */
export function dateSequence(options: DateSequenceOptions): IsoDate[] {
  const o = optionsObject(options, ['options'], true);
  const start = parseIsoDate(o.start, ['start']);
  const count = wholeNumber(o.count, { path: ['count'], min: 1, max: MAX_FLOWS });
  const frequency = o.frequency ?? 'annual';
  if (!FREQUENCIES.includes(frequency)) {
    invalid([{ path: ['frequency'], expected: FREQUENCIES.join(', '), received: describeValue(frequency), message: `expected one of ${FREQUENCIES.join(', ')}, received ${describeValue(frequency)}` }]);
  }
  const endOfMonth = readEndOfMonth(o.endOfMonth);
  const step = monthsPerPeriod(frequency);
  return Array.from({ length: count }, (_, k) => shiftMonths(start, k * step, endOfMonth, ['count']));
}

function readEndOfMonth(value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  return invalid([{ path: ['endOfMonth'], expected: 'true or false', received: describeValue(value), message: `expected true or false, received ${describeValue(value)}` }]);
}

/**
 * The installments of a schedule anchored to the calendar, as dated flows (positive amounts).
 *
 * @throws {DealcalcError} `invalid_input` when the schedule has no start date.
 *
 * @example
 * datedFlows(installments('25B', 2, { startDate: '2026-01-01' })).map((f) => f.date) //=> ['2026-01-01', '2027-01-01']
 */
export function datedFlows(schedule: Schedule, options?: { readonly endOfMonth?: boolean }): DatedFlow[] {
  const s = readSchedule(schedule, ['schedule']);
  const endOfMonth = readEndOfMonth(optionsObject(options).endOfMonth);
  if (s.startDate === undefined) {
    return invalid([{ path: ['schedule', 'startDate'], expected: 'a schedule with a start date', received: 'none', message: 'expected a schedule anchored to the calendar (a startDate), received one without' }]);
  }
  const start = parseIsoDate(s.startDate, ['schedule', 'startDate']);
  const step = monthsPerPeriod(s.frequency);
  return s.installments.map((i, index) => ({ date: shiftMonths(start, i.period * step, endOfMonth, ['schedule', 'installments', index, 'period']), amount: i.amount }));
}
