import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { D, decimal, type Decimal } from '../../src/money/decimal.ts';
import { flowsOfDecimals } from '../../src/value/flows.ts';
import { findRate } from '../../src/value/findRate.ts';
import { irr, safeIrr } from '../../src/value/irr.ts';
import { npv } from '../../src/value/npv.ts';
import { findRate as plainFindRate } from './oracle/plainFindRate.ts';
import { timedFlows, valueAt } from './oracle/plainTimedFlows.ts';

// The fast solver (floats locate, 320-bit fixed point certifies) against the plain one it
// replaced (a fixed 258-point grid, every evaluation in 64-digit decimal.js), kept as an oracle.
type Roots = { kind: 'roots'; roots: Decimal[] } | { kind: string };
const outcome = (fn: () => Decimal): Roots => {
  try {
    return { kind: 'roots', roots: [fn()] };
  } catch (error) {
    if (!(error instanceof DealcalcError)) throw error;
    if (error.code === 'several_roots')
      return { kind: 'roots', roots: [...(error as DealcalcError<'several_roots'>).data.roots] };
    return { kind: error.code };
  }
};
// A root stands if the plain evaluator sees the value change sign (or vanish) within 1e-27 of 1 + r.
const isRoot = (entries: Array<{ step: number; amount: Decimal }>, n: number, r: Decimal): boolean => {
  const timed = timedFlows(entries, n);
  const width = r.plus(1).times('1e-27');
  const at = (x: Decimal) => valueAt(timed, x);
  const middle = at(r);
  if (middle.value.abs().lte(middle.scale.times('1e-30'))) return true;
  const low = at(r.minus(width)).value;
  const high = at(r.plus(width)).value;
  return low.isZero() || high.isZero() || low.gt(0) !== high.gt(0);
};

const flowsArb = fc
  .array(fc.integer({ min: -2000, max: 2000 }), { minLength: 2, maxLength: 7 })
  .filter((xs) => xs.some((x) => x > 0) && xs.some((x) => x < 0));

describe('findRate: the fast solver against the plain oracle', () => {
  it('finds every root the oracle finds (to 1e-28 of 1 + r), and each root it reports is one', () => {
    fc.assert(
      fc.property(flowsArb, (xs) => {
        const entries = xs.map((x, step) => ({ step, amount: decimal(x) }));
        const fast = outcome(() => findRate(flowsOfDecimals(entries, 1)));
        const plain = outcome(() => plainFindRate(timedFlows(entries, 1)));
        if (fast.kind === 'roots')
          for (const r of (fast as { roots: Decimal[] }).roots) expect(isRoot(entries, 1, r)).toBe(true);
        if (plain.kind === 'roots') {
          expect(fast.kind).toBe('roots');
          for (const r of (plain as { roots: Decimal[] }).roots) {
            const near = (fast as { roots: Decimal[] }).roots.some((f) =>
              f.minus(r).abs().lte(r.plus(1).times('2e-28')),
            );
            expect(near).toBe(true);
          }
        } else if (plain.kind !== 'did_not_converge')
          expect(fast.kind === plain.kind || fast.kind === 'roots').toBe(true);
      }),
      { numRuns: 60, seed: 20 },
    );
  });

  it('finds two roots inside one cell of the old grid near -100% (which the grid missed)', () => {
    // (z − 150)(z − 160) with z = 1/(1 + r): r = 1/150 − 1 and 1/160 − 1, both with 1 + r
    // between the old grid's 0.005 and 0.01.
    const flows = ['24000', '-310', '1'];
    const entries = flows.map((a, step) => ({ step, amount: decimal(a) }));
    expect(outcome(() => plainFindRate(timedFlows(entries, 1))).kind).toBe('no_root_in_range');
    const r = safeIrr(flows);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'several_roots') {
      const roots = (r.error as DealcalcError<'several_roots'>).data.roots;
      expect(roots.map((x) => x.toFixed(30))).toEqual([
        new D(1).div(160).minus(1).toFixed(30),
        new D(1).div(150).minus(1).toFixed(30),
      ]);
    } else throw new Error('expected several_roots');
  });

  it('10,000 flows: a certified root, and the value there is zero to 1e-40 of the flows', () => {
    const flows = ['-1e15', ...Array<string>(9999).fill('1e12')];
    const r = irr(flows);
    expect(npv(r, flows).value.abs().lt('1e-25')).toBe(true);
    // The plain evaluator confirms the sign change across the root.
    const entries = flows.map((a, step) => ({ step, amount: decimal(a) }));
    expect(isRoot(entries, 1, r)).toBe(true);
  });

  it('huge and tiny magnitudes, and roots near -100%', () => {
    expect(irr(['-1e-30', '1.1e-30']).toString()).toBe('0.1');
    expect(irr(['-1e29', '1.1e29']).toString()).toBe('0.1');
    // 1 + r = 1e-20: value 1e20·(−1) + 1 … a root at r = −1 + 1e-20.
    const r = irr(['-1', '1e-20']);
    expect(r.plus(1).toSignificantDigits(20).eq('1e-20')).toBe(true);
    // Monthly steps and a fractional power: the root of −100 + 110 a year later, in months.
    const monthly = flowsOfDecimals(
      [
        { step: 0, amount: decimal(-100) },
        { step: 12, amount: decimal(110) },
      ],
      12,
    );
    expect(findRate(monthly).toString()).toBe('0.1');
  });

  it('agrees with the oracle on random dated-style flows (denominator 365)', () => {
    const dated = fc.array(
      fc.record({ step: fc.integer({ min: 0, max: 1500 }), amount: fc.integer({ min: -5000, max: 5000 }) }),
      { minLength: 2, maxLength: 5 },
    );
    fc.assert(
      fc.property(dated, (list) => {
        const entries = list.map((e) => ({ step: e.step, amount: decimal(e.amount) }));
        const fast = outcome(() => findRate(flowsOfDecimals(entries, 365)));
        if (fast.kind === 'roots')
          for (const r of (fast as { roots: Decimal[] }).roots) expect(isRoot(entries, 365, r)).toBe(true);
      }),
      { numRuns: 25, seed: 21 },
    );
  });
});
