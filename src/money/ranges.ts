// Ranges of decimals written as text in JSON, as patterns on the text (decimals travel as
// strings, so a range is a pattern, which a JSON Schema carries too). Plain data, no zod: the
// schemas (money/schema.ts) and the plain readers (deals/readTerms.ts) share them.

/** Decimal text of a probability or share: 0 to 1 inclusive. */
export const PROBABILITY = /^(0(\.\d+)?|1(\.0+)?)$/;
/** Decimal text of a rate, fee or weight of 0 or more. */
export const NON_NEGATIVE = /^(0|[1-9]\d*)(\.\d+)?$/;
/** Decimal text of a rate above -100%: any non-negative decimal, or a negative one above -1. */
export const ABOVE_MINUS_ONE = /^((0|[1-9]\d*)(\.\d+)?|-0\.\d*[1-9]\d*)$/;
