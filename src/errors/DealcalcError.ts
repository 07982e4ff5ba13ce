import type { Decimal } from 'decimal.js';

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
  invalid_input: {
    /** Every problem found, each with its path (the same list as the error's `issues`). */
    readonly issues: readonly Issue[];
  };
  /** A value beyond a documented limit (counts above 10,000, magnitudes above 1e30). */
  limit_exceeded: {
    /** The argument or JSON path over the limit (`'count'`, `'components[0].schedule.count'` from JSON, `'installments.3.period'` from arguments). */
    readonly argument: string;
    /** The limit, as text (`'10000'`, `'1e30'`). */
    readonly limit: string;
    /** What came, as text (`'20000'`, `'18 installments'`). */
    readonly received: string;
  };
  /** Amounts in different currencies met where one currency is required. */
  currency_mismatch: {
    /** The ISO 4217 code required (`'USD'`). */
    readonly expected: string;
    /** The ISO 4217 code that came (`'KRW'`). */
    readonly received: string;
  };
  /** Schedules with different frequencies met where one frequency is required. */
  frequency_mismatch: {
    /** The frequency required (`'annual'`). */
    readonly expected: string;
    /** The frequency that came (`'quarterly'`). */
    readonly received: string;
  };
  /** A deal whose components do not add up to its headline. */
  unbalanced_deal: {
    /** The deal's id. */
    readonly deal: string;
    /** The headline, in the deal's currency. */
    readonly headline: Decimal;
    /** What the components add up to, in the deal's currency. */
    readonly sum: Decimal;
    /** `headline − sum`: positive when the components fall short, negative when they exceed it. */
    readonly difference: Decimal;
  };
  /** A reference that names nothing known: a deal (not a preset id, a file or a quick proposal), an economy or an FX preset. */
  unknown_deal: {
    /** What was asked for (cut to 200 characters). */
    readonly reference: string;
    /** Up to three close known ids, nearest first (or every known id where there are few); may be empty. */
    readonly suggestions: readonly string[];
  };
  /** A solver was given flows that never change sign: no rate can make their value zero. */
  no_sign_change: {
    /** How many flows were given. */
    readonly count: number;
  };
  /** The flows change sign but no root lies in the searched range. */
  no_root_in_range: {
    /** Lowest rate searched, per period, as a fraction (above -1). */
    readonly low: Decimal;
    /** Highest rate searched, per period, as a fraction. */
    readonly high: Decimal;
  };
  /** More than one root in the searched range, and no guess to pick one. */
  several_roots: {
    /** Every root found, per period, as fractions, ascending. */
    readonly roots: readonly Decimal[];
  };
  /** The iteration limit was reached; the last bracket is kept. */
  did_not_converge: {
    /** Low end of the last bracket holding the root: a rate per period, as a fraction. */
    readonly low: Decimal;
    /** High end of the last bracket: a rate per period, as a fraction. */
    readonly high: Decimal;
    /** Exact steps taken before giving up. */
    readonly iterations: number;
  };
  /** A quantity that is undefined for these inputs (a share of a zero headline, say). */
  not_computable: {
    /** Why, in words. */
    readonly reason: string;
  };
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

// The brand every copy of dealcalc puts on its errors. `Symbol.for` keys are shared by the whole
// JavaScript realm, so an error thrown by the ESM copy is recognised by the CJS copy (and by
// another version) where `instanceof` against one copy's class would say no.
const BRAND = Symbol.for('dealcalc.error');

/** An error's plain form, as `toJSON` gives it. */
export interface DealcalcErrorJson<C extends ErrorCode = ErrorCode> {
  /** What went wrong, one of {@link ERROR_CODES}. */
  readonly code: C;
  /** The error's message: one sentence, or a count and each problem. */
  readonly message: string;
  /** The code's data; Decimals in it serialise as strings. */
  readonly data: ErrorDataByCode[C];
  /** Every problem found, each with its path. */
  readonly issues: readonly Issue[];
}

