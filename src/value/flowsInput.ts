import { invalidAs, invalidAt, limitExceeded, type PathSegment } from '../errors/DealcalcError.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { readScaled, type Scaled } from '../money/scaled.ts';

/** Most flows a time-value function takes (a monthly series of 800 years). */
export const MAX_FLOWS = 10_000;

/**
 * Reads a list of signed flows (numbers, decimal strings, Decimals, bigints).
 *
 * @throws {DealcalcError} `invalid_input` for a non-list, an empty list or a flow that is not a
 *   finite decimal (naming its index); `limit_exceeded` above {@link MAX_FLOWS}.
 */
export function readFlows(flows: unknown, path: readonly PathSegment[] = ['flows']): Decimal[] {
  checkList(flows, path);
  return (flows as readonly DecimalInput[]).map((f, index) => decimal(f, { path: [...path, index] }));
}

/** Like {@link readFlows}, straight to exact scaled integers for the kernels (no Decimals made). */
export function readFlowAmounts(flows: unknown, path: readonly PathSegment[] = ['flows']): Scaled[] {
  checkList(flows, path);
  const list = flows as readonly DecimalInput[];
  const out: Scaled[] = new Array<Scaled>(list.length);
  for (let index = 0; index < list.length; index += 1) out[index] = readScaled(list[index]!, path, index);
  return out;
}

function checkList(flows: unknown, path: readonly PathSegment[]): void {
  if (!Array.isArray(flows)) invalidAt(path, 'a list of cash flows', flows);
  if (flows.length === 0) invalidAs(path, 'at least one cash flow', 'an empty list');
  if (flows.length > MAX_FLOWS)
    limitExceeded(path, MAX_FLOWS, `at most ${MAX_FLOWS} flows`, String(flows.length), 'flows');
}
