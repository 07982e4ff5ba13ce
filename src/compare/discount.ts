import type { Decimal } from '../money/decimal.ts';
import { npv } from '../value/npv.ts';
import type { Schedule } from '../schedules/schedule.ts';

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
export const DEFAULT_CONVENTION: DiscountConvention = { timing: 'start', compounding: 'annual', valuedAt: 'period 0' };

/**
 * Present value at period 0 of a schedule's amounts (positive magnitudes) at an annual
 * effective rate: {@link npv} with the deal convention. The one place deal metrics discount.
 */
export function presentValueOf(schedule: Schedule, rate: Decimal, convention: DiscountConvention = DEFAULT_CONVENTION): Decimal {
  return npv(rate, schedule, { timing: convention.timing }).value;
}
