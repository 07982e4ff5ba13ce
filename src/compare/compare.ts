import { DealcalcError, describeValue, invalid } from '../errors/DealcalcError.ts';
import type { IsoDate } from '../dates/calendarDate.ts';
import type { Deal } from '../deals/deal.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { align } from '../schedules/align.ts';
import type { Frequency } from '../schedules/frequency.ts';
import { merge } from '../schedules/merge.ts';
import { buildSchedule, type Schedule } from '../schedules/schedule.ts';
import { breakEvenRate, type BreakEven } from './breakEven.ts';
import { presentValueOf, type DiscountConvention } from './discount.ts';
import { metrics, type DealMetrics, type MetricsOptions, type RateValue } from './metrics.ts';
import { describeComparison } from './sentences.ts';

/** Options of {@link compare}. */
export interface CompareOptions extends MetricsOptions {
  /**
   * The instrument whose streams are lined up period by period, and used for the break-even
   * rate and the level installment (default `'cash'`). Gaps are given for every instrument.
   */
  readonly instrument?: Instrument;
}

/** a − b for one instrument. */
export interface InstrumentGap {
  /** Total of a minus total of b. */
  readonly total: Decimal;
  /** Share of a's headline minus share of b's, as a fraction (`null` when a headline is 0). */
  readonly share: Decimal | null;
  /** The same in percentage points (`share × 100`). */
  readonly sharePoints: Decimal | null;
  /** Present value of a minus present value of b, at each rate. */
  readonly presentValues: readonly RateValue[];
}

/** One period of the compared streams. */
export interface ComparedPeriod {
  readonly period: number;
  /** Calendar date of the period when both deals are anchored to the same start date. */
  readonly date?: IsoDate;
  readonly a: Decimal;
  readonly b: Decimal;
  /** a − b. */
  readonly gap: Decimal;
  readonly cumulativeA: Decimal;
  readonly cumulativeB: Decimal;
  /** Running total of the gap. */
  readonly cumulativeGap: Decimal;
}

/** The level installment over b's horizon whose present value equals a's, at one rate. */
export interface LevelInstallment {
  readonly rate: Decimal;
  /** Amount paid in every period of b's horizon. */
  readonly amount: Decimal;
  /** Periods of b's horizon (first to last, inclusive). */
  readonly periods: number;
  /** First period of b's horizon. */
  readonly first: number;
}

/** Everything {@link compare} reports. All gaps are a − b. */
export interface Comparison {
  readonly a: DealMetrics;
  readonly b: DealMetrics;
  /** The instrument lined up period by period. */
  readonly instrument: Instrument;
  readonly rates: readonly Decimal[];
  readonly convention: DiscountConvention;
  readonly frequency: Frequency;
  readonly gaps: {
    readonly headline: Decimal;
    readonly instruments: Readonly<Record<Instrument, InstrumentGap>>;
    /** All headline components together. */
    readonly all: InstrumentGap;
    /** Cash share of a minus cash share of b: as a fraction and in percentage points. */
    readonly cashShare: { readonly fraction: Decimal | null; readonly points: Decimal | null };
    /** Peak amount of a's stream minus b's (of the compared instrument). */
    readonly peak: Decimal;
    /** Periods of a's horizon minus b's (of the compared instrument). */
    readonly horizonPeriods: number;
    /** Present value of a's stream minus b's, at each rate. */
    readonly presentValues: readonly RateValue[];
    /** Average timing of a's stream minus b's, in periods (`null` if either is empty). */
    readonly averageTiming: Decimal | null;
    /** Economic cost of a minus b at each rate, when both have one. */
    readonly economicCost?: readonly RateValue[];
    /** Headline delivered by a minus by b, each to its own record's date, when both carry a record. */
    readonly delivered?: Decimal;
  };
  /** The compared instrument's streams on one period axis, with the gap and running totals. */
  readonly perPeriod: readonly ComparedPeriod[];
  /** The annual discount rate at which both streams have equal present value. */
  readonly breakEven: BreakEven;
  /** For each rate, the level installment over b's horizon with a's present value (`[]` when b's stream is empty). */
  readonly levelInstallments: readonly LevelInstallment[];
  /** Plain sentences a person can paste into a note. */
  readonly sentences: readonly string[];
}

