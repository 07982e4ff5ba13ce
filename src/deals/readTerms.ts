import {
  DealcalcError,
  describeValue,
  excerpt,
  formatPath,
  invalid,
  type Issue,
  type PathSegment,
} from '../errors/DealcalcError.ts';
import { attempt } from '../errors/outcome.ts';
import { D, decimal, type Decimal } from '../money/decimal.ts';
import { periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { readSchedule, type Schedule } from '../schedules/schedule.ts';
import {
  AMORTIZATIONS,
  type DecimalRange,
  FEE,
  MAX_YEARS,
  RATE,
  SHARE,
  WHOLE_MONTHS,
  wholeMonths,
} from './termRules.ts';
import type { GuaranteeTerms, GuaranteeTermsJson, LoanTerms, LoanTermsJson } from './terms.ts';

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
  return fitLoanTerms(read.has(input) ? (input as LoanTerms) : checkLoanTerms(json(input), path), path, frequency);
}

/**
 * The checks of {@link readLoanTerms} beyond the schema's, on terms the schema (or
 * {@link checkLoanTerms}) has read: the grace period within the tenor; with `frequency`, tenor
 * and grace in whole periods of it. The terms are then taken as read when they come back.
 *
 * @throws {DealcalcError} `invalid_input` naming the field.
 */
export function fitLoanTerms(terms: LoanTerms, path: readonly PathSegment[], frequency?: Frequency): LoanTerms {
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
  read.add(terms);
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
  const terms = read.has(input) ? (input as GuaranteeTerms) : checkGuaranteeTerms(json(input), path);
  return fitGuaranteeTerms(terms, path, frequency);
}

/**
 * The check of {@link readGuaranteeTerms} beyond the schema's, on terms the schema (or
 * {@link checkGuaranteeTerms}) has read: with `frequency`, tenor and recovery lag in whole
 * periods of it. The terms are then taken as read when they come back.
 *
 * @throws {DealcalcError} `invalid_input` naming every field that does not fit.
 */
export function fitGuaranteeTerms(
  terms: GuaranteeTerms,
  path: readonly PathSegment[],
  frequency?: Frequency,
): GuaranteeTerms {
  if (frequency !== undefined) {
    const issues: Issue[] = [];
    for (const key of ['tenor', 'recoveryLag'] as const) {
      const outcome = attempt(() => wholePeriods(terms[key], frequency, [...path, key]));
      if (!outcome.ok) issues.push(...outcome.error.issues);
    }
    if (issues.length > 0) invalid(issues);
  }
  read.add(terms);
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

// The checks of loanTermsSchema and guaranteeTermsSchema (deals/terms.ts) without zod, so that
// the calculations reading terms do not load it: the same fields, defaults and ranges (from
// deals/termRules.ts), and the same issues as errorFromZod makes of the schema's (paths,
// expected, received, messages; `limit_exceeded` when every problem is a number beyond what
// JSON carries). tests/deals/readTerms.test.ts holds the two to the same answers.

/** A field: its reading of a value (`undefined` when it is wrong, the problem added to `found`). */
type Field = (value: unknown, path: readonly PathSegment[], found: Found) => unknown;

interface Found {
  readonly issues: Issue[];
  /** For each issue, the data of its `limit_exceeded` error, if it is one. */
  readonly limits: (object | undefined)[];
}

/**
 * Checks loan terms in JSON as {@link loanTermsSchema} does, without zod (the grace period
 * against the tenor and the schedule's frequency are {@link readLoanTerms}'s own checks).
 *
 * @throws {DealcalcError} `invalid_input` (or `limit_exceeded` when every problem is one) with
 *   the issues the schema reports.
 */
export function checkLoanTerms(input: unknown, path: readonly PathSegment[] = []): LoanTerms {
  return checkShape(input, path, {
    kind: literal('loan'),
    rate: decimalField(RATE),
    tenor: yearsField('positive'),
    grace: withDefault(yearsField('zero'), 0),
    amortization: withDefault(oneOf(AMORTIZATIONS), 'level-payment'),
  }) as LoanTerms;
}

/**
 * Checks guarantee terms in JSON as {@link guaranteeTermsSchema} does, without zod.
 *
 * @throws {DealcalcError} as {@link checkLoanTerms}.
 */
export function checkGuaranteeTerms(input: unknown, path: readonly PathSegment[] = []): GuaranteeTerms {
  return checkShape(input, path, {
    kind: literal('guarantee'),
    tenor: yearsField('positive'),
    fee: decimalField(FEE),
    callProbability: decimalField(SHARE),
    lossGivenCall: decimalField(SHARE),
    recoveryLag: withDefault(yearsField('zero'), 1),
  }) as GuaranteeTerms;
}

// A strict object: every field read in order, then any key it does not know reported.
function checkShape(input: unknown, path: readonly PathSegment[], fields: Record<string, Field>): object {
  const found: Found = { issues: [], limits: [] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    wrongType(path, 'object', input, found);
    return fail(found);
  }
  const record = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) out[key] = field(record[key], [...path, key], found);
  const unknown = Object.keys(record).filter((k) => !Object.hasOwn(fields, k));
  if (unknown.length > 0) {
    const shown = unknown
      .slice(0, 3)
      .map((k) => excerpt(k, 40))
      .join(', ');
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
    add(found, path, `no other keys (unknown: ${shown}${more})`, describeValue(input));
  }
  return found.issues.length > 0 ? fail(found) : out;
}

