import { DealcalcError, describeValue, invalid } from '../errors/DealcalcError.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { D, decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import type { Due } from './annuity.ts';
import { findRate, findRates, pickRate } from './findRate.ts';
import { flowsOfDecimals, signChanges } from './flows.ts';
import { MAX_FLOWS } from './flowsInput.ts';
import { readSolverOptions } from './irr.ts';

/** Options of {@link annuityRate}. Cash received is positive, cash paid out negative (the spreadsheet convention). */
export interface AnnuityRateOptions {
  /** Number of periods, > 0 and at most 10,000; may be fractional (`7.5`), up to 6 decimal places. */
  readonly periods: DecimalInput;
  /** Level payment per period; cash paid out is negative. */
  readonly payment: DecimalInput;
  /** Value today: a loan received is positive. */
  readonly presentValue: DecimalInput;
  /** Value left after the last period, same sign convention (default 0). */
  readonly futureValue?: DecimalInput;
  /** When payments fall in each period: `'end'` (default, spreadsheet type 0) or `'begin'` (type 1). */
  readonly due?: Due;
  /** When several rates solve it, the one nearest this guess: a rate per period as a fraction, above −1. Without it, several roots are a `several_roots` error. */
  readonly guess?: DecimalInput;
  /** Most exact refinement steps per root, 1 to 10,000 (default 400). */
  readonly maxIterations?: number;
}

/**
 * The rate per period of an annuity (spreadsheet `RATE`, numpy-financial `rate`): the r at
 * which pv·(1+r)^n + pmt·(1+w·r)·((1+r)^n − 1)/r + fv = 0 (w = 1 when due at the beginning).
 * Whole n: solved as the internal rate of return of the equivalent flows (pv at 0, the
 * payments, fv at n). Fractional n = p/q (like `pv`, `fv` and `pmt` accept): the identity times
 * r is a polynomial in v = (1+r)^(1/q), solved by the same solver, and its spurious root r = 0
 * is set aside unless pv + pmt·n + fv is exactly 0. Needs no guess and never returns NaN.
 *
 * @throws {DealcalcError} `invalid_input` for periods ≤ 0 or with more than 6 decimal places;
 *   `limit_exceeded` above 10,000 periods; `no_sign_change` (e.g. 12 payments of +400 on
 *   +10,000: no rate works); `no_root_in_range`; `several_roots`; `did_not_converge`.
 *
 * @example
 * // Spreadsheet RATE documentation: 4 years of monthly payments of 200 on a loan of 8,000.
 * annuityRate({ periods: 48, payment: -200, presentValue: 8000 }).toFixed(10) //=> '0.0077014725'
 * // 7.5 periods (issue #9's reference root 0.0555761562004246453…):
 * annuityRate({ periods: 7.5, payment: -25, presentValue: 150 }).toFixed(19) //=> '0.0555761562004246453'
 */
export function annuityRate(options: AnnuityRateOptions): Decimal {
  if (typeof options !== 'object' || options === null)
    invalid([
      {
        path: [],
        expected: 'an options object { periods, payment, presentValue }',
        received: describeValue(options),
        message: `expected an options object { periods, payment, presentValue }, received ${describeValue(options)}`,
      },
    ]);
  const n = readPeriods(options.periods);
  const payment = decimal(options.payment, { path: ['payment'] });
  const pv = decimal(options.presentValue, { path: ['presentValue'] });
  const fv = decimal(options.futureValue ?? 0, { path: ['futureValue'] });
  if (options.due !== undefined && options.due !== 'end' && options.due !== 'begin') {
    invalid([
      {
        path: ['due'],
        expected: "'end' or 'begin'",
        received: describeValue(options.due),
        message: `expected 'end' or 'begin', received ${describeValue(options.due)}`,
      },
    ]);
  }
  const begin = options.due === 'begin';
  const solver = readSolverOptions(options);
  if (n.q === 1) {
    const whole = n.p;
    const entries = [
      { step: 0, amount: pv },
      { step: whole, amount: fv },
    ];
    for (let k = 0; k < whole; k += 1) entries.push({ step: begin ? k : k + 1, amount: payment });
    return findRate(flowsOfDecimals(entries, 1), solver);
  }
  // (identity) × (g − 1), g = 1 + r = v^q, g^n = v^p:
  //   due end:   pv·v^(p+q) + (pmt − pv)·v^p + fv·v^q − (pmt + fv)
  //   due begin: (pv + pmt)·v^(p+q) − pv·v^p + (fv − pmt)·v^q − fv
  // As flows: coefficient b at exponent e is b·(1+r)^(−(−e)/q), i.e. step −e, denominator q.
  const { p, q } = n;
  const terms = begin
    ? [
        [p + q, pv.plus(payment)],
        [p, pv.neg()],
        [q, fv.minus(payment)],
        [0, fv.neg()],
      ]
    : [
        [p + q, pv],
        [p, payment.minus(pv)],
        [q, fv],
        [0, payment.plus(fv).neg()],
      ];
  const flows = flowsOfDecimals(
    terms.map(([e, b]) => ({ step: -(e as number), amount: b as Decimal })),
    q,
  );
  if (signChanges(flows) === 0) return findRate(flows, solver); // the typed no_sign_change
  const { roots, low, high } = findRates(flows, solver);
  const atZero = pv
    .plus(payment.times(new D(p).div(q)))
    .plus(fv)
    .isZero();
  return pickRate(
    roots.filter((r) => !r.isZero() || atZero),
    low,
    high,
    solver.guess,
  );
}

// Periods as a reduced fraction p/q (q = 1 for whole numbers).
function readPeriods(input: DecimalInput): { p: number; q: number } {
  const value = decimal(input, { path: ['periods'] });
  const expected = 'a number of periods greater than 0 with at most 6 decimal places';
  if (!value.gt(0) || value.decimalPlaces() > 6) {
    return invalid([
      {
        path: ['periods'],
        expected,
        received: describeValue(input),
        message: `expected ${expected}, received ${describeValue(input)}`,
      },
    ]);
  }
  if (value.gt(MAX_FLOWS)) {
    throw new DealcalcError(
      'limit_exceeded',
      { argument: 'periods', limit: String(MAX_FLOWS), received: value.toString() },
      [
        {
          path: ['periods'],
          expected: `at most ${MAX_FLOWS} periods`,
          received: value.toString(),
          message: `expected at most ${MAX_FLOWS} periods, received ${value.toString()}`,
        },
      ],
    );
  }
  const places = value.decimalPlaces();
  let p = BigInt(value.times(new D(10).pow(places)).toFixed(0));
  let q = 10n ** BigInt(places);
  const g = gcd(p, q);
  p /= g;
  q /= g;
  return { p: Number(p), q: Number(q) };
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/**
 * Like {@link annuityRate}, returning the outcome instead of throwing.
 *
 * @example
 * safeAnnuityRate({ periods: 12, payment: 400, presentValue: 10000 }).ok //=> false
 */
export function safeAnnuityRate(options: AnnuityRateOptions): Outcome<Decimal> {
  return attempt(() => annuityRate(options));
}
