import { DealcalcError, describeValue, invalid } from '../errors/DealcalcError.ts';
import { addMonths, type IsoDate } from '../dates/calendarDate.ts';
import type { Deal } from '../deals/deal.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { dealLedger, type LedgerStream } from '../deals/ledger.ts';
import { readDeal } from '../deals/readDeal.ts';
import { optionsObject } from '../errors/options.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { decimalOf, difference, divide, pow10, shifted } from '../money/scaled.ts';
import { monthsPerPeriod, periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { readConvention, type DiscountConvention } from '../value/convention.ts';
import { presentValue, type DiscountRate } from '../value/discount.ts';
import { flowsOf } from '../value/flows.ts';
import { readDiscountRates } from '../value/rates.ts';
import { breakEvenRate, type BreakEven } from './breakEven.ts';
import { lazy } from './lazy.ts';
import { metricsAt, type RateValue, type StreamMetrics } from './metrics.ts';
import { describeComparison } from './sentences.ts';

export type { CompareOptions, InstrumentGap, ComparedPeriod, LevelInstallment, Comparison } from './comparison.ts';
import type { CompareOptions, InstrumentGap, ComparedPeriod, LevelInstallment, Comparison } from './comparison.ts';

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
  readDeal(a, ['a']);
  readDeal(b, ['b']);
  options = optionsObject(options);
  const instrument = readInstrument(options.instrument);
  if (a.currency !== b.currency) {
    const message = `expected both deals in one currency, received ${a.currency} and ${b.currency} (convert one first)`;
    throw new DealcalcError('currency_mismatch', { expected: a.currency, received: b.currency }, [
      { path: ['b', 'currency'], expected: a.currency, received: b.currency, message },
    ]);
  }
  // Rates and timing are read once and their discount factors shared by both deals.
  const rates = readDiscountRates(options.rates);
  const convention = readConvention(options.timing);
  const la = dealLedger(a);
  const lb = dealLedger(b);
  if (la.frequency !== lb.frequency) {
    const message = `expected both deals on the same period length, received ${la.frequency} and ${lb.frequency}`;
    throw new DealcalcError('frequency_mismatch', { expected: la.frequency, received: lb.frequency }, [
      { path: ['b', 'components'], expected: la.frequency, received: lb.frequency, message },
    ]);
  }
  const ma = metricsAt(a, rates, convention, options);
  const mb = metricsAt(b, rates, convention, options);
  const sa = ma.instruments[instrument];
  const sb = mb.instruments[instrument];
  const exponent = Math.min(la.exponent, lb.exponent);
  const streamA = rescale(la.instruments[instrument], la.exponent, exponent);
  const streamB = rescale(lb.instruments[instrument], lb.exponent, exponent);

  const instruments = {} as Record<Instrument, InstrumentGap>;
  for (const i of INSTRUMENTS) {
    const unused = la.instruments[i].periods.length === 0 && lb.instruments[i].periods.length === 0;
    instruments[i] = unused ? zeroGap(ma.instruments[i]) : gapOf(ma.instruments[i], mb.instruments[i]);
  }
  const cashShare = minusOrNull(ma.cashShare, mb.cashShare);
  // Built field by field (no spreads of optional parts: see metrics.ts).
  const gaps: Record<string, unknown> = {
    headline: difference(a.headline, b.headline),
    instruments: Object.freeze(instruments),
    all: gapOf(ma.all, mb.all),
    cashShare: Object.freeze({ fraction: cashShare, points: cashShare === null ? null : shifted(cashShare, 2) }),
    peak: difference(sa.peak?.amount ?? ZERO, sb.peak?.amount ?? ZERO),
    horizonPeriods: (sa.horizon?.periods ?? 0) - (sb.horizon?.periods ?? 0),
    presentValues: instruments[instrument].presentValues,
    averageTiming: minusOrNull(sa.averageTiming, sb.averageTiming),
  };
  if (ma.economicCost !== undefined && mb.economicCost !== undefined) {
    const other = mb.economicCost.byRate;
    gaps.economicCost = Object.freeze(
      ma.economicCost.byRate.map((x, k) =>
        Object.freeze({ rate: x.rate, value: difference(x.total, other[k]!.total) }),
      ),
    );
  }
  if (ma.delivery !== undefined && mb.delivery !== undefined)
    gaps.delivered = ma.delivery.lines[0]!.delivered.minus(mb.delivery.lines[0]!.delivered);
  Object.freeze(gaps);
  const n = periodsPerYear(la.frequency);
  const result = {
    a: ma,
    b: mb,
    instrument,
    rates: ma.rates,
    convention,
    frequency: la.frequency,
    gaps,
  } as Record<string, unknown>;
  // Row by row and in words only when read.
  const sameStart = la.startDate !== undefined && la.startDate === lb.startDate ? la.startDate : undefined;
  lazy(result, 'perPeriod', () => Object.freeze(comparedPeriods(streamA, streamB, exponent, sameStart, la.frequency)));
  result.breakEven = breakEvenOf(streamA, streamB, exponent, n);
  result.levelInstallments = Object.freeze(level(sa.presentValues, lb.instruments[instrument], rates, convention, n));
  lazy(result, 'sentences', () => Object.freeze(describeComparison(result as unknown as Comparison)));
  return Object.freeze(result) as unknown as Comparison;
}