/**
 * Compares two deals exactly: both sides' metrics and every gap (a − b): headline, each
 * instrument's total, share (fraction and percentage points) and present value; the cash
 * share gap; peak, horizon and average timing of the compared instrument (cash unless
 * `instrument` says otherwise); its per-period outflows on one period axis with the
 * per-period and cumulative gap; the break-even discount rate; the level installment over
 * b's horizon that has a's present value; and a few plain sentences.
 *
 * Deals are lined up by period number counted from each deal's start (period 0), so both
 * must use the same period length. `compare(a, a)` is all zeros.
 *
 * @throws {DealcalcError} `frequency_mismatch` when the deals' periods differ in length;
 *   `currency_mismatch` when they are in different currencies (convert one first);
 *   `invalid_input` for bad rates, timing or instrument.
 *
 * @example
 * const c = compare(presetDeal('kr-2025-10-us-cash-25x8'), presetDeal('kr-2025-10-kr-cash-7x10'), { rates: ['4.5%'] });
 * formatAmount(c.gaps.instruments.cash.total)                          //=> '$130.0B'
 * formatPercent(c.gaps.cashShare.fraction, { sign: 'always', suffix: ' pts' }) //=> '+37.1 pts'
 * c.sentences[0]
 * //=> 'US position: $25B a year for 8 years asks $130.0B more cash than …'
 */
export function compare(a: Deal, b: Deal, options: CompareOptions = {}): Comparison {
  const instrument = readInstrument(options.instrument);
  if (a.currency !== b.currency) {
    const message = `expected both deals in one currency, received ${a.currency} and ${b.currency} (convert one first)`;
    throw new DealcalcError('currency_mismatch', { expected: a.currency, received: b.currency }, [{ path: ['b', 'currency'], expected: a.currency, received: b.currency, message }]);
  }
  const ma = metrics(a, options);
  const mb = metrics(b, options);
  const streamA = focus(a, instrument);
  const streamB = focus(b, instrument);
  if (streamA.frequency !== streamB.frequency) {
    const message = `expected both deals on the same period length, received ${streamA.frequency} and ${streamB.frequency}`;
    throw new DealcalcError('frequency_mismatch', { expected: streamA.frequency, received: streamB.frequency }, [{ path: ['b', 'components'], expected: streamA.frequency, received: streamB.frequency, message }]);
  }
  const sa = ma.instruments[instrument];
  const sb = mb.instruments[instrument];
  const minus = (x: readonly RateValue[], y: readonly RateValue[]): RateValue[] => x.map((v, k) => Object.freeze({ rate: v.rate, value: v.value.minus(y[k]!.value) }));
  const minusOrNull = (x: Decimal | null, y: Decimal | null): Decimal | null => (x === null || y === null ? null : x.minus(y));

  const instruments = Object.fromEntries(
    INSTRUMENTS.map((i) => {
      const share = minusOrNull(ma.instruments[i].share, mb.instruments[i].share);
      return [i, Object.freeze({ total: ma.instruments[i].total.minus(mb.instruments[i].total), share, sharePoints: share === null ? null : share.times(100), presentValues: Object.freeze(minus(ma.instruments[i].presentValues, mb.instruments[i].presentValues)) })];
    }),
  ) as Record<Instrument, InstrumentGap>;
  const cashShare = minusOrNull(ma.cashShare, mb.cashShare);
  const allShare = minusOrNull(ma.all.share, mb.all.share);
  const all: InstrumentGap = Object.freeze({ total: ma.all.total.minus(mb.all.total), share: allShare, sharePoints: allShare === null ? null : allShare.times(100), presentValues: Object.freeze(minus(ma.all.presentValues, mb.all.presentValues)) });

  const perPeriod = comparedPeriods(streamA, streamB);
  const breakEven = breakEvenRate(perPeriod.map((r) => ({ period: r.period, amount: r.gap })), streamA.frequency);
  const levelInstallments = level(sa.presentValues, streamB, ma.convention);

  const partial = {
    a: ma,
    b: mb,
    instrument,
    rates: ma.rates,
    convention: ma.convention,
    frequency: streamA.frequency,
    gaps: Object.freeze({
      headline: a.headline.minus(b.headline),
      instruments: Object.freeze(instruments),
      all,
      cashShare: Object.freeze({ fraction: cashShare, points: cashShare === null ? null : cashShare.times(100) }),
      peak: (sa.peak?.amount ?? new D(0)).minus(sb.peak?.amount ?? new D(0)),
      horizonPeriods: (sa.horizon?.periods ?? 0) - (sb.horizon?.periods ?? 0),
      presentValues: Object.freeze(minus(sa.presentValues, sb.presentValues)),
      averageTiming: minusOrNull(sa.averageTiming, sb.averageTiming),
      ...(ma.economicCost === undefined || mb.economicCost === undefined
        ? {}
        : { economicCost: Object.freeze(ma.economicCost.byRate.map((x, k) => Object.freeze({ rate: x.rate, value: x.total.minus(mb.economicCost!.byRate[k]!.total) }))) }),
      ...(ma.delivery === undefined || mb.delivery === undefined ? {} : { delivered: ma.delivery.lines[0]!.delivered.minus(mb.delivery.lines[0]!.delivered) }),
    }),
    perPeriod: Object.freeze(perPeriod),
    breakEven,
    levelInstallments: Object.freeze(levelInstallments),
  };
  return Object.freeze({ ...partial, sentences: Object.freeze(describeComparison(partial)) });
}

