import * as z from 'zod';
import type { Decimal } from '../money/decimal.ts';
import { decimalIn } from '../money/schema.ts';
import { AMORTIZATIONS, FEE, MAX_YEARS, RATE, SHARE, WHOLE_MONTHS, wholeMonths } from './termRules.ts';

// Years that are a whole number of months, so every frequency's periods can hold them.
/* @__NO_SIDE_EFFECTS__ */
function years(description: string, min: 'positive' | 'zero') {
  return (
    (min === 'positive' ? z.number().positive() : z.number().min(0))
      .max(MAX_YEARS)
      // Out-of-range values are reported by the bounds above; only those in range are looked at here.
      .refine((y) => !(y >= 0 && y <= MAX_YEARS) || wholeMonths(y), { message: WHOLE_MONTHS })
      .meta({
        description: `${description} Years, at most 100; with the schedule's frequency they must make a whole number of periods.`,
      })
  );
}

/** The fields of {@link loanTermsSchema}, before the declared type is put on. Internal: for the type tests. */
export const loanTermsFields = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    kind: z.literal('loan').default('loan'),
    rate: decimalIn(
      RATE.pattern,
      RATE.range,
      'Annual effective interest rate charged on the loan, as a fraction: "0.02" is 2%',
    ),
    tenor: years('Time from disbursement to final repayment.', 'positive'),
    grace: years('Time of interest only before principal is repaid.', 'zero').default(0),
    amortization: z.enum(AMORTIZATIONS).default('level-payment'),
  }),
);

/** How a loan's principal is repaid after the grace period. */
export type Amortization = 'bullet' | 'equal-principal' | 'level-payment';

/**
 * Loan terms as JSON holds them or a program writes them (the input of {@link loanTermsSchema}).
 * Years must make a whole number of months, and inside a deal a whole number of the schedule's periods.
 */
export interface LoanTermsJson {
  /** `"loan"`. Default `"loan"`. */
  kind?: 'loan' | undefined;
  /** Annual effective interest rate charged on the loan: a fraction above -1 as a string (`"0.02"` is 2% a year). */
  rate: string;
  /** Years from disbursement to final repayment: above 0, at most 100. */
  tenor: number;
  /** Years of interest only before principal is repaid: 0 up to the tenor. Default 0. */
  grace?: number | undefined;
  /**
   * How principal is repaid after the grace period: `"bullet"` (all at the end of the tenor),
   * `"equal-principal"` (equal principal each period, interest on what is outstanding) or
   * `"level-payment"` (equal payments of principal plus interest). Default `"level-payment"`.
   */
  amortization?: Amortization | undefined;
}

/** Checked loan terms (the output of {@link loanTermsSchema}), defaults filled in. */
export interface LoanTerms {
  /** Always `"loan"`. */
  kind: 'loan';
  /** Annual effective interest rate charged, as a fraction above -1 (0.02 = 2% a year). A period's rate is (1 + rate)^(1/n) − 1 for n periods a year. */
  rate: Decimal;
  /** Years from disbursement to final repayment: above 0, at most 100, a whole number of months. */
  tenor: number;
  /** Years of interest only before principal is repaid: 0 up to the tenor. */
  grace: number;
  /** How principal is repaid after the grace period (see {@link LoanTermsJson.amortization}). */
  amortization: Amortization;
}

/**
 * Terms of a policy-bank loan, in JSON: every disbursement of the component's schedule becomes
 * a tranche on these terms. Rates are annual effective rates; a period's rate is
 * (1 + rate)^(1/n) − 1 for n periods a year.
 */
export const loanTermsSchema: z.ZodType<LoanTerms, LoanTermsJson> = loanTermsFields;

/** The fields of {@link guaranteeTermsSchema}, before the declared type is put on. Internal: for the type tests. */
export const guaranteeTermsFields = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    kind: z.literal('guarantee').default('guarantee'),
    tenor: years('Time each tranche stays guaranteed.', 'positive'),
    fee: decimalIn(FEE.pattern, FEE.range, 'Yearly fee on the exposure outstanding, received by the guarantor'),
    callProbability: decimalIn(SHARE.pattern, SHARE.range, 'Yearly probability that outstanding exposure is called'),
    lossGivenCall: decimalIn(SHARE.pattern, SHARE.range, 'Share of a called amount never recovered'),
    recoveryLag: years('Time between a call and the recovery of the rest.', 'zero').default(1),
  }),
);

/**
 * Guarantee terms as JSON holds them or a program writes them (the input of
 * {@link guaranteeTermsSchema}). Years must make a whole number of months, and inside a deal a
 * whole number of the schedule's periods.
 */
export interface GuaranteeTermsJson {
  /** `"guarantee"`. Default `"guarantee"`. */
  kind?: 'guarantee' | undefined;
  /** Years each tranche stays guaranteed: above 0, at most 100. */
  tenor: number;
  /** Yearly fee on the exposure outstanding, received by the guarantor: a fraction of 0 or more as a string (`"0.005"` is 0.5% a year). */
  fee: string;
  /** Yearly probability that outstanding exposure is called: a fraction from 0 to 1 as a string. */
  callProbability: string;
  /** Share of a called amount never recovered: a fraction from 0 to 1 as a string. */
  lossGivenCall: string;
  /** Years between a call and the recovery of the rest: 0 to 100. Default 1. */
  recoveryLag?: number | undefined;
}

/** Checked guarantee terms (the output of {@link guaranteeTermsSchema}), defaults filled in. */
export interface GuaranteeTerms {
  /** Always `"guarantee"`. */
  kind: 'guarantee';
  /** Years each tranche stays guaranteed: above 0, at most 100, a whole number of months. */
  tenor: number;
  /** Yearly fee on the exposure outstanding, received by the guarantor, as a fraction ≥ 0 (0.005 = 0.5% a year). */
  fee: Decimal;
  /** Yearly probability that outstanding exposure is called, as a fraction from 0 to 1. */
  callProbability: Decimal;
  /** Share of a called amount never recovered, as a fraction from 0 to 1. */
  lossGivenCall: Decimal;
  /** Years between a call and the recovery of the rest: 0 to 100. */
  recoveryLag: number;
}

/**
 * Terms of a credit guarantee, in JSON: every tranche of the component's schedule is exposure
 * guaranteed for `tenor` years.
 */
export const guaranteeTermsSchema: z.ZodType<GuaranteeTerms, GuaranteeTermsJson> = guaranteeTermsFields;
