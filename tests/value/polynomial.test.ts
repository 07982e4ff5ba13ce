import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/money/decimal.ts';
import { certifyRoot, exactPolynomial } from '../../src/value/certify.ts';
import { ratePolynomial } from '../../src/value/polynomial.ts';
import { refineInFloats } from '../../src/value/locate.ts';

const flowsArb = fc
  .array(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), { minLength: 1, maxLength: 12 })
  .map((coefficients) => ({
    coefficients,
    exponent: 0,
    steps: coefficients.map((_, k) => k * 2 + (k % 3)),
    denominator: 4,
  }));

describe('ratePolynomial', () => {
  it("a side made from the other side's floats equals the side made alone", () => {
    fc.assert(
      fc.property(flowsArb, (flows) => {
        const discount = ratePolynomial(flows, 'discount');
        const growth = ratePolynomial(flows, 'growth');
        expect(ratePolynomial(flows, 'growth', discount)).toEqual(growth);
        expect(ratePolynomial(flows, 'discount', growth)).toEqual(discount);
      }),
      { numRuns: 200, seed: 51 },
    );
  });
});

describe('certifyRoot', () => {
  it('certifies a simple root whose bracket holds a sign change, evaluated plainly at its ends', () => {
    // Oracle: the signs of the exact value Σ c_k v^e_k, in decimal.js, at the certified ends.
    const flows = { coefficients: [-100n, 30n, 40n, 50n], exponent: 0, steps: [0, 1, 2, 3], denominator: 1 };
    const p = ratePolynomial(flows, 'discount');
    const e = exactPolynomial(p);
    const root = certifyRoot(e, refineInFloats(p, 0.5, 0.99), 0.5, 0.99, 400);
    if (root === undefined || !('v' in root)) throw new Error('expected a certified root');
    const ONE = new D(2).pow(320);
    const at = (v: bigint) =>
      p.coefficients.reduce(
        (s, c, k) => s.plus(new D(String(c)).times(new D(String(v)).div(ONE).pow(p.exponents[k]!))),
        new D(0),
      );
    expect(at(root.low).isNeg()).not.toBe(at(root.high).isNeg());
    expect(root.high - root.low).toBeLessThanOrEqual((root.v * 8n) / 10n ** 29n + 2n);
  });
});
