import { oneOf, optionsObject } from '../errors/options.ts';
import { wholeNumber } from './integer.ts';
import { amount, type AmountInput } from './amount.ts';
import { CURRENCY_SYMBOLS } from './currency.ts';
import { D, toPlainString, type Decimal } from './decimal.ts';
import { roundingMode, toDecimalJsRounding, type RoundingMode } from './rounding.ts';

/** A scale unit for people: thousand, million, billion, trillion. */
export type AmountUnit = 'K' | 'M' | 'B' | 'T';

/** Options of {@link formatAmount}. Every option is optional; the defaults give `$25.0B`. */
export interface FormatAmountOptions {
  /**
   * `'human'` (default): `$25.0B` style, rounded to `places` in the chosen unit.
   * `'machine'`: the exact plain decimal string (`'25000000000'`), no currency, no rounding
   * unless `places` is given.
   */
  readonly style?: 'human' | 'machine';
  /** Decimal places shown, a whole number from 0 to 20 (default 1 for human style with a unit, 2 without one; machine style: exact unless given). */
  readonly places?: number;
  /**
   * Unit for human style: `'auto'` (default) picks the largest of M, B, T that keeps the
   * number at 1 or above, and shows smaller amounts in full (`$1,428.57`); `'none'` always
   * shows the full number with thousands separators; `'K'` … `'T'` force a unit.
   */
  readonly unit?: AmountUnit | 'auto' | 'none';
  /** `'symbol'` (default, falls back to the code), `'code'` (`USD 25.0B`) or `'none'`. */
  readonly currencyDisplay?: 'symbol' | 'code' | 'none';
  /** `'auto'` (default): minus sign for negatives only. `'always'`: `+` for positives too (gaps). */
  readonly sign?: 'auto' | 'always';
  /** Rounding mode (default `'half-even'`). */
  readonly rounding?: RoundingMode;
}

// The units `unit: 'auto'` picks from, largest first (thousands read better written out).
const AUTO_UNITS: readonly AmountUnit[] = ['T', 'B', 'M'];

/**
 * Formats an amount for people (`$25.0B`) or machines (`'25000000000'`). This is the only
 * place amounts are rounded, and the mode is named (half-even unless told otherwise).
 * Negative zero never shows: `-0.04` at one place is `$0.0`; exactly zero is `$0` unless
 * `places` or a unit is given.
 *
 * @param value - An {@link Amount} or anything {@link amount} reads.
 * @param options - See {@link FormatAmountOptions}.
 *
 * @throws {DealcalcError} `invalid_input` for a bad amount, places outside 0–20, options that
 *   are not an object, or an unknown `style`, `unit`, `currencyDisplay`, `sign` or rounding mode;
 *   `limit_exceeded` for magnitudes above 1e30.
 *
 * @example
 * formatAmount(amount('25B'))                          //=> '$25.0B'
 * formatAmount(amount('130B'), { sign: 'always' })     //=> '+$130.0B'
 * formatAmount(amount('₩500T'), { currencyDisplay: 'code' }) //=> 'KRW 500.0T'
 * formatAmount(amount('1234.5'), { unit: 'none' })     //=> '$1,234.50'
 * formatAmount(amount('25B'), { style: 'machine' })    //=> '25000000000'
 */
export function formatAmount(value: AmountInput, options?: FormatAmountOptions): string {
  const money = amount(value, undefined, { path: ['value'] });
  const o = optionsObject(options);
  const rounding = roundingMode(o.rounding, ['rounding']);
  const places = o.places === undefined ? undefined : wholeNumber(o.places, { path: ['places'], min: 0, max: 20 });
  const style = oneOf(o.style, ['human', 'machine'], ['style']) ?? 'human';
  const display = oneOf(o.currencyDisplay, ['symbol', 'code', 'none'], ['currencyDisplay']) ?? 'symbol';
  const sign = oneOf(o.sign, ['auto', 'always'], ['sign']) ?? 'auto';
  const unitOption = oneOf(o.unit, ['auto', 'none', 'K', 'M', 'B', 'T'], ['unit']) ?? 'auto';

  if (style === 'machine') {
    if (places === undefined) return toPlainString(money.value);
    return tidyZero(money.value.toFixed(places, toDecimalJsRounding(rounding)));
  }

  const unit = pickUnit(money.value, unitOption, places ?? 1, rounding);
  // Zero reads best bare ("$0") unless places or a unit were asked for.
  const bareZero = money.value.isZero() && places === undefined && unitOption === 'auto';
  const shown = bareZero ? 0 : (places ?? (unit === undefined ? 2 : 1));
  const scaled = unit === undefined ? money.value : money.value.div(power(unit));
  // Round the signed value, so that floor and ceil go the right way for negatives.
  let digits = tidyZero(scaled.toFixed(shown, toDecimalJsRounding(rounding))).replace(/^-/, '');
  digits = groupThousands(digits);
  const isZero = /^[0.,]*$/.test(digits);
  const negative = money.value.lt(0) && !isZero;
  const signText = negative ? '-' : sign === 'always' && !isZero ? '+' : '';
  const symbol = CURRENCY_SYMBOLS[money.currency];
  const prefix = display === 'none' ? '' : display === 'symbol' && symbol !== undefined ? symbol : `${money.currency} `;
  return `${signText}${prefix}${digits}${unit ?? ''}`;
}

function pickUnit(
  value: Decimal,
  unit: AmountUnit | 'auto' | 'none',
  places: number,
  rounding: RoundingMode,
): AmountUnit | undefined {
  if (unit === 'none') return undefined;
  if (unit !== 'auto') return unit;
  // The largest unit the value reaches; then one up if rounding carries it to 1000
  // (999.96B at one place is $1.0T, 999.94B stays $999.9B). Thousands read better written out.
  const magnitude = value.abs();
  const index = AUTO_UNITS.findIndex((u) => magnitude.gte(power(u)));
  if (index === -1) return undefined; // below a million: written out in full
  const reached = AUTO_UNITS[index]!;
  const shown = new D(magnitude.div(power(reached)).toFixed(places, toDecimalJsRounding(rounding)));
  return shown.gte(1000) && index > 0 ? AUTO_UNITS[index - 1] : reached;
}

// 10^3, 10^6, 10^9, 10^12 for K, M, B, T.
function power(unit: AmountUnit): Decimal {
  // 10^k written out: exact, without decimal.js's power algorithm on every call.
  return new D(`1e${'KMBT'.indexOf(unit) * 3 + 3}`);
}

function tidyZero(text: string): string {
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
