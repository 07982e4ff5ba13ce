import { DealcalcError, describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import { JAPAN } from './calendars/japan.ts';
import { buildCalendar, type BuiltCalendar, type CalendarRules } from './calendars/rules.ts';
import { KR_KRX, KR_SETTLEMENT } from './calendars/southKorea.ts';
import { TARGET } from './calendars/target.ts';
import { US_NYSE, US_SETTLEMENT } from './calendars/unitedStates.ts';
import { WEEKENDS_ONLY } from './calendars/weekendsOnly.ts';

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

/** What a calendar is: its name, the years its holiday data covers, and where the data comes from. */
export interface CalendarInfo {
  /** The calendar's id, one of {@link CALENDAR_IDS}. */
  readonly id: CalendarId;
  /** Name as QuantLib calls it. */
  readonly name: string;
  /** First year the holiday data covers; dates before it are `limit_exceeded`. */
  readonly firstYear: number;
  /** Last year the holiday data covers; dates after it are `limit_exceeded`. */
  readonly lastYear: number;
  /** Days of the week that are never business days (0 Sunday … 6 Saturday). */
  readonly weekend: readonly number[];
  /** Where the rules and holiday lists come from. */
  readonly sources: readonly string[];
}

function rulesOf(id: CalendarId): CalendarRules {
  switch (id) {
    case 'weekends-only':
      return WEEKENDS_ONLY;
    case 'target':
      return TARGET;
    case 'us-settlement':
      return US_SETTLEMENT;
    case 'us-nyse':
      return US_NYSE;
    case 'kr-settlement':
      return KR_SETTLEMENT;
    case 'kr-krx':
      return KR_KRX;
    case 'jp':
      return JAPAN;
  }
}

// Holidays are built on first use of each calendar, never at import.
const built = new Map<CalendarId, BuiltCalendar>();

/**
 * Validates a calendar id (default `'weekends-only'`) and returns the calendar, building its
 * holidays on first use.
 *
 * @throws {DealcalcError} `invalid_input` naming the ids accepted.
 */
export function readCalendar(input: unknown, path: readonly PathSegment[] = ['calendar']): BuiltCalendar {
  const id = input ?? DEFAULT_CALENDAR;
  if (typeof id !== 'string' || !(CALENDAR_IDS as readonly string[]).includes(id)) {
    const expected = `one of ${CALENDAR_IDS.join(', ')}`;
    return invalid([
      {
        path,
        expected,
        received: describeValue(input),
        message: `expected a calendar, ${expected}, received ${describeValue(input)}`,
      },
    ]);
  }
  const cached = built.get(id as CalendarId);
  if (cached !== undefined) return cached;
  const calendar = buildCalendar(rulesOf(id as CalendarId));
  built.set(id as CalendarId, calendar);
  return calendar;
}

/**
 * What a calendar is: its QuantLib name, the years its holiday data covers and its sources.
 *
 * @throws {DealcalcError} `invalid_input` for an unknown id.
 *
 * @example
 * calendarInfo('kr-krx').name                          //=> 'South Korea (KRX)'
 * [calendarInfo('jp').firstYear, calendarInfo('jp').lastYear] //=> [2000, 2050]
 */
export function calendarInfo(id: CalendarId): CalendarInfo {
  const { rules } = readCalendar(id, ['id']);
  return Object.freeze({
    id: rules.id as CalendarId,
    name: rules.name,
    firstYear: rules.firstYear,
    lastYear: rules.lastYear,
    weekend: Object.freeze([...rules.weekend]),
    sources: Object.freeze([...rules.sources]),
  });
}

/** Throws `limit_exceeded` when `year` is outside the calendar's holiday data. */
export function requireYear(
  calendar: BuiltCalendar,
  year: number,
  path: readonly PathSegment[],
  received: string,
): void {
  const { rules } = calendar;
  if (year >= rules.firstYear && year <= rules.lastYear) return;
  const expected = `a date from ${rules.firstYear} to ${rules.lastYear} (the years calendar ${rules.id} has holiday data for)`;
  throw new DealcalcError(
    'limit_exceeded',
    { argument: path.map(String).join('.') || 'date', limit: `${rules.firstYear}–${rules.lastYear}`, received },
    [{ path, expected, received, message: `expected ${expected}, received ${received}` }],
  );
}
