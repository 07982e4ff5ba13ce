import { DealcalcError, describeValue, invalid, invalidAt, type PathSegment } from '../errors/DealcalcError.ts';
import { addMonths, type IsoDate } from '../dates/calendarDate.ts';
import { currencyCode } from './amount.ts';
import { DEFAULT_CURRENCY, type CurrencyCode } from './currency.ts';
import { D, exactSum, exactTimes, isDecimal, type Decimal, type DecimalInput } from './decimal.ts';
import { pointAt, readStepPath, type StepPoint } from './stepPath.ts';

/** One rate of a path: units of `to` per unit of `from`, in force from its period or date on. */
export interface FxRatePoint {
  /** Units of the path's `to` per unit of its `from`, > 0 (1428.57 won per dollar). */
  readonly rate: Decimal;
  /** Period from which the rate holds (paths by period). */
  readonly period?: number;
  /** Date from which the rate holds (paths by date). */
  readonly date?: IsoDate;
  /** Where the rate comes from. */
  readonly source?: string;
}

/**
 * An exchange rate that changes over time: one rate per period, or rates on dates. A rate
 * holds from its period or date until the next one; the last holds after it. Plain, frozen data.
 */
export interface FxPath {
  /** Currency converted from (ISO 4217). */
  readonly from: CurrencyCode;
  /** Currency converted into. */
  readonly to: CurrencyCode;
  /** Whether the rates are keyed by period or by date. */
  readonly by: 'period' | 'date';
  /** Ascending, one per period or date. */
  readonly points: readonly FxRatePoint[];
}

/** A rate for a period, as written by hand. */
export interface FxPeriodRateInput {
  /** Period from which the rate holds: a whole number from 0 to 10,000. */
  readonly period: number;
  /** Units of `to` per unit of `from`, > 0. */
  readonly rate: DecimalInput;
  /** Where the rate comes from (default: the path's `source`, if any). */
  readonly source?: string;
}

/** A rate on a date, as written by hand. */
export interface FxDatedRateInput {
  /** Date from which the rate holds, `YYYY-MM-DD`. */
  readonly date: string;
  /** Units of `to` per unit of `from`, > 0. */
  readonly rate: DecimalInput;
  /** Where the rate comes from (default: the path's `source`, if any). */
  readonly source?: string;
}

/** What {@link fxPath} reads. */
export interface FxPathInput {
  /** Currency converted from (default `'USD'`). */
  readonly from?: string;
  /** Currency converted into. */
  readonly to: string;
  /**
   * Rates, each > 0 (units of `to` per unit of `from`): a plain list (periods `start`,
   * `start + 1`, …), `{ period, rate }` entries, or `{ date, rate }` entries.
   */
  readonly rates: readonly DecimalInput[] | readonly FxPeriodRateInput[] | readonly FxDatedRateInput[];
  /** Period of the first rate of a plain list (default 0). */
  readonly start?: number;
  /** Source recorded on every rate that names none. */
  readonly source?: string;
}

/**
 * An exchange-rate path: a rate per period or per date, for converting a schedule paid over
 * years at the rate of each year rather than at one fixed rate. Rates are exact decimals; a
 * rate holds from its period or date until the next one.
 *
 * @param input - `from` (default USD), `to`, `rates`, `start`, `source`.
 * @returns A frozen {@link FxPath}.
 *
 * @throws {DealcalcError} `invalid_input` for an unknown currency, an empty list, a rate ≤ 0 or
 *   not a number (with its index), two rates for one period or date, or a list mixing forms;
 *   `limit_exceeded` above 10,000 rates.
 *
 * @example
 * const won = fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] });
 * won.points.map((p) => p.period) //=> [0, 1, 2]
 * fxPath({ to: 'KRW', rates: [{ date: '2025-10-28', rate: '1428.57' }, { date: '2025-07-31', rate: '1391.43' }] }).points[0].date
 * //=> '2025-07-31'
 */
