import type { PathSegment } from '../errors/DealcalcError.ts';
import { adjustDay, dayTester, lastBusinessDay, readConvention, type BusinessDayConvention } from './businessDays.ts';
import { readCalendar, type CalendarId } from './calendar.ts';
import { addMonths, dayNumber, fromDayNumber, parseIsoDate, type IsoDate } from './calendarDate.ts';
import { isoOf } from './calendars/rules.ts';

/** How dates counted in months from an anchor are placed on a business-day calendar. */
export interface RollOptions {
  /**
   * End-of-month rule. Without a calendar (or with `'Unadjusted'`): when the anchor is the last
   * day of its month, every date is the last day of its month. With a calendar and another
   * convention (QuantLib's rule): when the anchor is on or after the last business day of its
   * month, every later date is the last business day of its month.
   */
  readonly endOfMonth?: boolean;
  /** Calendar the dates are adjusted on (default `'weekends-only'` when a convention is given). */
  readonly calendar?: CalendarId;
  /**
   * How a date that is not a business day moves (default `'Following'` when a calendar is given,
   * `'Unadjusted'` when neither is).
   */
  readonly convention?: BusinessDayConvention;
}

/**
 * Reads roll options once and returns the function giving the date `months` months after the
 * anchor (counted from the anchor itself, never by repeated steps), adjusted as the options say.
 * With neither calendar nor convention this is {@link addMonths}.
 *
 * @throws {DealcalcError} `invalid_input` for a bad anchor, calendar or convention;
 *   `limit_exceeded` (from the returned function) for dates outside the calendar's years.
 */
export function monthRoller(
  anchor: string,
  options: RollOptions,
  path: readonly PathSegment[],
): (months: number) => IsoDate {
  parseIsoDate(anchor, path);
  const endOfMonth = options.endOfMonth === true;
  if (options.calendar === undefined && options.convention === undefined) {
    return (months) => addMonths(anchor, months, { endOfMonth });
  }
  const convention = readConvention(options.convention, ['convention']);
  const tester = dayTester(readCalendar(options.calendar), path, anchor);
  if (convention === 'Unadjusted') return (months) => addMonths(anchor, months, { endOfMonth });
  const start = dayNumber(parseIsoDate(anchor, path));
  // QuantLib's Calendar::isEndOfMonth: the next business day is in another month.
  const anchorMonth = fromDayNumber(start).month;
  const atMonthEnd = endOfMonth && fromDayNumber(adjustDay(start + 1, 'Following', tester)).month !== anchorMonth;
  return (months) => {
    const raw = dayNumber(parseIsoDate(addMonths(anchor, months), path));
    if (months !== 0 && atMonthEnd) return isoOf(lastBusinessDay(raw, tester));
    return isoOf(adjustDay(raw, convention, tester));
  };
}
