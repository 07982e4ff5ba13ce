import { eitherOf, optionsObject } from '../errors/options.ts';
import type { Decimal, DecimalInput } from '../money/decimal.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import { readScheduleFlows, type Schedule } from '../schedules/schedule.ts';
import { presentValue } from './discount.ts';
import { flowsOfDecimals, type Flows } from './flows.ts';
import { readListFlows } from './flowsInput.ts';
import { readDiscountRate } from './rate.ts';

/** Options of {@link npv}. */
export interface NpvOptions {
  /**
   * When money moves within its period:
   * - `'start'` (default): flow k (or the installment of period k) is discounted k periods, so
   *   the first flow is not discounted: numpy-financial's `npv`, and DESIGN.md's convention;
   * - `'end'`: discounted k + 1 periods: the spreadsheet `NPV` function.
   */
  readonly timing?: 'start' | 'end';
  /**
   * What the rate is, for schedules: `'annual'` (default), an annual effective rate, with
   * period k of a schedule paid n times a year at t = k ÷ n years; or `'per-period'`, the rate
   * of one period. Lists of flows always take a rate per period.
   */
  readonly rateBasis?: 'annual' | 'per-period';
}

/** A present value and the convention it was taken under. */
export interface NpvResult {
  /** Σ flow × (1 + rate)^−t, unrounded, in the flows' currency. */
  readonly value: Decimal;
  /** The discount rate used, as a fraction (0.08 = 8%): per period, or annual effective for schedules with `rateBasis: 'annual'`. */
  readonly rate: Decimal;
  /** `'start'`: flow k discounted k periods (first flow at t = 0); `'end'`: k + 1 periods (spreadsheet `NPV`). */
  readonly timing: 'start' | 'end';
  /** `'annual'` or `'per-period'` (lists are always per period). */
  readonly rateBasis: 'annual' | 'per-period';
  /** Periods per year of the times t (1 for lists and per-period rates). */
  readonly periodsPerYear: number;
}

/**
 * Net present value at period 0 with the timing named.
 *
 * Flows are a list (signed as given; flow k in period k) or a {@link Schedule} (installment
 * amounts, positive magnitudes, discounted as given). A rate of 0 is exact (the plain sum);
 * other rates carry 64 significant digits.
 *
 * | call | convention |
 * |---|---|
 * | `npv(r, flows)` | numpy-financial `npv(r, flows)`: first flow at t = 0 |
 * | `npv(r, flows, { timing: 'end' })` | spreadsheet `NPV(r, flows…)`: first flow at t = 1 |
 * | `npv(r, schedule)` | annual rate, installment of period k at t = k ÷ (periods a year) |
 *
 * @param rate - Discount rate as a fraction or percentage text (`'8%'`), > −100%.
 * @param flows - A list of signed flows, or a schedule.
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100%, an empty list, a flow that is
 *   not a finite decimal, or an option value other than those listed (`timing: 'middle'`);
 *   `limit_exceeded` above 10,000 flows.
 *
 * @example
 * // Spreadsheet NPV documentation: 10%, −10,000 then 3,000, 4,200, 6,800 a year later each.
 * npv('0.1', [-10000, 3000, 4200, 6800], { timing: 'end' }).value.toFixed(2) //=> '1188.44'
 * npv('0.1', [-10000, 3000, 4200, 6800]).value.toFixed(2)                    //=> '1307.29'
 * npv('4.5%', installments('25B', 8)).value.toFixed(0)                        //=> '172317523510'
 */
export function npv(rate: DecimalInput, flows: Schedule | readonly DecimalInput[], options?: NpvOptions): NpvResult {
  const r = readDiscountRate(rate);
  const { timing: t, rateBasis: basis } = optionsObject(options);
  const list = Array.isArray(flows);
  if (!list) readScheduleFlows(flows, ['flows']);
  const timing = readTiming(t);
  let rateBasis = eitherOf(basis, 'annual', 'per-period', ['rateBasis']);
  const shift = timing === 'end' ? 1 : 0;
  let perYear = 1;
  let timed: Flows;
  if (list) {
    timed = readListFlows(flows, shift);
    rateBasis = 'per-period';
  } else {
    const { frequency, installments } = flows as Schedule;
    if (rateBasis === 'annual') perYear = periodsPerYear(frequency);
    timed = flowsOfDecimals(
      installments.map((i) => ({ step: i.period + shift, amount: i.amount })),
      perYear,
    );
  }
  return Object.freeze({ value: presentValue(timed, r), rate: r.value, timing, rateBasis, periodsPerYear: perYear });
}

export function readTiming(timing: unknown): 'start' | 'end' {
  return eitherOf(timing, 'start', 'end', ['timing']);
}
