import * as z from 'zod';
import { D } from '../money/decimal.ts';
import { ABOVE_MINUS_ONE, decimalIn, NON_NEGATIVE, PROBABILITY } from '../money/schema.ts';

// Years that are a whole number of months, so every frequency's periods can hold them.
/* @__NO_SIDE_EFFECTS__ */
function years(description: string, min: 'positive' | 'zero') {
  return (min === 'positive' ? z.number().positive() : z.number().min(0))
    .max(100)
    // Out-of-range values are reported by the bounds above; only those in range are looked at here.
    .refine((y) => !(y >= 0 && y <= 100) || new D(String(y)).times(12).isInteger(), { message: 'expected years that make a whole number of months (0.25, 0.5, 1, 2.5 …)' })
    .meta({ description: `${description} Years, at most 100; with the schedule's frequency they must make a whole number of periods.` });
}

/**
 * Terms of a policy-bank loan, in JSON: every disbursement of the component's schedule becomes
 * a tranche on these terms. Rates are annual effective rates; a period's rate is
 * (1 + rate)^(1/n) − 1 for n periods a year.
 */
export const loanTermsSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('loan').default('loan'),
  rate: decimalIn(ABOVE_MINUS_ONE, 'a fraction above -1', 'Annual effective interest rate charged on the loan, as a fraction: "0.02" is 2%'),
  tenor: years('Time from disbursement to final repayment.', 'positive'),
  grace: years('Time of interest only before principal is repaid.', 'zero').default(0),
  amortization: z.enum(['bullet', 'equal-principal', 'level-payment']).default('level-payment'),
});

/** Loan terms as a program builds them. */
export type LoanTermsJson = z.input<typeof loanTermsSchema>;
/** Checked loan terms. */
export type LoanTerms = z.output<typeof loanTermsSchema>;

/**
 * Terms of a credit guarantee, in JSON: every tranche of the component's schedule is exposure
 * guaranteed for `tenor` years.
 */
export const guaranteeTermsSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('guarantee').default('guarantee'),
  tenor: years('Time each tranche stays guaranteed.', 'positive'),
  fee: decimalIn(NON_NEGATIVE, 'a fraction of 0 or more', 'Yearly fee on the exposure outstanding, received by the guarantor'),
  callProbability: decimalIn(PROBABILITY, 'a fraction from 0 to 1', 'Yearly probability that outstanding exposure is called'),
  lossGivenCall: decimalIn(PROBABILITY, 'a fraction from 0 to 1', 'Share of a called amount never recovered'),
  recoveryLag: years('Time between a call and the recovery of the rest.', 'zero').default(1),
});

/** Guarantee terms as a program builds them. */
export type GuaranteeTermsJson = z.input<typeof guaranteeTermsSchema>;
/** Checked guarantee terms. */
export type GuaranteeTerms = z.output<typeof guaranteeTermsSchema>;
