import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amount } from '../../src/money/amount.ts';
import { decimal } from '../../src/money/decimal.ts';
import { formatAmount } from '../../src/money/format.ts';
import { formatPercent } from '../../src/money/formatPercent.ts';
import { ROUNDING_MODES } from '../../src/money/rounding.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('formatAmount', () => {
  it.each([
    ['25B', {}, '$25.0B'],
    ['350B', {}, '$350.0B'],
    ['130B', { sign: 'always' }, '+$130.0B'],
    ['-130B', { sign: 'always' }, '-$130.0B'],
    ['0', { sign: 'always' }, '$0'],
    ['0', { places: 2 }, '$0.00'],
    ['₩500T', {}, '₩500.0T'],
    ['₩500T', { currencyDisplay: 'code' }, 'KRW 500.0T'],
    ['25B', { currencyDisplay: 'none' }, '25.0B'],
    ['CHF 200B', {}, 'CHF 200.0B'],
    ['1234.5', { unit: 'none' }, '$1,234.50'],
    ['1428.57', {}, '$1,428.57'],
    ['1234567.891', { unit: 'none', places: 3 }, '$1,234,567.891'],
    ['25B', { unit: 'M' }, '$25,000.0M'],
    ['1390B', { unit: 'B' }, '$1,390.0B'],
    ['2.5B', { unit: 'B', places: 0 }, '$2B'], // half-even: 2.5 → 2
    ['3.5B', { unit: 'B', places: 0 }, '$4B'],
    ['2.5B', { unit: 'B', places: 0, rounding: 'half-up' }, '$3B'],
    ['-2.5B', { unit: 'B', places: 0, rounding: 'half-up' }, '-$3B'],
    ['-2.1B', { unit: 'B', places: 0, rounding: 'floor' }, '-$3B'],
    ['999.96B', {}, '$1.0T'], // judged after rounding
    ['999.94B', {}, '$999.9B'],
    ['-40000000', { unit: 'B' }, '$0.0B'], // no negative zero (decimal.js keeps it; research G7)
    ['1.005', { unit: 'none', rounding: 'half-up' }, '$1.01'], // float toFixed gives 1.00 (research G6)
    ['25B', { style: 'machine' }, '25000000000'],
    ['0.125', { style: 'machine', places: 2 }, '0.12'],
    ['-0.001', { style: 'machine', places: 2 }, '0.00'],
  ] as const)('%s with %j is %s', (input, options, expected) => {
    expect(formatAmount(amount(input), options)).toBe(expected);
  });

  it('rejects unknown units, rounding modes and places', () => {
    expect(() => formatAmount('1', { unit: 'X' as never })).toThrow(DealcalcError);
    expect(() => formatAmount('1', { rounding: 'nearest' as never })).toThrow(DealcalcError);
    expect(() => formatAmount('1', { places: 1.5 })).toThrow(DealcalcError);
    expect(() => formatAmount('1', { places: 21 })).toThrow(DealcalcError);
  });

  it('every rounding mode is accepted', () => {
    for (const rounding of ROUNDING_MODES) expect(formatAmount('25.55B', { rounding })).toMatch(/^\$25\.[56]B$/);
  });

  it('machine style is exact for any amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.nat({ max: 20 }), (units, places) => {
        const value = decimal(units.toString()).div(decimal(10).pow(places));
        expect(decimal(formatAmount(value, { style: 'machine' })).eq(value)).toBe(true);
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [decimal(200).div(350), {}, '57.1%'], // $200B of $350B (issue 3)
    [decimal(70).div(350), {}, '20.0%'],
    [decimal(200).div(350).minus(decimal(70).div(350)), { sign: 'always', suffix: ' pts' }, '+37.1 pts'],
    ['-0.0004', {}, '0.0%'],
    ['0.00125', { places: 2 }, '0.12%'], // half-even
    ['0.00125', { places: 2, rounding: 'half-up' }, '0.13%'],
  ] as const)('%s is %s', (value, options, expected) => {
    expect(formatPercent(value, options)).toBe(expected);
  });

  it('refuses NaN', () => {
    expect(() => formatPercent(NaN)).toThrow(DealcalcError);
  });
});
