import {
  DealcalcError,
  invalid,
  invalidAt,
  limitExceeded,
  type Issue,
  type PathSegment,
} from '../errors/DealcalcError.ts';
import { isoDate, parseIsoDate, shiftMonths, type DateInput, type IsoDate } from '../dates/calendarDate.ts';
import { optionsObject } from '../errors/options.ts';
import { currencyCode, readAmount, type AmountInput } from '../money/amount.ts';
import { DEFAULT_CURRENCY, type CurrencyCode } from '../money/currency.ts';
import { decimal, inRange, isDecimal, type Decimal } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { frequency as readFrequency, monthsPerPeriod, type Frequency } from './frequency.ts';

/** One payment of a schedule: an amount falling in a period. */
export interface Installment {
  /** Whole period counted from the schedule's start (period 0). */
  readonly period: number;
  /** Amount paid in that period, ≥ 0, in the schedule's currency. */
  readonly amount: Decimal;
}

/**
 * When money moves: installments in ascending period order (at most one per period), all in
 * one currency, with a period length and optionally the calendar date of period 0.
 * Plain, frozen data; every operation returns a new schedule.
 */
export interface Schedule {
  /** ISO 4217 code of every installment. */
  readonly currency: CurrencyCode;
  /** Period length. */
  readonly frequency: Frequency;
  /** Calendar date of period 0, when the schedule is anchored to the calendar. */
  readonly startDate?: IsoDate;
  /** Installments in ascending period order, periods unique. */
  readonly installments: readonly Installment[];
}

/** Options every schedule constructor takes. */
export interface ScheduleOptions {
  /** Period of the first installment: a whole number from 0 to 10,000 (default 0). */
  readonly start?: number;
  /**
   * Calendar date (`YYYY-MM-DD`) of period 0, which anchors the schedule to the calendar.
   * With the default `start` of 0 this is the date of the first installment.
   */
  readonly startDate?: DateInput;
  /** Period length (default `'annual'`). */
  readonly frequency?: Frequency;
  /** ISO 4217 code used when the amounts name none (default `'USD'`). */
  readonly currency?: string;
}

/** Highest period index a schedule may use (10,000: over 800 years monthly). */
export const MAX_PERIOD = 10_000;

/** Most installments a schedule may have. */
export const MAX_INSTALLMENTS = 10_000;

/** Reads the options shared by all constructors. */
export function readScheduleOptions(options: ScheduleOptions | undefined): {
  start: number;
  frequency: Frequency;
  startDate?: IsoDate;
  currency?: CurrencyCode;
} {
  const o = optionsObject(options);
  const start = wholeNumber(o.start ?? 0, { path: ['start'], min: 0, max: MAX_PERIOD });
  const frequency = readFrequency(o.frequency);
  const out: { start: number; frequency: Frequency; startDate?: IsoDate; currency?: CurrencyCode } = {
    start,
    frequency,
  };
  if (o.startDate !== undefined) out.startDate = isoDate(o.startDate, ['startDate']);
  if (o.currency !== undefined) out.currency = currencyCode(o.currency, ['currency']);
  return out;
}

/**
 * Reads several amounts that must share one currency: the first currency named wins, or
 * `currency` when given; any other is a `currency_mismatch` naming the argument.
 */
export function readAmounts<const T extends ReadonlyArray<readonly [readonly PathSegment[], AmountInput]>>(
  entries: T,
  currency: CurrencyCode | undefined,
): { currency: CurrencyCode; values: { -readonly [K in keyof T]: Decimal } } {
  let code = currency;
  const values: Decimal[] = [];
  for (const [path, input] of entries) {
    const read = readAmount(input, path);
    if (read.currency !== undefined) {
      if (code !== undefined && read.currency !== code) {
        throw new DealcalcError('currency_mismatch', { expected: code, received: read.currency }, [
          {
            path,
            expected: `an amount in ${code}`,
            received: read.currency,
            message: `expected an amount in ${code}, received one in ${read.currency}`,
          },
        ]);
      }
      code = read.currency;
    }
    values.push(read.value);
  }
  return { currency: code ?? DEFAULT_CURRENCY, values: values as { -readonly [K in keyof T]: Decimal } };
}

