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

  it('a long coefficient is rounded as decimal.js rounds it (half-even, 64 digits), ties and nines included', () => {
    // Digits drawn from a few characters so that runs of 9s, exact ties (…5000) and zeros come up often.
    const digit = fc.constantFrom('0', '5', '9', '9', '1', '4', '6');
    const coefficient = fc
      .tuple(fc.constantFrom('1', '4', '5', '9'), fc.array(digit, { minLength: 0, maxLength: 90 }))
      .map(([lead, rest]) => BigInt(lead + rest.join('')));
    fc.assert(
      fc.property(coefficient, fc.integer({ min: -120, max: 20 }), fc.boolean(), (c, e, negative) => {
        const signed = negative ? -c : c;
        const expected = new D(`${signed}e${e}`).toSignificantDigits(64, D.ROUND_HALF_EVEN);
        const got = decimalOf(signed, e);
        expect(got.toString()).toBe(expected.toString());
        expect(got.d).toEqual(expected.d);
        expect(got.e).toBe(expected.e);
        // The same value as a ratio with a power-of-ten or a three-times-larger denominator.
        const ratio =
          e >= 0
            ? decimalOfRatio(signed * 3n * 10n ** BigInt(e), 3n)
            : decimalOfRatio(signed * 3n, 3n * 10n ** BigInt(-e));
        expect(ratio.toString()).toBe(expected.toString());
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('a ratio breaks an exact-looking tie by what the division leaves over', () => {
    // 1 followed by 63 zeros and a 5: a tie; with anything below it, rounded up.
    const tie = 10n ** 64n + 5n; // 65 digits: …0005 → ties to even (…000)
    expect(decimalOfRatio(tie, 1n).toString()).toBe(new D(tie.toString()).toSignificantDigits(64).toString());
    expect(decimalOfRatio(tie * 7n + 1n, 7n).toString()).toBe(new D((tie * 7n + 1n).toString()).div(7).toString());
    const int = fc.bigInt({ min: 1n, max: 10n ** 80n });
    fc.assert(
      fc.property(int, fc.bigInt({ min: 1n, max: 1000n }), (a, b) => {
        expect(decimalOfRatio(a * b + 1n, b).toString()).toBe(
          new D((a * b + 1n).toString()).div(b.toString()).toString(),
        );
      }),
      { numRuns: 300, seed: 12 },
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

  it('reads any decimal text or finite number to the value decimal.js reads (short texts take the one-pass reader)', () => {
    const digits = (min: number, max: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
    const plain = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        digits(0, 18),
        fc.boolean(),
        digits(0, 18),
        fc.option(fc.integer({ min: -9, max: 9 })),
      )
      .filter(([, whole, dot, fraction]) => whole.length > 0 || (dot && fraction.length > 0))
      .map(
        ([sign, whole, dot, fraction, e]) => `${sign}${whole}${dot ? '.' : ''}${fraction}${e === null ? '' : `e${e}`}`,
      );
    fc.assert(
      fc.property(
        fc.oneof(plain, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 })),
        (input) => {
          let expected: string;
          try {
            expected = decimal(input).toString();
          } catch {
            return; // out of decimal()'s range: both throw (checked above)
          }
          const { coefficient, exponent } = readScaled(input, ['x']);
          expect(decimalOf(coefficient, exponent).toString()).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads zero with any exponent as plain zero (no power of ten made from the exponent)', () => {
    for (const zero of ['0e-30000000', '0e999999999', '-0.000e-5', '0.00'])
      expect(readScaled(zero, ['x'])).toEqual({ coefficient: 0n, exponent: 0 });
  });

  it('counts digits', () => {
    expect([0n, 9n, 10n, 99n, 100n, 10n ** 64n - 1n, 10n ** 64n].map(digitCount)).toEqual([1, 1, 2, 2, 3, 64, 65]);
    // Below 2^53 the count is read from a number: every power of ten and the number before it.
    for (let k = 1n; k <= 17n; k += 1n) {
      expect(digitCount(10n ** k)).toBe(Number(k) + 1);
      expect(digitCount(10n ** k - 1n)).toBe(Number(k));
    }
    expect(digitCount(2n ** 53n - 1n)).toBe(16);
    expect(digitCount(2n ** 53n)).toBe(16);
  });
});
