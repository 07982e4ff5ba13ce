import { describeValue, invalid, notComputable } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { D, decimal, finite, type Decimal, type DecimalInput } from '../money/decimal.ts';
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

function readTerms(rate: unknown, periods: unknown, due: unknown): Terms {
  const r = readRate(rate as DecimalInput);
  const n = decimal(periods as DecimalInput, { path: ['periods'] });
  if (n.lt(0))
    invalid([
      {
        path: ['periods'],
        expected: 'a number of periods of 0 or more',
        received: n.toString(),
        message: `expected a number of periods of 0 or more, received ${n.toString()}`,
      },
    ]);
  if (due !== undefined && due !== 'end' && due !== 'begin') {
    invalid([
      {
        path: ['due'],
        expected: "'end' or 'begin'",
        received: describeValue(due),
        message: `expected 'end' or 'begin', received ${describeValue(due)}`,
      },
    ]);
  }
  return { r, n, w: new D(due === 'begin' ? 1 : 0) };
}

// (1+r)^n, and the annuity factor (1 + w·r)·((1+r)^n − 1)/r, which is n when r = 0.
function factors({ r, n, w }: Terms): { growth: Decimal; annuity: Decimal } {
  const growth = r.plus(1).pow(n);
  // decimal.js overflows to Infinity past 10^(9·10^15) and underflows to 0 below its inverse.
  if (!growth.isFinite() || (growth.isZero() && !r.plus(1).isZero())) overflow(r, n);
  const annuity = r.isZero() ? n : w.times(r).plus(1).times(growth.minus(1)).div(r);
  return { growth, annuity };
}

/**
 * Options of {@link pmt}. Signs follow the spreadsheets: cash received is positive, cash paid
 * out negative, so a loan received (`presentValue` > 0) gives payments < 0.
 */
export interface PmtOptions {
  /** Rate per period as a fraction (`'0.005'` is 0.5% a period) or percentage text (`'0.5%'`); above −100%. Use a monthly rate with monthly periods. */
  readonly rate: DecimalInput;
  /** Number of periods, above 0; may be fractional. */
  readonly periods: DecimalInput;
  /** Value today; a loan received is positive, money lent or deposited negative. */
  readonly presentValue: DecimalInput;
  /** Value left after the last period, same sign convention (default 0: fully repaid). */
  readonly futureValue?: DecimalInput;
  /** When payments fall in each period: `'end'` (default, spreadsheet type 0) or `'begin'` (type 1). */
  readonly due?: Due;
}

/**
 * The level payment per period that takes `presentValue` to `futureValue` (spreadsheet `PMT`,
 * numpy-financial `pmt`). Payments out are negative. A rate of 0 is exact: −(pv + fv) ÷ n.
 *
 * @throws {DealcalcError} `invalid_input` for arguments that are not an object, a rate ≤ −100%,
 *   negative periods or an unknown `due`; `not_computable` for 0 periods, or when
 *   (1 + rate)^periods or the result is beyond the range of decimals (never NaN or Infinity).
 *
 * @example
 * // Spreadsheet PMT documentation: 8% a year, monthly, 10 months, 10,000.
 * pmt({ rate: decimal('0.08').div(12), periods: 10, presentValue: 10000 }).toFixed(2) //=> '-1037.03'
 * pmt({ rate: 0, periods: 10, presentValue: 1000 }).toString()                        //=> '-100'
 */
export function pmt(options: PmtOptions): Decimal {
  const o = named(options);
  const terms = readTerms(o.rate, o.periods, o.due);
  const pv = decimal(o.presentValue as DecimalInput, { path: ['presentValue'] });
  const fv = decimal(o.futureValue ?? 0, { path: ['futureValue'] });
  const { growth, annuity } = factors(terms);
  if (annuity.isZero()) notComputable('no payment over 0 periods can change a value');
  return result(pv.times(growth).plus(fv).div(annuity).neg());
}

/** Options of {@link fv}. Cash received is positive, cash paid out negative (the spreadsheet convention). */
export interface FvOptions {
  /** Rate per period as a fraction (`'0.005'` is 0.5% a period) or percentage text (`'0.5%'`); above −100%. Use a monthly rate with monthly periods. */
  readonly rate: DecimalInput;
  /** Number of periods, 0 or more; may be fractional. */
  readonly periods: DecimalInput;
  /** Level payment per period; cash paid out is negative, cash received positive. */
  readonly payment: DecimalInput;
  /** Value today, same sign convention: a deposit made now is negative (default 0). */
  readonly presentValue?: DecimalInput;
  /** When payments fall in each period: `'end'` (default, spreadsheet type 0) or `'begin'` (type 1). */
  readonly due?: Due;
}

/**
 * Future value after `periods` of payments (spreadsheet `FV`, numpy-financial `fv`).
 *
 * @throws {DealcalcError} `invalid_input` for arguments that are not an object, a rate ≤ −100%,
 *   negative periods or an unknown `due`; `not_computable` when (1 + rate)^periods or the result
 *   is beyond the range of decimals (never NaN or Infinity).
 *
 * @example
 * // numpy-financial documentation: 5% a year, monthly, 10 years, −100 a month, −100 now.
 * fv({ rate: decimal('0.05').div(12), periods: 120, payment: -100, presentValue: -100 }).toFixed(9) //=> '15692.928894336'
 */
