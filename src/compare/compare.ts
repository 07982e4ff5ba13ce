import { DealcalcError, invalidAt } from '../errors/DealcalcError.ts';
import { addMonths, type IsoDate } from '../dates/calendarDate.ts';
import type { Deal } from '../deals/deal.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { dealLedger, type LedgerStream } from '../deals/ledger.ts';
import { readDeal } from '../deals/readDeal.ts';
import { optionsObject } from '../errors/options.ts';
import type { Decimal } from '../money/decimal.ts';
import { decimalOf, difference, pow10 } from '../money/scaled.ts';
import { monthsPerPeriod, periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { readConvention, type DiscountConvention } from '../value/convention.ts';
import { addRatios, ratioDecimal, unitAnnuityRatio, type DiscountRate, type Ratio } from '../value/discount.ts';
import { readDiscountRates } from '../value/rates.ts';
import { breakEvenRate, type BreakEven } from './breakEven.ts';
import { lazy } from './lazy.ts';
import { dealParts, hasExtras, metricsOfParts, type DealMetrics, type StreamParts } from './metrics.ts';
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
  if (a.currency !== b.currency)
    mismatch('currency_mismatch', 'currency', a.currency, b.currency, 'in one currency', ' (convert one first)');
  // Rates and timing are read once and their discount factors shared by both deals.
  const rates = readDiscountRates(options.rates);
  const convention = readConvention(options.timing);
  const la = dealLedger(a);
  const lb = dealLedger(b);
  if (la.frequency !== lb.frequency)
    mismatch('frequency_mismatch', 'components', la.frequency, lb.frequency, 'on the same period length');
  // Each side's metrics (about thirty Decimals) are made when first read; the gaps come from
  // the exact parts.
  const pa = dealParts(rates, convention, la);
  const pb = dealParts(rates, convention, lb);
  let ma: DealMetrics | undefined;
  let mb: DealMetrics | undefined;
  const metricsA = (): DealMetrics => (ma ??= metricsOfParts(a, pa, convention, options));
  const metricsB = (): DealMetrics => (mb ??= metricsOfParts(b, pb, convention, options));
  const rateValues = pa.rates;
  // Economics, burden and deliveries are computed at once, so their errors surface from compare.
  if (hasExtras(a, options)) metricsA();
  if (hasExtras(b, options)) metricsB();
  const exponent = Math.min(la.exponent, lb.exponent);
  const streamA = rescale(la.instruments[instrument], la.exponent, exponent);
  const streamB = rescale(lb.instruments[instrument], lb.exponent, exponent);

  // Gaps from the exact parts (sums, shares as fractions, present values before rounding),
  // each rounded once: no Decimal is read back. Accuracy: totals, peaks, shares and average
  // timings are exact fractions, so their gaps are the correctly rounded values. A present value
  // is an exact fraction on discount.ts's exact path, or within 2^−270 of Σ|a_k| on its
  // fixed-point path; the gap of two is then within the sum of those two errors before its one
  // rounding, never worse than the difference of the two rounded 64-digit values it replaces
  // (whose error is up to half a unit in the 64th digit of each), and the property test in
  // tests/compare/engine.test.ts checks the two agree to 1e−60.
  const scaleA = pow10(la.exponent - exponent);
  const scaleB = pow10(lb.exponent - exponent);
  // A gap's share and present values are made when first read, except where they cost nothing
  // (an instrument neither deal pays anything in: every numerator is 0) or are read at once anyway (cash's
  // share for `cashShare`, the compared instrument's present values for `presentValues`): a
  // field made when read costs a property definition, more than a zero or a value needed now.
  const gapOf = (x: StreamParts, y: StreamParts, i?: Instrument): InstrumentGap => {
    const share =
      la.headline === 0n || lb.headline === 0n
        ? null
        : { numerator: x.sum * lb.headline - y.sum * la.headline, denominator: la.headline * lb.headline };
    const gap = { total: decimalOf(x.sum * scaleA - y.sum * scaleB, exponent) } as Record<string, unknown>;
    const fields = {
      share: () => share && ratioDecimal(share),
      sharePoints: () => share && ratioDecimal({ numerator: share.numerator * 100n, denominator: share.denominator }),
      presentValues: () =>
        Object.freeze(
          rateValues.map((rate, k) =>
            Object.freeze({ rate, value: ratioDecimal(addRatios(x.values[k]!, y.values[k]!, -1)) }),
          ),
        ),
    };
    for (const key in fields) {
      const make = fields[key as keyof typeof fields];
      if ((x.peak === 0n && y.peak === 0n) || i === (key === 'presentValues' ? instrument : 'cash')) gap[key] = make();
      else lazy(gap, key, make);
    }
    return Object.freeze(gap) as unknown as InstrumentGap;
  };
  const instruments = {} as Record<Instrument, InstrumentGap>;
  for (const i of INSTRUMENTS) {
    instruments[i] = gapOf(pa.instruments[i], pb.instruments[i], i);
  }
  const cashGap = instruments.cash;
  const xa = pa.instruments[instrument];
  const xb = pb.instruments[instrument];
  // Built field by field (no spreads of optional parts: see metrics.ts).
  const gaps: Record<string, unknown> = {
    headline: difference(a.headline, b.headline),
    instruments: Object.freeze(instruments),
    all: gapOf(pa.all, pb.all),
    cashShare: Object.freeze({ fraction: cashGap.share, points: cashGap.sharePoints }), // null for a zero headline
    peak: decimalOf(xa.peak * scaleA - xb.peak * scaleB, exponent),
    horizonPeriods: horizonOf(la.instruments[instrument]) - horizonOf(lb.instruments[instrument]),
    presentValues: instruments[instrument].presentValues,
    averageTiming:
      xa.sum === 0n || xb.sum === 0n
        ? null
        : ratioDecimal({ numerator: xa.weighted * xb.sum - xb.weighted * xa.sum, denominator: xa.sum * xb.sum }),
  };
  const costA = ma?.economicCost;
  const costB = mb?.economicCost;
  if (costA !== undefined && costB !== undefined) {
    const other = costB.byRate;
    gaps.economicCost = Object.freeze(
      costA.byRate.map((x, k) => Object.freeze({ rate: x.rate, value: difference(x.total, other[k]!.total) })),
    );
  }
  if (ma?.delivery !== undefined && mb?.delivery !== undefined)
    gaps.delivered = ma.delivery.lines[0]!.delivered.minus(mb.delivery.lines[0]!.delivered);
  Object.freeze(gaps);
  const n = periodsPerYear(la.frequency);
  // Each side's metrics when first read, defined first for their place in the key order (not
  // over placeholders: turning a field into an accessor put the result in dictionary mode).
  const result = {} as Record<string, unknown>;
  lazy(result, 'a', metricsA);
  lazy(result, 'b', metricsB);
  result.instrument = instrument;
  result.rates = rateValues;
  result.convention = convention;
  result.frequency = la.frequency;
  result.gaps = gaps;
  // Row by row and in words only when read.
  const sameStart = la.startDate !== undefined && la.startDate === lb.startDate ? la.startDate : undefined;
  lazy(result, 'perPeriod', () => Object.freeze(comparedPeriods(streamA, streamB, exponent, sameStart, la.frequency)));
  result.breakEven = breakEvenOf(streamA, streamB, exponent, n);
  result.levelInstallments = Object.freeze(level(xa.values, lb.instruments[instrument], rates, convention, n));
  lazy(result, 'sentences', () => Object.freeze(describeComparison(result as unknown as Comparison)));
  return Object.freeze(result) as unknown as Comparison;
}

