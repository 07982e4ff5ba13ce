import type { Comparison } from '../compare/compare.ts';
import { builtResult } from '../compare/lazy.ts';
import type { DealMetrics } from '../compare/metrics.ts';
import { INSTRUMENTS } from '../deals/instrument.ts';
import { invalidAt, type PathSegment } from '../errors/DealcalcError.ts';
import { isDecimal } from '../money/decimal.ts';

// The shape of a result handed back in (a comparison, metrics, a chart model): enough of it that
// what the reports and charts read is there with the right type, so that a copy or a hand-made
// object with a wrong value is `invalid_input` at that value's path, never a TypeError. Not a full
// schema: a result this copy of dealcalc built is taken at once (`builtResult`), and a user's
// spread copy of one is walked once.
//
// A spec is a type letter ('D' Decimal, 'n' number, 's' text, 'o' object, 'i' instrument), a
// list of one spec (a list whose every item has it), or an object of field specs. A field name
// ending in '?' may be undefined, one ending in '~' may be null; `{ '*': spec }` is an object
// with every instrument's field of that spec. Plain literals: nothing is built at import.
export type Shape = string | readonly [Shape] | { readonly [field: string]: Shape };

const WORDS: Record<string, string> = {
  D: 'a Decimal',
  n: 'a number',
  s: 'text',
  o: 'an object',
};

function fits(value: unknown, letter: string): boolean {
  switch (letter) {
    case 'D':
      return isDecimal(value);
    case 'n':
      return typeof value === 'number' && Number.isFinite(value);
    case 's':
      return typeof value === 'string';
    case 'i':
      return (INSTRUMENTS as readonly unknown[]).includes(value);
    default:
      return typeof value === 'object' && value !== null;
  }
}

/**
 * Checks `value` against `shape`.
 *
 * @throws {DealcalcError} `invalid_input` at the first value (depth first, in the shape's field
 *   order) that does not fit, with what was expected there.
 */
export function checkShape(value: unknown, shape: Shape, path: readonly PathSegment[], orNull = false): void {
  if (orNull && value === null) return;
  const or = orNull ? ' or null' : '';
  if (typeof shape === 'string') {
    if (!fits(value, shape)) invalidAt(path, (WORDS[shape] ?? `an instrument (${INSTRUMENTS.join(', ')})`) + or, value);
  } else if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return invalidAt(path, `a list${or}`, value);
    value.forEach((item: unknown, k: number) => checkShape(item, shape[0], [...path, k]));
  } else {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return invalidAt(path, `an object${or}`, value);
    const fields = shape as Record<string, Shape>;
    const entries = '*' in fields ? INSTRUMENTS.map((i) => [i, fields['*']!] as const) : Object.entries(fields);
    for (const [key, inner] of entries) {
      const mark = key.at(-1);
      const name = mark === '?' || mark === '~' ? key.slice(0, -1) : key;
      const field = (value as Record<string, unknown>)[name];
      if (mark === '?' && field === undefined) continue;
      checkShape(field, inner, [...path, name], mark === '~');
    }
  }
}

// `{ '*': shape }`: an object with every instrument's field of that shape.

const RATE_VALUE: Shape = { rate: 'D', value: 'D' };
const STREAM: Shape = {
  total: 'D',
  'share~': 'D',
  'peak~': { period: 'n', amount: 'D' },
  'horizon~': { first: 'n', last: 'n', periods: 'n' },
  presentValues: [RATE_VALUE],
  'averageTiming~': 'D',
};
const AMOUNTS: Shape = { '*': 'D' };
const METRICS: Shape = {
  instruments: { '*': STREAM },
  perPeriod: [
    { period: 'n', 'date?': 's', byInstrument: AMOUNTS, total: 'D', cumulativeByInstrument: AMOUNTS, cumulative: 'D' },
  ],
  headline: 'D',
  id: 's',
  'title?': 's',
  currency: 's',
  'date?': 's',
  'cashShare~': 'D',
  all: STREAM,
  alongside: AMOUNTS,
  rates: ['D'],
  convention: 'o',
  'economicCost?': 'o',
  'tariff?': 'o',
  'burden?': 'o',
  'delivery?': 'o',
};
const GAP: Shape = { total: 'D', 'share~': 'D', 'sharePoints~': 'D', presentValues: [RATE_VALUE] };
const COMPARISON: Shape = {
  a: METRICS,
  b: METRICS,
  gaps: {
    headline: 'D',
    instruments: { '*': GAP },
    all: GAP,
    cashShare: { 'fraction~': 'D', 'points~': 'D' },
    peak: 'D',
    horizonPeriods: 'n',
    presentValues: [RATE_VALUE],
    'averageTiming~': 'D',
    'economicCost?': [RATE_VALUE],
    'delivered?': 'D',
  },
  perPeriod: [
    { period: 'n', 'date?': 's', a: 'D', b: 'D', gap: 'D', cumulativeA: 'D', cumulativeB: 'D', cumulativeGap: 'D' },
  ],
  instrument: 'i',
  rates: ['D'],
  convention: 'o',
  frequency: 's',
  breakEven: { kind: 's' },
  levelInstallments: [{ rate: 'D', amount: 'D', periods: 'n', first: 'n' }],
  sentences: ['s'],
};

/**
 * Front door of one comparison: one `compare` built is taken at once, anything else (a spread
 * copy, say) is checked field by field, its break-even too.
 *
 * @throws {DealcalcError} `invalid_input` at the first field that is not what a comparison has.
 */
export function checkComparison(value: unknown, path: readonly PathSegment[]): Comparison {
  if (builtResult(value) && 'gaps' in value) return value as Comparison;
  checkShape(value, COMPARISON, path);
  const be = (value as { breakEven: { kind: unknown; rate?: unknown; rates?: unknown } }).breakEven;
  const at = [...path, 'breakEven'];
  if (be.kind === 'rate') checkShape(be.rate, 'D', [...at, 'rate']);
  else if (be.kind === 'several') checkShape(be.rates, ['D'], [...at, 'rates']);
  else if (be.kind !== 'none' && be.kind !== 'every-rate')
    invalidAt([...at, 'kind'], "'rate', 'several', 'none' or 'every-rate'", be.kind);
  return value as Comparison;
}

/**
 * Front door of one metrics argument: metrics that `metrics` or `compare` built are taken at
 * once, anything else is checked field by field.
 *
 * @throws {DealcalcError} `invalid_input` at the first field that is not what metrics have.
 */
export function checkMetrics(value: unknown, path: readonly PathSegment[]): DealMetrics {
  if (builtResult(value) && 'instruments' in value && !('gaps' in value)) return value as DealMetrics;
  checkShape(value, METRICS, path);
  return value as DealMetrics;
}
