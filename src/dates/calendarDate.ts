import { describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';

/**
 * A calendar date as `YYYY-MM-DD` text (proleptic Gregorian, years 1000–9999). Dates are never
 * turned into instants, so no time zone or daylight-saving change can move them.
 */
export type IsoDate = string;

/** Year, month (1–12) and day of a calendar date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days in `month` (1–12) of `year`.
 *
 * @example
 * daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for Gregorian leap years.
 *
 * @example
 * isLeapYear(2024) //=> true
 * isLeapYear(2100) //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Reads and validates `YYYY-MM-DD` text.
 *
 * @throws {DealcalcError} `invalid_input` naming the path for anything that is not a real
 *   calendar date (`'2025-02-30'`, `'2025-2-3'`, a `Date` object).
 *
 * @example
 * parseIsoDate('2024-02-29') //=> { year: 2024, month: 2, day: 29 }
 */
export function parseIsoDate(text: unknown, path: readonly PathSegment[] = ['date']): CivilDate {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (match !== null) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  const expected = 'a calendar date as YYYY-MM-DD';
  const received = text instanceof Date ? 'a Date object (pass YYYY-MM-DD text)' : describeValue(text);
  return invalid([{ path, expected, received, message: `expected ${expected}, received ${received}` }]);
}

/** `YYYY-MM-DD` text of a civil date. */
export function formatIsoDate(date: CivilDate): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Day number of a civil date: days since 1970-01-01 (negative before). Integer arithmetic
 * only (H. Hinnant's days_from_civil).
 */
export function dayNumber(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (date.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day number (inverse of {@link dayNumber}). */
export function fromDayNumber(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day };
}

export interface AddMonthsOptions {
  /**
   * End-of-month rule: when the anchor is the last day of its month, every generated date is
   * the last day of its month too (31 Jan, 28/29 Feb, 31 Mar, 30 Apr …). Default `false`:
   * the anchor's day is kept and clamped to short months (31 Jan → 28 Feb → 31 Mar).
   */
  readonly endOfMonth?: boolean;
}

/**
 * The date `months` calendar months after `anchor`, counted from the anchor itself (never by
 * repeated steps), so a monthly roll from 31 Jan gives 28/29 Feb and then 31 Mar, not 28 Mar
 * or 3 Mar. Days past a month's end are clamped to its last day.
 *
 * @example
 * addMonths('2025-01-31', 1) //=> '2025-02-28'
 * addMonths('2025-01-31', 2) //=> '2025-03-31'
 * addMonths('2024-02-29', 12) //=> '2025-02-28'
 */
export function addMonths(anchor: IsoDate, months: number, options: AddMonthsOptions = {}): IsoDate {
  const start = parseIsoDate(anchor, ['anchor']);
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = daysInMonth(year, month);
  const anchorIsMonthEnd = start.day === daysInMonth(start.year, start.month);
  const day = options.endOfMonth === true && anchorIsMonthEnd ? last : Math.min(start.day, last);
  return formatIsoDate({ year, month, day });
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2024-01-01', '2025-01-01') //=> 366
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(parseIsoDate(to, ['to'])) - dayNumber(parseIsoDate(from, ['from']));
}