function readInstrument(value: unknown): Instrument {
  if (value === undefined) return 'cash';
  if (typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value)) return value as Instrument;
  const expected = `one of ${INSTRUMENTS.join(', ')}`;
  return invalid([{ path: ['instrument'], expected, received: describeValue(value), message: `expected ${expected}, received ${describeValue(value)}` }]);
}

// The instrument's components merged into one stream, on the deal's own period axis.
function focus(deal: Deal, instrument: Instrument): Schedule {
  const parts = deal.components.filter((c) => c.instrument === instrument).map((c) => c.schedule);
  const first = deal.components[0]?.schedule;
  if (parts.length > 0) return merge(...parts);
  return buildSchedule({ currency: deal.currency, frequency: first?.frequency ?? 'annual', startDate: first?.startDate }, []);
}

function comparedPeriods(a: Schedule, b: Schedule): ComparedPeriod[] {
  // Deals line up by period number from their own start; dates only when both share one start date.
  const sameStart = a.startDate !== undefined && a.startDate === b.startDate;
  const strip = (s: Schedule): Schedule => (sameStart ? s : buildSchedule({ currency: s.currency, frequency: s.frequency }, s.installments));
  let ca = new D(0);
  let cb = new D(0);
  return align([strip(a), strip(b)]).map((row) => {
    const [x, y] = row.amounts as [Decimal, Decimal];
    ca = ca.plus(x);
    cb = cb.plus(y);
    return Object.freeze({
      period: row.period,
      ...(row.date === undefined ? {} : { date: row.date }),
      a: x,
      b: y,
      gap: x.minus(y),
      cumulativeA: ca,
      cumulativeB: cb,
      cumulativeGap: ca.minus(cb),
    });
  });
}

function level(presentValuesA: readonly RateValue[], b: Schedule, convention: DiscountConvention): LevelInstallment[] {
  const first = b.installments[0]?.period;
  const last = b.installments[b.installments.length - 1]?.period;
  if (first === undefined || last === undefined) return [];
  const periods = last - first + 1;
  const unit = buildSchedule({ currency: b.currency, frequency: b.frequency }, Array.from({ length: periods }, (_, k) => ({ period: first + k, amount: new D(1) })));
  return presentValuesA.map(({ rate, value }) => Object.freeze({ rate, amount: value.div(presentValueOf(unit, rate, convention)), periods, first }));
}
