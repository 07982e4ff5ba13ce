import type { IsoDate } from '../dates/calendarDate.ts';
import type { Instrument } from '../deals/instrument.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Frequency } from '../schedules/frequency.ts';
import type { DiscountConvention } from '../value/convention.ts';
import type { BreakEven } from './breakEven.ts';
import type { DealMetrics, MetricsOptions, RateValue } from './metrics.ts';

// The shape of a comparison, apart from the function that makes it, so that what describes a
// comparison (sentences.ts) and what makes one (compare.ts) both depend on it and not on each other.

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
  /** Whole period counted from each deal's period 0. */
  readonly period: number;
  /** Calendar date of the period when both deals are anchored to the same start date. */
  readonly date?: IsoDate;
  /** What a pays in the period (compared instrument), 0 or more, in the deals' currency. */
  readonly a: Decimal;
  /** What b pays in the period, 0 or more. */
  readonly b: Decimal;
  /** a − b: positive when a pays more in the period. */
  readonly gap: Decimal;
  /** What a has paid up to and including the period. */
  readonly cumulativeA: Decimal;
  /** What b has paid up to and including the period. */
  readonly cumulativeB: Decimal;
  /** Running total of the gap. */
  readonly cumulativeGap: Decimal;
}

/** The level installment over b's horizon whose present value equals a's, at one rate. */
export interface LevelInstallment {
  /** The annual effective discount rate, as a fraction. */
  readonly rate: Decimal;
  /** Amount paid in every period of b's horizon, in the deals' currency (0 or more). */
  readonly amount: Decimal;
  /** Periods of b's horizon (first to last, inclusive). */
  readonly periods: number;
  /** First period of b's horizon. */
  readonly first: number;
}

/** Everything {@link compare} reports. All gaps are a − b. */
export interface Comparison {
  /** Everything {@link metrics} reports about the first deal. */
  readonly a: DealMetrics;
  /** Everything {@link metrics} reports about the second deal. */
  readonly b: DealMetrics;
  /** The instrument lined up period by period. */
  readonly instrument: Instrument;
  /** The annual effective discount rates used, as fractions, in the order given. */
  readonly rates: readonly Decimal[];
  /** How present values were taken (timing, annual compounding, at period 0). */
  readonly convention: DiscountConvention;
  /** The period length both deals share. */
  readonly frequency: Frequency;
  /** Every gap, a − b, in the deals' currency unless said otherwise: positive when a has more. */
  readonly gaps: {
    /** Headline of a minus headline of b. */
    readonly headline: Decimal;
    /** Each instrument's total, share and present value, a − b (zeros for instruments neither deal uses). */
    readonly instruments: Readonly<Record<Instrument, InstrumentGap>>;
    /** All headline components together. */
    readonly all: InstrumentGap;
    /** Cash share of a minus cash share of b: as a fraction and in percentage points. */
    readonly cashShare: {
      /** As a fraction (4/7 − 1/5 ≈ 0.371); `null` when either headline is 0. */
      readonly fraction: Decimal | null;
      /** In percentage points (`fraction × 100`, ≈ 37.1); `null` when either headline is 0. */
      readonly points: Decimal | null;
    };
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
