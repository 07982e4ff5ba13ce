import { D } from '../money/decimal.ts';
import { ABOVE_MINUS_ONE, NON_NEGATIVE, PROBABILITY } from '../money/ranges.ts';

// The rules of loan and guarantee terms as plain data, no zod: the schemas of deals/terms.ts
// (the JSON boundary, its types and JSON Schema) and the plain reader of deals/readTerms.ts
// (reached from the calculations, which must not load zod) are both written from these.

/** How a loan's principal is repaid after the grace period. */
export const AMORTIZATIONS = ['bullet', 'equal-principal', 'level-payment'] as const;

/** The longest tenor, grace period or recovery lag, in years. */
export const MAX_YEARS = 100;

/** What a number of years must be besides its range: a whole number of months. */
export const WHOLE_MONTHS = 'expected years that make a whole number of months (0.25, 0.5, 1, 2.5 …)';

/** True when `years` (from 0 to {@link MAX_YEARS}) is a whole number of months. */
export function wholeMonths(years: number): boolean {
  return new D(String(years)).times(12).isInteger();
}

/** A decimal field's range: a pattern on its text, and the range in words. */
export interface DecimalRange {
  readonly pattern: RegExp;
  readonly range: string;
}

/** An interest rate: above -100%. */
export const RATE: DecimalRange = { pattern: ABOVE_MINUS_ONE, range: 'a fraction above -1' };
/** A fee: 0 or more. */
export const FEE: DecimalRange = { pattern: NON_NEGATIVE, range: 'a fraction of 0 or more' };
/** A probability or share: from 0 to 1. */
export const SHARE: DecimalRange = { pattern: PROBABILITY, range: 'a fraction from 0 to 1' };