const ZERO = new D(0);

function readInstrument(value: unknown): Instrument {
  if (value === undefined) return 'cash';
  if (typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value)) return value as Instrument;
  const expected = `one of ${INSTRUMENTS.join(', ')}`;
  return invalid([
    {
      path: ['instrument'],
      expected,
      received: describeValue(value),
      message: `expected ${expected}, received ${describeValue(value)}`,
    },
  ]);
}

const minusOrNull = (x: Decimal | null, y: Decimal | null): Decimal | null =>
  x === null || y === null ? null : difference(x, y);

function gapOf(x: StreamMetrics, y: StreamMetrics): InstrumentGap {
  const share = minusOrNull(x.share, y.share);
  return Object.freeze({
    total: difference(x.total, y.total),
    share,
    sharePoints: share === null ? null : shifted(share, 2),
    presentValues: Object.freeze(
      x.presentValues.map((v, k) =>
        Object.freeze({ rate: v.rate, value: difference(v.value, y.presentValues[k]!.value) }),
      ),
    ),
  });
}

// An instrument neither deal uses: every gap is zero (a share gap only where both shares exist).
function zeroGap(x: StreamMetrics): InstrumentGap {
  return Object.freeze({
    total: ZERO,
    share: x.share === null ? null : ZERO,
    sharePoints: x.share === null ? null : ZERO,
    presentValues: x.presentValues,
  });
}

// A stream's coefficients at a smaller power of ten.
function rescale(stream: LedgerStream, from: number, to: number): LedgerStream {
  if (from === to) return stream;
  const factor = pow10(from - to);
  return { periods: stream.periods, coefficients: stream.coefficients.map((c) => c * factor) };
}

// The two streams on one period axis (by period number from each deal's start), with the gap
// and running totals; dates only when both deals start on the same date.
function comparedPeriods(
  a: LedgerStream,
  b: LedgerStream,
  exponent: number,
  startDate: IsoDate | undefined,
  frequency: Frequency,
): ComparedPeriod[] {
  const periods = [...new Set([...a.periods, ...b.periods])];
  if (periods.length === 0) return [];
  const first = Math.min(...periods);
  const last = Math.max(...periods);
  const amountsA = new Map(a.periods.map((p, k) => [p, a.coefficients[k]!]));
  const amountsB = new Map(b.periods.map((p, k) => [p, b.coefficients[k]!]));
  const money = (c: bigint): Decimal => (c === 0n ? ZERO : decimalOf(c, exponent));
  const months = monthsPerPeriod(frequency);
  let ca = 0n;
  let cb = 0n;
  const rows: ComparedPeriod[] = [];
  for (let period = first; period <= last; period += 1) {
    const x = amountsA.get(period) ?? 0n;
    const y = amountsB.get(period) ?? 0n;
    ca += x;
    cb += y;
    const date = startDate === undefined ? undefined : addMonths(startDate, period * months);
    rows.push(
      Object.freeze({
        period,
        ...(date === undefined ? {} : { date }),
        a: money(x),
        b: money(y),
        gap: money(x - y),
        cumulativeA: money(ca),
        cumulativeB: money(cb),
        cumulativeGap: money(ca - cb),
      }),
    );
  }
  return rows;
}

// The break-even rate of the per-period gap a − b, by the one solver.
function breakEvenOf(a: LedgerStream, b: LedgerStream, exponent: number, n: number): BreakEven {
  const gap = new Map<number, bigint>();
  a.periods.forEach((p, k) => gap.set(p, (gap.get(p) ?? 0n) + a.coefficients[k]!));
  b.periods.forEach((p, k) => gap.set(p, (gap.get(p) ?? 0n) - b.coefficients[k]!));
  return breakEvenRate(
    flowsOf(
      [...gap].map(([step, coefficient]) => ({ step, amount: { coefficient, exponent } })),
      n,
    ),
  );
}

// For each rate, the level installment over b's horizon with a's present value.
function level(
  presentValuesA: readonly RateValue[],
  b: LedgerStream,
  rates: readonly DiscountRate[],
  convention: DiscountConvention,
  n: number,
): LevelInstallment[] {
  const first = b.periods[0];
  const last = b.periods[b.periods.length - 1];
  if (first === undefined || last === undefined) return [];
  const periods = last - first + 1;
  const shift = convention.timing === 'end' ? 1 : 0;
  const unit = {
    coefficients: Array.from({ length: periods }, () => 1n),
    exponent: 0,
    steps: Array.from({ length: periods }, (_, k) => first + k + shift),
    denominator: n,
  };
  return presentValuesA.map(({ rate, value }, k) =>
    Object.freeze({ rate, amount: divide(value, presentValue(unit, rates[k]!)), periods, first }),
  );
}
