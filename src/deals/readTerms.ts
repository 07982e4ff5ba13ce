import { invalid, type Issue, type PathSegment } from '../errors/DealcalcError.ts';
import { attempt } from '../errors/outcome.ts';
import { parseWithSchema } from '../errors/zod.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { readSchedule, type Schedule } from '../schedules/schedule.ts';
import {
  guaranteeTermsSchema,
  loanTermsSchema,
  type GuaranteeTerms,
  type GuaranteeTermsJson,
  type LoanTerms,
  type LoanTermsJson,
} from './terms.ts';

// Terms this module has read (those a parsed deal carries, among others): taken as they are when
// they come back, rather than turned into text and parsed again. Terms are never changed in place.
const read = new WeakSet<object>();

/**
 * Front-door read of a `Component | Schedule` argument: its schedule, checked as any schedule
 * argument (at `component.schedule` for a component, else at `component`).
 *
 * @throws {DealcalcError} as `readSchedule`.
 */
export function readComponentSchedule(component: unknown): Schedule {
  const c = component as { schedule?: unknown } | null;
  return typeof c === 'object' && c !== null && 'schedule' in c
    ? readSchedule(c.schedule, ['component', 'schedule'])
    : readSchedule(component, ['component']);
}

/**
 * Reads loan terms (JSON or built): the ranges are the schema's (rate above -100%, tenor above 0
 * and grace from 0, both at most 100 years in whole months); the grace period must fit inside the
 * tenor; with `frequency`, tenor and grace must be whole periods of it.
 *
 * @throws {DealcalcError} `invalid_input` naming the field.
 */
export function readLoanTerms(
  input: LoanTermsJson | LoanTerms,
  path: readonly PathSegment[] = ['terms'],
  frequency?: Frequency,
): LoanTerms {
  const terms = read.has(input) ? (input as LoanTerms) : parseWithSchema(loanTermsSchema, json(input), path);
  read.add(terms);
  if (terms.grace > terms.tenor) {
    invalid([
      {
        path: [...path, 'grace'],
        expected: `a grace period of at most the tenor (${terms.tenor} years)`,
        received: String(terms.grace),
        message: `expected a grace period of at most the tenor (${terms.tenor} years), received ${terms.grace}`,
      },
    ]);
  }
  if (frequency !== undefined) {
    wholePeriods(terms.tenor, frequency, [...path, 'tenor']);
    wholePeriods(terms.grace, frequency, [...path, 'grace']);
  }
  return terms;
}

/**
 * Reads guarantee terms (JSON or built): probabilities and shares from 0 to 1, a fee of 0 or
 * more, tenor and recovery lag within 100 years in whole months (the schema's ranges); with
 * `frequency`, tenor and lag must be whole periods of it.
 *
 * @throws {DealcalcError} `invalid_input` naming every field out of range.
 */
export function readGuaranteeTerms(
  input: GuaranteeTermsJson | GuaranteeTerms,
  path: readonly PathSegment[] = ['terms'],
  frequency?: Frequency,
): GuaranteeTerms {
  const terms = read.has(input) ? (input as GuaranteeTerms) : parseWithSchema(guaranteeTermsSchema, json(input), path);
  read.add(terms);
  if (frequency !== undefined) {
    const issues: Issue[] = [];
    for (const key of ['tenor', 'recoveryLag'] as const) {
      const outcome = attempt(() => wholePeriods(terms[key], frequency, [...path, key]));
      if (!outcome.ok) issues.push(...outcome.error.issues);
    }
    if (issues.length > 0) invalid(issues);
  }
  return terms;
}

/** Whole periods in `years` at a frequency. */
export function wholePeriods(years: number, frequency: Frequency, path: readonly PathSegment[]): number {
  const exact = new D(String(years)).times(periodsPerYear(frequency));
  const periods = exact.toNumber();
  if (!exact.isInteger()) {
    return invalid([
      {
        path,
        expected: `a whole number of ${frequency} periods`,
        received: `${years} years`,
        message: `expected a whole number of ${frequency} periods, received ${years} years`,
      },
    ]);
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
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [
      k,
      typeof v === 'object' && v !== null && 'toFixed' in v
        ? (v as Decimal).toFixed()
        : typeof v === 'number' && !['tenor', 'grace', 'recoveryLag'].includes(k)
          ? String(v)
          : v,
    ]),
  );
}