function fail(found: Found): never {
  const { issues, limits } = found;
  if (limits.every((l) => l !== undefined)) {
    throw new DealcalcError('limit_exceeded', { ...limits[0], argument: formatPath(issues[0]!.path) } as never, issues);
  }
  return invalid(issues);
}

// "expected …, received …" at `path`.
function add(found: Found, path: readonly PathSegment[], expected: string, received: string): undefined {
  found.issues.push({ path, message: `expected ${expected}, received ${received}`, expected, received });
  found.limits.push(undefined);
  return undefined;
}

function wrongType(path: readonly PathSegment[], type: string, value: unknown, found: Found): undefined {
  return add(found, path, value === undefined ? `${type} (a required field)` : type, describeValue(value));
}

function withDefault(field: Field, fallback: unknown): Field {
  return (value, path, found) => (value === undefined ? fallback : field(value, path, found));
}

function literal(kind: string): Field {
  return withDefault((value, path, found) => oneOf([kind])(value, path, found), kind);
}

function oneOf(values: readonly string[]): Field {
  return (value, path, found) =>
    values.includes(value as string)
      ? value
      : add(found, path, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, describeValue(value));
}

// A decimal string within a range: read exactly; a number beyond what JSON carries is a limit.
function decimalField({ pattern, range }: DecimalRange): Field {
  return (value, path, found) => {
    if (typeof value !== 'string') return wrongType(path, 'string', value, found);
    if (!pattern.test(value)) return add(found, path, `${range} as a plain decimal string`, describeValue(value));
    try {
      return decimal(value);
    } catch (error) {
      if (!(error instanceof DealcalcError)) throw error;
      for (const issue of error.issues) {
        found.issues.push({
          path: [...path, ...issue.path],
          message: issue.message,
          ...(issue.expected === undefined ? {} : { expected: issue.expected }),
          ...(issue.received === undefined ? {} : { received: issue.received }),
        });
        found.limits.push(error.code === 'limit_exceeded' ? error.data : undefined);
      }
      return undefined;
    }
  };
}

// Years: above 0 (or from 0), at most MAX_YEARS, a whole number of months.
function yearsField(min: 'positive' | 'zero'): Field {
  return (value, path, found) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(path, 'number', value, found);
    if (min === 'positive' ? !(value > 0) : !(value >= 0)) {
      return add(found, path, min === 'positive' ? 'more than 0' : 'at least 0', describeValue(value));
    }
    if (value > MAX_YEARS) return add(found, path, `at most ${MAX_YEARS}`, describeValue(value));
    if (!wholeMonths(value)) {
      found.issues.push({ path, message: WHOLE_MONTHS, received: describeValue(value) });
      found.limits.push(undefined);
      return undefined;
    }
    return value;
  };
}