/** Throws `invalid_input` unless `value` ≥ 0 (or > 0 when `positive`). */
export function requireNonNegative(value: Decimal, path: readonly PathSegment[], positive = false): void {
  if (value.lt(0) || (positive && value.isZero())) {
    const expected = positive ? 'an amount greater than 0' : 'an amount of 0 or more';
    invalid([
      { path, expected, received: value.toString(), message: `expected ${expected}, received ${value.toString()}` },
    ]);
  }
}

/**
 * Builds a validated, frozen schedule from installments in any order.
 *
 * @throws {DealcalcError} `invalid_input` for negative amounts, periods that are not whole
 *   numbers ≥ 0, or two installments in one period; `limit_exceeded` beyond
 *   {@link MAX_PERIOD} or {@link MAX_INSTALLMENTS}, or for an amount of magnitude above 1e30 or
 *   (non-zero) below 1e-30, which JSON could not carry back.
 */
export function buildSchedule(
  parts: { currency: CurrencyCode; frequency: Frequency; startDate?: string | undefined },
  installments: ReadonlyArray<{ readonly period: number; readonly amount: Decimal }>,
  path: readonly PathSegment[] = ['installments'],
): Schedule {
  if (installments.length > MAX_INSTALLMENTS) {
    const received = String(installments.length);
    throw new DealcalcError('limit_exceeded', { argument: 'installments', limit: String(MAX_INSTALLMENTS), received }, [
      {
        path,
        expected: `at most ${MAX_INSTALLMENTS} installments`,
        received,
        message: `expected at most ${MAX_INSTALLMENTS} installments, received ${received}`,
      },
    ]);
  }
  const issues: Issue[] = [];
  const seen = new Map<number, number>();
  const periods = installments.map((item, index) => {
    const period = wholeNumber(item.period, { path: [...path, index, 'period'], min: 0, max: MAX_PERIOD });
    if (!inRange(item.amount))
      limitExceeded(
        [...path, index, 'amount'],
        '1e30',
        'a magnitude between 1e-30 and 1e30 (or zero)',
        item.amount.toExponential(3),
      );
    if (item.amount.lt(0)) {
      issues.push({
        path: [...path, index, 'amount'],
        expected: 'an amount of 0 or more',
        received: item.amount.toString(),
        message: `expected an amount of 0 or more, received ${item.amount.toString()}`,
      });
    }
    const earlier = seen.get(period);
    if (earlier !== undefined) {
      issues.push({
        path: [...path, index, 'period'],
        expected: 'one installment per period',
        received: `period ${period} again (also at index ${earlier})`,
        message: `expected one installment per period, received period ${period} at index ${earlier} and ${index}`,
      });
    } else seen.set(period, index);
    return period;
  });
  if (issues.length > 0) invalid(issues);
  const sorted = installments
    .map((item, index) => Object.freeze({ period: periods[index]!, amount: item.amount }))
    .sort((a, b) => a.period - b.period);
  const schedule: Schedule = {
    currency: parts.currency,
    frequency: parts.frequency,
    // Callers pass dates they have read (or a schedule's own): checked already.
    ...(parts.startDate === undefined ? {} : { startDate: parts.startDate as IsoDate }),
    installments: Object.freeze(sorted),
  };
  built.add(schedule);
  return Object.freeze(schedule);
}

// Schedules this copy of dealcalc built: frozen and checked, so a front door can take them as they are.
const built = new WeakSet<object>();

/**
 * Front-door check of a {@link Schedule} argument: one built by dealcalc passes at once;
 * anything else is checked field by field (a schedule from another copy of the library, or
 * a hand-made object), so that no function meets a malformed schedule inside.
 *
 * @throws {DealcalcError} `invalid_input` at `path` (JSON-shaped schedules are pointed to
 *   `parseSchedule`); `limit_exceeded` above {@link MAX_INSTALLMENTS} installments.
 */
