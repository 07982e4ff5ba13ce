import type { IsoDate } from '../dates/calendarDate.ts';
import type { Deal } from '../deals/deal.ts';
import type { DealSummary } from '../deals/summarize.ts';
import { readDeal } from '../deals/readDeal.ts';
import { optionsObject } from '../errors/options.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { dealLedger, type DealLedger, type LedgerStream } from '../deals/ledger.ts';
import { D, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { decimalOf, decimalOfRatio } from '../money/scaled.ts';
import { addMonths } from '../dates/calendarDate.ts';
import { monthsPerPeriod, periodsPerYear } from '../schedules/frequency.ts';
import { readConvention, type DiscountConvention } from '../value/convention.ts';
import { addRatios, presentValueRatio, ratioDecimal, type DiscountRate, type Ratio } from '../value/discount.ts';
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
  return metricsParts(deal, rates, convention, options).metrics;
}

/** What a stream's metrics were made from, for callers that combine streams (gaps, sums) and round once. */
export interface StreamParts {
  /** Σ of the amounts, in units of 10^ledger.exponent. */
  readonly sum: bigint;
  /** Σ period × amount. */
  readonly weighted: bigint;
  /** The largest amount in one period (0 for an empty stream). */
  readonly peak: bigint;
  /** The (earliest) period of the largest amount (0 for an empty stream). */
  readonly peakPeriod: number;
  /** Present value at each rate before its rounding. */
  readonly values: readonly Ratio[];
}

/** A deal's metrics with the exact parts they were rounded from. */
export interface MetricsParts {
  readonly metrics: DealMetrics;
  readonly ledger: DealLedger;
  readonly instruments: Readonly<Record<Instrument, StreamParts>>;
  readonly all: StreamParts;
}

/** The exact parts of a deal's streams, before any Decimal is made (internal: `compare`). */
export interface DealParts {
  readonly ledger: DealLedger;
  readonly rates: readonly Decimal[];
  readonly instruments: Readonly<Record<Instrument, StreamParts>>;
  readonly all: StreamParts;
}

/** {@link metricsAt} with its exact parts (internal: `compare` takes its gaps from them). */
export function metricsParts(
  deal: Deal,
  rates: readonly DiscountRate[],
  convention: DiscountConvention,
  options: MetricsOptions = {},
  ledger: DealLedger = dealLedger(deal),
): MetricsParts {
  const parts = dealParts(rates, convention, ledger);
  return {
    metrics: metricsOfParts(deal, parts, convention, options),
    ledger,
    instruments: parts.instruments,
    all: parts.all,
  };
}

/**
 * The sums, peaks and present values (as exact ratios) of each stream of a ledger: all a
 * comparison's gaps need, with no Decimal made (those are made by {@link metricsOfParts}).
 */
export function dealParts(
  rates: readonly DiscountRate[],
  convention: DiscountConvention,
  ledger: DealLedger,
): DealParts {
  const n = periodsPerYear(ledger.frequency);
  const rateValues = Object.freeze(rates.map((r) => r.value));
  const zeroRatios = rates.map(() => ZERO_RATIO);
  const none: StreamParts = { sum: 0n, weighted: 0n, peak: 0n, peakPeriod: 0, values: zeroRatios };
  const parts = {} as Record<Instrument, StreamParts>;
  // The all-components stream: its present values are the sums of the parts', rounded once.
  let allValues: Ratio[] = zeroRatios;
  const shift = convention.timing === 'end' ? 1 : 0;
  for (const i of INSTRUMENTS) {
    const stream = ledger.instruments[i];
    if (stream.periods.length === 0) {
      parts[i] = none;
      continue;
    }
    const flows = {
      coefficients: stream.coefficients,
      exponent: ledger.exponent,
      steps: shift === 0 ? stream.periods : stream.periods.map((p) => p + shift),
      denominator: n,
    };
    const values = rates.map((rate) => presentValueRatio(flows, rate));
    allValues = allValues.map((v, k) => addRatios(v, values[k]!));
    parts[i] = streamParts(stream, values);
  }
  const all = ledger.all.periods.length === 0 ? none : streamParts(ledger.all, allValues);
  return { ledger, rates: rateValues, instruments: parts, all };
}

