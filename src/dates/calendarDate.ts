import { describeValue, invalid, invalidAt, limitExceeded, type PathSegment } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date as `YYYY-MM-DD` text (proleptic Gregorian, years 1000–9999) that dealcalc has
 * checked: every date the library returns has this type. It is a plain string at run time (so
 * it prints, compares and serialises as one); the brand only tells the type checker that the
 * text is a real date. Functions accept plain text wherever a date goes in ({@link DateInput})
 * and check it. Dates are never turned into instants, so no time zone or daylight-saving change
 * can move them.
 */
export type IsoDate = string & {
  /** Type-level brand only: no such property exists at run time. */
  readonly [isoDateBrand]: 'IsoDate';
};

/** A date as callers write it: `YYYY-MM-DD` text (checked where it is read). */
export type DateInput = IsoDate | string;

/** Earliest year a date may have (dates are `YYYY-MM-DD` with four-digit years). */
export const MIN_YEAR = 1000;
/** Latest year a date may have: a date after 9999-12-31 is `limit_exceeded`. */
export const MAX_YEAR = 9999;

/** Year, month (1–12) and day of a calendar date. */
export interface CivilDate {
  /** Four-digit year, 1000 to 9999. */
  readonly year: number;
  /** Month of the year, 1 (January) to 12. */
  readonly month: number;
  /** Day of the month, 1 to 28, 29, 30 or 31. */
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days in `month` (1–12) of `year` (1000–9999).
 *
 * @throws {DealcalcError} `invalid_input` for a year or month that is not a whole number in range.
 *
 * @example
 * daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return monthLength(readYear(year, ['year']), readWhole(month, ['month'], 1, 12));
}

/**
 * True for Gregorian leap years.
 *
 * @throws {DealcalcError} `invalid_input` for a year that is not a whole number from 1000 to 9999.
 *
 * @example
 * isLeapYear(2024) //=> true
 * isLeapYear(2100) //=> false
 */
export function isLeapYear(year: number): boolean {
  return leap(readYear(year, ['year']));
}

/** Days in a month of a year already checked (internal: no validation). */
export function monthLength(year: number, month: number): number {
  if (month === 2) return leap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Gregorian leap year test for a year already checked (internal: no validation). */
export function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function readYear(year: unknown, path: readonly PathSegment[]): number {
  return readWhole(year, path, MIN_YEAR, MAX_YEAR);
}

function readWhole(value: unknown, path: readonly PathSegment[], min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : invalidAt(path, `a whole number from ${min} to ${max}`, value);
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
    if (year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month)) {
      return { year, month, day };
    }
  }
  const expected = 'a calendar date as YYYY-MM-DD';
  const received = text instanceof Date ? 'a Date object (pass YYYY-MM-DD text)' : describeValue(text);
  return invalid([{ path, expected, received, message: `expected ${expected}, received ${received}` }]);
}

/**
 * Checks `YYYY-MM-DD` text and returns it as an {@link IsoDate}.
 *
 * @throws {DealcalcError} `invalid_input` naming the path for anything that is not a real
 *   calendar date from 1000-01-01 to 9999-12-31.
 *
 * @example
 * isoDate('2024-02-29') //=> '2024-02-29'
 */
export function isoDate(text: unknown, path: readonly PathSegment[] = ['date']): IsoDate {
  return formatIsoDate(parseIsoDate(text, path));
}

/** `YYYY-MM-DD` text of a civil date (internal: the date must be valid, years 1000–9999). */
export function formatIsoDate(date: CivilDate): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}` as IsoDate;
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
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day };
}

/** Options of {@link addMonths}. */
export interface AddMonthsOptions {
  /**
   * End-of-month rule: when the anchor is the last day of its month, every generated date is
   * the last day of its month too (31 Jan, 28/29 Feb, 31 Mar, 30 Apr …). Default `false`:
   * the anchor's day is kept and clamped to short months (31 Jan → 28 Feb → 31 Mar).
   */
  readonly endOfMonth?: boolean;
}

/**
 * The date `months` calendar months after `anchor` (before it when negative), counted from the
 * anchor itself (never by repeated steps), so a monthly roll from 31 Jan gives 28/29 Feb and
 * then 31 Mar, not 28 Mar or 3 Mar. Days past a month's end are clamped to its last day.
 *
 * @param anchor - `YYYY-MM-DD`.
 * @param months - A whole number of months (negative goes back).
 *
 * @throws {DealcalcError} `invalid_input` for an anchor that is not a date, a month count that
 *   is not a whole number, or an `endOfMonth` that is not a boolean; `limit_exceeded` when the
 *   result falls outside 1000-01-01 … 9999-12-31.
 *
 * @example
 * addMonths('2025-01-31', 1) //=> '2025-02-28'
 * addMonths('2025-01-31', 2) //=> '2025-03-31'
 * addMonths('2024-02-29', 12) //=> '2025-02-28'
 */
export function addMonths(anchor: DateInput, months: number, options?: AddMonthsOptions): IsoDate {
  const start = parseIsoDate(anchor, ['anchor']);
  if (typeof months !== 'number' || !Number.isInteger(months))
    invalidAt(['months'], 'a whole number of months', months);
  const endOfMonth = optionsObject(options).endOfMonth;
  if (endOfMonth !== undefined && typeof endOfMonth !== 'boolean')
    invalidAt(['endOfMonth'], 'true or false', endOfMonth);
  return shiftMonths(start, months, endOfMonth === true, ['months']);
}

/**
 * {@link addMonths} for a date already read (internal).
 *
 * @throws {DealcalcError} `limit_exceeded` at `path` when the result falls outside the years 1000–9999.
 */
export function shiftMonths(
  start: CivilDate,
  months: number,
  endOfMonth: boolean,
  path: readonly PathSegment[],
): IsoDate {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  // Month counts beyond ±2^53 are not exact integers any more; they are far out of range anyway.
  if (!Number.isSafeInteger(months) || year < MIN_YEAR || year > MAX_YEAR) {
    limitExceeded(
      path,
      `${MAX_YEAR}-12-31`,
      `a date from ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31`,
      `${months} months from ${formatIsoDate(start)} (year ${year})`,
    );
  }
  const month = index - year * 12 + 1;
  const last = monthLength(year, month);
  const anchorIsMonthEnd = start.day === monthLength(start.year, start.month);
  const day = endOfMonth && anchorIsMonthEnd ? last : Math.min(start.day, last);
  return formatIsoDate({ year, month, day });
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2024-01-01', '2025-01-01') //=> 366
 */
export function daysBetween(from: DateInput, to: DateInput): number {
  return dayNumber(parseIsoDate(to, ['to'])) - dayNumber(parseIsoDate(from, ['from']));
}
