import { describeValue, invalid } from '../errors/DealcalcError.ts';
import { oneOf, optionsObject } from '../errors/options.ts';
import { decimal, type DecimalInput } from './decimal.ts';
import { wholeNumber } from './integer.ts';
import { roundingMode, toDecimalJsRounding, type RoundingMode } from './rounding.ts';

/** Options of {@link formatPercent}. Every option is optional; the defaults give `57.1%`. */
export interface FormatPercentOptions {
  /** Decimal places of the percentage shown, a whole number from 0 to 20 (default 1: `57.1%`). */
  readonly places?: number;
  /** `'auto'` (default) or `'always'` to show `+` on positive values (gaps). */
  readonly sign?: 'auto' | 'always';
  /** Rounding mode (default `'half-even'`). */
  readonly rounding?: RoundingMode;
  /** Suffix: `'%'` (default) for shares, `' pts'` for percentage-point gaps, or any text of at most 20 characters. */
  readonly suffix?: string;
}

/**
 * Formats a fraction as a percentage: `4/7` is `57.1%`. Input is a fraction (0.2 = 20%),
 * never a percentage number. Rounds only here, half-even unless told otherwise.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a finite decimal, places
 *   outside 0–20, options that are not an object, an unknown `sign` or rounding mode, or a
 *   suffix that is not text of at most 20 characters.
 *
 * @example
 * formatPercent(decimal(4).div(7))                          //=> '57.1%'
 * formatPercent('0.371428', { sign: 'always', suffix: ' pts' }) //=> '+37.1 pts'
 */
export function formatPercent(fraction: DecimalInput, options?: FormatPercentOptions): string {
  const value = decimal(fraction, { path: ['fraction'] }).times(100);
  const o = optionsObject(options);
  const places = wholeNumber(o.places ?? 1, { path: ['places'], min: 0, max: 20 });
  const rounding = roundingMode(o.rounding);
  const always = oneOf(o.sign, ['auto', 'always'], ['sign']) === 'always';
  const suffix = o.suffix ?? '%';
  if (typeof suffix !== 'string' || suffix.length > 20) {
    invalid([
      {
        path: ['suffix'],
        expected: 'text of at most 20 characters',
        received: describeValue(suffix),
        message: `expected text of at most 20 characters, received ${describeValue(suffix)}`,
      },
    ]);
  }
  const digits = value.toFixed(places, toDecimalJsRounding(rounding)).replace(/^-/, '');
  const isZero = /^[0.]*$/.test(digits);
  const sign = value.lt(0) && !isZero ? '-' : always && !isZero ? '+' : '';
  return `${sign}${digits}${suffix}`;
}
