import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { amount, safeAmount } from '../../src/money/amount.ts';
import { decimal } from '../../src/money/decimal.ts';
import { formatAmount } from '../../src/money/format.ts';
import { CURRENCY_CODES } from '../../src/money/currency.ts';

const read = (text: string, currency?: string): [string, string] => {
  const a = amount(text, currency);
  return [a.value.toFixed(), a.currency];
};

describe('amount › shorthand', () => {
  // The forms named in DESIGN.md and issue 2, as people write them in reporting.
  it.each([
    ['25B', '25000000000', 'USD'],
    ['$25bn', '25000000000', 'USD'],
    ['7 billion', '7000000000', 'USD'],
    ['1.5T', '1500000000000', 'USD'],
    ['500M', '500000000', 'USD'],
    ['₩500T', '500000000000000', 'KRW'],
    ['500 trillion won', '500000000000000', 'KRW'],
    ['500조원', '500000000000000', 'KRW'],
    ['3 조 원', '3000000000000', 'KRW'],
    ['USD 25B', '25000000000', 'USD'],
    ['25B USD', '25000000000', 'USD'],
    ['25 bn usd', '25000000000', 'USD'],
    ['€600 billion', '600000000000', 'EUR'],
    ['¥10T', '10000000000000', 'JPY'],
    ['10 tn yen', '10000000000000', 'JPY'],
    ['NT$250B', '250000000000', 'TWD'],
    ['US$ 1.2 mn', '1200000', 'USD'],
    ['1,428.57', '1428.57', 'USD'],
    ['-$3.5B', '-3500000000', 'USD'],
    ['$-3.5B', '-3500000000', 'USD'],
    ['+2K', '2000', 'USD'],
    ['0.000001B', '1000', 'USD'],
    ['2.06 thousand', '2060', 'USD'],
    ['1e3', '1000', 'USD'],
    ['  42  ', '42', 'USD'],
  ])('%s is %s %s', (text, value, currency) => {
    expect(read(text)).toEqual([value, currency]);
  });

  it('uses the given currency when the text names none', () => {
    expect(read('500T', 'KRW')).toEqual(['500000000000000', 'KRW']);
  });

  it('refuses a text that names another currency than the one given', () => {
    const r = safeAmount('₩500T', 'USD');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('currency_mismatch');
      expect(r.error.data).toEqual({ expected: 'USD', received: 'KRW' });
    }
  });

  it.each([
    ['25X', '"X" is not a unit'],
    ['25 bananas', '"bananas"'],
    ['', 'it is empty'],
    ['B25', 'is not a number'],
    ['$5 won', 'two currencies'],
    ['1,5B', 'not a unit'],
    ['25BB', 'not a unit'],
    ['--5', 'two signs'],
    ['$', 'there is no number'],
  ])('%j is refused, quoting the text and saying what is accepted', (text, why) => {
    const r = safeAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toContain(JSON.stringify(text));
      expect(r.error.message).toContain(why);
      expect(r.error.message).toContain('e.g. "25B"');
    }
  });

  it.each(['1e400', '1e25T', '-1e31', NaN, Infinity])('%s is refused with a typed error', (input) => {
    const r = safeAmount(input as string);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['invalid_input', 'limit_exceeded']).toContain(r.error.code);
  });

  it('rejects unknown or lower-case currency codes, with a hint', () => {
    const r = safeAmount('1', 'usd');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('"USD"');
    expect(() => amount('1', 'ABC')).toThrow(DealcalcError);
  });

  it('reads Amounts, Decimals, bigints and finite numbers', () => {
    expect(read(amount('7B') as never)).toEqual(['7000000000', 'USD']);
    expect(amount(decimal('0.1')).value.toFixed()).toBe('0.1');
    expect(amount(25_000_000_000n, 'KRW').currency).toBe('KRW');
    expect(amount(0.1).value.plus(amount(0.2).value).toFixed()).toBe('0.3');
  });

  it('returns frozen data', () => {
    expect(Object.isFrozen(amount('25B'))).toBe(true);
  });
});

describe('amount › properties', () => {
  const codes = fc.constantFrom(...CURRENCY_CODES);
  const values = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 12 }))
    .map(([units, places]) => decimal(units.toString()).div(decimal(10).pow(places)));

  it('amount(formatAmount(x, machine), currency) equals x', () => {
    fc.assert(
      fc.property(values, codes, (value, currency) => {
        const x = amount(value, currency);
        const back = amount(formatAmount(x, { style: 'machine' }), currency);
        expect(back.value.eq(x.value)).toBe(true);
        expect(back.currency).toBe(x.currency);
      }),
    );
  });

  it('shorthand with a unit equals the number times the unit, exactly', () => {
    const units = fc.constantFrom(['K', 3], ['M', 6], ['bn', 9], ['T', 12], [' trillion', 12]) as fc.Arbitrary<
      [string, number]
    >;
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), fc.nat({ max: 6 }), units, (n, places, [unit, exponent]) => {
        const number = decimal(n).div(decimal(10).pow(places));
        const text = `${number.toFixed()}${unit}`;
        expect(amount(text).value.eq(number.times(decimal(10).pow(exponent)))).toBe(true);
      }),
    );
  });

  it('throws nothing but DealcalcError on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything(), fc.double()),
        fc.option(fc.string(), { nil: undefined }),
        (input, currency) => {
          const r = safeAmount(input as string, currency);
          if (!r.ok) expect(r.error).toBeInstanceOf(DealcalcError);
        },
      ),
    );
  });
});
