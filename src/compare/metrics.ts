import type { IsoDate } from '../dates/calendarDate.ts';
import type { Deal } from '../deals/deal.ts';
import { summarize, type DealSummary } from '../deals/summarize.ts';
import { readDeal } from '../deals/readDeal.ts';
import { optionsObject } from '../errors/options.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { dealLedger, type DealLedger, type LedgerStream } from '../deals/ledger.ts';
import { D, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { decimalOf, decimalOfRatio, sumExact } from '../money/scaled.ts';
import { addMonths } from '../dates/calendarDate.ts';
import { monthsPerPeriod, periodsPerYear } from '../schedules/frequency.ts';
import { readConvention, type DiscountConvention } from '../value/convention.ts';
import { presentValue, type DiscountRate } from '../value/discount.ts';
import { readDiscountRates } from '../value/rates.ts';
import { burden, type Burden } from '../economics/burden.ts';
import { delivery, type Delivery } from '../economics/delivery.ts';
import { economicCost, type EconomicCost, type EconomicCostOptions } from '../economics/economicCost.ts';
import type { Economy } from '../economics/economy.ts';
import { tariffSavings, type TariffSavings } from '../economics/tariffSavings.ts';
import { lazy } from './lazy.ts';

/** Present value of a stream at one rate. */
export interface RateValue {
  /** Annual effective discount rate, as a fraction. */
  readonly rate: Decimal;
  /** Present value at period 0, in the deal's currency (a positive magnitude). */
  readonly value: Decimal;
}

/** What one stream of money (one instrument, or all components) amounts to. */
export interface StreamMetrics {
  /** Sum of the stream's installments. */
  readonly total: Decimal;
  /** `total ÷ headline`, a fraction; `null` when the headline is 0. */
  readonly share: Decimal | null;
  /** The largest amount in one period (the earliest such period), or `null` for an empty stream. */
  readonly peak: {
    /** The period of the largest amount (the earliest, if several tie). */
    readonly period: number;
    /** The largest amount paid in one period, 0 or more. */
    readonly amount: Decimal;
  } | null;
  /** First and last period with money, and the number of periods from one to the other inclusive. */
  readonly horizon: {
    /** First period with an installment in the stream. */
    readonly first: number;
    /** Last period with an installment in the stream. */
    readonly last: number;
    /** `last − first + 1`. */
    readonly periods: number;
  } | null;
  /** Present value at each rate, in the order the rates were given. */
  readonly presentValues: readonly RateValue[];
  /** Amount-weighted average period (Σ period × amount ÷ total), `null` for an empty stream. */
  readonly averageTiming: Decimal | null;
}

/** One period of a deal: what each instrument pays in it, and the running totals. */
export interface DealPeriodRow {
  /** Whole period counted from the deal's period 0. */
  readonly period: number;
  /** Calendar date of the period, when the deal's schedules are anchored to the calendar. */
  readonly date?: IsoDate;
  /** Amount paid in the period, by instrument (0 where nothing falls). */
  readonly byInstrument: Readonly<Record<Instrument, Decimal>>;
  /** All components together: paid in the period, in the deal's currency, 0 or more. */
  readonly total: Decimal;
  /** Paid up to and including the period, by instrument. */
  readonly cumulativeByInstrument: Readonly<Record<Instrument, Decimal>>;
  /** All components together, paid up to and including the period. */
  readonly cumulative: Decimal;
}

/** Everything `metrics` reports about a deal. */
export interface DealMetrics extends DealSummary {
  /** Cash ÷ headline, a fraction (`null` for a zero headline). Same as `instruments.cash.share`. */
  readonly cashShare: Decimal | null;
  /** Metrics of each instrument's components (zeros for instruments the deal does not use). */
  readonly instruments: Readonly<Record<Instrument, StreamMetrics>>;
  /** Metrics of all headline components together. */
  readonly all: StreamMetrics;
  /** Totals by instrument of the commitments announced alongside, outside the headline. */
  readonly alongside: Readonly<Record<Instrument, Decimal>>;
  /** One row per period from the first installment to the last, with no gaps. */
  readonly perPeriod: readonly DealPeriodRow[];
  /** The rates present values were taken at, as fractions. */
  readonly rates: readonly Decimal[];
  /** How present values were taken. */
  readonly convention: DiscountConvention;
  /** Economic cost lines, when the deal carries loan or guarantee terms or `economics` options are given. */
  readonly economicCost?: EconomicCost;
  /** The tariff side, when economic cost is computed and the deal's tariff terms give an exports figure. */
  readonly tariff?: TariffSavings;
  /** Burden against an economy, when one is given. */
  readonly burden?: Burden;
  /** Delivered against pledged to the record's date, when the deal carries a record. */
  readonly delivery?: Delivery;
}

/** Options of {@link metrics}. */
export interface MetricsOptions {
  /** Annual effective discount rates as fractions or percentage text (`'4.5%'`), each above −100%; default 3%, 4.5%, 6%. */
  readonly rates?: readonly (DecimalInput | string)[];
  /** `'start'` (default): money moves at the start of its period; `'end'`: at its end. */
  readonly timing?: 'start' | 'end';
  /** Terms and assumptions for the economic cost (loan and guarantee terms, project returns, weights). */
  readonly economics?: Omit<EconomicCostOptions, 'rates' | 'timing'>;
  /** An economy to weigh the deal against (see `economyPreset`). */
  readonly economy?: Economy;
}

/**
 * The figures a deal comes down to: headline, total and share by instrument, the per-period
 * outflow by instrument with running totals, peak period and amount, horizon, present value at
 * each rate (total and by instrument), amount-weighted average timing, and the discounting
 * convention used. Amounts are positive magnitudes in the deal's currency.
 *
 * Present values: installment in period p (n periods a year) is discounted by (1 + r)^−(p ÷ n)
 * at annual effective rate r, so period 0 is not discounted (numpy-financial's convention);
 * `timing: 'end'` moves every flow one period later (the spreadsheet `NPV` convention), for the
 * economic cost lines too.
 *
 * @throws {DealcalcError} `invalid_input` for a deal that is not a built deal (parse JSON with
 *   `parseDeal` first), a rate that is not a number or is ≤ −100%, or an unknown timing.
 *
 * @example
 * const m = metrics(presetDeal('kr-2025-10-us-cash-25x8'), { rates: ['4.5%'] });
 * formatPercent(m.cashShare)                              //=> '57.1%'
 * formatAmount(m.instruments.cash.peak.amount)            //=> '$25.0B'
 * m.instruments.cash.horizon                              //=> { first: 0, last: 7, periods: 8 }
 */
export function metrics(deal: Deal, options: MetricsOptions = {}): DealMetrics {
  readDeal(deal, ['deal']);
  options = optionsObject(options);
  return metricsAt(deal, readDiscountRates(options.rates), readConvention(options.timing), options);
}

/** {@link metrics} on arguments already read: the kernel `compare` and `sweep` share. */
export function metricsAt(
  deal: Deal,
  rates: readonly DiscountRate[],
  convention: DiscountConvention,
  options: MetricsOptions = {},
): DealMetrics {
  const ledger = dealLedger(deal);
  const n = periodsPerYear(ledger.frequency);
  const rateValues = Object.freeze(rates.map((r) => r.value));
  const zeroValues = Object.freeze(rateValues.map((rate) => Object.freeze({ rate, value: ZERO })));
  const empty = emptyStream(ledger, zeroValues);
  const of = (s: LedgerStream) =>
    s.periods.length === 0 ? empty : streamMetrics(s, ledger, rates, convention, n, zeroValues);
  const instruments = {} as Record<Instrument, StreamMetrics>;
  for (const i of INSTRUMENTS) instruments[i] = of(ledger.instruments[i]);
  // The all-components stream: its total and present values are the sums of the parts'.
  const used = INSTRUMENTS.filter((i) => ledger.instruments[i].periods.length > 0);
  const allBase = streamMetrics(ledger.all, ledger, [], convention, n, zeroValues);
  const all = Object.freeze({
    ...allBase,
    presentValues:
      used.length === 0
        ? zeroValues
        : Object.freeze(
            rateValues.map((rate, k) =>
              Object.freeze({ rate, value: sumExact(used.map((i) => instruments[i].presentValues[k]!.value)) }),
            ),
          ),
  });
  const alongside = {} as Record<Instrument, Decimal>;
  for (const i of INSTRUMENTS)
    alongside[i] = ledger.alongside[i] === 0n ? ZERO : decimalOf(ledger.alongside[i], ledger.exponent);

  const result = {
    ...summarize(deal),
    cashShare: instruments.cash.share,
    instruments: Object.freeze(instruments),
    all,
    alongside: Object.freeze(alongside),
    perPeriod: [] as readonly DealPeriodRow[],
    rates: rateValues,
    convention,
    ...economics(deal, rateValues, convention, options),
    ...(deal.record === undefined ? {} : { delivery: delivery(deal) }),
  };
  lazy(result, 'perPeriod', () => Object.freeze(periodRows(ledger)));
  return Object.freeze(result) as DealMetrics;
}

const ZERO = new D(0);

function economics(
  deal: Deal,
  rates: readonly Decimal[],
  convention: DiscountConvention,
  options: MetricsOptions,
): Pick<DealMetrics, 'economicCost' | 'tariff' | 'burden'> {
  const wanted = options.economics !== undefined || deal.components.some((c) => c.terms !== undefined);
  const cost = wanted ? economicCost(deal, { ...options.economics, rates, timing: convention.timing }) : undefined;
  const tariff =
    cost !== undefined && deal.tariff?.exportsCovered !== undefined
      ? tariffSavings(deal, { ...options.economics, rates })
      : undefined;
  const weighed = options.economy === undefined ? undefined : burden(deal, options.economy, { rates });
  return {
    ...(cost === undefined ? {} : { economicCost: cost }),
    ...(tariff === undefined ? {} : { tariff }),
    ...(weighed === undefined ? {} : { burden: weighed }),
  };
}

/** Metrics of one ledger stream against the deal's headline. */
function streamMetrics(
  s: LedgerStream,
  ledger: DealLedger,
  rates: readonly DiscountRate[],
  convention: DiscountConvention,
  n: number,
  zeroValues: readonly RateValue[],
): StreamMetrics {
  const { periods, coefficients } = s;
  if (periods.length === 0) return emptyStream(ledger, zeroValues);
  let sum = 0n;
  let weighted = 0n;
  let peak = 0;
  for (let k = 0; k < periods.length; k += 1) {
    const c = coefficients[k]!;
    sum += c;
    weighted += BigInt(periods[k]!) * c;
    if (c > coefficients[peak]!) peak = k;
  }
  const shift = convention.timing === 'end' ? 1 : 0;
  const flows = {
    coefficients,
    exponent: ledger.exponent,
    steps: shift === 0 ? periods : periods.map((p) => p + shift),
    denominator: n,
  };
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  return Object.freeze({
    total: decimalOf(sum, ledger.exponent),
    share: ledger.headline === 0n ? null : decimalOfRatio(sum, ledger.headline),
    peak: Object.freeze({ period: periods[peak]!, amount: decimalOf(coefficients[peak]!, ledger.exponent) }),
    horizon: Object.freeze({ first, last, periods: last - first + 1 }),
    presentValues: Object.freeze(
      rates.map((rate) => Object.freeze({ rate: rate.value, value: presentValue(flows, rate) })),
    ),
    averageTiming: sum === 0n ? null : decimalOfRatio(weighted, sum),
  });
}

function emptyStream(ledger: DealLedger, zeroValues: readonly RateValue[]): StreamMetrics {
  return Object.freeze({
    total: ZERO,
    share: ledger.headline === 0n ? null : ZERO,
    peak: null,
    horizon: null,
    presentValues: zeroValues,
    averageTiming: null,
  });
}

function periodRows(ledger: DealLedger): DealPeriodRow[] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const lookups = INSTRUMENTS.map((i) => {
    const { periods, coefficients } = ledger.instruments[i];
    if (periods.length > 0) {
      first = Math.min(first, periods[0]!);
      last = Math.max(last, periods[periods.length - 1]!);
    }
    return new Map(periods.map((p, k) => [p, coefficients[k]!]));
  });
  if (first > last) return [];
  const running = INSTRUMENTS.map(() => 0n);
  let cumulative = 0n;
  const money = (c: bigint): Decimal => (c === 0n ? ZERO : decimalOf(c, ledger.exponent));
  const months = monthsPerPeriod(ledger.frequency);
  const rows: DealPeriodRow[] = [];
  for (let period = first; period <= last; period += 1) {
    const byInstrument = {} as Record<Instrument, Decimal>;
    const cumulativeByInstrument = {} as Record<Instrument, Decimal>;
    let total = 0n;
    INSTRUMENTS.forEach((i, k) => {
      const c = lookups[k]!.get(period) ?? 0n;
      total += c;
      running[k] = running[k]! + c;
      byInstrument[i] = money(c);
      cumulativeByInstrument[i] = money(running[k]!);
    });
    cumulative += total;
    const date = ledger.startDate === undefined ? undefined : addMonths(ledger.startDate, period * months);
    rows.push(
      Object.freeze({
        period,
        ...(date === undefined ? {} : { date }),
        byInstrument: Object.freeze(byInstrument),
        total: money(total),
        cumulativeByInstrument: Object.freeze(cumulativeByInstrument),
        cumulative: money(cumulative),
      }),
    );
  }
  return rows;
}