export function readSchedule(value: unknown, path: readonly PathSegment[] = ['schedule']): Schedule {
  if (typeof value === 'object' && value !== null && built.has(value)) return value as Schedule;
  const s = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as {
    currency?: unknown;
    frequency?: unknown;
    startDate?: unknown;
    installments?: unknown;
  };
  if (!Array.isArray(s.installments)) {
    // A schedule written in JSON ({ "each": "25B", "count": 8 }) is read by parseDeal or parseSchedule.
    return s.installments === undefined
      ? invalidAt(path, BUILT, value)
      : invalidAt([...path, 'installments'], BUILT, s.installments);
  }
  if (s.installments.length > MAX_INSTALLMENTS)
    limitExceeded(
      [...path, 'installments'],
      MAX_INSTALLMENTS,
      `at most ${MAX_INSTALLMENTS} installments`,
      String(s.installments.length),
    );
  const currency = currencyCode(s.currency, [...path, 'currency']);
  const frequency = readFrequency(s.frequency, [...path, 'frequency']);
  const startDate = s.startDate === undefined ? undefined : isoDate(s.startDate, [...path, 'startDate']);
  const list = s.installments.map((item: { period?: unknown; amount?: unknown } | null, index: number) => {
    // Amounts must be Decimals: text amounts mean a schedule in JSON form (parseSchedule reads it).
    if (!isDecimal(item?.amount)) return invalidAt([...path, 'installments', index, 'amount'], BUILT, item?.amount);
    return {
      period: item.period as number,
      amount: decimal(item.amount, { path: [...path, 'installments', index, 'amount'] }),
    };
  });
  return buildSchedule({ currency, frequency, startDate }, list, [...path, 'installments']);
}

const BUILT = 'a schedule built by installments(), lumpSum(), spread(), capped(), scheduleOf() or parseSchedule()';

/**
 * The light front-door check of a schedule argument, for functions that only read its
 * frequency and installments (`npv`): a schedule built by dealcalc passes at once; anything else
 * needs a known frequency and installments in whole periods from 0 with finite Decimal amounts
 * of 0 or more (its currency and start date are not read, so not checked).
 *
 * @throws {DealcalcError} `invalid_input` at `path` or the first field that is not so.
 */
export function readScheduleFlows(value: unknown, path: readonly PathSegment[] = ['schedule']): Schedule {
  if (typeof value === 'object' && value !== null && built.has(value)) return value as Schedule;
  const s = value as { frequency?: unknown; installments?: unknown } | null;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.installments)) return invalidAt(path, BUILT, value);
  readFrequency(s.frequency, [...path, 'frequency']);
  s.installments.forEach((i: { period?: unknown; amount?: unknown } | null, k: number) => {
    if (!isDecimal(i?.amount) || !i.amount.isFinite() || i.amount.isNeg())
      invalidAt([...path, 'installments', k, 'amount'], BUILT, i?.amount);
    if (!Number.isSafeInteger(i.period) || (i.period as number) < 0)
      invalidAt([...path, 'installments', k, 'period'], 'a whole number of 0 or more', i.period);
  });
  return value as Schedule;
}

/**
 * Calendar date of a period of an anchored schedule: `startDate` plus `period` periods,
 * counted from the start date itself (31 Jan monthly gives 28/29 Feb, then 31 Mar).
 * `undefined` when the schedule has no start date.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule or a period that is
 *   not a whole number from 0 to 10,000; `limit_exceeded` for a date after 9999-12-31.
 *
 * @example
 * periodDate(installments('25B', 8, { startDate: '2026-01-01' }), 2) //=> '2028-01-01'
 */
export function periodDate(schedule: Schedule, period: number): IsoDate | undefined {
  const s = readSchedule(schedule);
  const p = wholeNumber(period, { path: ['period'], min: 0, max: MAX_PERIOD });
  if (s.startDate === undefined) return undefined;
  return shiftMonths(parseIsoDate(s.startDate, ['schedule', 'startDate']), p * monthsPerPeriod(s.frequency), false, [
    'period',
  ]);
}
