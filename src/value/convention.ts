import { describeValue, invalid } from '../errors/DealcalcError.ts';
import type { Decimal } from '../money/decimal.ts';
import { scaledOf } from '../money/scaled.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import type { Schedule } from '../schedules/schedule.ts';
import { discountRate, presentValue, type DiscountRate } from './discount.ts';
import { flowsOf, type Flows } from './flows.ts';

/**
 * How deal metrics discount: the DESIGN.md convention, stated in every result.
 * Installment in period p of a schedule with n periods a year sits at t = p ÷ n years (or
 * one period later with `timing: 'end'`) and is discounted by (1 + r)^−t, r an annual
 * effective rate.
 */
export interface DiscountConvention {
  /** `'start'`: a period's money moves at its start (period 0 is not discounted); `'end'`: at its end. */
  readonly timing: 'start' | 'end';
  /** Rates are annual effective rates, compounded annually. */
  readonly compounding: 'annual';
  /** Present values are taken at period 0 of each deal. */
  readonly valuedAt: 'period 0';
}

/** The convention used when none is given. */
export const DEFAULT_CONVENTION: DiscountConvention = Object.freeze({
  timing: 'start',
  compounding: 'annual',
  valuedAt: 'period 0',
});
const END_CONVENTION: DiscountConvention = Object.freeze({
  timing: 'end',
  compounding: 'annual',
  valuedAt: 'period 0',
});

/** Reads a timing option into its convention. @throws {DealcalcError} `invalid_input` for anything but `'start'`/`'end'`. */
export function readConvention(timing: unknown): DiscountConvention {
  if (timing === undefined || timing === 'start') return DEFAULT_CONVENTION;
  if (timing === 'end') return END_CONVENTION;
  return invalid([
    {
      path: ['timing'],
      expected: "'start' or 'end'",
      received: describeValue(timing),
      message: `expected 'start' or 'end', received ${describeValue(timing)}`,
    },
  ]);
}

/**
 * Flows of amounts by period under the convention: period p of n a year at step p (p + 1 with
 * `'end'` timing), n steps a year. Every deal-level present value goes through here and
 * {@link presentValue}.
 */
export function periodFlows(
  entries: Iterable<{ readonly period: number; readonly amount: Decimal }>,
  perYear: number,
  convention: DiscountConvention = DEFAULT_CONVENTION,
): Flows {
  const shift = convention.timing === 'end' ? 1 : 0;
  const list: Array<{ step: number; amount: ReturnType<typeof scaledOf> }> = [];
  for (const { period, amount } of entries) list.push({ step: period + shift, amount: scaledOf(amount) });
  return flowsOf(list, perYear);
}

/** Present value at period 0 of amounts by period at an annual effective rate, under the convention. */
export function presentValueOfPeriods(
  entries: Iterable<{ readonly period: number; readonly amount: Decimal }>,
  perYear: number,
  rate: Decimal | DiscountRate,
  convention: DiscountConvention = DEFAULT_CONVENTION,
): Decimal {
  return presentValue(periodFlows(entries, perYear, convention), 'growth' in rate ? rate : discountRate(rate));
}

/**
 * Present value at period 0 of a schedule's amounts (positive magnitudes) at an annual
 * effective rate, under the deal convention.
 */
export function presentValueOf(
  schedule: Schedule,
  rate: Decimal | DiscountRate,
  convention: DiscountConvention = DEFAULT_CONVENTION,
): Decimal {
  return presentValueOfPeriods(schedule.installments, periodsPerYear(schedule.frequency), rate, convention);
}
