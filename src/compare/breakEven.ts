import type { DealcalcError } from '../errors/DealcalcError.ts';
import { attempt } from '../errors/outcome.ts';
import type { Decimal } from '../money/decimal.ts';
import { findRate } from '../value/findRate.ts';
import type { Flows } from '../value/flows.ts';

/**
 * The annual discount rate at which two streams have equal present value:
 * - `rate`: exactly one such rate above −100% in the searched range;
 * - `several`: more than one (all of them, ascending);
 * - `every-rate`: the streams are identical;
 * - `none`: no such rate, with the reason (the gap never changes sign, or no root in the
 *   searched range, −100% to 100,000,000%).
 */
export type BreakEven =
  | {
      /** Exactly one break-even rate. */
      readonly kind: 'rate';
      /** The annual effective rate, as a fraction above −1 (0.05 = 5%). */
      readonly rate: Decimal;
    }
  | {
      /** More than one break-even rate. */
      readonly kind: 'several';
      /** Every one, annual effective, as fractions, ascending. */
      readonly rates: readonly Decimal[];
    }
  | {
      /** The streams are identical: equal at every rate. */
      readonly kind: 'every-rate';
    }
  | {
      /** No break-even rate. */
      readonly kind: 'none';
      /** Why, in a sentence. */
      readonly reason: string;
    };

/**
 * Break-even annual rate of a per-period gap stream (a − b, steps are periods, n a year): the
 * rates r at which Σ gap_p (1 + r)^−(p ÷ n) = 0, found by the same solver as `irr`.
 */
export function breakEvenRate(gaps: Flows): BreakEven {
  if (gaps.coefficients.length === 0) return { kind: 'every-rate' };
  const outcome = attempt(() => findRate(gaps));
  if (outcome.ok) return { kind: 'rate', rate: outcome.value };
  const error = outcome.error;
  if (error.code === 'several_roots')
    return { kind: 'several', rates: (error as DealcalcError<'several_roots'>).data.roots };
  if (error.code === 'no_sign_change')
    return { kind: 'none', reason: 'one side pays more in every period, so its present value is larger at every rate' };
  if (error.code === 'no_root_in_range')
    return { kind: 'none', reason: 'the present values never cross between -100% and 100,000,000%' };
  return { kind: 'none', reason: error.message };
}