// Throws `currency_mismatch` or `frequency_mismatch` at b's field: a's value expected, b's received.
function mismatch(
  code: 'currency_mismatch' | 'frequency_mismatch',
  field: string,
  expected: string,
  received: string,
  what: string,
  note = '',
): never {
  const message = `expected both deals ${what}, received ${expected} and ${received}${note}`;
  throw new DealcalcError(code, { expected, received }, [{ path: ['b', field], expected, received, message }]);
}

function readInstrument(value: unknown): Instrument {
  if (value === undefined) return 'cash';
  if (typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value)) return value as Instrument;
  return invalidAt(['instrument'], `one of ${INSTRUMENTS.join(', ')}`, value);
}

// Periods from a stream's first to its last (0 when empty).
function horizonOf(s: LedgerStream): number {
  return (s.periods.at(-1) ?? -1) - (s.periods[0] ?? 0) + 1;
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
  // Both streams' periods ascend: one cursor each.
  const first = Math.min(a.periods[0] ?? Infinity, b.periods[0] ?? Infinity);
  const last = Math.max(a.periods.at(-1) ?? -Infinity, b.periods.at(-1) ?? -Infinity);
  let i = 0;
  let j = 0;
  const money = (c: bigint): Decimal => decimalOf(c, exponent); // 0 is one shared Decimal
  const months = monthsPerPeriod(frequency);
  let ca = 0n;
  let cb = 0n;
  const rows: ComparedPeriod[] = [];
  for (let period = first; period <= last; period += 1) {
    const x = a.periods[i] === period ? a.coefficients[i++]! : 0n;
    const y = b.periods[j] === period ? b.coefficients[j++]! : 0n;
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
  // Merge the two ascending streams into the gap's flows (zeros dropped).
  const coefficients: bigint[] = [];
  const steps: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.periods.length || j < b.periods.length) {
    const pa = a.periods[i] ?? Infinity;
    const pb = b.periods[j] ?? Infinity;
    const step = Math.min(pa, pb);
    let c = 0n;
    if (pa === step) c += a.coefficients[i++]!;
    if (pb === step) c -= b.coefficients[j++]!;
    if (c !== 0n) {
      coefficients.push(c);
      steps.push(step);
    }
  }
  return breakEvenRate({ coefficients, exponent: coefficients.length === 0 ? 0 : exponent, steps, denominator: n });
}

// For each rate, the level installment over b's horizon with a's present value: a's value
// before rounding over the level stream's, rounded once.
function level(
  valuesA: readonly Ratio[],
  b: LedgerStream,
  rates: readonly DiscountRate[],
  convention: DiscountConvention,
  n: number,
): LevelInstallment[] {
  const first = b.periods[0]!;
  const last = b.periods.at(-1);
  if (last === undefined) return [];
  const periods = last - first + 1;
  const shift = convention.timing === 'end' ? 1 : 0;
  return rates.map((rate, k) => {
    const value = valuesA[k]!;
    const annuity = unitAnnuityRatio(first + shift, periods, n, rate);
    const amount = ratioDecimal({
      numerator: value.numerator * annuity.denominator,
      denominator: value.denominator * annuity.numerator,
    });
    return Object.freeze({ rate: rate.value, amount, periods, first });
  });
}
