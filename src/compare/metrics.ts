import type { IsoDate } from '../dates/calendarDate.ts';
import { summarize, type Deal, type DealSummary } from '../deals/deal.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { D, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { describeValue, invalid } from '../errors/DealcalcError.ts';
import { horizon, total } from '../schedules/total.ts';
import { align } from '../schedules/align.ts';
import { commonAxis } from '../schedules/axis.ts';
import { merge } from '../schedules/merge.ts';
import { buildSchedule, type Schedule } from '../schedules/schedule.ts';
import { DEFAULT_CONVENTION, presentValueOf, type DiscountConvention } from './discount.ts';
import { readRates } from './rates.ts';
import { burden, type Burden } from '../economics/burden.ts';
import { delivery, type Delivery } from '../economics/delivery.ts';
import { economicCost, type EconomicCost, type EconomicCostOptions } from '../economics/economicCost.ts';
import type { Economy } from '../economics/economy.ts';
import { tariffSavings, type TariffSavings } from '../economics/tariffSavings.ts';

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
  readonly peak: { readonly period: number; readonly amount: Decimal } | null;
  /** First and last period with money, and the number of periods from one to the other inclusive. */
  readonly horizon: { readonly first: number; readonly last: number; readonly periods: number } | null;
  /** Present value at each rate, in the order the rates were given. */
  readonly presentValues: readonly RateValue[];
  /** Amount-weighted average period (Σ period × amount ÷ total), `null` for an empty stream. */
  readonly averageTiming: Decimal | null;
}

