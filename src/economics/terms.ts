import * as z from 'zod';
import { decimalSchema } from '../money/schema.ts';

const years = z.number().positive().max(100).meta({ description: 'Years; with the schedule\'s frequency it must make a whole number of periods.' });
const fraction = decimalSchema.meta({ description: 'A fraction written as a decimal string: "0.05" is 5%.' });

/**
 * Terms of a policy-bank loan, in JSON: every disbursement of the component's schedule becomes
 * a tranche on these terms. Rates are annual effective rates; a period's rate is
 * (1 + rate)^(1/n) − 1 for n periods a year.
 */
export const loanTermsSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('loan').default('loan'),
  rate: fraction.meta({ description: 'Annual effective interest rate charged on the loan.' }),
  tenor: years.meta({ description: 'Years from disbursement to final repayment.' }),
  grace: z.number().min(0).max(100).default(0).meta({ description: 'Years of interest only before principal is repaid.' }),
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
  tenor: years.meta({ description: 'Years each tranche stays guaranteed.' }),
  fee: fraction.meta({ description: 'Yearly fee on the exposure outstanding, received by the guarantor.' }),
  callProbability: fraction.meta({ description: 'Yearly probability that outstanding exposure is called, 0 to 1.' }),
  lossGivenCall: fraction.meta({ description: 'Share of a called amount never recovered, 0 to 1.' }),
  recoveryLag: z.number().min(0).max(100).default(1).meta({ description: 'Years between a call and the recovery of the rest.' }),
});

/** Guarantee terms as a program builds them. */
export type GuaranteeTermsJson = z.input<typeof guaranteeTermsSchema>;
/** Checked guarantee terms. */
export type GuaranteeTerms = z.output<typeof guaranteeTermsSchema>;
