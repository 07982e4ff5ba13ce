// The names and limits of the business-day calendars, apart from their holiday data and rules:
// naming a calendar, or checking a convention, loads no holiday table (the Node build loads the
// calendars on first use).

/**
 * The business-day calendars dealcalc knows, by id: `'weekends-only'` (the default; any year),
 * `'target'` (euro area), `'us-settlement'`, `'us-nyse'`, `'kr-settlement'`, `'kr-krx'` and
 * `'jp'` (holiday data for 2000–2050).
 */
export const CALENDAR_IDS = [
  'weekends-only',
  'target',
  'us-settlement',
  'us-nyse',
  'kr-settlement',
  'kr-krx',
  'jp',
] as const;

/** Id of a business-day calendar (see {@link CALENDAR_IDS}). */
export type CalendarId = (typeof CALENDAR_IDS)[number];

/** The calendar used when none is given. */
export const DEFAULT_CALENDAR: CalendarId = 'weekends-only';

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

/** Most business days `addBusinessDays` moves in one call (about 400 years). */
export const MAX_BUSINESS_DAYS = 100_000;
