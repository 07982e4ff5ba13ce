import { describeValue, invalid } from '../errors/DealcalcError.ts';
import {
  dayNumber,
  leap as isLeap,
  monthLength,
  parseIsoDate,
  type CivilDate,
  type DateInput,
} from '../dates/calendarDate.ts';
import { D, type Decimal } from '../money/decimal.ts';

/**
 * How a span between two dates counts in years:
 * - `'act/365f'`: actual days ÷ 365 (the spreadsheets' XNPV and XIRR);
 * - `'act/360'`: actual days ÷ 360;
 * - `'act/act-isda'`: days in each calendar year ÷ that year's length (365 or 366), summed;
 * - `'30/360-us'`: 30-day months, US rules with the end-of-February rules, as QuantLib's
 *   `Thirty360(USA)` (the spreadsheets' basis 0 differs in some month-end cases);
 * - `'30e/360'`: 30-day months, Eurobond rules (day 31 becomes 30 at both ends; basis 4).
 */
export type DayCount = 'act/365f' | 'act/360' | 'act/act-isda' | '30/360-us' | '30e/360';

/** Every day count. */
export const DAY_COUNTS: readonly DayCount[] = ['act/365f', 'act/360', 'act/act-isda', '30/360-us', '30e/360'];

/**
 * A span as a whole-number numerator over a fixed denominator, so that discounting over many
 * dates needs only integer powers (see `TimedFlows`). `years = numerator ÷ denominator`.
 */
export interface DayCountFraction {
  /** Whole number: days (or 30/360 days) in the span, negative when `end` is before `start`; for `act/act-isda`, leap-year days × 365 + other days × 366. */
  readonly numerator: number;
  /** Fixed by the day count: 365, 360, or 365 × 366 = 133,590 for `act/act-isda`. */
  readonly denominator: number;
}

/**
 * Year fraction between two calendar dates under a day count, exact: a Decimal of the
 * numerator over the denominator (negative when `end` is before `start`).
 *
 * @throws {DealcalcError} `invalid_input` for a date that is not `YYYY-MM-DD` or an unknown day count.
 *
 * @example
 * // QuantLib reference values (research note E1, E2, E4):
 * yearFraction('2024-01-01', '2025-01-01', 'act/360').toFixed(7)      //=> '1.0166667'
 * yearFraction('2023-12-15', '2024-06-15', 'act/act-isda').toFixed(10) //=> '0.5001272550'
 * yearFraction('2024-02-28', '2024-03-31', '30/360-us').times(360).toString() //=> '33'
 * yearFraction('2024-02-28', '2024-03-31', '30e/360').times(360).toString()   //=> '32'
 */
export function yearFraction(start: DateInput, end: DateInput, dayCount: DayCount = 'act/365f'): Decimal {
  const f = dayCountFraction(start, end, dayCount);
  return new D(f.numerator).div(f.denominator);
}

/**
 * {@link yearFraction} as numerator and denominator.
 *
 * @example
 * dayCountFraction('2024-01-01', '2025-01-01', 'act/365f') //=> { numerator: 366, denominator: 365 }
 */
export function dayCountFraction(start: DateInput, end: DateInput, dayCount: DayCount = 'act/365f'): DayCountFraction {
  const a = parseIsoDate(start, ['start']);
  const b = parseIsoDate(end, ['end']);
  switch (dayCount) {
    case 'act/365f':
      return { numerator: dayNumber(b) - dayNumber(a), denominator: 365 };
    case 'act/360':
      return { numerator: dayNumber(b) - dayNumber(a), denominator: 360 };
    case '30/360-us':
      return { numerator: days360Us(a, b), denominator: 360 };
    case '30e/360':
      return { numerator: days360(a, b, Math.min(a.day, 30), Math.min(b.day, 30)), denominator: 360 };
    case 'act/act-isda':
      return actActIsda(a, b);
    default:
      return invalid([
        {
          path: ['dayCount'],
          expected: DAY_COUNTS.join(', '),
          received: describeValue(dayCount),
          message: `expected one of ${DAY_COUNTS.join(', ')}, received ${describeValue(dayCount)}`,
        },
      ]);
  }
}

/** Validates a day-count name (default Act/365F). */
export function readDayCount(value: unknown): DayCount {
  if (value === undefined) return 'act/365f';
  if (typeof value === 'string' && (DAY_COUNTS as readonly string[]).includes(value)) return value as DayCount;
  return invalid([
    {
      path: ['dayCount'],
      expected: `one of ${DAY_COUNTS.join(', ')}`,
      received: describeValue(value),
      message: `expected one of ${DAY_COUNTS.join(', ')}, received ${describeValue(value)}`,
    },
  ]);
}

function days360(a: CivilDate, b: CivilDate, d1: number, d2: number): number {
  return 360 * (b.year - a.year) + 30 * (b.month - a.month) + (d2 - d1);
}

function days360Us(a: CivilDate, b: CivilDate): number {
  const lastOfFeb = (d: CivilDate): boolean => d.month === 2 && d.day === monthLength(d.year, 2);
  let d1 = a.day;
  let d2 = b.day;
  if (lastOfFeb(a) && lastOfFeb(b)) d2 = 30;
  if (lastOfFeb(a)) d1 = 30;
  if (d2 === 31 && d1 >= 30) d2 = 30;
  if (d1 === 31) d1 = 30;
  return days360(a, b, d1, d2);
}

// Days in leap years over 366 plus days in other years over 365, on a common denominator.
function actActIsda(a: CivilDate, b: CivilDate): DayCountFraction {
  const sign = dayNumber(b) >= dayNumber(a) ? 1 : -1;
  const [from, to] = sign === 1 ? [a, b] : [b, a];
  let leap = 0;
  let common = 0;
  for (let year = from.year; year <= to.year; year += 1) {
    const start = Math.max(dayNumber(from), dayNumber({ year, month: 1, day: 1 }));
    const end = Math.min(dayNumber(to), dayNumber({ year: year + 1, month: 1, day: 1 }));
    if (end > start) {
      if (isLeap(year)) leap += end - start;
      else common += end - start;
    }
  }
  return { numerator: sign * (leap * 365 + common * 366), denominator: 365 * 366 };
}