/** A {@link DealcalcError} with one given code: `data` is that code's data. */
export interface DealcalcErrorOf<C extends ErrorCode> extends Error {
  /** Always `'DealcalcError'`. */
  readonly name: 'DealcalcError';
  /** What went wrong, one of {@link ERROR_CODES}. */
  readonly code: C;
  /** The code's data ({@link ErrorDataByCode}): `roots` for `several_roots`, and so on. */
  readonly data: ErrorDataByCode[C];
  /** Every problem found, each with its path (at least one for `invalid_input`). */
  readonly issues: readonly Issue[];
  /** A plain object for logs and JSON: code, message, data and issues. */
  toJSON(): DealcalcErrorJson<C>;
}

/**
 * The one error class dealcalc throws. `code` says what went wrong, `data` carries the
 * code's data, and `issues` lists every problem with its path.
 *
 * As a type it is a union keyed by `code`, so checking the code narrows `data`. Both
 * `instanceof DealcalcError` and {@link isDealcalcError} recognise errors from any copy of
 * dealcalc loaded in the same program (its ESM and CJS builds, say): they test a shared
 * brand, not the class identity.
 *
 * @example
 * const r = safeIrr([-50, -100, 600, 300, -100]);
 * !r.ok && r.error.code === 'several_roots' ? r.error.data.roots.length : 0 //=> 2
 */
export type DealcalcError<C extends ErrorCode = ErrorCode> = { [K in C]: DealcalcErrorOf<K> }[C];

/** The constructor of {@link DealcalcError}. */
export interface DealcalcErrorConstructor {
  /**
   * An error with its code, the code's data and the issues (the message defaults to a
   * summary of the issues).
   */
  new <C extends ErrorCode>(
    code: C,
    data: ErrorDataByCode[C],
    issues: readonly Issue[],
    message?: string,
  ): DealcalcError<C>;
  /** The prototype every dealcalc error of this copy inherits from. */
  readonly prototype: DealcalcError;
  /** True for a dealcalc error from any copy of the package (see {@link isDealcalcError}). */
  [Symbol.hasInstance](value: unknown): value is DealcalcError;
}

/**
 * The one error class dealcalc throws; see the {@link DealcalcError} type.
 *
 * @example
 * try { amount('25X'); } catch (e) {
 *   if (e instanceof DealcalcError && e.code === 'invalid_input') console.log(e.issues[0].path);
 * }
 */
export const DealcalcError: DealcalcErrorConstructor = class DealcalcError extends Error {
  // Its name survives minification (Node's builds are minified): `console.log(error)` prints
  // `DealcalcError: …`, not `F [DealcalcError]: …`.
  static {
    Object.defineProperty(this, 'name', { value: 'DealcalcError' });
  }

  readonly code: ErrorCode;
  readonly data: unknown;
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, data: unknown, issues: readonly Issue[], message?: string) {
    super(clip(message ?? describeIssues(issues), MESSAGE_LIMIT));
    this.code = code;
    this.data = data;
    this.issues = issues;
  }

  override get name(): 'DealcalcError' {
    return 'DealcalcError';
  }

  get [BRAND](): true {
    return true;
  }

  toJSON(): DealcalcErrorJson {
    return { code: this.code, message: this.message, data: this.data, issues: this.issues } as DealcalcErrorJson;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value);
  }
} as unknown as DealcalcErrorConstructor;

function isBranded(value: unknown): value is DealcalcError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * True when `value` is a {@link DealcalcError}, optionally with the given code. It recognises
 * errors thrown by any copy of dealcalc in the program (ESM and CJS builds alike) by their
 * shared brand.
 *
 * @example
 * isDealcalcError(safeAmount('25X').error, 'invalid_input') //=> true
 */
