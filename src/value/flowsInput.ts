import { invalidAs, invalidAt, limitExceeded, type PathSegment } from '../errors/DealcalcError.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { pow10, readScaled } from '../money/scaled.ts';
import type { Flows } from './flows.ts';

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

/**
 * Like {@link readFlows}, straight to the kernels' {@link Flows} (no Decimals made): flow k of
 * the list at step `first + k`, per period (denominator 1), on the smallest exponent of the
 * non-zero flows, zeros dropped. One pass when the flows share an exponent (whole numbers
 * always do); otherwise each is rescaled once at the end.
 */
export function readListFlows(flows: unknown, first: number, path: readonly PathSegment[] = ['flows']): Flows {
  checkList(flows, path);
  const list = flows as readonly DecimalInput[];
  const coefficients: bigint[] = [];
  const steps: number[] = [];
  let exponent = Infinity; // the smallest so far
  let exponents: number[] | undefined; // each flow's, once two differ
  for (let k = 0; k < list.length; k += 1) {
    const x = list[k]!;
    let c: bigint;
    let e = 0;
    if (typeof x === 'number' && Number.isSafeInteger(x)) c = BigInt(x);
    else ({ coefficient: c, exponent: e } = readScaled(x, path, k));
    if (c === 0n) continue;
    if (exponents === undefined && exponent !== Infinity && e !== exponent)
      exponents = coefficients.map(() => exponent);
    if (e < exponent) exponent = e;
    exponents?.push(e);
    coefficients.push(c);
    steps.push(first + k);
  }
  if (exponents !== undefined)
    for (let j = 0; j < coefficients.length; j += 1)
      if (exponents[j]! > exponent) coefficients[j]! *= pow10(exponents[j]! - exponent);
  return { coefficients, exponent: exponent === Infinity ? 0 : exponent, steps, denominator: 1 };
}

function checkList(flows: unknown, path: readonly PathSegment[]): void {
  if (!Array.isArray(flows)) invalidAt(path, 'a list of cash flows', flows);
  if (flows.length === 0) invalidAs(path, 'at least one cash flow', 'an empty list');
  if (flows.length > MAX_FLOWS)
    limitExceeded(path, MAX_FLOWS, `at most ${MAX_FLOWS} flows`, String(flows.length), 'flows');
}
