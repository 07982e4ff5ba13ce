import { DealcalcError, invalidAt, type PathSegment } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { DEFAULT_CURRENCY, isCurrencyCode, type CurrencyCode } from './currency.ts';
import { D, decimal, isDecimal, type Decimal, type DecimalInput } from './decimal.ts';
import { readShorthand } from './shorthand.ts';

/** An exact amount of money in one currency. Plain, frozen data. */
export interface Amount {
  /** The exact value, in whole units of `currency` (dollars, not cents). */
  readonly value: Decimal;
  /** ISO 4217 code. */
  readonly currency: CurrencyCode;
}

/**
 * What dealcalc accepts where an amount of money is expected: an {@link Amount}, a
 * {@link DecimalInput}, or shorthand text such as `"25B"`, `"$25bn"` or `"₩500T"`.
 */
export type AmountInput = Amount | DecimalInput;

/** Options of {@link amount} and {@link safeAmount}. */
export interface AmountOptions {
  /** Argument name or JSON path of the value (`['headline']`), put in the error's issues and message. Default: the root. */
  readonly path?: readonly PathSegment[];
}

/**
 * Reads an amount of money exactly, from shorthand text, a decimal string, a Decimal, a
 * bigint, a finite number or another {@link Amount}.
 *
 * Shorthand: a number with an optional unit (`K`, `M`/`mn`, `B`/`bn`, `T`/`tn`, the words
 * `thousand` … `trillion`, and the Korean 조/억/만) and an optional currency given as a symbol
 * (`$` USD, `€`, `£`, `¥` JPY, `₩`, `NT$` …), an ISO code or a word (`won`, `yen`, `dollars` …).
 * The value is the number times the unit, exactly: `"1.5T"` is 1500000000000.
 *
 * @param input - The amount, in whole currency units.
 * @param currency - ISO 4217 code used when `input` names none (default `'USD'`).
 * @returns A frozen `{ value, currency }`.
 *
 * @throws {DealcalcError} `invalid_input` for text that is not an amount (the message quotes it
 *   and lists what is accepted), an unknown currency code, NaN or ±Infinity;
 *   `currency_mismatch` when the text names a currency other than `currency`;
 *   `limit_exceeded` for magnitudes above 1e30.
 *
 * @example
 * amount('$25bn').value.toString()        //=> '25000000000'
 * amount('500 trillion won').currency     //=> 'KRW'
 * amount(0.1).value.plus('0.2').toString() //=> '0.3'
 */
export function amount(input: AmountInput, currency?: string, options?: AmountOptions): Amount {
  const path = optionsObject(options).path ?? [];
  if (!Array.isArray(path)) invalidAt(['options', 'path'], 'an array of keys and indexes', path);
  const fallback = currency === undefined ? undefined : currencyCode(currency, [...path, 'currency']);
  const read = readAmount(input, path);
  if (read.currency !== undefined && fallback !== undefined && read.currency !== fallback) {
    mismatch(path, fallback, read.currency);
  }
  return Object.freeze({ value: read.value, currency: read.currency ?? fallback ?? DEFAULT_CURRENCY });
}

/**
 * Reads an amount and reports the currency only when the input itself names one (an
 * {@link Amount}, or text with a symbol, code or word). Used where several amounts must
 * agree on one currency.
 *
 * @throws {DealcalcError} as {@link amount}.
 */
export function readAmount(
  input: AmountInput,
  path: readonly PathSegment[] = [],
): { value: Decimal; currency?: CurrencyCode } {
  if (isAmount(input)) {
    return {
      value: decimal(input.value, { path: [...path, 'value'] }),
      currency: currencyCode(input.currency, [...path, 'currency']),
    };
  }
  if (typeof input === 'string') {
    const parts = readShorthand(input, path);
    const value = decimal(decimal(parts.number, { path }).times(new D(10).pow(parts.exponent)), { path });
    // The scaled value is checked again: "1e25T" is beyond the accepted range.
    if (parts.exponent > 0) decimal(value.toFixed(), { path });
    return parts.currency === undefined ? { value } : { value, currency: parts.currency };
  }
  return { value: decimal(input, { path }) };
}

/**
 * Like {@link amount}, but returns an {@link Outcome} instead of throwing.
 *
 * @example
 * const r = safeAmount('25X');
 * r.ok                               //=> false
 * r.ok ? undefined : r.error.code    //=> 'invalid_input'
 */
export function safeAmount(input: AmountInput, currency?: string, options?: AmountOptions): Outcome<Amount> {
  return attempt(() => amount(input, currency, options));
}

/**
 * True for an {@link Amount}-shaped object (`{ value, currency }`).
 *
 * @example
 * isAmount(amount('25B')) //=> true
 * isAmount('25B')         //=> false
 */
export function isAmount(value: unknown): value is Amount {
  return typeof value === 'object' && value !== null && !isDecimal(value) && 'value' in value && 'currency' in value;
}

/**
 * Validates an ISO 4217 currency code (upper case, as listed in {@link CURRENCY_CODES}).
 *
 * @throws {DealcalcError} `invalid_input` naming the path and the code received.
 *
 * @example
 * currencyCode('KRW') //=> 'KRW'
 */
export function currencyCode(code: unknown, path: readonly PathSegment[] = ['currency']): CurrencyCode {
  if (isCurrencyCode(code)) return code;
  const hint =
    typeof code === 'string' && isCurrencyCode(code.toUpperCase())
      ? ` (codes are upper case: "${code.toUpperCase()}")`
      : '';
  return invalidAt(path, 'an ISO 4217 currency code such as "USD", "KRW", "JPY" or "EUR"', code, hint);
}

function mismatch(path: readonly PathSegment[], expected: string, received: string): never {
  const message = `expected an amount in ${expected}, received one in ${received}`;
  throw new DealcalcError('currency_mismatch', { expected, received }, [{ path, expected, received, message }]);
}
