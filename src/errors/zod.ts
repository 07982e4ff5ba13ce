import * as z from 'zod';
import { DealcalcError, describeValue, type Issue, type PathSegment } from './DealcalcError.ts';

/** Turns zod's issues into dealcalc issues: path, message, expected, received. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  return issues.flatMap((raw): Issue[] => {
    const path = [...prefix, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (raw.code === 'invalid_union' && raw.errors.length > 0) {
      // Report the branch the input was evidently meant for (the one whose shape fits best),
      // not "invalid input".
      const best = raw.errors.reduce((a, b) => (fit(b) < fit(a) ? b : a));
      const ownMessage = !raw.message.startsWith('Invalid');
      if (fit(best) < 1000 || !ownMessage) return issuesFromZod(best, path);
      // No branch fits: say which forms are accepted (the union's own message).
      const received = describeValue(raw.input);
      return [{ path, message: `${raw.message}, received ${received}`, expected: raw.message.replace(/^expected /, ''), received }];
    }
    const params = (raw as { params?: { expected?: string; received?: string } }).params;
    const received = params?.received ?? ('input' in raw ? describeValue(raw.input) : undefined);
    const expected = params?.expected ?? expectedOf(raw);
    // zod's own messages start with "Invalid"; ours (set in the schemas) say what is expected.
    const own = raw.code !== 'custom' && !raw.message.startsWith('Invalid') && !raw.message.startsWith('Unrecognized') && !raw.message.startsWith('Too ');
    if (own) {
      const message = `${raw.message}, received ${received ?? 'nothing'}`;
      return [{ path, message, expected: raw.message.replace(/^expected /, ''), ...(received === undefined ? {} : { received }) }];
    }
    const message = raw.code === 'custom' || expected === undefined ? raw.message : `expected ${expected}, received ${received ?? 'nothing'}`;
    return [{ path, message, ...(expected === undefined ? {} : { expected }), ...(received === undefined ? {} : { received }) }];
  });
}

// Lower is better: keys the branch does not know or requires but did not get weigh most.
function fit(issues: readonly z.core.$ZodIssue[]): number {
  let score = 0;
  for (const i of issues) {
    // A branch of another type altogether (a string where an object is expected) fits worst too.
    const shape = (i.path.length <= 1 && (i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.input === undefined))) || (i.path.length === 0 && i.code === 'invalid_type');
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
    case 'unrecognized_keys':
      return `no other keys (unknown: ${raw.keys.map((k) => JSON.stringify(k)).join(', ')})`;
    case 'invalid_format':
      return raw.format === 'regex' ? `text matching ${String((raw as { pattern?: unknown }).pattern)}` : `a ${raw.format}`;
    default:
      return undefined;
  }
}

/**
 * Parses `input` with a zod schema, throwing `invalid_input` with every problem found.
 * Callers inside dealcalc use this at the boundary instead of `schema.parse`.
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, prefix: readonly PathSegment[] = []): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = issuesFromZod(result.error.issues, prefix);
  throw new DealcalcError('invalid_input', { issues }, issues);
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
          params: { expected: issue.expected, received: issue.received, code: error.code },
        });
      }
      return z.NEVER;
    }
  };
}