export function fxPath(input: FxPathInput): FxPath {
  if (typeof input !== 'object' || input === null) {
    return invalid([
      {
        path: [],
        expected: 'an FX path { to, rates }',
        received: describeValue(input),
        message: `expected an FX path { to, rates }, received ${describeValue(input)}`,
      },
    ]);
  }
  const from = input.from === undefined ? DEFAULT_CURRENCY : currencyCode(input.from, ['from']);
  const to = currencyCode(input.to, ['to']);
  const steps = readStepPath(input.rates, 'rate', {
    path: ['rates'],
    ...(input.start === undefined ? {} : { start: input.start }),
    ...(input.source === undefined ? {} : { source: input.source }),
  });
  const points = steps.points.map((p) =>
    Object.freeze({
      rate: p.value,
      ...(p.period === undefined ? {} : { period: p.period }),
      ...(p.date === undefined ? {} : { date: p.date }),
      ...(p.source === undefined ? {} : { source: p.source }),
    }),
  );
  return Object.freeze({ from, to, by: steps.by, points: Object.freeze(points) });
}

/**
 * True for an {@link FxPath}-shaped object.
 *
 * @example
 * isFxPath(fxPath({ to: 'KRW', rates: [1400] })) //=> true
 * isFxPath({ to: 'KRW', rate: '1400' })          //=> false
 */
export function isFxPath(value: unknown): value is FxPath {
  // Values, not only keys: a look-alike with a wrong value is not a path (and never a TypeError).
  const p = value as FxPath | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    (p.by === 'period' || p.by === 'date') &&
    typeof p.from === 'string' &&
    typeof p.to === 'string' &&
    Array.isArray(p.points) &&
    p.points.every(
      (x) =>
        typeof x === 'object' &&
        x !== null &&
        isDecimal(x.rate) &&
        (p.by === 'date' ? typeof x.date === 'string' : Number.isInteger(x.period)),
    )
  );
}

// Front door of an FX path argument.
function readFxPath(path: unknown, argument: readonly PathSegment[]): void {
  if (!isFxPath(path)) invalidAt(argument, 'an FX path (from fxPath)', path);
}

/**
 * The rate of a path in force at a period (paths by period) or a date (paths by date): the
 * latest rate at or before it; the last rate holds after the end of the path.
 *
 * @throws {DealcalcError} `invalid_input` at `path` for anything but an FX path, for a period
 *   on a path by date (or the other way round), or a period or date before the path's first rate.
 *
 * @example
 * const won = fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] });
 * fxRateAt(won, 1).rate.toString()  //=> '1450'
 * fxRateAt(won, 10).rate.toString() //=> '1500'
 */
export function fxRateAt(path: FxPath, at: number | string, argument: readonly PathSegment[] = ['at']): FxRatePoint {
  readFxPath(path, ['path']);
  const index = indexAt(path, at, argument);
  return path.points[index]!;
}

function indexAt(path: FxPath, at: number | string, argument: readonly PathSegment[]): number {
  const steps: StepPoint[] = path.points.map((p) => ({ ...p, value: p.rate }));
  return steps.indexOf(pointAt({ by: path.by, points: steps }, at, argument, 'FX path'));
}

/** A schedule or series converted along a path, and what it costs at the path's extremes. */
export interface FxExposure {
  /** Currency of the amounts (the path's `from`). */
  readonly from: CurrencyCode;
  /** Currency they are converted into (the path's `to`). */
  readonly to: CurrencyCode;
  /** Each amount at the rate in force when it is paid. */
  readonly rows: ReadonlyArray<{
    /** When it is paid: a period (paths by period) or a date (paths by date). */
    readonly at: number | IsoDate;
    /** The amount, in `from`, as given (a pledge's outflows are positive). */
    readonly amount: Decimal;
    /** Units of `to` per unit of `from` in force at `at`. */
    readonly rate: Decimal;
    /** `amount × rate`, exactly, in `to`. */
    readonly converted: Decimal;
  }>;
  /** Σ converted: the whole series at the path. */
  readonly atPath: Decimal;
  /**
   * The whole series at the path's lowest rate: the fewest units of `to`, so the best case for a
   * payer who earns `to` and pays `from` (a pledge in dollars paid from won).
   */
  readonly best: {
    /** The path's lowest rate, units of `to` per unit of `from`. */
    readonly rate: Decimal;
    /** Σ amount × that rate, in `to`. */
    readonly total: Decimal;
    /** The path point holding the rate (its period or date and source); the earliest if several tie. */
    readonly point: FxRatePoint;
  };
  /** The whole series at the path's highest rate: the worst case for that payer. */
  readonly worst: {
    /** The path's highest rate, units of `to` per unit of `from`. */
    readonly rate: Decimal;
    /** Σ amount × that rate, in `to`. */
    readonly total: Decimal;
    /** The path point holding the rate; the earliest if several tie. */
    readonly point: FxRatePoint;
  };
  /** worst.total − best.total: what the spread of the path's rates can cost, in `to`. */
  readonly range: Decimal;
}

