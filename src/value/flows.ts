import { scaledOf, pow10, type Scaled } from '../money/scaled.ts';
import type { Decimal } from '../money/decimal.ts';

/**
 * Signed amounts at whole-number steps, as the numeric kernels take them: amount k is
 * `coefficients[k] × 10^exponent` (exact), paid at time `steps[k] ÷ denominator` (years, or
 * periods when the rate is per period). Steps ascend strictly; no coefficient is zero.
 * Whole-number steps make every discount factor an integer power of one per-step factor
 * z = (1 + r)^(−1/denominator), so discounting is polynomial evaluation in z.
 */
export interface Flows {
  readonly coefficients: readonly bigint[];
  readonly exponent: number;
  readonly steps: readonly number[];
  readonly denominator: number;
}

/** Builds {@link Flows} from exact amounts at steps: equal steps merged, zeros dropped, sorted. */
export function flowsOf(
  entries: ReadonlyArray<{ readonly step: number; readonly amount: Scaled }>,
  denominator: number,
): Flows {
  let exponent = Number.POSITIVE_INFINITY;
  for (const { amount } of entries)
    if (amount.coefficient !== 0n && amount.exponent < exponent) exponent = amount.exponent;
  if (exponent === Number.POSITIVE_INFINITY) return { coefficients: [], exponent: 0, steps: [], denominator };
  const byStep = new Map<number, bigint>();
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (const { step, amount } of entries) {
    if (amount.coefficient === 0n) continue;
    const c =
      amount.exponent === exponent ? amount.coefficient : amount.coefficient * pow10(amount.exponent - exponent);
    const before = byStep.get(step);
    byStep.set(step, before === undefined ? c : before + c);
    if (step <= previous) sorted = false;
    previous = step;
  }
  const steps = sorted ? [...byStep.keys()] : [...byStep.keys()].sort((a, b) => a - b);
  const coefficients: bigint[] = [];
  const kept: number[] = [];
  for (const s of steps) {
    const c = byStep.get(s)!;
    if (c === 0n) continue;
    coefficients.push(c);
    kept.push(s);
  }
  return { coefficients, exponent, steps: kept, denominator };
}

/** {@link Flows} of a list: amount k at step `first + k`. */
export function flowsOfList(amounts: readonly Scaled[], first: number, denominator: number): Flows {
  let exponent = Number.POSITIVE_INFINITY;
  for (const a of amounts) if (a.coefficient !== 0n && a.exponent < exponent) exponent = a.exponent;
  const coefficients: bigint[] = [];
  const steps: number[] = [];
  if (exponent === Number.POSITIVE_INFINITY) return { coefficients, exponent: 0, steps, denominator };
  for (let k = 0; k < amounts.length; k += 1) {
    const a = amounts[k]!;
    if (a.coefficient === 0n) continue;
    coefficients.push(a.exponent === exponent ? a.coefficient : a.coefficient * pow10(a.exponent - exponent));
    steps.push(first + k);
  }
  return { coefficients, exponent, steps, denominator };
}

/** {@link Flows} from Decimal amounts at steps. */
export function flowsOfDecimals(
  entries: ReadonlyArray<{ readonly step: number; readonly amount: Decimal }>,
  denominator: number,
): Flows {
  return flowsOf(
    entries.map((e) => ({ step: e.step, amount: scaledOf(e.amount) })),
    denominator,
  );
}

/** Number of sign changes along the flows in time order (Descartes' bound on the number of roots). */
export function signChanges(flows: Flows): number {
  let changes = 0;
  let last = 0n;
  for (const c of flows.coefficients) {
    if (last !== 0n && c < 0n !== last < 0n) changes += 1;
    last = c;
  }
  return changes;
}

/** The flows with every amount multiplied by −1. */
export function negateFlows(flows: Flows): Flows {
  return { ...flows, coefficients: flows.coefficients.map((c) => -c) };
}
