import { describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import type { Decimal, DecimalInput } from '../money/decimal.ts';
import type { DiscountRate } from './discount.ts';
import { readDiscountRate, readRate } from './rate.ts';

/** The discount rates deal metrics use when none are given: 3%, 4.5% and 6% a year. */
export const DEFAULT_RATES: readonly string[] = ['0.03', '0.045', '0.06'];

/**
 * Reads discount rates: fractions (`'0.045'`, `0.045`) or percentages as text (`'4.5%'`).
 * Each must be greater than −100%.
 *
 * @throws {DealcalcError} `invalid_input` naming the index of a rate that is not a number or is ≤ −1.
 */
export function readRates(
  rates: readonly (DecimalInput | string)[] | undefined,
  path: readonly PathSegment[] = ['rates'],
): Decimal[] {
  const list = rates ?? DEFAULT_RATES;
  if (!Array.isArray(list)) {
    invalid([
      {
        path,
        expected: 'a list of rates',
        received: describeValue(list),
        message: `expected a list of rates, received ${describeValue(list)}`,
      },
    ]);
  }
  return list.map((r, index) => readRate(r, [...path, index]));
}

let defaults: readonly DiscountRate[] | undefined;

/** {@link readRates} for the discounting kernel (the defaults read once, on first use). */
export function readDiscountRates(
  rates: readonly (DecimalInput | string)[] | undefined,
  path: readonly PathSegment[] = ['rates'],
): readonly DiscountRate[] {
  if (rates === undefined) return (defaults ??= DEFAULT_RATES.map((r, index) => readDiscountRate(r, [...path, index])));
  if (!Array.isArray(rates)) {
    invalid([
      {
        path,
        expected: 'a list of rates',
        received: describeValue(rates),
        message: `expected a list of rates, received ${describeValue(rates)}`,
      },
    ]);
  }
  return rates.map((r, index) => readDiscountRate(r, [...path, index]));
}
