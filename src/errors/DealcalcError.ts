import type { Decimal } from '../money/decimal.ts';

/** One segment of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/**
 * One problem found in an input. Validation errors carry every problem found, each with the
 * JSON path (or argument name) it concerns, what was expected and what came instead.
 */
export interface Issue {
  /** Where the problem is: `['components', 2, 'schedule']`, or `['count']` for an argument. */
  readonly path: readonly PathSegment[];
  /** One sentence a person can read. */
  readonly message: string;
  /** What was expected, in words (`'a whole number ≥ 1'`). */
  readonly expected?: string;
  /** What came, quoted or described (`'"25X"'`, `'NaN'`). */
  readonly received?: string;
}

/**
 * The data each error code carries. Decimals stay Decimals so callers can compute with them;
 * they serialise as strings.
 */
export interface ErrorDataByCode {
  /** Bad input: the issues say which fields and why. */
  invalid_input: { readonly issues: readonly Issue[] };
  /** A value beyond a documented limit (counts above 10,000, magnitudes above 1e30). */
  limit_exceeded: { readonly argument: string; readonly limit: string; readonly received: string };
  /** Amounts in different currencies met where one currency is required. */
  currency_mismatch: { readonly expected: string; readonly received: string };
  /** Schedules with different frequencies met where one frequency is required. */
  frequency_mismatch: { readonly expected: string; readonly received: string };
  /** A deal whose components do not add up to its headline. */
  unbalanced_deal: {
    readonly deal: string;
    readonly headline: Decimal;
    readonly sum: Decimal;
    readonly difference: Decimal;
  };
  /** A deal reference that is neither a preset id, nor a file, nor a quick proposal. */
  unknown_deal: { readonly reference: string; readonly suggestions: readonly string[] };
  /** A solver was given flows that never change sign: no rate can make their value zero. */
  no_sign_change: { readonly count: number };
  /** The flows change sign but no root lies in the searched range. */
  no_root_in_range: { readonly low: Decimal; readonly high: Decimal };
  /** More than one root in the searched range; all of them, ascending. */
  several_roots: { readonly roots: readonly Decimal[] };
  /** The iteration limit was reached; the last bracket is kept. */
  did_not_converge: { readonly low: Decimal; readonly high: Decimal; readonly iterations: number };
  /** A quantity that is undefined for these inputs (a share of a zero headline, say). */
  not_computable: { readonly reason: string };
}

// Messages stay short whatever the input: at most a few problems are spelled out (the rest
// are counted; every one stays in `issues`), long paths are cut, and the whole is capped.
const MESSAGE_ISSUES = 5;
const MESSAGE_LIMIT = 900;

/** The fixed set of error codes. */
export type ErrorCode = keyof ErrorDataByCode;

/** Every error code, for exhaustive handling and documentation. */
export const ERROR_CODES: readonly ErrorCode[] = [
  'invalid_input',
  'limit_exceeded',
  'currency_mismatch',
  'frequency_mismatch',
  'unbalanced_deal',
  'unknown_deal',
  'no_sign_change',
  'no_root_in_range',
  'several_roots',
  'did_not_converge',
  'not_computable',
];

/**
 * The one error class dealcalc throws. `code` says what went wrong, `data` carries the
 * code's data, and `issues` lists every problem with its path (at least one).
 *
 * @example
 * try { amount('25X'); } catch (e) {
 *   if (e instanceof DealcalcError && e.code === 'invalid_input') console.log(e.issues[0].path);
 * }
 */
export class DealcalcError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'DealcalcError';
  readonly code: C;
  readonly data: ErrorDataByCode[C];
  readonly issues: readonly Issue[];

  constructor(code: C, data: ErrorDataByCode[C], issues: readonly Issue[], message?: string) {
    super(clip(message ?? describeIssues(issues), MESSAGE_LIMIT));
    this.code = code;
    this.data = data;
    this.issues = issues;
  }

  /** A plain object for logs and JSON: code, message, data and issues. */
  toJSON(): { code: C; message: string; data: ErrorDataByCode[C]; issues: readonly Issue[] } {
    return { code: this.code, message: this.message, data: this.data, issues: this.issues };
  }
}

/**
 * True when `value` is a {@link DealcalcError}, optionally with the given code.
 *
 * @example
 * isDealcalcError(safeAmount('25X').error, 'invalid_input') //=> true
 */
export function isDealcalcError<C extends ErrorCode>(value: unknown, code?: C): value is DealcalcError<C> {
  return value instanceof DealcalcError && (code === undefined || value.code === code);
}

/**
 * `a.b[2].c` style rendering of a path; `(root)` for the empty path.
 *
 * @example
 * formatPath(['components', 0, 'schedule']) //=> 'components[0].schedule'
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

function describeIssues(issues: readonly Issue[]): string {
  const lines = issues.slice(0, MESSAGE_ISSUES).map((issue) => (issue.path.length === 0 ? issue.message : `${clip(formatPath(issue.path), 120)}: ${issue.message}`));
  if (issues.length > MESSAGE_ISSUES) lines.push(`and ${issues.length - MESSAGE_ISSUES} more`);
  const text = lines.length <= 1 ? (lines[0] ?? 'invalid input') : `${issues.length} problems: ${lines.join('; ')}`;
  return clip(text, MESSAGE_LIMIT);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A short quotation of text for messages: JSON-quoted, and cut to `max` characters with `...`
 * when longer, so that an error never repeats a huge input.
 */
export function excerpt(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 3)}...` : text);
}

/** Throws `invalid_input` for the given issues. */
export function invalid(issues: readonly Issue[], message?: string): never {
  throw new DealcalcError('invalid_input', { issues }, issues, message);
}

/** Throws `not_computable` with `reason` (a quantity undefined, or beyond the range of decimals). */
export function notComputable(reason: string): never {
  throw new DealcalcError('not_computable', { reason }, [{ path: [], expected: 'inputs with a finite result', received: 'none', message: reason }], reason);
}

/** Short, quoted description of any value for error messages (never throws). */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return excerpt(value);
    if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
    if (typeof value === 'bigint') return clip(`${value}n`, 60);
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (typeof value === 'object' && value !== null && (value as { constructor?: { name?: string } }).constructor?.name === 'Decimal') {
      return clip(`Decimal ${String(value)}`, 60);
    }
    return typeof value === 'object' ? 'an object' : typeof value;
  } catch {
    return 'an unreadable value';
  }
}
