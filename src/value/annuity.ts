import { DealcalcError, describeValue, invalid } from '../errors/DealcalcError.ts';
import { D, decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { readRate } from './rate.ts';

/** When payments fall in each period: `'end'` (default; spreadsheet type 0) or `'begin'` (type 1). */
export type Due = 'end' | 'begin';

// The annuity identity the spreadsheets and numpy-financial solve, with w = 1 when due at the beginning:
//   pv·(1+r)^n + pmt·(1+w·r)·((1+r)^n − 1)/r + fv = 0      (r ≠ 0)
//   pv + pmt·n + fv = 0                                    (r = 0, exactly)
// Cash paid out is negative, cash received positive.

interface Terms {
  readonly r: Decimal;
  readonly n: Decimal;
  readonly w: Decimal;
}

function readTerms(rate: DecimalInput, periods: DecimalInput, due: unknown): Terms {
  const r = readRate(rate);
  const n = decimal(periods, { path: ['periods'] });
  if (n.lt(0)) invalid([{ path: ['periods'], expected: 'a number of periods of 0 or more', received: n.toString(), message: `expected a number of periods of 0 or more, received ${n.toString()}` }]);
  if (due !== undefined && due !== 'end' && due !== 'begin') {
    invalid([{ path: ['due'], expected: "'end' or 'begin'", received: describeValue(due), message: `expected 'end' or 'begin', received ${describeValue(due)}` }]);
  }
  return { r, n, w: new D(due === 'begin' ? 1 : 0) };
}

// (1+r)^n, and the annuity factor (1 + w·r)·((1+r)^n − 1)/r, which is n when r = 0.
function factors({ r, n, w }: Terms): { growth: Decimal; annuity: Decimal } {
  const growth = r.plus(1).pow(n);
  const annuity = r.isZero() ? n : w.times(r).plus(1).times(growth.minus(1)).div(r);
  return { growth, annuity };
}

/** Options of {@link pmt}. */
export interface PmtOptions {
  /** Rate per period, a fraction or percentage text (> −100%). */
  readonly rate: DecimalInput;
  /** Number of periods (may be fractional; ≥ 0). */
  readonly periods: DecimalInput;
  /** Value today; a loan received is positive. */
  readonly presentValue: DecimalInput;
  /** Value after the last period (default 0). */
  readonly futureValue?: DecimalInput;
  readonly due?: Due;
}

/**
 * The level payment per period that takes `presentValue` to `futureValue` (spreadsheet `PMT`,
 * numpy-financial `pmt`). Payments out are negative. A rate of 0 is exact: −(pv + fv) ÷ n.
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100%, negative periods or an unknown
 *   `due`; `not_computable` for 0 periods.
 *
 * @example
 * // Spreadsheet PMT documentation: 8% a year, monthly, 10 months, 10,000.
 * pmt({ rate: decimal('0.08').div(12), periods: 10, presentValue: 10000 }).toFixed(2) //=> '-1037.03'
 * pmt({ rate: 0, periods: 10, presentValue: 1000 }).toString()                        //=> '-100'
 */
export function pmt(options: PmtOptions): Decimal {
  const terms = readTerms(options.rate, options.periods, options.due);
  const pv = decimal(options.presentValue, { path: ['presentValue'] });
  const fv = decimal(options.futureValue ?? 0, { path: ['futureValue'] });
  const { growth, annuity } = factors(terms);
  if (annuity.isZero()) notComputable('no payment over 0 periods can change a value');
  return pv.times(growth).plus(fv).div(annuity).neg();
}

/** Options of {@link fv}. */
export interface FvOptions {
  readonly rate: DecimalInput;
  readonly periods: DecimalInput;
  /** Payment per period (out negative). */
  readonly payment: DecimalInput;
  /** Value today (default 0). */
  readonly presentValue?: DecimalInput;
  readonly due?: Due;
}

/**
 * Future value after `periods` of payments (spreadsheet `FV`, numpy-financial `fv`).
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100%, negative periods or an unknown `due`.
 *
 * @example
 * // numpy-financial documentation: 5% a year, monthly, 10 years, −100 a month, −100 now.
 * fv({ rate: decimal('0.05').div(12), periods: 120, payment: -100, presentValue: -100 }).toFixed(9) //=> '15692.928894336'
 */
export function fv(options: FvOptions): Decimal {
  const terms = readTerms(options.rate, options.periods, options.due);
  const payment = decimal(options.payment, { path: ['payment'] });
  const pv = decimal(options.presentValue ?? 0, { path: ['presentValue'] });
  const { growth, annuity } = factors(terms);
  return pv.times(growth).plus(payment.times(annuity)).neg();
}

/** Options of {@link pv}. */
export interface PvOptions {
  readonly rate: DecimalInput;
  readonly periods: DecimalInput;
  readonly payment: DecimalInput;
  /** Value after the last period (default 0). */
  readonly futureValue?: DecimalInput;
  readonly due?: Due;
}

/**
 * Present value of a level payment stream and a final value (spreadsheet `PV`,
 * numpy-financial `pv`). Payments out give a positive present value, as in the spreadsheets.
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100%, negative periods or an unknown `due`.
 *
 * @example
 * pv({ rate: '0.045', periods: 8, payment: '-25000000000', due: 'begin' }).toFixed(0) //=> '172317523510'
 */
export function pv(options: PvOptions): Decimal {
  const terms = readTerms(options.rate, options.periods, options.due);
  const payment = decimal(options.payment, { path: ['payment'] });
  const fvalue = decimal(options.futureValue ?? 0, { path: ['futureValue'] });
  const { growth, annuity } = factors(terms);
  return fvalue.plus(payment.times(annuity)).div(growth).neg();
}

/** Options of {@link nper}. */
export interface NperOptions {
  readonly rate: DecimalInput;
  readonly payment: DecimalInput;
  readonly presentValue: DecimalInput;
  readonly futureValue?: DecimalInput;
  readonly due?: Due;
}

/**
 * Number of periods, possibly fractional, for payments to take `presentValue` to
 * `futureValue` (spreadsheet `NPER`, numpy-financial `nper`).
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100% or an unknown `due`;
 *   `not_computable` when no number of periods can do it (payments that never reduce the
 *   balance, or a zero payment at a zero rate).
 *
 * @example
 * // numpy-financial documentation: 7% a year, monthly, paying 150 on 8,000.
 * nper({ rate: decimal('0.07').div(12), payment: -150, presentValue: 8000 }).toFixed(5) //=> '64.07335'
 */
export function nper(options: NperOptions): Decimal {
  const { r, w } = readTerms(options.rate, 0, options.due);
  const payment = decimal(options.payment, { path: ['payment'] });
  const pvalue = decimal(options.presentValue, { path: ['presentValue'] });
  const fvalue = decimal(options.futureValue ?? 0, { path: ['futureValue'] });
  if (r.isZero()) {
    if (payment.isZero()) return notComputable('a zero payment at a zero rate never changes the value');
    return pvalue.plus(fvalue).div(payment).neg();
  }
  const z = payment.times(w.times(r).plus(1)).div(r);
  const ratio = z.minus(fvalue).div(z.plus(pvalue));
  if (!ratio.gt(0)) return notComputable('these payments never reach the future value at this rate');
  return ratio.ln().div(r.plus(1).ln());
}

function notComputable(reason: string): never {
  throw new DealcalcError('not_computable', { reason }, [{ path: [], expected: 'inputs with a solution', received: 'none', message: reason }], reason);
}