/** A deal's metrics from its {@link dealParts}. */
export function metricsOfParts(
  deal: Deal,
  parts: DealParts,
  convention: DiscountConvention,
  options: MetricsOptions,
): DealMetrics {
  const { ledger, rates: rateValues } = parts;
  const zeroValues = Object.freeze(rateValues.map((rate) => Object.freeze({ rate, value: ZERO })));
  const empty = emptyStream(ledger, zeroValues);
  const instruments = {} as Record<Instrument, StreamMetrics>;
  for (const i of INSTRUMENTS) {
    const stream = ledger.instruments[i];
    instruments[i] =
      stream.periods.length === 0 ? empty : streamMetrics(stream, ledger, rateValues, parts.instruments[i]);
  }
  const all = ledger.all.periods.length === 0 ? empty : streamMetrics(ledger.all, ledger, rateValues, parts.all);
  const alongside = {} as Record<Instrument, Decimal>;
  for (const i of INSTRUMENTS) alongside[i] = decimalOf(ledger.alongside[i], ledger.exponent);

  // Built field by field in one order: spreading objects of varying shapes into a literal (the
  // summary, the optional economics) gave each result its own hidden class, and those kept
  // results alive past young-generation collections (measured: most of the cost of `metrics`).
  const result = { id: deal.id, title: deal.title } as Record<string, unknown>;
  if (deal.party !== undefined) result.party = deal.party;
  if (deal.stage !== undefined) result.stage = deal.stage;
  if (deal.date !== undefined) result.date = deal.date;
  result.currency = deal.currency;
  result.headline = deal.headline;
  result.cashShare = instruments.cash.share;
  result.instruments = Object.freeze(instruments);
  result.all = all;
  result.alongside = Object.freeze(alongside);
  lazy(result, 'perPeriod', () => Object.freeze(periodRows(ledger)));
  result.rates = rateValues;
  result.convention = convention;
  economics(result, deal, rateValues, convention, options);
  if (deal.record !== undefined) result.delivery = delivery(deal);
  return Object.freeze(result) as unknown as DealMetrics;
}

/** Whether a deal's metrics have parts beyond its streams (economic cost, burden, delivery). */
export function hasExtras(deal: Deal, options: MetricsOptions): boolean {
  return (
    options.economics !== undefined ||
    options.economy !== undefined ||
    deal.record !== undefined ||
    deal.components.some((c) => c.terms !== undefined)
  );
}

const ZERO = new D(0);

// The economic cost, tariff and burden fields, each only when computed.
function economics(
  result: Record<string, unknown>,
  deal: Deal,
  rates: readonly Decimal[],
  convention: DiscountConvention,
  options: MetricsOptions,
): void {
  const wanted = options.economics !== undefined || deal.components.some((c) => c.terms !== undefined);
  const cost = wanted ? economicCost(deal, { ...options.economics, rates, timing: convention.timing }) : undefined;
  if (cost !== undefined) result.economicCost = cost;
  if (cost !== undefined && deal.tariff?.exportsCovered !== undefined)
    result.tariff = tariffSavings(deal, { ...options.economics, rates });
  if (options.economy !== undefined) result.burden = burden(deal, options.economy, { rates });
}

const ZERO_RATIO: Ratio = { numerator: 0n, denominator: 1n };

// The exact parts of one non-empty ledger stream, given its present values.
function streamParts(s: LedgerStream, values: readonly Ratio[]): StreamParts {
  const { periods, coefficients } = s;
  let sum = 0n;
  let weighted = 0n;
  let peak = 0;
  for (let k = 0; k < periods.length; k += 1) {
    const c = coefficients[k]!;
    sum += c;
    weighted += BigInt(periods[k]!) * c;
    if (c > coefficients[peak]!) peak = k;
  }
  return { sum, weighted, peak: coefficients[peak]!, peakPeriod: periods[peak]!, values };
}

/** Metrics of one non-empty ledger stream against the deal's headline, from its parts. */
function streamMetrics(s: LedgerStream, ledger: DealLedger, rates: readonly Decimal[], p: StreamParts): StreamMetrics {
  const { periods } = s;
  const first = periods[0]!;
  const last = periods.at(-1)!;
  const { sum, values } = p;
  return Object.freeze({
    total: decimalOf(sum, ledger.exponent),
    share: ledger.headline === 0n ? null : decimalOfRatio(sum, ledger.headline),
    peak: Object.freeze({ period: p.peakPeriod, amount: decimalOf(p.peak, ledger.exponent) }),
    horizon: Object.freeze({ first, last, periods: last - first + 1 }),
    presentValues: Object.freeze(rates.map((rate, k) => Object.freeze({ rate, value: ratioDecimal(values[k]!) }))),
    averageTiming: sum === 0n ? null : decimalOfRatio(p.weighted, sum),
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
  // Every stream's periods ascend: one cursor each.
  const streams = INSTRUMENTS.map((i) => ledger.instruments[i]);
  const cursors = INSTRUMENTS.map(() => 0);
  const first = Math.min(...streams.map((s) => s.periods[0] ?? Infinity));
  const last = Math.max(...streams.map((s) => s.periods.at(-1) ?? -Infinity));
  if (first > last) return [];
  const running = INSTRUMENTS.map(() => 0n);
  let cumulative = 0n;
  const money = (c: bigint): Decimal => decimalOf(c, ledger.exponent); // 0 is one shared Decimal
  const months = monthsPerPeriod(ledger.frequency);
  const rows: DealPeriodRow[] = [];
  for (let period = first; period <= last; period += 1) {
    const byInstrument = {} as Record<Instrument, Decimal>;
    const cumulativeByInstrument = {} as Record<Instrument, Decimal>;
    let total = 0n;
    INSTRUMENTS.forEach((i, k) => {
      const { periods, coefficients } = streams[k]!;
      const c = periods[cursors[k]!] === period ? coefficients[cursors[k]!++]! : 0n;
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
