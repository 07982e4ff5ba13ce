import * as z from 'zod';
import {
  DealcalcError,
  describeValue,
  excerpt,
  formatPath,
  type ErrorCode,
  type Issue,
  type PathSegment,
} from './DealcalcError.ts';

/** Turns zod's issues into dealcalc issues: path, message, expected, received. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  return reported(issues, prefix).map((r) => r.issue);
}

interface Reported {
  readonly issue: Issue;
  /** The zod issue it comes from (`undefined` for a union no branch of which fits). */
  readonly raw?: z.core.$ZodIssue;
}

// Each problem as it is reported, with the zod issue behind it (for its code and data).
function reported(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[]): Reported[] {
  return issues.flatMap((raw): Reported[] => {
    const path = [...prefix, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (raw.code === 'invalid_union' && raw.errors.length > 0) {
      // Report the branch the input was evidently meant for (the one whose shape fits best),
      // not "invalid input".
      const best = raw.errors.reduce((a, b) => (fit(b) < fit(a) ? b : a));
      const ownMessage = raw.message.startsWith('expected ');
      if (fit(best) < 1000 || !ownMessage) return reported(best, path);
      // No branch fits: say which forms are accepted (the union's own message).
      const received = describeValue(raw.input);
      return [
        {
          issue: {
            path,
            message: `${raw.message}, received ${received}`,
            expected: raw.message.replace(/^expected /, ''),
            received,
          },
        },
      ];
    }
    const params = (raw as { params?: { expected?: string; received?: string } }).params;
    const received = params?.received ?? ('input' in raw ? describeValue(raw.input) : undefined);
    const expected = params?.expected ?? expectedOf(raw);
    // Ours (set in the schemas) start "expected …"; zod's are in the locale the program set
    // (`z.config(z.locales.de())`), so they are never quoted where we can say it ourselves.
    const own = raw.code !== 'custom' && raw.message.startsWith('expected ');
    if (own) {
      const message = `${raw.message}, received ${received ?? 'nothing'}`;
      return [
        {
          raw,
          issue: {
            path,
            message,
            expected: raw.message.replace(/^expected /, ''),
            ...(received === undefined ? {} : { received }),
          },
        },
      ];
    }
    const message =
      raw.code === 'custom' || expected === undefined
        ? raw.message
        : `expected ${expected}, received ${received ?? 'nothing'}`;
    return [
      {
        raw,
        issue: {
          path,
          message,
          ...(expected === undefined ? {} : { expected }),
          ...(received === undefined ? {} : { received }),
        },
      },
    ];
  });
}

// Lower is better: keys the branch does not know or requires but did not get weigh most.
function fit(issues: readonly z.core.$ZodIssue[]): number {
  let score = 0;
  for (const i of issues) {
    // A branch of another type altogether (a string where an object is expected) fits worst too.
    const shape =
      (i.path.length <= 1 &&
        (i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.input === undefined))) ||
      (i.path.length === 0 && i.code === 'invalid_type');
    score += shape ? 1000 : 1;
  }
  return score;
}

