import { invalid, type Issue } from '../errors/DealcalcError.ts';
import { parseWithSchema } from '../errors/zod.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { guaranteeTermsSchema, loanTermsSchema, type GuaranteeTerms, type GuaranteeTermsJson, type LoanTerms, type LoanTermsJson } from './terms.ts';

/**
 * Reads loan terms (JSON or built), checking that the grace period fits inside the tenor.
 *
 * @throws {DealcalcError} `invalid_input` naming the field.
 */
export function readLoanTerms(input: LoanTermsJson | LoanTerms, path: readonly (string | number)[] = ['terms']): LoanTerms {
  const terms = parseWithSchema(loanTermsSchema, json(input), path);
  if (terms.grace > terms.tenor) {
    invalid([{ path: [...path, 'grace'], expected: `a grace period of at most the tenor (${terms.tenor} years)`, received: String(terms.grace), message: `expected a grace period of at most the tenor (${terms.tenor} years), received ${terms.grace}` }]);
  }
  if (terms.rate.lte(-1)) invalid([{ path: [...path, 'rate'], expected: 'a rate greater than -100%', received: terms.rate.toString(), message: `expected a rate greater than -100%, received ${terms.rate.toString()}` }]);
  return terms;
}

/**
 * Reads guarantee terms, checking that probabilities and shares lie between 0 and 1 and the
 * fee is not negative.
 *
 * @throws {DealcalcError} `invalid_input` naming every field out of range.
 */
export function readGuaranteeTerms(input: GuaranteeTermsJson | GuaranteeTerms, path: readonly (string | number)[] = ['terms']): GuaranteeTerms {
  const terms = parseWithSchema(guaranteeTermsSchema, json(input), path);
  const issues: Issue[] = [];
  for (const key of ['callProbability', 'lossGivenCall'] as const) {
    if (terms[key].lt(0) || terms[key].gt(1)) issues.push({ path: [...path, key], expected: 'a probability from 0 to 1', received: terms[key].toString(), message: `expected a fraction from 0 to 1, received ${terms[key].toString()}` });
  }
  if (terms.fee.lt(0)) issues.push({ path: [...path, 'fee'], expected: 'a fee of 0 or more', received: terms.fee.toString(), message: `expected a fee of 0 or more, received ${terms.fee.toString()}` });
  if (issues.length > 0) invalid(issues);
  return terms;
}

/** Whole periods in `years` at a frequency. */
export function wholePeriods(years: number, frequency: Frequency, path: readonly (string | number)[]): number {
  const periods = years * periodsPerYear(frequency);
  if (!Number.isInteger(periods)) {
    return invalid([{ path, expected: `a whole number of ${frequency} periods`, received: `${years} years`, message: `expected a whole number of ${frequency} periods, received ${years} years` }]);
  }
  return periods;
}

/** The rate of one period for an annual effective rate: (1 + r)^(1/n) − 1. */
export function periodRate(annual: Decimal, frequency: Frequency): Decimal {
  const n = periodsPerYear(frequency);
  return n === 1 ? annual : annual.plus(1).pow(new D(1).div(n)).minus(1);
}

// Built terms carry Decimals; the schema reads JSON text. Turn Decimals back into text.
function json(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'object' && v !== null && 'toFixed' in v ? (v as Decimal).toFixed() : typeof v === 'number' && !['tenor', 'grace', 'recoveryLag'].includes(k) ? String(v) : v]));
}
