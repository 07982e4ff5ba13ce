import { DealcalcError, describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import { isoDate, type DateInput, type IsoDate } from '../dates/calendarDate.ts';
import { monthRoller, type RollOptions } from '../dates/rollMonths.ts';
import { optionsObject } from '../errors/options.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { FREQUENCIES, monthsPerPeriod, type Frequency } from '../schedules/frequency.ts';
import { readSchedule, type Schedule } from '../schedules/schedule.ts';
import { MAX_FLOWS } from './flowsInput.ts';

/** A signed amount on a calendar date (what {@link datedFlows} gives). */
export interface DatedFlow {
  /** The day the amount is paid. */
  readonly date: IsoDate;
  /** The amount in the schedule's currency; {@link datedFlows} gives the installments as they are (0 or more). */
  readonly amount: Decimal;
}

/** One flow of {@link xnpv}, {@link xirr} and the real-terms functions, as callers write it. */
export interface DatedFlowInput {
  /** The day the amount is paid, `YYYY-MM-DD`; flows may come in any order. */
  readonly date: DateInput;
  /** The amount, signed: money paid out negative, money received positive (or the other way round, consistently). */
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
    return invalid([
      {
        path,
        expected: 'a non-empty list of { date, amount } flows',
        received: describeValue(flows),
        message: `expected a non-empty list of { date, amount } flows, received ${describeValue(flows)}`,
      },
    ]);
  }
  if (flows.length > MAX_FLOWS) {
    throw new DealcalcError(
      'limit_exceeded',
      { argument: 'flows', limit: String(MAX_FLOWS), received: String(flows.length) },
      [
        {
          path,
          expected: `at most ${MAX_FLOWS} flows`,
          received: String(flows.length),
          message: `expected at most ${MAX_FLOWS} flows, received ${flows.length}`,
        },
      ],
    );
  }
  return flows.map((f: unknown, index) => {
    if (typeof f !== 'object' || f === null)
      return invalid([
        {
          path: [...path, index],
          expected: 'a { date, amount } flow',
          received: describeValue(f),
          message: `expected a { date, amount } flow, received ${describeValue(f)}`,
        },
      ]);
    const { date, amount } = f as { date?: unknown; amount?: unknown };
    return {
      date: isoDate(date, [...path, index, 'date']),
      amount: decimal(amount as DecimalInput, { path: [...path, index, 'amount'] }),
    };
  });
}

/** Options of {@link dateSequence}. */
export interface DateSequenceOptions extends RollOptions {
  /** First date, `YYYY-MM-DD`. */
  readonly start: DateInput;
  /** Number of dates (1 to 10,000). */
  readonly count: number;
  /** Step between dates (default annual). */
  readonly frequency?: Frequency;
  /**
   * End-of-month rule: when `start` is the last day of its month, every date is the last day
   * of its month (28 Feb → 31 Mar → 30 Apr); with a calendar, the last business day (QuantLib's
   * rule). Default `false`: the start's day is kept and clamped to short months (31 Jan → 28 Feb
   * → 31 Mar).
   */
  readonly endOfMonth?: boolean;
}

/**
 * Dates of a regular schedule, each counted from the start date itself (never by repeated
 * steps), so a monthly roll from 31 Jan gives 28/29 Feb and then 31 Mar, not 28 Mar or 3 Mar.
 * Calendar dates only: no time zone or daylight-saving change can move a day. With a
 * `calendar` (or a `convention`) each date is moved off weekends and holidays by the convention
 * (default `'Following'`), as QuantLib's schedules do.
 *
 * @throws {DealcalcError} `invalid_input` for a bad start date, count, frequency, calendar,
 *   convention or `endOfMonth`; `limit_exceeded` for more than 10,000 dates, or dates after
 *   9999-12-31 or outside the calendar's years.
 *
 * @example
 * dateSequence({ start: '2025-01-31', count: 4, frequency: 'monthly' })
 * //=> ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']
 * dateSequence({ start: '2025-02-28', count: 3, frequency: 'monthly', endOfMonth: true })
 * //=> ['2025-02-28', '2025-03-31', '2025-04-30']
 * dateSequence({ start: '2025-08-15', count: 3, frequency: 'monthly', calendar: 'kr-krx' }) //=> ['2025-08-18', '2025-09-15', '2025-10-15']
 * dateSequence({ start: '2026-01-01', count: 3, calendar: 'us-nyse' }) //=> ['2026-01-02', '2027-01-04', '2028-01-03']
 */
