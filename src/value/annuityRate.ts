import { invalid } from '../errors/DealcalcError.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import type { Due } from './annuity.ts';
import { findRate } from './findRate.ts';
import { MAX_FLOWS } from './flowsInput.ts';
import { readSolverOptions } from './irr.ts';
import { flowsOfDecimals } from './flows.ts';

/** Options of {@link annuityRate}. */
export interface AnnuityRateOptions {
  /** Whole number of periods (1 to 10,000). */
  readonly periods: number;
  /** Payment per period (out negative). */
  readonly payment: DecimalInput;
  readonly presentValue: DecimalInput;
  readonly futureValue?: DecimalInput;
  readonly due?: Due;
  /** When several rates solve it, the one nearest this guess. */
  readonly guess?: DecimalInput;
  /** Most refinement steps (default 400). */
  readonly maxIterations?: number;
}

/**
 * The rate per period of an annuity (spreadsheet `RATE`, numpy-financial `rate`): the r at
 * which pv·(1+r)^n + pmt·(1+w·r)·((1+r)^n − 1)/r + fv = 0. Solved as the internal rate of
 * return of the equivalent flows (pv at 0, the payments, fv at n), so it needs no guess and
 * never returns NaN.
 *
 * @throws {DealcalcError} `invalid_input` for periods that are not a whole number ≥ 1;
 *   `no_sign_change` (e.g. 12 payments of +400 on +10,000: no rate works);
 *   `no_root_in_range`; `several_roots`; `did_not_converge`.
 *
 * @example
 * // Spreadsheet RATE documentation: 4 years of monthly payments of 200 on a loan of 8,000.
 * annuityRate({ periods: 48, payment: -200, presentValue: 8000 }).toFixed(10) //=> '0.0077014725'
 */
export function annuityRate(options: AnnuityRateOptions): Decimal {
  const n = wholeNumber(options.periods, { path: ['periods'], min: 1, max: MAX_FLOWS });
  const payment = decimal(options.payment, { path: ['payment'] });
  const pv = decimal(options.presentValue, { path: ['presentValue'] });
  const fv = decimal(options.futureValue ?? 0, { path: ['futureValue'] });
  if (options.due !== undefined && options.due !== 'end' && options.due !== 'begin') {
    invalid([{ path: ['due'], expected: "'end' or 'begin'", received: String(options.due), message: `expected 'end' or 'begin', received ${String(options.due)}` }]);
  }
  const begin = options.due === 'begin';
  const entries = [{ step: 0, amount: pv }, { step: n, amount: fv }];
  for (let k = 0; k < n; k += 1) entries.push({ step: begin ? k : k + 1, amount: payment });
  return findRate(flowsOfDecimals(entries, 1), readSolverOptions(options));
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