export function fv(options: FvOptions): Decimal {
  const o = named(options);
  const terms = readTerms(o.rate, o.periods, o.due);
  const payment = decimal(o.payment as DecimalInput, { path: ['payment'] });
  const pv = decimal(o.presentValue ?? 0, { path: ['presentValue'] });
  const { growth, annuity } = factors(terms);
  return result(pv.times(growth).plus(payment.times(annuity)).neg());
}

/** Options of {@link pv}. Cash received is positive, cash paid out negative (the spreadsheet convention). */
export interface PvOptions {
  /** Rate per period as a fraction (`'0.005'` is 0.5% a period) or percentage text (`'0.5%'`); above −100%. Use a monthly rate with monthly periods. */
  readonly rate: DecimalInput;
  /** Number of periods, 0 or more; may be fractional. */
  readonly periods: DecimalInput;
  /** Level payment per period; cash paid out is negative, cash received positive. */
  readonly payment: DecimalInput;
  /** Value after the last period, same sign convention (default 0). */
  readonly futureValue?: DecimalInput;
  /** When payments fall in each period: `'end'` (default, spreadsheet type 0) or `'begin'` (type 1). */
  readonly due?: Due;
}

/**
 * Present value of a level payment stream and a final value (spreadsheet `PV`,
 * numpy-financial `pv`). Payments out give a positive present value, as in the spreadsheets.
 *
 * @throws {DealcalcError} `invalid_input` for arguments that are not an object, a rate ≤ −100%,
 *   negative periods or an unknown `due`; `not_computable` when (1 + rate)^periods or the result
 *   is beyond the range of decimals (never NaN or Infinity).
 *
 * @example
 * pv({ rate: '0.045', periods: 8, payment: '-25000000000', due: 'begin' }).toFixed(0) //=> '172317523510'
 */
export function pv(options: PvOptions): Decimal {
  const o = named(options);
  const terms = readTerms(o.rate, o.periods, o.due);
  const payment = decimal(o.payment as DecimalInput, { path: ['payment'] });
  const fvalue = decimal(o.futureValue ?? 0, { path: ['futureValue'] });
  const { growth, annuity } = factors(terms);
  return result(fvalue.plus(payment.times(annuity)).div(growth).neg());
}

/** Options of {@link nper}. Cash received is positive, cash paid out negative (the spreadsheet convention). */
export interface NperOptions {
  /** Rate per period as a fraction (`'0.005'` is 0.5% a period) or percentage text (`'0.5%'`); above −100%. Use a monthly rate with monthly periods. */
  readonly rate: DecimalInput;
  /** Level payment per period; cash paid out is negative, cash received positive. */
  readonly payment: DecimalInput;
  /** Value today: a loan received is positive. */
  readonly presentValue: DecimalInput;
  /** Value to reach after the last period, same sign convention (default 0: paid off). */
  readonly futureValue?: DecimalInput;
  /** When payments fall in each period: `'end'` (default, spreadsheet type 0) or `'begin'` (type 1). */
  readonly due?: Due;
}

/**
 * Number of periods, possibly fractional, for payments to take `presentValue` to
 * `futureValue` (spreadsheet `NPER`, numpy-financial `nper`).
 *
 * @throws {DealcalcError} `invalid_input` for arguments that are not an object, a rate ≤ −100%
 *   or an unknown `due`; `not_computable` when no number of periods can do it (payments that
 *   never reduce the balance, a zero payment at a zero rate, nothing to pay off).
 *
 * @example
 * // numpy-financial documentation: 7% a year, monthly, paying 150 on 8,000.
 * nper({ rate: decimal('0.07').div(12), payment: -150, presentValue: 8000 }).toFixed(5) //=> '64.07335'
 */
export function nper(options: NperOptions): Decimal {
  const o = named(options);
  const { r, w } = readTerms(o.rate, 0, o.due);
  const payment = decimal(o.payment as DecimalInput, { path: ['payment'] });
  const pvalue = decimal(o.presentValue as DecimalInput, { path: ['presentValue'] });
  const fvalue = decimal(o.futureValue ?? 0, { path: ['futureValue'] });
  if (r.isZero()) {
    if (payment.isZero()) return notComputable('a zero payment at a zero rate never changes the value');
    return result(pvalue.plus(fvalue).div(payment).neg());
  }
  const z = payment.times(w.times(r).plus(1)).div(r);
  const numerator = z.minus(fvalue);
  const denominator = z.plus(pvalue);
  // (1+r)^n = (z − fv) / (z + pv): no n when either side is 0 (or the ratio is not positive).
  if (numerator.isZero() || denominator.isZero() || !numerator.div(denominator).gt(0)) {
    return notComputable('these payments never reach the future value at this rate');
  }
  return result(numerator.div(denominator).ln().div(r.plus(1).ln()));
}

function overflow(r: Decimal, n: Decimal): never {
  return notComputable(
    `(1 + rate)^periods is beyond the range of decimals for a rate of ${r.toString()} over ${n.toString()} periods`,
  );
}

// Every result passes here: never NaN or Infinity.
function result(value: Decimal): Decimal {
  return finite(value, 'the result is beyond the range of decimals for these inputs');
}

// The named arguments every annuity function takes, as an object.
function named<T extends object>(options: T): Partial<T> {
  return optionsObject(options, ['options'], true);
}