export function isDealcalcError<C extends ErrorCode = ErrorCode>(value: unknown, code?: C): value is DealcalcError<C> {
  return isBranded(value) && (code === undefined || value.code === code);
}

/**
 * `a.b[2].c` style rendering of a path; `(root)` for the empty path.
 *
 * @throws {DealcalcError} `invalid_input` at `path` for anything but an array of keys (text)
 *   and indexes (numbers). So does every function given a path argument that is not one, when
 *   it reports a problem at it.
 *
 * @example
 * formatPath(['components', 0, 'schedule']) //=> 'components[0].schedule'
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (!Array.isArray(path)) invalidAt(['path'], 'an array of keys', path);
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string') out += out === '' ? segment : `.${segment}`;
    else invalidAt(['path'], 'an array of keys', path);
  }
  return out;
}

function describeIssues(issues: readonly Issue[]): string {
  // A path that is not an array (a caller's bad path argument) reaches formatPath, which says so.
  const lines = issues
    .slice(0, MESSAGE_ISSUES)
    .map((issue) =>
      issue.path?.length === 0 ? issue.message : `${clip(formatPath(issue.path), 120)}: ${issue.message}`,
    );
  if (issues.length > MESSAGE_ISSUES) lines.push(`and ${issues.length - MESSAGE_ISSUES} more`);
  // The constructor cuts the whole to MESSAGE_LIMIT.
  return lines.length <= 1 ? (lines[0] ?? 'invalid input') : `${issues.length} problems: ${lines.join('; ')}`;
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

/**
 * Throws `invalid_input` for one problem at `path`: "expected …, received …", with the value
 * received described briefly ({@link describeValue}) and an optional note after it.
 */
export function invalidAt(path: readonly PathSegment[], expected: string, value: unknown, note = ''): never {
  return invalidAs(path, expected, describeValue(value), note);
}

/** {@link invalidAt} with what was received already described (`'an empty list'`). */
export function invalidAs(path: readonly PathSegment[], expected: string, received: string, note = ''): never {
  return invalid([issueAt(path, expected, received, note)]);
}

// The one issue shape of "expected …, received …" (every front door words its problems so).
function issueAt(path: readonly PathSegment[], expected: string, received: string, note = ''): Issue {
  return { path, expected, received, message: `expected ${expected}, received ${received}${note}` };
}

/**
 * Throws `limit_exceeded` at `path`: `received` (already described) goes past `limit`; the
 * argument named in the data is `argument`, by default the path.
 */
export function limitExceeded(
  path: readonly PathSegment[],
  limit: string | number,
  expected: string,
  received: string,
  argument: string = formatPath(path),
): never {
  throw new DealcalcError('limit_exceeded', { argument, limit: String(limit), received }, [
    issueAt(path, expected, received),
  ]);
}

/** The argument name of `path` in `limit_exceeded` data of plain values: its keys joined by dots, or `'value'`. */
export function argumentName(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'value' : path.map(String).join('.');
}

/** Throws `not_computable` with `reason` (a quantity undefined, or beyond the range of decimals). */
export function notComputable(reason: string): never {
  throw new DealcalcError(
    'not_computable',
    { reason },
    [{ path: [], expected: 'inputs with a finite result', received: 'none', message: reason }],
    reason,
  );
}

/** Short, quoted description of any value for error messages (never throws). */
export function describeValue(value: unknown): string {
  try {
    const type = typeof value;
    return type === 'string'
      ? excerpt(value as string)
      : type === 'number' || type === 'undefined' || value === null
        ? String(value)
        : type === 'bigint'
          ? clip(`${value}n`, 60)
          : Array.isArray(value)
            ? `an array of ${value.length}`
            : type !== 'object'
              ? type
              : (value as { constructor?: { name?: string } }).constructor?.name === 'Decimal'
                ? clip(`Decimal ${String(value)}`, 60)
                : 'an object';
  } catch {
    return 'an unreadable value';
  }
}
