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
  return flowsAt(
    entries.map((e) => e.amount),
    (k) => entries[k]!.step,
    denominator,
  );
}

/** {@link Flows} from Decimal amounts at steps. */
export function flowsOfDecimals(
  entries: ReadonlyArray<{ readonly step: number; readonly amount: Decimal }>,
  denominator: number,
): Flows {
  return flowsAt(
    entries.map((e) => scaledOf(e.amount)),
    (k) => entries[k]!.step,
    denominator,
  );
}

// Amount k at step(k), on one exponent (the smallest of the non-zero amounts), in ascending
// order of steps (a stable sort unless they are already), equal steps merged, zeros dropped.
function flowsAt(amounts: readonly Scaled[], step: (k: number) => number, denominator: number): Flows {
  const m = amounts.length;
  let exponent = Infinity;
  let order: number[] | undefined;
  for (let k = 0; k < m; k += 1) {
    const a = amounts[k]!;
    if (a.coefficient !== 0n && a.exponent < exponent) exponent = a.exponent;
    if (k > 0 && order === undefined && step(k) <= step(k - 1)) order = [];
  }
  if (order !== undefined) {
    for (let k = 0; k < m; k += 1) order.push(k);
    order.sort((i, j) => step(i) - step(j));
  }
  const coefficients: bigint[] = [];
  const steps: number[] = [];
  let merged = false;
  for (let j = 0; j < m; j += 1) {
    const k = order === undefined ? j : order[j]!;
    const { coefficient, exponent: e } = amounts[k]!;
    if (coefficient === 0n) continue;
    const c = e === exponent ? coefficient : coefficient * pow10(e - exponent);
    const s = step(k);
    const last = steps.length - 1;
    if (order !== undefined && steps[last] === s) {
      coefficients[last]! += c;
      merged = true;
    } else {
      coefficients.push(c);
      steps.push(s);
    }
  }
  // Amounts at one step that cancel leave no flow there.
  if (merged)
    for (let k = steps.length - 1; k >= 0; k -= 1)
      if (coefficients[k] === 0n) {
        coefficients.splice(k, 1);
        steps.splice(k, 1);
      }
  return { coefficients, exponent: exponent === Infinity ? 0 : exponent, steps, denominator };
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
