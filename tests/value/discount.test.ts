import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimal, type Decimal } from '../../src/money/decimal.ts';
import {
  discountRate,
  exactSign,
  presentValue,
  presentValueRatio,
  unitAnnuityRatio,
} from '../../src/value/discount.ts';
import { flowsOfDecimals } from '../../src/value/flows.ts';
import { timedFlows, valueAt } from './oracle/plainTimedFlows.ts';

// The kernel against the plain implementation it replaced (64-digit decimal.js, one discount
// factor per flow): they must agree to 1e-28 of the sum of the absolute discounted flows, the
// accuracy the engine promises (the kernel itself is good to far more, see discount.ts).
const close = (fast: Decimal, plain: Decimal, scale: Decimal): boolean =>
  fast.minus(plain).abs().lte(scale.times('1e-28').plus('1e-60'));

const amount = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((x) => decimal(x)),
  fc
    .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: -12, max: 15 }))
    .map(([m, e]) => decimal(`${m}e${e}`)),
);
const rate = fc
  .oneof(
    fc.integer({ min: -9_999, max: 100_000 }).map((bp) => decimal(bp).div(10_000)), // −99.99% … 1000%
    fc.constantFrom('0', '0.045', '-0.5', '-0.999', '0.1', '3'),
  )
  .map((r) => decimal(r));
const entries = fc
  .array(fc.record({ step: fc.integer({ min: -20, max: 120 }), amount }), { minLength: 1, maxLength: 25 })
  .map((list) => list.map((e) => ({ step: e.step, amount: e.amount })));

describe('presentValue (the discounting kernel)', () => {
  it('agrees with the plain implementation to 1e-28 of the absolute discounted sum', () => {
    fc.assert(
      fc.property(entries, rate, fc.constantFrom(1, 2, 4, 12, 365), (list, r, n) => {
        const plain = valueAt(timedFlows(list, n), r);
        const fast = presentValue(flowsOfDecimals(list, n), discountRate(r));
        expect(close(fast, plain.value, plain.scale)).toBe(true);
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it('is exact at rate 0: the plain sum', () => {
    fc.assert(
      fc.property(entries, fc.constantFrom(1, 12, 365), (list, n) => {
        const sum = list.reduce((acc, e) => acc.plus(e.amount), new D(0));
        expect(presentValue(flowsOfDecimals(list, n), discountRate(new D(0))).eq(sum)).toBe(true);
      }),
      { numRuns: 100, seed: 10 },
    );
  });

  it('falls as the rate rises, for outflows at non-negative times', () => {
    const outflows = fc.array(
      fc.record({
        step: fc.integer({ min: 1, max: 60 }),
        amount: fc.integer({ min: 1, max: 10 ** 9 }).map((x) => decimal(x)),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(outflows, rate, fc.integer({ min: 1, max: 5000 }), fc.constantFrom(1, 12), (list, r, up, n) => {
        const flows = flowsOfDecimals(list, n);
        const higher = r.plus(decimal(up).div(10_000));
        expect(presentValue(flows, discountRate(higher)).lt(presentValue(flows, discountRate(r)))).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('published values: spreadsheet NPV and the Korean $25B × 8 at 4.5%', () => {
    // Spreadsheet NPV documentation (10%, −10,000 then 3,000, 4,200, 6,800 a year later each): 1,188.44.
    const spreadsheet = flowsOfDecimals(
      [-10000, 3000, 4200, 6800].map((a, k) => ({ step: k + 1, amount: decimal(a) })),
      1,
    );
    expect(presentValue(spreadsheet, discountRate(decimal('0.1'))).toFixed(2)).toBe('1188.44');
    // Exact path: the correctly rounded 64 digits of the fraction (Python decimal, 80 digits:
    // 172317523509.746795420657598253688671441612522294984029767668460546759…).
    const korea = flowsOfDecimals(
      Array.from({ length: 8 }, (_, k) => ({ step: k, amount: decimal('25e9') })),
      1,
    );
    expect(presentValue(korea, discountRate(decimal('0.045'))).toString()).toBe(
      '172317523509.7467954206575982536886714416125222949840297676684605',
    );
  });

  it('tells an exact zero exactly (for snapping roots to short decimals)', () => {
    const flows = flowsOfDecimals(
      [
        { step: 0, amount: decimal(-15000) },
        { step: 1, amount: decimal(6630) },
      ],
      1,
    );
    expect(exactSign(flows, discountRate(decimal('-0.558')))).toBe(0);
    expect(exactSign(flows, discountRate(decimal('-0.5579')))).toBe(-1);
    expect(exactSign(flows, discountRate(decimal('-0.5581')))).toBe(1);
  });
});

describe('unitAnnuityRatio (closed form of the level stream)', () => {
  it('is exactly the fraction of Horner’s rule on the unit stream, and near the plain implementation', () => {
    fc.assert(
      fc.property(
        rate,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(1, 1, 12),
        (r, first, count, n) => {
          const steps = Array.from({ length: count }, (_, k) => first + k);
          const dr = discountRate(r);
          const horner = presentValueRatio(
            { coefficients: steps.map(() => 1n), exponent: 0, steps, denominator: n },
            dr,
          );
          const closed = unitAnnuityRatio(first, count, n, dr);
          expect(closed.denominator > 0n).toBe(true);
          // Equal as fractions: the closed form is exact wherever Horner's rule is.
          expect(closed.numerator * horner.denominator).toBe(horner.numerator * closed.denominator);
          const plain = valueAt(
            timedFlows(
              steps.map((step) => ({ step, amount: new D(1) })),
              n,
            ),
            r,
          );
          const value = new D(closed.numerator.toString()).div(closed.denominator.toString());
          expect(close(value, plain.value, plain.scale)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 19 },
    );
  });
});
