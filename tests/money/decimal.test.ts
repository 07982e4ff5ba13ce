import fc from 'fast-check';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { decimal, exactTimes, PRECISION, toPlainString } from '../../src/money/decimal.ts';

describe('decimal', () => {
  it('reads finite numbers as their shortest decimal text', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; exactly 0.3 here.
    expect(decimal(0.1).plus(decimal(0.2)).toString()).toBe('0.3');
    expect(decimal(-0).toString()).toBe('0');
    expect(decimal(1e21).toString()).toBe('1000000000000000000000');
  });

  it('reads strings, bigints and Decimals of any constructor exactly', () => {
    expect(decimal('25000000000.5').toString()).toBe('25000000000.5');
    expect(decimal(' 1_000 ').toString()).toBe('1000');
    expect(decimal(123456789012345678901234567890n).toString()).toBe('123456789012345678901234567890');
    expect(decimal(new GlobalDecimal('0.1')).toString()).toBe('0.1');
  });

  it('does not depend on the global Decimal configuration', () => {
    const before = GlobalDecimal.precision;
    // At the global default of 20 digits, 1 ÷ 3 keeps 20 threes (decimal.js #54); we keep 64.
    expect(decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(64)}`);
    GlobalDecimal.set({ precision: 5 });
    try {
      expect(decimal(2).div(3).sd()).toBe(64);
    } finally {
      GlobalDecimal.set({ precision: before });
    }
    expect(GlobalDecimal.precision).toBe(before);
    expect(PRECISION).toBeGreaterThanOrEqual(34);
  });

  it.each([NaN, Infinity, -Infinity, '', 'abc', '1.2.3', '0x10', {}, null, undefined, new GlobalDecimal(NaN)])(
    'rejects %s with invalid_input',
    (input) => {
      expect(() => decimal(input as never)).toThrow(DealcalcError);
      try {
        decimal(input as never);
      } catch (e) {
        expect((e as DealcalcError).code).toBe('invalid_input');
      }
    },
  );

  it.each(['1e400', '-1e31', '1e-31', 1e300])('rejects %s as limit_exceeded', (input) => {
    expect(() => decimal(input)).toThrow(expect.objectContaining({ code: 'limit_exceeded' }));
  });

  it('writes plain strings for machines, never -0 or exponents', () => {
    expect(toPlainString(decimal('2.50e10'))).toBe('25000000000');
    expect(toPlainString(decimal('-0'))).toBe('0');
    expect(toPlainString(decimal('1e-20'))).toBe('0.00000000000000000001');
  });

  it('multiplies exactly beyond the working precision', () => {
    // 58 × 48 significant digits: the product needs 106, more than the 64 carried.
    const a = decimal('1234567890123456789012345678.123456789012345678901234567890');
    const b = decimal('9876543210987654321098765432.12345678901234567890');
    // Reference by integer arithmetic: a = A / 10^30, b = B / 10^20.
    const exact =
      1234567890123456789012345678123456789012345678901234567890n * 987654321098765432109876543212345678901234567890n;
    const digits = exact.toString();
    const expected = `${digits.slice(0, -50)}.${digits.slice(-50)}`.replace(/0+$/, '');
    expect(toPlainString(exactTimes(a, b))).toBe(expected);
    expect(a.times(b).sd()).toBeLessThanOrEqual(PRECISION);
  });
});

describe('decimal › properties', () => {
  it('text round-trips exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 28n), max: 10n ** 28n }), fc.nat({ max: 28 }), (units, places) => {
        const text = toPlainString(decimal(units.toString()).div(decimal(10).pow(places)));
        expect(toPlainString(decimal(text))).toBe(text);
      }),
    );
  });

  it('throws nothing but DealcalcError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          decimal(input as never);
        } catch (e) {
          expect(e).toBeInstanceOf(DealcalcError);
        }
      }),
    );
  });
});
