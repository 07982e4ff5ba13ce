import { optionsObject } from '../errors/options.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import type { Decimal } from '../money/decimal.ts';
import { findRate } from './findRate.ts';
import { readDatedFlows, type DatedFlowInput } from './datedFlows.ts';
import { readSolverOptions, type IrrOptions } from './irr.ts';
import { datedTimedFlows, type XnpvOptions } from './xnpv.ts';

/** Options of {@link xirr}. */
export type XirrOptions = IrrOptions & XnpvOptions;

/**
 * Internal rate of return of dated flows: the annual rate at which {@link xnpv} is zero.
 * Found like {@link irr}, by scanning the whole range first, so it needs no guess, never
 * returns a value that is not a root (the spreadsheets can return about 2.98E-09 when they
 * fail) and reports several roots as such.
 *
 * @param flows - `{ date, amount }` entries in any order; amounts signed.
 * @returns The annual rate as a fraction (Act/365F unless `dayCount` says otherwise).
 *
 * @throws {DealcalcError} `invalid_input`; `no_sign_change`; `no_root_in_range`;
 *   `several_roots`; `did_not_converge`; `limit_exceeded` above 10,000 flows.
 *
 * @example
 * // 366 days in a leap year: not 10% (research note B3).
 * xirr([{ date: '2024-01-01', amount: -100 }, { date: '2025-01-01', amount: 110 }]).toFixed(10) //=> '0.0997135859'
 */
export function xirr(flows: readonly DatedFlowInput[], options: XirrOptions = {}): Decimal {
  const dated = readDatedFlows(flows);
  const o = optionsObject(options);
  const { timed } = datedTimedFlows(dated, o);
  return findRate(timed, { ...readSolverOptions(o), count: dated.length });
}

/**
 * Like {@link xirr}, returning the outcome instead of throwing.
 *
 * @example
 * safeXirr([{ date: '2025-01-01', amount: 100 }, { date: '2026-01-01', amount: 100 }]).ok //=> false
 */
export function safeXirr(flows: readonly DatedFlowInput[], options: XirrOptions = {}): Outcome<Decimal> {
  return attempt(() => xirr(flows, options));
}
