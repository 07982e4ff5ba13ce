import * as z from 'zod';
import { fromDealcalc } from '../errors/zod.ts';
import { currencyCode, readAmount } from './amount.ts';
import { CURRENCY_CODES } from './currency.ts';
import { decimal } from './decimal.ts';

/** Plain decimal text as written in dealcalc JSON (`"25000000000"`, `"-0.045"`). */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * A decimal in JSON: a string (never a JSON number, which would lose digits), read exactly.
 * Output: a Decimal.
 */
export const decimalSchema = /* @__PURE__ */ z
  .string()
  .regex(DECIMAL_PATTERN, { message: 'expected a plain decimal string such as "25000000000" or "0.045"' })
  .transform(fromDealcalc((text: string) => decimal(text)))
  .meta({ description: 'An exact decimal written as a string, e.g. "25000000000" or "0.045".' });

/** An ISO 4217 currency code in JSON. */
export const currencySchema = /* @__PURE__ */ z
  .string()
  .transform(fromDealcalc((code: string) => currencyCode(code, [])))
  .meta({ description: 'ISO 4217 currency code, e.g. "USD", "KRW".', enum: [...CURRENCY_CODES] });

/**
 * An amount in JSON: a plain decimal string or amount shorthand (`"350B"`, `"₩500T"`).
 * Output: the value and, when the text names one, its currency.
 */
export const amountTextSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .transform(fromDealcalc((text: string) => readAmount(text)))
  .meta({ description: 'An exact amount as a decimal string ("350000000000") or shorthand ("350B", "$25bn", "₩500T").' });

/** An {@link Amount} in JSON: `{ "value": "25000000000", "currency": "USD" }`. */
export const amountSchema = /* @__PURE__ */ z
  .strictObject({ value: decimalSchema, currency: currencySchema })
  .transform(({ value, currency }) => Object.freeze({ value, currency }));

/** Decimal text of a probability or share: 0 to 1 inclusive. */
export const PROBABILITY = /^(0(\.\d+)?|1(\.0+)?)$/;
/** Decimal text of a rate, fee or weight of 0 or more. */
export const NON_NEGATIVE = /^(0|[1-9]\d*)(\.\d+)?$/;
/** Decimal text of a rate above -100%: any non-negative decimal, or a negative one above -1. */
export const ABOVE_MINUS_ONE = /^((0|[1-9]\d*)(\.\d+)?|-0\.\d*[1-9]\d*)$/;

/**
 * A decimal in JSON restricted to a range by a pattern on its text (decimals travel as strings,
 * so the range is a pattern, which the JSON Schema carries). Output: a Decimal.
 */
/* @__NO_SIDE_EFFECTS__ */
export function decimalIn(pattern: RegExp, range: string, description: string) {
  return z
    .string()
    .regex(pattern, { message: `expected ${range} as a plain decimal string` })
    .transform(fromDealcalc((text: string) => decimal(text)))
    .meta({ description: `${description} (${range}).` });
}
