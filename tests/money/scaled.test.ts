import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimal } from '../../src/money/decimal.ts';
import {
  decimalOf,
  decimalOfRatio,
  difference,
  digitCount,
  divide,
  readScaled,
  scaledOf,
  sumExact,
} from '../../src/money/scaled.ts';

const text = fc
  .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -60, max: -10 }))
  .map(([m, e]) => `${m}e${e}`);

describe('the bigint bridge', () => {
  it('Decimal → scaled integer → Decimal is the identity', () => {
    fc.assert(
      fc.property(text, (t) => {
        const x = new D(t);
        const { coefficient, exponent } = scaledOf(x);
        const back = decimalOf(coefficient, exponent);
        expect(back.eq(x) && back.toString() === x.toString()).toBe(true);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it('a ratio is rounded exactly as decimal.js divides (half-even, 64 digits)', () => {
    const int = fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n }).filter((x) => x !== 0n);
    fc.assert(
      fc.property(int, int, (a, b) => {
        expect(decimalOfRatio(a, b).toString()).toBe(new D(a.toString()).div(new D(b.toString())).toString());
      }),
      { numRuns: 300, seed: 2 },
    );
  });

  it('exact sums and differences, and division as decimal.js does it', () => {
    fc.assert(
      fc.property(text, text, (s, t) => {
        const [x, y] = [new D(s), new D(t)];
        expect(difference(x, y).eq(x.minus(y))).toBe(true);
        expect(sumExact([x, y]).eq(x.plus(y))).toBe(true);
        if (!y.isZero()) expect(divide(x, y).toString()).toBe(x.div(y).toString());
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('reads inputs as decimal() does, without making a Decimal for plain ones', () => {
    for (const input of [
      3000,
      -25,
      0.1,
      1.5e-7,
      '25000000000',
      ' 4_500.25 ',
      '-1e-30',
      '+7',
      10n ** 20n,
      decimal('0.045'),
    ]) {
      const { coefficient, exponent } = readScaled(input, ['x']);
      expect(decimalOf(coefficient, exponent).eq(decimal(input))).toBe(true);
    }
    for (const bad of ['1e400', 'abc', Number.NaN, Infinity, ''])
      expect(() => readScaled(bad, ['x'])).toThrow(expect.objectContaining({ name: 'DealcalcError' }));
    expect(() => readScaled('1e31', ['flows'], 3)).toThrow(expect.objectContaining({ code: 'limit_exceeded' }));
  });

  it('counts digits', () => {
    expect([0n, 9n, 10n, 99n, 100n, 10n ** 64n - 1n, 10n ** 64n].map(digitCount)).toEqual([1, 1, 2, 2, 3, 64, 65]);
  });
});
