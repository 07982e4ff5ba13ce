import { describeValue, invalid } from '../errors/DealcalcError.ts';
import { isoDate, type DateInput, type IsoDate } from '../dates/calendarDate.ts';
import { optionsObject } from '../errors/options.ts';
import type { Decimal, DecimalInput } from '../money/decimal.ts';
import { dayCountFraction, readDayCount, type DayCount } from './dayCount.ts';
import { readDatedFlows, type DatedFlow, type DatedFlowInput } from './datedFlows.ts';
import { readRate } from './rate.ts';
import { discountRate, presentValue } from './discount.ts';
import { flowsOfDecimals, type Flows } from './flows.ts';

/** Options of {@link xnpv} and `xirr`. */
export interface XnpvOptions {
  /** How a span of days counts in years (default `'act/365f'`, as the spreadsheets). */
  readonly dayCount?: DayCount;
  /**
   * The date values are taken at (default: the earliest flow date, which is the spreadsheets'
   * convention when, as they require, the first flow is the earliest). Flows before it are
   * compounded forward to it rather than dropped; a flow on it counts in full.
   */
  readonly valuationDate?: DateInput;
  /**
   * A flow dated exactly on the valuation date: `'include'` (default) counts it in full, as the
   * spreadsheets' XNPV does; `'exclude'` leaves it out, as QuantLib does by default for flows on
   * the settlement date.
   */
  readonly valuationDateFlows?: 'include' | 'exclude';
}

/** A dated present value and the convention it was taken under. */
export interface XnpvResult {
  /** Σ amount × (1 + rate)^−t at the valuation date, in the flows' currency, unrounded; same sign convention as the flows. */
  readonly value: Decimal;
  /** The annual rate used, as a fraction (0.09 = 9%). */
  readonly rate: Decimal;
  /** The day count that turned day spans into years t. */
  readonly dayCount: DayCount;
  /** The date the value is taken at (t = 0). */
  readonly valuationDate: IsoDate;
}

/**
 * Net present value of dated flows: Σ amount × (1 + rate)^−t, t the year fraction from the
 * valuation date to the flow's date under the day count. Flows may come in any order.
 *
 * Differences from the spreadsheets' `XNPV`, deliberately: dates before the first listed
 * date are accepted (compounded forward to the valuation date, as Office does in practice,
 * rather than `#NUM!` as its specification says); the valuation date is the earliest date,
 * not the first listed; the day count can be changed.
 *
 * @param rate - Annual rate as a fraction or percentage text, > −100%.
 * @param flows - `{ date: 'YYYY-MM-DD', amount }` entries, amounts signed.
 *
 * @throws {DealcalcError} `invalid_input` for a bad rate, date, amount, day count or an empty
 *   list; `limit_exceeded` above 10,000 flows.
 *
 * @example
 * // Spreadsheet XNPV documentation example: 9%.
 * xnpv('0.09', [
 *   { date: '2008-01-01', amount: -10000 }, { date: '2008-03-01', amount: 2750 },
 *   { date: '2008-10-30', amount: 4250 }, { date: '2009-02-15', amount: 3250 }, { date: '2009-04-01', amount: 2750 },
 * ]).value.toFixed(2) //=> '2086.65'
 */
export function xnpv(rate: DecimalInput, flows: readonly DatedFlowInput[], options: XnpvOptions = {}): XnpvResult {
  const r = readRate(rate);
  const { timed, dayCount, valuationDate } = datedTimedFlows(readDatedFlows(flows), optionsObject(options));
  return Object.freeze({ value: presentValue(timed, discountRate(r)), rate: r, dayCount, valuationDate });
}

/** Dated flows as {@link Flows} from the valuation date under a day count. */
export function datedTimedFlows(
  all: readonly DatedFlow[],
  options: XnpvOptions,
): { timed: Flows; dayCount: DayCount; valuationDate: IsoDate } {
  const dayCount = readDayCount(options.dayCount);
  const valuationDate =
    options.valuationDate === undefined
      ? all.map((f) => f.date).reduce((a, b) => (b < a ? b : a))
      : isoDate(options.valuationDate, ['valuationDate']);
  const rule = options.valuationDateFlows ?? 'include';
  if (rule !== 'include' && rule !== 'exclude') {
    invalid([
      {
        path: ['valuationDateFlows'],
        expected: "'include' or 'exclude'",
        received: describeValue(rule),
        message: `expected 'include' or 'exclude', received ${describeValue(rule)}`,
      },
    ]);
  }
  const flows = rule === 'include' ? all : all.filter((f) => f.date !== valuationDate);
  const fractions = flows.map((f) => dayCountFraction(valuationDate, f.date, dayCount));
  const denominator = fractions[0]?.denominator ?? 365;
  return {
    timed: flowsOfDecimals(
      flows.map((f, k) => ({ step: fractions[k]!.numerator, amount: f.amount })),
      denominator,
    ),
    dayCount,
    valuationDate,
  };
}
