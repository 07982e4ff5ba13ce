import { optionsObject } from '../errors/options.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { findRate } from './findRate.ts';
import { readListFlows } from './flowsInput.ts';

/**
 * Options of {@link irr} (and, with the day-count options, {@link xirr}). Rates are fractions
 * (`'0.05'` is 5%) or percentage text, in the unit of the result: per period for `irr`, annual
 * for `xirr`.
 */
export interface IrrOptions {
  /** When several rates solve the flows, return the one nearest this rate (above −1). Without it, several roots are a `several_roots` error. */
  readonly guess?: DecimalInput;
  /** Lowest rate searched, above −1 and below `high` (default −100% + 1e−30). */
  readonly low?: DecimalInput;
  /** Highest rate searched, above `low` (default 1,000,000, i.e. 100,000,000%). */
  readonly high?: DecimalInput;
  /** Most refinement steps per root, 1 to 10,000 (default 400; about 100 suffice for any root in range). */
  readonly maxIterations?: number;
}

/**
 * Internal rate of return of periodic flows: the rate r at which Σ flowₖ (1 + r)^−k = 0, flow
 * k at the end of period k (the first, k = 0, undiscounted; the same root as the spreadsheet
 * `IRR` and numpy-financial's `irr`). The rate is per period.
 *
 * Unlike the spreadsheets, the answer does not depend on a starting guess: every root in the
 * range is found (see `findRate`), so flows with two roots are reported as `several_roots`
 * rather than silently giving one of them. Pass `guess` to pick the root nearest to it.
 *
 * @param flows - Signed flows, one per period: money paid out negative, money received positive.
 * @returns The rate per period, a fraction, located to 1e−28 of 1 + r.
 *
 * @throws {DealcalcError} `invalid_input` (empty list, a flow that is not a number, all flows
 *   zero, bad options); `no_sign_change`; `no_root_in_range`; `several_roots`;
 *   `did_not_converge`; `limit_exceeded` above 10,000 flows.
 *
 * @example
 * // The spreadsheet IRR documentation example:
 * irr([-70000, 12000, 15000, 18000, 21000, 26000]).toFixed(10) //=> '0.0866309480'
 * irr([-15000, 6630]).toString()                                //=> '-0.558'
 * irr([-50, -100, 600, 300, -100], { guess: -0.75 }).toFixed(10) //=> '-0.7688954707'
 */
export function irr(flows: readonly DecimalInput[], options: IrrOptions = {}): Decimal {
  const timed = readListFlows(flows, 0);
  const solver = readSolverOptions(optionsObject(options));
  return findRate(timed, { ...solver, count: flows.length });
}

/**
 * Like {@link irr}, but returns the outcome instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` whose `error.code` is `no_sign_change`, `no_root_in_range`,
 * `several_roots` (with `error.data.roots`), `did_not_converge` or `invalid_input`.
 *
 * @example
 * const r = safeIrr([-50, -100, 600, 300, -100]);
 * r.ok ? undefined : r.error.code                          //=> 'several_roots'
 * r.ok ? [] : r.error.data.roots.map((x) => x.toFixed(4))  //=> ['-0.7689', '1.8544']
 */
export function safeIrr(flows: readonly DecimalInput[], options: IrrOptions = {}): Outcome<Decimal> {
  return attempt(() => irr(flows, options));
}

/** Reads guess and range options shared by the solvers. */
export function readSolverOptions(options: IrrOptions): {
  guess?: Decimal;
  low?: Decimal;
  high?: Decimal;
  maxIterations?: number;
} {
  const out: { guess?: Decimal; low?: Decimal; high?: Decimal; maxIterations?: number } = {};
  if (options.maxIterations !== undefined)
    out.maxIterations = wholeNumber(options.maxIterations, { path: ['maxIterations'], min: 1, max: 10_000 });
  if (options.guess !== undefined) out.guess = decimal(options.guess, { path: ['guess'] });
  if (options.low !== undefined) out.low = decimal(options.low, { path: ['low'] });
  if (options.high !== undefined) out.high = decimal(options.high, { path: ['high'] });
  return out;
}