/** One period of a deal: what each instrument pays in it, and the running totals. */
export interface DealPeriodRow {
  readonly period: number;
  readonly date?: IsoDate;
  /** Amount paid in the period, by instrument (0 where nothing falls). */
  readonly byInstrument: Readonly<Record<Instrument, Decimal>>;
  /** All components together. */
  readonly total: Decimal;
  /** Paid up to and including the period, by instrument. */
  readonly cumulativeByInstrument: Readonly<Record<Instrument, Decimal>>;
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
  /** Annual discount rates as fractions or percentage text (`'4.5%'`); default 3%, 4.5%, 6%. */
  readonly rates?: readonly (DecimalInput | string)[];
  /** `'start'` (default): money moves at the start of its period; `'end'`: at its end. */
  readonly timing?: 'start' | 'end';
  /** Terms and assumptions for the economic cost (loan and guarantee terms, project returns, weights). */
  readonly economics?: Omit<EconomicCostOptions, 'rates'>;
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
 * `timing: 'end'` moves every flow one period later (the spreadsheet `NPV` convention).
 *
 * @throws {DealcalcError} `invalid_input` for a rate that is not a number or is ≤ −100%, or an
 *   unknown timing.
 *
 * @example
 * const m = metrics(presetDeal('kr-2025-10-us-cash-25x8'), { rates: ['4.5%'] });
 * formatPercent(m.cashShare)                              //=> '57.1%'
 * formatAmount(m.instruments.cash.peak.amount)            //=> '$25.0B'
 * m.instruments.cash.horizon                              //=> { first: 0, last: 7, periods: 8 }
 */
export function metrics(deal: Deal, options: MetricsOptions = {}): DealMetrics {
  const rates = readRates(options.rates);
  const convention = readConvention(options.timing);
  const axis = commonAxis(deal.components.map((c) => c.schedule), 'components') ?? { frequency: 'annual' as const };
  const streams = Object.fromEntries(
    INSTRUMENTS.map((instrument) => {
      const parts = deal.components.filter((c) => c.instrument === instrument).map((c) => c.schedule);
      const schedule = parts.length === 0 ? emptySchedule(deal, axis) : merge(...parts);
      return [instrument, schedule];
    }),
  ) as Record<Instrument, Schedule>;
  const allSchedule = merge(...deal.components.map((c) => c.schedule));

  const instruments = Object.fromEntries(
    INSTRUMENTS.map((i) => [i, Object.freeze(streamMetrics(streams[i], deal.headline, rates, convention))]),
  ) as Record<Instrument, StreamMetrics>;
  const alongside = Object.fromEntries(
    INSTRUMENTS.map((i) => [i, deal.alongside.filter((c) => c.instrument === i).reduce((acc, c) => acc.plus(total(c.schedule)), new D(0))]),
  ) as Record<Instrument, Decimal>;

  const result: DealMetrics = {
    ...summarize(deal),
    cashShare: instruments.cash.share,
    instruments: Object.freeze(instruments),
    all: Object.freeze(streamMetrics(allSchedule, deal.headline, rates, convention)),
    alongside: Object.freeze(alongside),
    perPeriod: Object.freeze(periodRows(streams)),
    rates: Object.freeze(rates),
    convention,
    ...economics(deal, rates, options),
    ...(deal.record === undefined ? {} : { delivery: delivery(deal) }),
  };
  return Object.freeze(result);
}

function economics(deal: Deal, rates: readonly Decimal[], options: MetricsOptions): Pick<DealMetrics, 'economicCost' | 'tariff' | 'burden'> {
  const wanted = options.economics !== undefined || deal.components.some((c) => c.terms !== undefined);
  const cost = wanted ? economicCost(deal, { ...options.economics, rates }) : undefined;
  const tariff = cost !== undefined && deal.tariff?.exportsCovered !== undefined ? tariffSavings(deal, { ...options.economics, rates }) : undefined;
  const weighed = options.economy === undefined ? undefined : burden(deal, options.economy, { rates });
  return { ...(cost === undefined ? {} : { economicCost: cost }), ...(tariff === undefined ? {} : { tariff }), ...(weighed === undefined ? {} : { burden: weighed }) };
}

function readConvention(timing: unknown): DiscountConvention {
  if (timing === undefined || timing === 'start') return DEFAULT_CONVENTION;
  if (timing === 'end') return { ...DEFAULT_CONVENTION, timing: 'end' };
  return invalidTiming(timing);
}

function invalidTiming(timing: unknown): never {
  return invalid([{ path: ['timing'], expected: "'start' or 'end'", received: describeValue(timing), message: `expected 'start' or 'end', received ${describeValue(timing)}` }]);
}

function emptySchedule(deal: Deal, axis: { frequency: Schedule['frequency']; startDate?: string }): Schedule {
  return buildSchedule({ currency: deal.currency, frequency: axis.frequency, startDate: axis.startDate }, []);
}

/** Metrics of one stream against a headline. Exported for `compare`. */
export function streamMetrics(schedule: Schedule, headline: Decimal, rates: readonly Decimal[], convention: DiscountConvention): StreamMetrics {
  const sum = total(schedule);
  let peak: StreamMetrics['peak'] = null;
  let weighted = new D(0);
  for (const { period, amount } of schedule.installments) {
    if (peak === null || amount.gt(peak.amount)) peak = { period, amount };
    weighted = weighted.plus(amount.times(period));
  }
  const span = horizon(schedule);
  return {
    total: sum,
    share: headline.isZero() ? null : sum.div(headline),
    peak,
    horizon: span === undefined ? null : { ...span, periods: span.last - span.first + 1 },
    presentValues: Object.freeze(rates.map((rate) => Object.freeze({ rate, value: presentValueOf(schedule, rate, convention) }))),
    averageTiming: sum.isZero() ? null : weighted.div(sum),
  };
}

function periodRows(streams: Record<Instrument, Schedule>): DealPeriodRow[] {
  const rows = align(INSTRUMENTS.map((i) => streams[i]));
  const running = Object.fromEntries(INSTRUMENTS.map((i) => [i, new D(0)])) as Record<Instrument, Decimal>;
  let cumulativeAll = new D(0);
  return rows.map((row) => {
    const byInstrument = Object.fromEntries(INSTRUMENTS.map((i, k) => [i, row.amounts[k]!])) as Record<Instrument, Decimal>;
    const periodTotal = row.amounts.reduce((a, b) => a.plus(b), new D(0));
    for (const i of INSTRUMENTS) running[i] = running[i].plus(byInstrument[i]);
    cumulativeAll = cumulativeAll.plus(periodTotal);
    return Object.freeze({
      period: row.period,
      ...(row.date === undefined ? {} : { date: row.date }),
      byInstrument: Object.freeze(byInstrument),
      total: periodTotal,
      cumulativeByInstrument: Object.freeze({ ...running }),
      cumulative: cumulativeAll,
    });
  });
}
