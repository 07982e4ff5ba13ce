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
