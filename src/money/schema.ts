import * as z from 'zod';
import { fromDealcalc } from '../errors/zod.ts';
import { currencyCode, readAmount, type Amount } from './amount.ts';
import { CURRENCY_CODES, type CurrencyCode } from './currency.ts';
import { decimal, type Decimal } from './decimal.ts';

/** Plain decimal text as written in dealcalc JSON (`"25000000000"`, `"-0.045"`). */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * A decimal in JSON: a plain decimal string (never a JSON number, which would lose digits) such
 * as `"25000000000"` or `"-0.045"`, read exactly. No exponent, no grouping, no leading `+`.
 * Output: a {@link Decimal}.
 */
export const decimalSchema: z.ZodType<Decimal, string> = /* @__PURE__ */ z.lazy(() =>
  z
    .string()
    .regex(DECIMAL_PATTERN, { message: 'expected a plain decimal string such as "25000000000" or "0.045"' })
    .transform(fromDealcalc((text: string) => decimal(text)))
    .meta({ description: 'An exact decimal written as a string, e.g. "25000000000" or "0.045".' }),
);

/** An ISO 4217 currency code in JSON (`"USD"`, `"KRW"`), one of {@link CURRENCY_CODES}. Output: the {@link CurrencyCode}. */
export const currencySchema: z.ZodType<CurrencyCode, string> = /* @__PURE__ */ z.lazy(() =>
  z
    .string()
    .transform(fromDealcalc((code: string) => currencyCode(code, [])))
    .meta({ description: 'ISO 4217 currency code, e.g. "USD", "KRW".', enum: [...CURRENCY_CODES] }),
);

/**
 * An amount read from text: its exact value and, when the text names one, its currency (the
 * output of {@link amountTextSchema}).
 */
export interface TextAmount {
  /** The exact value in whole currency units: `"350B"` gives 350000000000. Any sign; callers that need 0 or more check it. */
  value: Decimal;
  /** The currency the text names (`"₩500T"` gives `'KRW'`); absent when it names none. */
  currency?: CurrencyCode;
}

/** An {@link Amount} in JSON (the input of {@link amountSchema}). */
export interface AmountJson {
  /** The exact value in whole currency units as a plain decimal string (`"25000000000"`). */
  value: string;
  /** ISO 4217 code (`"USD"`). */
  currency: string;
}

/**
 * An amount in JSON: a plain decimal string or amount shorthand (`"350B"`, `"₩500T"`; see
 * {@link amount} for the shorthand). Output: a {@link TextAmount}, the value and, when the text
 * names one, its currency.
 */
export const amountTextSchema: z.ZodType<TextAmount, string> = /* @__PURE__ */ z.lazy(() =>
  z
    .string()
    .min(1)
    .transform(fromDealcalc((text: string) => readAmount(text)))
    .meta({
      description: 'An exact amount as a decimal string ("350000000000") or shorthand ("350B", "$25bn", "₩500T").',
    }),
);

/** An {@link Amount} in JSON: `{ "value": "25000000000", "currency": "USD" }`, both fields required. Output: a frozen {@link Amount}. */
export const amountSchema: z.ZodType<Amount, AmountJson> = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({ value: decimalSchema, currency: currencySchema })
    .transform(({ value, currency }) => Object.freeze({ value, currency })),
);

export { ABOVE_MINUS_ONE, NON_NEGATIVE, PROBABILITY } from './ranges.ts';

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
