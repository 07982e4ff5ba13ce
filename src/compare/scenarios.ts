import { DealcalcError, describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { currencyCode, readAmount, type AmountInput } from '../money/amount.ts';
import { DEFAULT_CURRENCY, type CurrencyCode } from '../money/currency.ts';
import type { Decimal, DecimalInput } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { decimalOf, decimalOfRatio, pow10, scaledOf, type Scaled } from '../money/scaled.ts';
import { frequency as readFrequency, periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { MAX_INSTALLMENTS, MAX_PERIOD } from '../schedules/schedule.ts';
import { readConvention, type DiscountConvention } from '../value/convention.ts';
import { discountRate, presentValue, type DiscountRate } from '../value/discount.ts';
import { DEFAULT_RATES, readRates } from '../value/rates.ts';

/**
 * The inputs a scenario sweep varies; each is a list of values to try. A scenario is a stream
 * of one instrument: `annual` paid in each of `years` periods, or `total` paid at most `cap` a
 * period (as `capped`), from period `start`.
 */
export interface ScenarioGrid {
  /** Annual discount rates, fractions or percentage text (`'4.5%'`); default 3%, 4.5%, 6%. */
  readonly rate?: readonly DecimalInput[];
  /** Amount paid each period (`'25B'`, `'₩5T'`, Decimals). With `years`. */
  readonly annual?: readonly AmountInput[];
  /** Number of periods paid, 1 to 10,000. With `annual`. */
  readonly years?: readonly number[];
  /** Total paid, at most `cap` a period. With `cap`, instead of `annual` and `years`. */
  readonly total?: readonly AmountInput[];
  /** Most paid in one period. With `total`. */
  readonly cap?: readonly AmountInput[];
  /** First period paid, 0 to 10,000 (default 0). */
  readonly start?: readonly number[];
  /** Headline the share is taken of (optional: without it `share` is `null`). */
  readonly headline?: readonly AmountInput[];
}

/** Options of a scenario sweep. */
export interface ScenarioOptions {
  /** Instrument of the stream, for labelling (default `'cash'`). */
  readonly instrument?: Instrument;
  /** `'start'` (default) or `'end'`: when money moves within its period. */
  readonly timing?: 'start' | 'end';
  /** Period length (default `'annual'`); rates stay annual effective rates. */
  readonly frequency?: Frequency;
  /** Currency of amounts that name none (default USD). Every amount must be in one currency. */
  readonly currency?: string;
}

/** The values one scenario row was computed from. */
export interface ScenarioParams {
  /** Annual effective discount rate, as a fraction (0.045 = 4.5%). */
  readonly rate: Decimal;
  /** Amount paid each period, 0 or more (level scenarios: `annual` × `years`; absent for `total` / `cap`). */
  readonly annual?: Decimal;
  /** Number of periods paid, 1 to 10,000 (level scenarios only). */
  readonly years?: number;
  /** Total paid, 0 or more (`total` / `cap` scenarios only). */
  readonly total?: Decimal;
  /** Most paid in one period, greater than 0 (`total` / `cap` scenarios only). */
  readonly cap?: Decimal;
  /** First period paid, 0 to 10,000. */
  readonly start: number;
  /** Headline the share is taken of (in the row's currency, 0 or more), when the grid has one. */
  readonly headline?: Decimal;
}

/** One scenario: its inputs and what they come to. */
export interface ScenarioRow {
  /** 0-based position (the last grid key varies fastest). */
  readonly index: number;
  /** The grid values this row was computed from. */
  readonly params: ScenarioParams;
  /** Instrument of the stream, for labelling. */
  readonly instrument: Instrument;
  /** ISO 4217 code of every amount of the row. */
  readonly currency: CurrencyCode;
  /** Nominal sum of the stream. */
  readonly total: Decimal;
  /** `total ÷ headline` as a fraction, or `null` without a headline. */
  readonly share: Decimal | null;
  /** Present value at period 0 at `params.rate`, under the timing. */
  readonly presentValue: Decimal;
  /** Periods paid (the last may be smaller for a cap). */
  readonly periods: number;
}

/** A lazy set of scenario rows: iterate it; `size` says how many. */
export interface ScenarioSweep extends Iterable<ScenarioRow> {
  /** Number of rows: the product of the grid's list lengths. */
  readonly size: number;
  /** How present values were taken (timing, annual compounding, at period 0). */
  readonly convention: DiscountConvention;
  /** Every row in an array; refuses above `limit` rows (default 10,000). */
  toArray(limit?: number): ScenarioRow[];
}

const KEYS = ['rate', 'annual', 'years', 'total', 'cap', 'start', 'headline'] as const;
type Key = (typeof KEYS)[number];

/**
 * Every combination of a scenario grid, computed from the annuity identity rather than deal by
 * deal: a level stream's present value is `annual × Σ_k (1 + r)^−(start + k)/n`, so one annuity
 * factor per (rate, years, start) serves every amount, and each row costs one exact
 * multiplication. Rows come lazily, in order, the grid's last key varying fastest; memory stays
 * flat however many rows are iterated.
 *
 * @throws {DealcalcError} `invalid_input` for unknown keys, empty lists, mixing `annual`/`years`
 *   with `total`/`cap` or giving one without its partner, bad values (with their index);
 *   `currency_mismatch` for amounts in two currencies; `limit_exceeded` from `toArray` above its limit.
 */
export function scenarioSweep(grid: ScenarioGrid, options: ScenarioOptions = {}): ScenarioSweep {
  if (typeof grid !== 'object' || grid === null)
    invalid([
      {
        path: ['grid'],
        expected: 'an object of value lists',
        received: describeValue(grid),
        message: `expected an object of value lists, received ${describeValue(grid)}`,
      },
    ]);
  const keys = Object.keys(grid) as Key[];
  for (const key of keys) {
    if (!(KEYS as readonly string[]).includes(key))
      invalid([
        {
          path: ['grid', key],
          expected: `one of ${KEYS.join(', ')}`,
          received: JSON.stringify(key),
          message: `expected one of ${KEYS.join(', ')}, received ${JSON.stringify(key)}`,
        },
      ]);
    const values = grid[key];
    if (!Array.isArray(values) || values.length === 0)
      invalid([
        {
          path: ['grid', key],
          expected: 'a non-empty list of values',
          received: describeValue(values),
          message: `expected a non-empty list of values, received ${describeValue(values)}`,
        },
      ]);
  }
  const level = grid.annual !== undefined || grid.years !== undefined;
  const capped = grid.total !== undefined || grid.cap !== undefined;
  if (
    level === capped ||
    (level && (grid.annual === undefined || grid.years === undefined)) ||
    (capped && (grid.total === undefined || grid.cap === undefined))
  ) {
    const message = 'expected either annual and years, or total and cap';
    invalid([
      {
        path: ['grid'],
        expected: 'annual with years, or total with cap',
        received: keys.join(', ') || 'no keys',
        message,
      },
    ]);
  }
  const instrument = options.instrument ?? 'cash';
  if (!(INSTRUMENTS as readonly string[]).includes(instrument))
    invalid([
      {
        path: ['instrument'],
        expected: `one of ${INSTRUMENTS.join(', ')}`,
        received: describeValue(instrument),
        message: `expected one of ${INSTRUMENTS.join(', ')}, received ${describeValue(instrument)}`,
      },
    ]);
  const convention = readConvention(options.timing);
  const frequency = readFrequency(options.frequency);
  const n = periodsPerYear(frequency);

  // The template is read once: every value checked here, nothing re-read per row.
  let currency: CurrencyCode | undefined =
    options.currency === undefined ? undefined : currencyCode(options.currency, ['currency']);
  const amounts = (
    key: 'annual' | 'total' | 'cap' | 'headline',
    positive: boolean,
  ): Array<{ decimal: Decimal; scaled: Scaled }> | undefined =>
    grid[key]?.map((input, index) => {
      const path: PathSegment[] = ['grid', key, index];
      const read = readAmount(input, path);
      if (read.currency !== undefined) {
        if (currency !== undefined && read.currency !== currency) {
          throw new DealcalcError('currency_mismatch', { expected: currency, received: read.currency }, [
            {
              path,
              expected: `an amount in ${currency}`,
              received: read.currency,
              message: `expected an amount in ${currency}, received one in ${read.currency}`,
            },
          ]);
        }
        currency = read.currency;
      }
      if (read.value.lt(0) || (positive && read.value.isZero())) {
        const expected = positive ? 'an amount greater than 0' : 'an amount of 0 or more';
        invalid([
          {
            path,
            expected,
            received: read.value.toString(),
            message: `expected ${expected}, received ${read.value.toString()}`,
          },
        ]);
      }
      return { decimal: read.value, scaled: scaledOf(read.value) };
    });
  const counts = (key: 'years' | 'start', min: number, max: number): number[] | undefined =>
    grid[key]?.map((v, index) => wholeNumber(v, { path: ['grid', key, index], min, max }));
  const lists = {
    rate: readRates(grid.rate ?? DEFAULT_RATES, ['grid', 'rate']).map((r) => discountRate(r)),
    annual: amounts('annual', false),
    years: counts('years', 1, MAX_INSTALLMENTS),
    total: amounts('total', false),
    cap: amounts('cap', true),
    start: counts('start', 0, MAX_PERIOD) ?? [0],
    headline: amounts('headline', false),
  };
  const code = currency ?? DEFAULT_CURRENCY;
  // Order: the grid's own keys (last fastest), then the defaults it left out (rate, start).
  const order: Key[] = [
    ...(grid.rate === undefined ? (['rate'] as const) : []),
    ...(grid.start === undefined ? (['start'] as const) : []),
    ...keys,
  ];
  const lengths = order.map((k) => (lists[k] as readonly unknown[]).length);
  const size = lengths.reduce((a, b) => a * b, 1);

  // Σ_{k<count} z^(start+k+shift): one exact annuity factor per (rate, count, start), kept.
  const shift = convention.timing === 'end' ? 1 : 0;
  const factors = new Map<number, Scaled>();
  const annuity = (rate: DiscountRate, r: number, count: number, start: number): Scaled => {
    const key = (r * 10_001 + count) * 10_001 + start; // counts and starts are at most 10,000
    let f = factors.get(key);
    if (f === undefined) {
      if (count === 0) f = { coefficient: 0n, exponent: 0 };
      else
        f = scaledOf(
          presentValue(
            {
              coefficients: new Array<bigint>(count).fill(1n),
              exponent: 0,
              steps: Array.from({ length: count }, (_, k) => start + k + shift),
              denominator: n,
            },
            rate,
          ),
        );
      if (factors.size > 100_000) factors.clear(); // bounded, whatever the grid
      factors.set(key, f);
    }
    return f;
  };
  const times = (a: Scaled, b: Scaled): Decimal => decimalOf(a.coefficient * b.coefficient, a.exponent + b.exponent);

  // Where each key sits in the order (−1 when absent), looked up once; and the last level
  // stream's total (rows that differ only in the rate, the usual fastest key, share it).
  const slotRate = order.indexOf('rate');
  const slotStart = order.indexOf('start');
  const slotHeadline = order.indexOf('headline');
  const slotAnnual = order.indexOf('annual');
  const slotYears = order.indexOf('years');
  const slotTotal = order.indexOf('total');
  const slotCap = order.indexOf('cap');
  const pick: number[] = new Array<number>(order.length);
  let lastLevel: { each: number; years: number; total: Decimal; scaled: Scaled } | undefined;

  function row(index: number): ScenarioRow {
    let rest = index;
    for (let k = order.length - 1; k >= 0; k -= 1) {
      const length = lengths[k]!;
      const q = Math.floor(rest / length);
      pick[k] = rest - q * length;
      rest = q;
    }
    const r = pick[slotRate]!;
    const rate = lists.rate[r]!;
    const start = lists.start[pick[slotStart]!]!;
    const headline = slotHeadline < 0 ? undefined : lists.headline?.[pick[slotHeadline]!];
    let total: Decimal;
    let totalScaled: Scaled;
    let pv: Decimal;
    let periods: number;
    const params: { -readonly [K in keyof ScenarioParams]: ScenarioParams[K] } = { rate: rate.value, start };
    if (lists.annual !== undefined && lists.years !== undefined) {
      const ai = pick[slotAnnual]!;
      const yi = pick[slotYears]!;
      const each = lists.annual[ai]!;
      const years = lists.years[yi]!;
      if (start + years - 1 > MAX_PERIOD) lastPeriodError(start, years);
      params.annual = each.decimal;
      params.years = years;
      if (lastLevel === undefined || lastLevel.each !== ai || lastLevel.years !== yi) {
        const scaled = { coefficient: each.scaled.coefficient * BigInt(years), exponent: each.scaled.exponent };
        lastLevel = { each: ai, years: yi, total: decimalOf(scaled.coefficient, scaled.exponent), scaled };
      }
      totalScaled = lastLevel.scaled;
      total = lastLevel.total;
      pv = times(each.scaled, annuity(rate, r, years, start));
      periods = years;
    } else {
      const whole = lists.total![pick[slotTotal]!]!;
      const most = lists.cap![pick[slotCap]!]!;
      params.total = whole.decimal;
      params.cap = most.decimal;
      // Whole caps, then what remains in one last period (as `capped`).
      const e = Math.min(whole.scaled.exponent, most.scaled.exponent);
      const w = whole.scaled.coefficient * pow10(whole.scaled.exponent - e);
      const c = most.scaled.coefficient * pow10(most.scaled.exponent - e);
      const full = w / c;
      const remainder = w - full * c;
      periods = Number(full) + (remainder === 0n ? 0 : 1);
      if (periods > MAX_INSTALLMENTS)
        throw new DealcalcError(
          'limit_exceeded',
          { argument: 'cap', limit: String(MAX_INSTALLMENTS), received: `${periods} installments` },
          [
            {
              path: ['grid', 'cap'],
              expected: `a cap that needs at most ${MAX_INSTALLMENTS} installments`,
              received: `${periods} installments`,
              message: `expected a cap that needs at most ${MAX_INSTALLMENTS} installments, received one that needs ${periods}`,
            },
          ],
        );
      if (periods > 0 && start + periods - 1 > MAX_PERIOD) lastPeriodError(start, periods);
      totalScaled = { coefficient: w, exponent: e };
      total = whole.decimal;
      const factor = annuity(rate, r, Number(full), start);
      const levelValue: Scaled = { coefficient: c * factor.coefficient, exponent: e + factor.exponent };
      const lastPart =
        remainder === 0n
          ? undefined
          : scaledOf(
              presentValue(
                { coefficients: [remainder], exponent: e, steps: [start + Number(full) + shift], denominator: n },
                rate,
              ),
            );
      pv = lastPart === undefined ? decimalOf(levelValue.coefficient, levelValue.exponent) : sum(levelValue, lastPart);
    }
    if (headline !== undefined) params.headline = headline.decimal;
    const share =
      headline === undefined || headline.scaled.coefficient === 0n ? null : ratio(totalScaled, headline.scaled);
    return Object.freeze({
      index,
      params: Object.freeze(params),
      instrument,
      currency: code,
      total,
      share,
      presentValue: pv,
      periods,
    });
  }

  function* rows(): Generator<ScenarioRow> {
    for (let index = 0; index < size; index += 1) yield row(index);
  }
  return {
    size,
    convention,
    [Symbol.iterator]: rows,
    toArray(limit = 10_000) {
      if (size > limit) {
        const received = `${size} rows`;
        throw new DealcalcError('limit_exceeded', { argument: 'grid', limit: String(limit), received }, [
          {
            path: ['grid'],
            expected: `at most ${limit} rows (iterate the sweep for more)`,
            received,
            message: `expected at most ${limit} rows (iterate the sweep for more), received ${received}`,
          },
        ]);
      }
      return [...rows()];
    },
  };
}

function sum(a: Scaled, b: Scaled): Decimal {
  const e = Math.min(a.exponent, b.exponent);
  return decimalOf(a.coefficient * pow10(a.exponent - e) + b.coefficient * pow10(b.exponent - e), e);
}

function ratio(a: Scaled, b: Scaled): Decimal {
  const e = a.exponent - b.exponent;
  return e >= 0
    ? decimalOfRatio(a.coefficient * pow10(e), b.coefficient)
    : decimalOfRatio(a.coefficient, b.coefficient * pow10(-e));
}

function lastPeriodError(start: number, count: number): never {
  const received = String(start + count - 1);
  throw new DealcalcError('limit_exceeded', { argument: 'start', limit: String(MAX_PERIOD), received }, [
    {
      path: ['grid', 'start'],
      expected: `a last period of at most ${MAX_PERIOD}`,
      received,
      message: `expected a last period of at most ${MAX_PERIOD}, received ${received}`,
    },
  ]);
}
