import type { Comparison } from '../compare/compare.ts';
import { invalid } from '../errors/DealcalcError.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { formatAmount } from '../money/format.ts';
import { formatPercent } from '../money/formatPercent.ts';
import { periodName } from '../report/compareReport.ts';

/** One bar segment: what one deal pays in one period through one instrument. */
export interface ChartBar {
  readonly deal: string;
  readonly period: number;
  readonly instrument: Instrument;
  readonly amount: Decimal;
}

/** What both chart renderers draw. */
export interface ChartModel {
  readonly title: string;
  readonly subtitle: string;
  readonly currency: string;
  readonly period: string;
  readonly deals: readonly string[];
  readonly periods: readonly number[];
  readonly instruments: readonly Instrument[];
  readonly bars: readonly ChartBar[];
  /** Running total of the gap between the first two deals (of the compared instrument), per period. */
  readonly cumulativeGap: ReadonlyArray<{ readonly period: number; readonly amount: Decimal }>;
  readonly gapLabel: string;
}

/** Instrument colours, colour-blind safe (Okabe–Ito). */
export const INSTRUMENT_COLORS: Readonly<Record<Instrument, string>> = {
  cash: '#0072B2',
  loan: '#E69F00',
  guarantee: '#009E73',
  purchase: '#CC79A7',
  private: '#56B4E9',
  unspecified: '#999999',
};

/**
 * The chart of comparisons sharing their first deal: every deal's outflows period by period,
 * split by instrument, and the cumulative gap a − b of the compared instrument. Both chart
 * renderers draw from it; use it to draw your own.
 *
 * @throws {DealcalcError} `invalid_input` for an empty list.
 *
 * @example
 * const m = chartModel([compare(a, b)]);
 * m.deals                                          //=> ['kr-2025-10-us-cash-25x8', 'kr-2025-10-kr-cash-7x10']
 * m.cumulativeGap.at(-1).amount.toString()         //=> '130000000000'
 */
export function chartModel(comparisons: readonly Comparison[]): ChartModel {
  const first = comparisons[0];
  if (first === undefined) return invalid([{ path: ['comparisons'], expected: 'at least one comparison', received: 'none', message: 'expected at least one comparison, received none' }]);
  const metrics = [first.a, ...comparisons.map((c) => c.b)];
  const instruments = INSTRUMENTS.filter((i) => metrics.some((m) => !m.instruments[i].total.isZero()));
  const periodSet = new Set<number>();
  for (const m of metrics) for (const r of m.perPeriod) periodSet.add(r.period);
  const sorted = [...periodSet].sort((x, y) => x - y);
  const periods = sorted.length === 0 ? [] : Array.from({ length: sorted[sorted.length - 1]! - sorted[0]! + 1 }, (_, k) => sorted[0]! + k);
  const bars: ChartBar[] = [];
  for (const m of metrics) {
    const byPeriod = new Map(m.perPeriod.map((r) => [r.period, r]));
    for (const period of periods) {
      for (const instrument of instruments) bars.push({ deal: m.id, period, instrument, amount: byPeriod.get(period)?.byInstrument[instrument] ?? new D(0) });
    }
  }
  let running = new D(0);
  const gaps = new Map(first.perPeriod.map((r) => [r.period, r.gap]));
  const cumulativeGap = periods.map((period) => {
    running = running.plus(gaps.get(period) ?? new D(0));
    return { period, amount: running };
  });
  const rate = first.rates[0];
  const pvGap = first.gaps.presentValues[0]?.value;
  const subtitle =
    rate === undefined || pvGap === undefined
      ? `Outflows by ${periodName(first.frequency)}; line: cumulative ${first.instrument} gap ${first.a.id} − ${first.b.id}`
      : `Discount rate ${formatPercent(rate)}: ${first.instrument} PV gap ${formatAmount({ value: pvGap, currency: first.a.currency }, { sign: 'always' })}; line: cumulative ${first.instrument} gap`;
  return {
    title: `${metrics.map((m) => m.id).join(' vs ')}`,
    subtitle,
    currency: first.a.currency,
    period: periodName(first.frequency),
    deals: metrics.map((m) => m.id),
    periods,
    instruments,
    bars,
    cumulativeGap,
    gapLabel: `cumulative ${first.instrument} gap ${first.a.id} − ${first.b.id}`,
  };
}