export function dateSequence(options: DateSequenceOptions): IsoDate[] {
  const o = optionsObject(options, ['options'], true);
  const start = isoDate(o.start, ['start']);
  const count = wholeNumber(o.count, { path: ['count'], min: 1, max: MAX_FLOWS });
  const frequency = o.frequency ?? 'annual';
  if (!FREQUENCIES.includes(frequency)) {
    invalid([
      {
        path: ['frequency'],
        expected: FREQUENCIES.join(', '),
        received: describeValue(frequency),
        message: `expected one of ${FREQUENCIES.join(', ')}, received ${describeValue(frequency)}`,
      },
    ]);
  }
  const endOfMonth = readEndOfMonth(o.endOfMonth);
  const step = monthsPerPeriod(frequency);
  const roll = monthRoller(start, { ...o, endOfMonth }, ['start']);
  return Array.from({ length: count }, (_, k) => rolled(roll, k * step, ['count']));
}

function readEndOfMonth(value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  return invalid([
    {
      path: ['endOfMonth'],
      expected: 'true or false',
      received: describeValue(value),
      message: `expected true or false, received ${describeValue(value)}`,
    },
  ]);
}

// A date past the range names the caller's argument, not the month count inside.
function rolled(roll: (months: number) => IsoDate, months: number, path: readonly PathSegment[]): IsoDate {
  try {
    return roll(months);
  } catch (error) {
    if (!(error instanceof DealcalcError) || error.code !== 'limit_exceeded') throw error;
    const issues = error.issues.map((i) => ({ ...i, path: [...path] }));
    throw new DealcalcError(
      'limit_exceeded',
      { ...(error.data as DealcalcError<'limit_exceeded'>['data']), argument: path.join('.') },
      issues,
    );
  }
}

/**
 * The installments of a schedule anchored to the calendar, as dated flows (positive amounts),
 * optionally moved off weekends and holidays (`calendar`, `convention`, `endOfMonth` as in
 * {@link dateSequence}).
 *
 * @throws {DealcalcError} `invalid_input` when the schedule has no start date, or for a bad
 *   calendar or convention; `limit_exceeded` for dates outside the calendar's years.
 *
 * @example
 * datedFlows(installments('25B', 2, { startDate: '2026-01-01' })).map((f) => f.date) //=> ['2026-01-01', '2027-01-01']
 * datedFlows(installments('25B', 2, { startDate: '2026-01-01' }), { calendar: 'kr-settlement' }).map((f) => f.date)
 * //=> ['2026-01-02', '2027-01-04']
 */
export function datedFlows(schedule: Schedule, options?: RollOptions): DatedFlow[] {
  const s = readSchedule(schedule, ['schedule']);
  const o = optionsObject(options);
  const endOfMonth = readEndOfMonth(o.endOfMonth);
  if (s.startDate === undefined) {
    return invalid([
      {
        path: ['schedule', 'startDate'],
        expected: 'a schedule with a start date',
        received: 'none',
        message: 'expected a schedule anchored to the calendar (a startDate), received one without',
      },
    ]);
  }
  const step = monthsPerPeriod(s.frequency);
  const roll = monthRoller(s.startDate, { ...o, endOfMonth }, ['schedule', 'startDate']);
  return s.installments.map((i, index) => ({
    date: rolled(roll, i.period * step, ['schedule', 'installments', index, 'period']),
    amount: i.amount,
  }));
}
