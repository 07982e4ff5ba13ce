import { DealcalcError, describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { readCalendar, requireYear, type CalendarId } from './calendar.ts';
import { dayNumber, daysInMonth, fromDayNumber, parseIsoDate, type IsoDate } from './calendarDate.ts';
import { isoOf, weekdayOf, type BuiltCalendar } from './calendars/rules.ts';

/**
 * How a date that is not a business day is moved, as QuantLib names the conventions:
 * - `'Following'`: to the first business day after;
 * - `'ModifiedFollowing'`: the same, unless that is in the next month: then the business day before;
 * - `'Preceding'`: to the last business day before;
 * - `'ModifiedPreceding'`: the same, unless that is in the previous month: then the business day after;
 * - `'Unadjusted'`: not moved.
 */
export type BusinessDayConvention =
  | 'Following'
  | 'ModifiedFollowing'
  | 'Preceding'
  | 'ModifiedPreceding'
  | 'Unadjusted';

/** Every business-day convention. */
export const BUSINESS_DAY_CONVENTIONS: readonly BusinessDayConvention[] = [
  'Following',
  'ModifiedFollowing',
  'Preceding',
  'ModifiedPreceding',
  'Unadjusted',
];

/** The calendar to use. */
export interface CalendarOptions {
  /** Which business-day calendar (see {@link CALENDAR_IDS}; default `'weekends-only'`: Saturdays and Sundays off, no holidays). */
  readonly calendar?: CalendarId;
}

/** A calendar and a business-day convention. */
export interface AdjustOptions extends CalendarOptions {
  /** How a date that is not a business day moves (see {@link BusinessDayConvention}); default `'Following'`. */
  readonly convention?: BusinessDayConvention;
}

/** Options of {@link holidays}. */
export interface HolidaysOptions extends CalendarOptions {
  /** List Saturdays and Sundays too (default `false`, as QuantLib's `holidayList`). */
  readonly weekends?: boolean;
}

/** Options of {@link businessDaysBetween}. */
export interface BusinessDaysBetweenOptions extends CalendarOptions {
  /** Count `from` when it is a business day (default `true`, as QuantLib). */
  readonly includeFirst?: boolean;
  /** Count `to` when it is a business day (default `false`, as QuantLib). */
  readonly includeLast?: boolean;
}

/** Most business days {@link addBusinessDays} moves in one call (about 400 years). */
export const MAX_BUSINESS_DAYS = 100_000;

/** Reads a convention name (default `'Following'`). */
export function readConvention(
  input: unknown,
  path: readonly PathSegment[] = ['convention'],
  fallback: BusinessDayConvention = 'Following',
): BusinessDayConvention {
  if (input === undefined) return fallback;
  if (typeof input === 'string' && (BUSINESS_DAY_CONVENTIONS as readonly string[]).includes(input))
    return input as BusinessDayConvention;
  const expected = `one of ${BUSINESS_DAY_CONVENTIONS.join(', ')}`;
  return invalid([
    {
      path,
      expected,
      received: describeValue(input),
      message: `expected a business-day convention, ${expected}, received ${describeValue(input)}`,
    },
  ]);
}

/** A calendar with day-number tests that check the calendar's years. */
export interface DayTester {
  readonly calendar: BuiltCalendar;
  /** True when `day` is a business day; throws `limit_exceeded` outside the calendar's years. */
  isBusiness(day: number): boolean;
}

/** Wraps a built calendar for day-number arithmetic; errors name `path` and the original date. */
export function dayTester(calendar: BuiltCalendar, path: readonly PathSegment[], origin: string): DayTester {
  const weekend = new Set<number>(calendar.rules.weekend);
  const { firstYear, lastYear } = calendar.rules;
  const low = dayNumber({ year: firstYear, month: 1, day: 1 });
  const high = dayNumber({ year: lastYear, month: 12, day: 31 });
  return {
    calendar,
    isBusiness(day) {
      if (day < low || day > high)
        requireYear(
          calendar,
          fromDayNumber(day).year,
          path,
          isoOf(day) === origin ? origin : `${origin} (reaching ${isoOf(day)})`,
        );
      return !weekend.has(weekdayOf(day)) && !calendar.holidays.has(day);
    },
  };
}

/** Adjusts a day number by a convention. */
export function adjustDay(day: number, convention: BusinessDayConvention, tester: DayTester): number {
  const following = (d: number): number => {
    while (!tester.isBusiness(d)) d++;
    return d;
  };
  const preceding = (d: number): number => {
    while (!tester.isBusiness(d)) d--;
    return d;
  };
  const month = (d: number): number => fromDayNumber(d).month;
  switch (convention) {
    case 'Unadjusted':
      return day;
    case 'Following':
      return following(day);
    case 'Preceding':
      return preceding(day);
    case 'ModifiedFollowing': {
      const d = following(day);
      return month(d) === month(day) ? d : preceding(day);
    }
    case 'ModifiedPreceding': {
      const d = preceding(day);
      return month(d) === month(day) ? d : following(day);
    }
  }
}

/** The last business day of the month of `day` (QuantLib's `Calendar::endOfMonth`). */
export function lastBusinessDay(day: number, tester: DayTester): number {
  const { year, month } = fromDayNumber(day);
  return adjustDay(dayNumber({ year, month, day: daysInMonth(year, month) }), 'Preceding', tester);
}

/**
 * True for a business day of the calendar (default `'weekends-only'`): not a weekend day and
 * not a holiday.
 *
 * @param date - `YYYY-MM-DD`.
 * @param options - `calendar`: one of {@link CALENDAR_IDS}.
 *
 * @throws {DealcalcError} `invalid_input` for a bad date or an unknown calendar;
 *   `limit_exceeded` for a year outside the calendar's holiday data (2000–2050).
 *
 * @example
 * isBusinessDay('2025-10-06', { calendar: 'kr-settlement' }) //=> false
 * isBusinessDay('2025-10-06')                                 //=> true
 * isBusinessDay('2025-12-25', { calendar: 'target' })         //=> false
 */
export function isBusinessDay(date: string, options: CalendarOptions = {}): boolean {
  const day = dayNumber(parseIsoDate(date, ['date']));
  options = optionsObject(options);
  return dayTester(readCalendar(options.calendar), ['date'], date).isBusiness(day);
}

/**
 * True when `date` is not a business day of the calendar: a weekend day or a holiday
 * (QuantLib's `isHoliday`, which counts weekends).
 *
 * @throws {DealcalcError} as {@link isBusinessDay}.
 *
 * @example
 * isHoliday('2026-01-19', { calendar: 'us-nyse' }) //=> true
 * isHoliday('2026-01-17')                           //=> true
 */
export function isHoliday(date: string, options: CalendarOptions = {}): boolean {
  return !isBusinessDay(date, options);
}

/** A day a calendar is closed, as {@link holidays} lists it. */
export interface Holiday {
  /** The day. */
  readonly date: IsoDate;
  /** Its name (`'Chuseok'`, `'Independence Day'`); `'Weekend'` for a weekend day listed with `weekends: true`. */
  readonly name: string;
}

/**
 * The holidays of a calendar from `from` to `to` (both included), with their names, in date
 * order: QuantLib's `holidayList`. Weekend days are left out unless `weekends: true`.
 *
 * @throws {DealcalcError} `invalid_input` for bad dates, `to` before `from`, or an unknown
 *   calendar; `limit_exceeded` for years outside the calendar's holiday data.
 *
 * @example
 * holidays('2025-01-01', '2025-12-31', { calendar: 'us-nyse' }).map((h) => h.date).slice(0, 3)
 * //=> ['2025-01-01', '2025-01-09', '2025-01-20']
 * holidays('2025-10-01', '2025-10-31', { calendar: 'kr-krx' }).map((h) => h.name)
 * //=> ['National Foundation Day', 'Chuseok', 'Chuseok', 'Chuseok', 'Hangul Day']
 */
export function holidays(from: string, to: string, options: HolidaysOptions = {}): Holiday[] {
  const first = dayNumber(parseIsoDate(from, ['from']));
  options = optionsObject(options);
  const last = dayNumber(parseIsoDate(to, ['to']));
  if (last < first)
    invalid([
      {
        path: ['to'],
        expected: `a date on or after ${from}`,
        received: describeValue(to),
        message: `expected a date on or after ${from}, received ${describeValue(to)}`,
      },
    ]);
  const calendar = readCalendar(options.calendar);
  requireYear(calendar, fromDayNumber(first).year, ['from'], from);
  requireYear(calendar, fromDayNumber(last).year, ['to'], to);
  const weekend = new Set<number>(calendar.rules.weekend);
  const out: Array<{ date: IsoDate; name: string }> = [];
  for (let day = first; day <= last; day++) {
    const name = calendar.holidays.get(day);
    if (name !== undefined) out.push(Object.freeze({ date: isoOf(day), name }));
    else if (options.weekends === true && weekend.has(weekdayOf(day)))
      out.push(Object.freeze({ date: isoOf(day), name: 'Weekend' }));
  }
  return out;
}

/**
 * Moves a date that is not a business day by a convention (QuantLib's `Calendar::adjust`);
 * business days are returned as they are.
 *
 * @param date - `YYYY-MM-DD`.
 * @param options - `calendar` (default `'weekends-only'`), `convention` (default `'Following'`).
 *
 * @throws {DealcalcError} `invalid_input` for a bad date, calendar or convention;
 *   `limit_exceeded` for years outside the calendar's holiday data.
 *
 * @example
 * adjust('2025-05-31')                                             //=> '2025-06-02'
 * adjust('2025-05-31', { convention: 'ModifiedFollowing' })        //=> '2025-05-30'
 * adjust('2025-10-03', { calendar: 'kr-krx', convention: 'Following' }) //=> '2025-10-10'
 */
export function adjust(date: string, options: AdjustOptions = {}): IsoDate {
  const day = dayNumber(parseIsoDate(date, ['date']));
  options = optionsObject(options);
  const convention = readConvention(options.convention);
  return isoOf(adjustDay(day, convention, dayTester(readCalendar(options.calendar), ['date'], date)));
}

/**
 * The date `count` business days after `date` (before it when `count` is negative), as
 * QuantLib's `Calendar::advance(date, n, Days)`: each step moves to the next business day, so
 * the start itself need not be one. A count of 0 adjusts the date by `convention`.
 * "Due 45 business days after notice" is `addBusinessDays(notice, 45, { calendar })`.
 *
 * @param date - `YYYY-MM-DD`.
 * @param count - Whole number of business days, from −100,000 to 100,000.
 * @param options - `calendar` (default `'weekends-only'`); `convention` for a count of 0
 *   (default `'Following'`).
 *
 * @throws {DealcalcError} `invalid_input` for a bad date, count, calendar or convention;
 *   `limit_exceeded` when the result leaves the calendar's years or |count| > 100,000.
 *
 * @example
 * addBusinessDays('2025-12-24', 1, { calendar: 'target' })      //=> '2025-12-29'
 * addBusinessDays('2025-09-26', 45, { calendar: 'kr-settlement' }) //=> '2025-12-05'
 * addBusinessDays('2025-01-06', -1)                              //=> '2025-01-03'
 */
export function addBusinessDays(date: string, count: number, options: AdjustOptions = {}): IsoDate {
  const start = dayNumber(parseIsoDate(date, ['date']));
  options = optionsObject(options);
  if (typeof count !== 'number' || !Number.isSafeInteger(count)) {
    return invalid([
      {
        path: ['count'],
        expected: 'a whole number of business days',
        received: describeValue(count),
        message: `expected a whole number of business days, received ${describeValue(count)}`,
      },
    ]);
  }
  if (Math.abs(count) > MAX_BUSINESS_DAYS) {
    const received = String(count);
    throw new DealcalcError('limit_exceeded', { argument: 'count', limit: String(MAX_BUSINESS_DAYS), received }, [
      {
        path: ['count'],
        expected: `at most ${MAX_BUSINESS_DAYS} business days either way`,
        received,
        message: `expected at most ${MAX_BUSINESS_DAYS} business days either way, received ${received}`,
      },
    ]);
  }
  const convention = readConvention(options.convention);
  const tester = dayTester(readCalendar(options.calendar), ['date'], date);
  if (count === 0) return isoOf(adjustDay(start, convention, tester));
  const step = count > 0 ? 1 : -1;
  let day = start;
  for (let left = Math.abs(count); left > 0; left--) {
    day += step;
    while (!tester.isBusiness(day)) day += step;
  }
  return isoOf(day);
}

/**
 * Business days from `from` to `to`: by default `from` counts and `to` does not (QuantLib's
 * `businessDaysBetween`); negative when `to` is earlier.
 *
 * @throws {DealcalcError} `invalid_input` for bad dates or an unknown calendar;
 *   `limit_exceeded` for years outside the calendar's holiday data.
 *
 * @example
 * businessDaysBetween('2025-01-01', '2026-01-01', { calendar: 'us-settlement' }) //=> 250
 * businessDaysBetween('2025-12-22', '2025-12-29', { calendar: 'target' })        //=> 3
 */
export function businessDaysBetween(from: string, to: string, options: BusinessDaysBetweenOptions = {}): number {
  const a = dayNumber(parseIsoDate(from, ['from']));
  options = optionsObject(options);
  const b = dayNumber(parseIsoDate(to, ['to']));
  const calendar = readCalendar(options.calendar);
  const first = dayTester(calendar, ['from'], from);
  const last = dayTester(calendar, ['to'], to);
  first.isBusiness(a);
  last.isBusiness(b);
  const includeFirst = options.includeFirst ?? true;
  const includeLast = options.includeLast ?? false;
  if (a === b) return includeFirst && includeLast && first.isBusiness(a) ? 1 : 0;
  const [lo, hi, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo + 1; day < hi; day++) if (first.isBusiness(day)) count++;
  const loCounts = a < b ? includeFirst : includeLast;
  const hiCounts = a < b ? includeLast : includeFirst;
  if (loCounts && first.isBusiness(lo)) count++;
  if (hiCounts && first.isBusiness(hi)) count++;
  return sign * count;
}

/**
 * The last business day of the month `date` falls in (QuantLib's `Calendar::endOfMonth`).
 *
 * @throws {DealcalcError} as {@link isBusinessDay}.
 *
 * @example
 * lastBusinessDayOfMonth('2025-05-10')                        //=> '2025-05-30'
 * lastBusinessDayOfMonth('2025-12-01', { calendar: 'kr-krx' }) //=> '2025-12-30'
 */
export function lastBusinessDayOfMonth(date: string, options: CalendarOptions = {}): IsoDate {
  const day = dayNumber(parseIsoDate(date, ['date']));
  options = optionsObject(options);
  return isoOf(lastBusinessDay(day, dayTester(readCalendar(options.calendar), ['date'], date)));
}