/**
 * Converts a series of amounts along a path, exactly, and values the same series at the path's
 * lowest and highest rates. Internal: callers check currencies and read their inputs first.
 */
export function fxExposure(
  entries: ReadonlyArray<{ readonly at: number | IsoDate; readonly amount: Decimal }>,
  path: FxPath,
  argument: readonly PathSegment[],
): FxExposure {
  const rows = entries.map((e, k) => {
    const rate = fxRateAt(path, e.at, [...argument, k]).rate;
    return Object.freeze({ at: e.at, amount: e.amount, rate, converted: exactTimes(e.amount, rate) });
  });
  const sum = entries.reduce((s, e) => s.plus(e.amount), new D(0));
  let low = path.points[0]!;
  let high = path.points[0]!;
  for (const p of path.points) {
    if (p.rate.lt(low.rate)) low = p;
    if (p.rate.gt(high.rate)) high = p;
  }
  const best = Object.freeze({ rate: low.rate, total: exactTimes(sum, low.rate), point: low });
  const worst = Object.freeze({ rate: high.rate, total: exactTimes(sum, high.rate), point: high });
  return Object.freeze({
    from: path.from,
    to: path.to,
    rows: Object.freeze(rows),
    atPath: exactSum(rows.map((r) => r.converted)),
    best,
    worst,
    range: worst.total.minus(best.total),
  });
}

/** Throws `currency_mismatch` unless `currency` is the path's `from`. */
export function requirePathCurrency(path: FxPath, currency: CurrencyCode, argument: readonly PathSegment[]): void {
  if (currency === path.from) return;
  const message = `expected an amount in ${path.from} (the FX path converts ${path.from} to ${path.to}), received one in ${currency}`;
  throw new DealcalcError('currency_mismatch', { expected: path.from, received: currency }, [
    { path: argument, expected: `an amount in ${path.from}`, received: currency, message },
  ]);
}

/**
 * {@link fxExposure} of amounts by year: a path by period is read by year (period k is year k);
 * a path by date at the anniversaries of `anchor` (year k falls on `anchor` plus k years).
 *
 * @throws {DealcalcError} `invalid_input` for a path by date without an anchor, or a year before
 *   the path starts; `currency_mismatch` when `currency` is not the path's `from`.
 */
export function fxExposureByYear(
  years: ReadonlyArray<{ readonly year: number; readonly amount: Decimal }>,
  path: FxPath,
  currency: CurrencyCode,
  anchor: IsoDate | undefined,
  argument: readonly PathSegment[],
): FxExposure {
  readFxPath(path, argument);
  requirePathCurrency(path, currency, argument);
  if (path.by === 'date' && anchor === undefined) {
    return invalid([
      {
        path: argument,
        expected: 'an FX path by period (no start date to place the years on)',
        received: 'a path by date',
        message: 'expected an FX path by period, received a path by date and no start date to place the years on',
      },
    ]);
  }
  const at = (year: number): number | IsoDate => (path.by === 'period' ? year : addMonths(anchor!, 12 * year));
  return fxExposure(
    years.map((y) => ({ at: at(y.year), amount: y.amount })),
    path,
    argument,
  );
}