function expectedOf(raw: z.core.$ZodIssue): string | undefined {
  switch (raw.code) {
    case 'invalid_type':
      return raw.input === undefined ? `${raw.expected} (a required field)` : raw.expected;
    case 'too_small':
      return `${raw.origin === 'array' ? 'at least' : raw.inclusive === false ? 'more than' : 'at least'} ${String(raw.minimum)}${raw.origin === 'array' ? ' items' : raw.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `${raw.inclusive === false ? 'less than' : 'at most'} ${String(raw.maximum)}${raw.origin === 'array' ? ' items' : raw.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_value':
      return `one of ${raw.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys': {
      const shown = raw.keys
        .slice(0, 3)
        .map((k) => excerpt(k, 40))
        .join(', ');
      return `no other keys (unknown: ${shown}${raw.keys.length > 3 ? ` and ${raw.keys.length - 3} more` : ''})`;
    }
    case 'invalid_format':
      return raw.format === 'regex'
        ? `text matching ${String((raw as { pattern?: unknown }).pattern)}`
        : `a ${raw.format}`;
    default:
      return undefined;
  }
}

/**
 * Parses `input` with a zod schema, throwing a {@link DealcalcError} with every problem found.
 * Callers inside dealcalc use this at the boundary instead of `schema.parse`.
 *
 * @throws {DealcalcError} with the code of the problems when they all share one (a count over a
 *   limit is `limit_exceeded`, a component in another currency `currency_mismatch` …), else
 *   `invalid_input`.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: readonly PathSegment[] = [],
): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw errorFromZod(result.error.issues, prefix);
}

type Params = { code?: ErrorCode; data?: object; expected?: unknown; received?: unknown } & Record<string, unknown>;

const CODED: ReadonlySet<unknown> = new Set([
  'limit_exceeded',
  'currency_mismatch',
  'frequency_mismatch',
  'unbalanced_deal',
]);

/**
 * The {@link DealcalcError} for zod issues. Issues raised by dealcalc itself carry their code in
 * `params.code` and their data in `params.data` (or, for `unbalanced_deal`, in `params` itself);
 * when every issue has the same such code, the error has that code (an unbalanced deal only
 * when it is the one problem), otherwise it is `invalid_input` listing them all.
 */
export function errorFromZod(raw: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): DealcalcError {
  const all = reported(raw, prefix);
  const issues = all.map((r) => r.issue);
  const params = all.map((r) => (r.raw as { params?: Params } | undefined)?.params ?? {});
  const code = params[0]?.code;
  if (CODED.has(code) && params.every((p) => p.code === code) && (code !== 'unbalanced_deal' || issues.length === 1)) {
    const { code: _code, expected, received, data, ...rest } = params[0]!;
    // A limit's argument is where it is in the caller's input, not inside the function that found it;
    // a mismatch raised without data says what its issue says.
    const own =
      code === 'limit_exceeded'
        ? { ...data, argument: formatPath(issues[0]!.path) }
        : (data ?? (code === 'unbalanced_deal' ? rest : { expected: String(expected), received: String(received) }));
    return new DealcalcError(code!, own as never, issues);
  }
  return new DealcalcError('invalid_input', { issues }, issues);
}

/**
 * A zod check for a documented limit (at most `max` for a number, at most `max` items for an
 * array): beyond it the issue carries the `limit_exceeded` code. The limit is also written
 * into the JSON Schema (`maximum` or `maxItems`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function withinLimit<S extends z.ZodType>(schema: S, max: number, unit = ''): S {
  const checked = schema.check((ctx) => {
    const value: unknown = ctx.value;
    const size = typeof value === 'number' ? value : Array.isArray(value) ? value.length : undefined;
    if (size === undefined || size <= max) return;
    const received = Array.isArray(value) ? `${size} items` : String(size);
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `expected at most ${max}${unit}, received ${received}`,
      params: {
        code: 'limit_exceeded',
        expected: `at most ${max}${unit}`,
        received,
        data: { limit: String(max), received },
      },
    });
  });
  return checked.meta(schema._zod.def.type === 'array' ? { maxItems: max } : { maximum: max }) as S;
}

/**
 * Wraps a dealcalc function for use inside a zod transform: its `DealcalcError`s become zod
 * issues at the current path (with their own sub-paths), so one parse reports everything.
 */
export function fromDealcalc<T, U>(fn: (value: T) => U): (value: T, ctx: z.core.$RefinementCtx<T>) => U {
  return (value, ctx) => {
    try {
      return fn(value);
    } catch (error) {
      if (!(error instanceof DealcalcError)) throw error;
      for (const issue of error.issues) {
        ctx.issues.push({
          code: 'custom',
          message: issue.message,
          input: value,
          path: [...issue.path],
          params: { expected: issue.expected, received: issue.received, code: error.code, data: error.data },
        });
      }
      return z.NEVER;
    }
  };
}

/**
 * What `build` returns, built on its first call and kept. Schemas are built this way (or inside
 * `z.lazy`) on first use, never at import: building zod schemas is work, and import costs nothing.
 */
/* @__NO_SIDE_EFFECTS__ */
export function once<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
