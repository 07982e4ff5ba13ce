import { DealcalcError, describeValue, invalid, type Issue, type PathSegment } from '../errors/DealcalcError.ts';
import { dayNumber, parseIsoDate, type IsoDate } from '../dates/calendarDate.ts';
import { decimal, type Decimal, type DecimalInput } from './decimal.ts';
import { wholeNumber } from './integer.ts';

/** Most points a path may have. */
export const MAX_PATH_POINTS = 10_000;

/** One point of a path: a value in force from a period or a date on. */
export interface StepPoint {
  readonly period?: number;
  readonly date?: IsoDate;
  readonly value: Decimal;
  readonly source?: string;
}

/** Values that hold from their period or date until the next point: a step function. */
export interface StepPath {
  readonly by: 'period' | 'date';
  /** Ascending, one per period or date. */
  readonly points: readonly StepPoint[];
}

/**
 * Reads a path's points: a plain list of values (periods `start`, `start + 1`, …), or
 * `{ period, <field> }` entries, or `{ date, <field> }` entries, in any order. Every value must
 * be greater than 0.
 *
 * @throws {DealcalcError} `invalid_input` naming the index of a bad entry, two entries for one
 *   period or date, a mix of forms, or an empty list; `limit_exceeded` above 10,000 points.
 */
export function readStepPath(
  entries: unknown,
  field: string,
  options: { readonly start?: number; readonly source?: string; readonly path: readonly PathSegment[] },
): StepPath {
  const path = options.path;
  if (!Array.isArray(entries) || entries.length === 0) {
    const expected = `a non-empty list of values, { period, ${field} } or { date, ${field} } entries`;
    return invalid([
      {
        path,
        expected,
        received: describeValue(entries),
        message: `expected ${expected}, received ${describeValue(entries)}`,
      },
    ]);
  }
  if (entries.length > MAX_PATH_POINTS) {
    const received = String(entries.length);
    throw new DealcalcError(
      'limit_exceeded',
      { argument: path.map(String).join('.'), limit: String(MAX_PATH_POINTS), received },
      [
        {
          path,
          expected: `at most ${MAX_PATH_POINTS} points`,
          received,
          message: `expected at most ${MAX_PATH_POINTS} points, received ${received}`,
        },
      ],
    );
  }
  const formOf = (e: unknown): 'value' | 'period' | 'date' =>
    typeof e === 'object' && e !== null && !('toFixed' in e) ? ('date' in e ? 'date' : 'period') : 'value';
  const form = formOf(entries[0]);
  const start = options.start ?? 0;
  const issues: Issue[] = [];
  const seen = new Map<number, number>();
  const points = entries.map((entry: unknown, index): { key: number; point: StepPoint } => {
    const at = [...path, index];
    if (formOf(entry) !== form) {
      return invalid([
        {
          path: at,
          expected: 'the same form as the first entry',
          received: describeValue(entry),
          message: `expected every entry in the same form as the first (plain values, { period, ${field} } or { date, ${field} }), not a mix`,
        },
      ]);
    }
    let raw: unknown = entry;
    let period: number | undefined;
    let date: IsoDate | undefined;
    let source = options.source;
    if (form !== 'value') {
      const e = entry as Record<string, unknown>;
      raw = e[field];
      if (typeof e['source'] === 'string') source = e['source'];
      if (form === 'period') period = wholeNumber(e['period'], { path: [...at, 'period'], min: 0, max: 10_000 });
      else {
        parseIsoDate(e['date'], [...at, 'date']);
        date = e['date'] as IsoDate;
      }
    } else period = start + index;
    const valuePath = form === 'value' ? at : [...at, field];
    if (raw === undefined)
      return invalid([
        { path: valuePath, expected: `a ${field}`, received: 'none', message: `expected a ${field}, received none` },
      ]);
    const value = decimal(raw as DecimalInput, { path: valuePath });
    if (!value.gt(0))
      issues.push({
        path: valuePath,
        expected: `a ${field} greater than 0`,
        received: value.toString(),
        message: `expected a ${field} greater than 0, received ${value.toString()}`,
      });
    const key = period ?? dayNumber(parseIsoDate(date));
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = period !== undefined ? `period ${period}` : `date ${date}`;
      issues.push({
        path: at,
        expected: `one ${field} per ${form === 'date' ? 'date' : 'period'}`,
        received: `${what} again (also at index ${earlier})`,
        message: `expected one ${field} per ${form === 'date' ? 'date' : 'period'}, received ${what} at index ${earlier} and ${index}`,
      });
    } else seen.set(key, index);
    const point: StepPoint = {
      value,
      ...(period === undefined ? {} : { period }),
      ...(date === undefined ? {} : { date }),
      ...(source === undefined ? {} : { source }),
    };
    return { key, point: Object.freeze(point) };
  });
  if (issues.length > 0) invalid(issues);
  points.sort((a, b) => a.key - b.key);
  return { by: form === 'date' ? 'date' : 'period', points: Object.freeze(points.map((p) => p.point)) };
}

/**
 * The point in force at a period or date: the latest at or before it (the last point holds
 * for ever after).
 *
 * @throws {DealcalcError} `invalid_input` for a period where the path is by date or the other way
 *   round, or for a period or date before the path's first point.
 */
export function pointAt(
  path: StepPath,
  at: number | string,
  argument: readonly PathSegment[],
  what: string,
): StepPoint {
  const first = path.points[0]!;
  if (path.by === 'period') {
    if (typeof at !== 'number' || !Number.isSafeInteger(at)) {
      return invalid([
        {
          path: argument,
          expected: 'a whole period (the path is by period)',
          received: describeValue(at),
          message: `expected a whole period (the ${what} is by period), received ${describeValue(at)}`,
        },
      ]);
    }
    let found: StepPoint | undefined;
    for (const p of path.points) if (p.period! <= at) found = p;
    if (found === undefined)
      return invalid([
        {
          path: argument,
          expected: `period ${first.period} or later (the ${what} starts there)`,
          received: String(at),
          message: `expected period ${first.period} or later (the ${what} starts there), received ${at}`,
        },
      ]);
    return found;
  }
  if (typeof at !== 'string') {
    return invalid([
      {
        path: argument,
        expected: 'a date as YYYY-MM-DD (the path is by date)',
        received: describeValue(at),
        message: `expected a date as YYYY-MM-DD (the ${what} is by date), received ${describeValue(at)}`,
      },
    ]);
  }
  const day = dayNumber(parseIsoDate(at, argument));
  let found: StepPoint | undefined;
  for (const p of path.points) if (dayNumber(parseIsoDate(p.date)) <= day) found = p;
  if (found === undefined)
    return invalid([
      {
        path: argument,
        expected: `${first.date} or later (the ${what} starts there)`,
        received: at,
        message: `expected ${first.date} or later (the ${what} starts there), received ${at}`,
      },
    ]);
  return found;
}
