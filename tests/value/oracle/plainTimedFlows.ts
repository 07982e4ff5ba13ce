import { D, type Decimal } from '../../../src/money/decimal.ts';

/**
 * Signed amounts at times t = step ÷ denominator (in years, or in periods when the
 * denominator is 1), sorted by step. Whole-number steps let every discount factor be an
 * integer power of one base, (1 + r)^(−1/denominator), so evaluation needs one real power and
 * then only multiplications.
 */
export interface TimedFlows {
  readonly amounts: readonly Decimal[];
  /** Whole-number numerators of the times, ascending; may be negative (flows before the valuation date). */
  readonly steps: readonly number[];
  /** Positive whole number. */
  readonly denominator: number;
}

/** Builds {@link TimedFlows}, merging equal steps and sorting. */
export function timedFlows(entries: ReadonlyArray<{ step: number; amount: Decimal }>, denominator: number): TimedFlows {
  const byStep = new Map<number, Decimal>();
  for (const { step, amount } of entries) byStep.set(step, (byStep.get(step) ?? new D(0)).plus(amount));
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  return { steps, amounts: steps.map((s) => byStep.get(s)!), denominator };
}

/** Present value Σ c (1 + r)^−t, and its slope d/dr, at one rate (> −1). */
export function valueAt(flows: TimedFlows, rate: Decimal): { value: Decimal; slope: Decimal; scale: Decimal } {
  const growth = rate.plus(1);
  // y = (1 + r)^(−1/denominator): the discount factor of one step.
  const y = flows.denominator === 1 ? new D(1).div(growth) : growth.pow(new D(-1).div(flows.denominator));
  let value = new D(0);
  let weighted = new D(0);
  let scale = new D(0);
  let factor: Decimal | undefined;
  let previous = 0;
  flows.steps.forEach((step, k) => {
    factor = factor === undefined ? y.pow(step) : factor.times(step - previous === 1 ? y : y.pow(step - previous));
    previous = step;
    const term = flows.amounts[k]!.times(factor);
    value = value.plus(term);
    weighted = weighted.plus(term.times(step));
    scale = scale.plus(term.abs());
  });
  // d/dr of c·(1+r)^(−s/D) is −(s/D)·c·(1+r)^(−s/D−1).
  const slope = weighted.div(flows.denominator).div(growth).neg();
  return { value, slope, scale };
}
