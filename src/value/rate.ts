import { invalidAt, type PathSegment } from '../errors/DealcalcError.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { decimalOf, readScaled } from '../money/scaled.ts';
import { discountRate, type DiscountRate } from './discount.ts';

/**
 * Reads an interest or discount rate: a fraction (`'0.045'`, `0.045`, a Decimal) or
 * percentage text (`'4.5%'`). The rate must be greater than −100% (−1): a discount factor
 * (1 + r)^−t is undefined at and below it.
 *
 * @param input - The rate; `'4.5%'` and `'0.045'` are the same rate.
 * @param path - Argument name or JSON path for error messages (default `['rate']`).
 * @returns The rate as a fraction.
 *
 * @throws {DealcalcError} `invalid_input` for text that is not a number or a percentage,
 *   NaN, ±Infinity, or a rate ≤ −100%.
 *
 * @example
 * readRate('4.5%').toString() //=> '0.045'
 * readRate(0.045).toString()  //=> '0.045'
 */
export function readRate(input: DecimalInput, path: readonly PathSegment[] = ['rate']): Decimal {
  return readDiscountRate(input, path).value;
}

/** {@link readRate} for the discounting kernel: the rate and its 1 + r as a fraction, read once. */
export function readDiscountRate(input: DecimalInput, path: readonly PathSegment[] = ['rate']): DiscountRate {
  const text = typeof input === 'string' ? input.trim() : undefined;
  let rate: DiscountRate;
  if (text !== undefined && text.endsWith('%'))
    rate = discountRate(decimal(text.slice(0, -1).trim(), { path }).div(100));
  else if (typeof input === 'object') rate = discountRate(decimal(input, { path }));
  else {
    // Numbers and plain text straight from their digits (no Decimal arithmetic on the way).
    const scaled = readScaled(input, path);
    rate = discountRate(decimalOf(scaled.coefficient, scaled.exponent), scaled);
  }
  if (rate.growth <= 0n) invalidAt(path, 'a rate greater than -100%', input);
  return rate;
}
