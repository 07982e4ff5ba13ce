import type { Comparison } from '../compare/compare.ts';
import type { DealMetrics } from '../compare/metrics.ts';
import { dealName } from '../compare/sentences.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { describeValue, invalid, invalidAt, type PathSegment } from '../errors/DealcalcError.ts';
import { isAmount } from '../money/amount.ts';
import { isDecimal, toPlainString, type Decimal } from '../money/decimal.ts';
import { checkComparison, checkMetrics } from './shapes.ts';

/** A plain value: what dataframe and plotting libraries take. */
export type PlainValue = string | number | boolean | null;

/** One plain record: flat, JSON-safe; every figure twice, as a number to plot and as exact text. */
export type PlainRecord = Readonly<Record<string, PlainValue>>;

/** A sweep row in any of the shapes `sweep` yields: `{ index, params, value }` or `{ index, params, …figures }`. */
export interface SweepLikeRow {
  /** 0-based position of the combination in the sweep. */
  readonly index: number;
  /** The combination: parameter name → value. */
  readonly params: object;
}

/**
 * Plain records for notebooks: flat objects of numbers and strings to hand to a dataframe
 * (pandas, polars, Danfo, Arquero) or a plotting library (Vega-Lite, Observable Plot), in long
 * ("tidy") form. Every money figure comes twice: as a JS number for plotting (`amount`) and as
 * the exact decimal string (`amountExact`); the number is for drawing, never for sums.
 *
 * - a comparison (or several sharing their first deal): one record per deal and period of the
 *   compared instrument (`series: 'deal'`), then one per period for each difference
 *   (`series: 'difference'`, `deal` naming both), each with its running total;
 * - a deal's metrics: one record per period and instrument the deal uses;
 * - a sweep (any iterable of its rows): one record per row and rate, with the row's
 *   parameters (amounts as number, exact string and currency) and its figures.
 *
 * @throws {DealcalcError} `invalid_input` for anything else.
 *
 * @example
 * const rows = toRecords(compare(a, b, { rates: ['4.5%'] }));
 * rows[0]
 * //=> { series: 'deal', deal: 'US position (Oct 2025)', id: 'kr-2025-10-us-cash-25x8', period: 0, date: null, instrument: 'cash', currency: 'USD', amount: 25000000000, amountExact: '25000000000', cumulative: 25000000000, cumulativeExact: '25000000000' }
 * rows.filter((r) => r.series === 'difference').at(-1).cumulativeExact //=> '130000000000'
 * toRecords(metrics(proposal('cash 25B x 2')))[1].cumulativeExact      //=> '50000000000'
 */
export function toRecords(
  input: Comparison | readonly Comparison[] | DealMetrics | Iterable<SweepLikeRow>,
): PlainRecord[] {
  if (isComparison(input)) return comparisonRecords([checkComparison(input, ['input'])]);
  if (Array.isArray(input) && input.length > 0 && input.every(isComparison))
    return comparisonRecords(readComparisons(input, ['input']));
  if (isMetrics(input)) return metricsRecords(checkMetrics(input, ['input']));
  if (input !== null && typeof input === 'object' && Symbol.iterator in input)
    return sweepRecords(input as Iterable<SweepLikeRow>);
  return invalid([
    {
      path: ['input'],
      expected: 'a comparison, a list of comparisons, metrics or a sweep',
      received: describeValue(input),
      message: `expected a comparison, a list of comparisons, metrics or a sweep, received ${describeValue(input)}`,
    },
  ]);
}

function comparisonRecords(comparisons: readonly Comparison[]): PlainRecord[] {
  const first = comparisons[0]!;
  const instrument = first.instrument;
  const out: PlainRecord[] = [];
  for (const m of [first.a, ...comparisons.map((c) => c.b)]) {
    for (const r of m.perPeriod) {
      out.push({
        series: 'deal',
        deal: dealName(m),
        id: m.id,
        period: r.period,
        date: r.date ?? null,
        instrument,
        currency: m.currency,
        ...money('amount', r.byInstrument[instrument]),
        ...money('cumulative', r.cumulativeByInstrument[instrument]),
      });
    }
  }
  for (const c of comparisons) {
    for (const r of c.perPeriod) {
      out.push({
        series: 'difference',
        deal: `${dealName(c.a)} − ${dealName(c.b)}`,
        id: `${c.a.id} - ${c.b.id}`,
        period: r.period,
        date: r.date ?? null,
        instrument,
        currency: c.a.currency,
        ...money('amount', r.gap),
        ...money('cumulative', r.cumulativeGap),
      });
    }
  }
  return out;
}

function metricsRecords(m: DealMetrics): PlainRecord[] {
  const used: Instrument[] = INSTRUMENTS.filter((i) => !m.instruments[i].total.isZero());
  return m.perPeriod.flatMap((r) =>
    used.map((instrument) => ({
      deal: dealName(m),
      id: m.id,
      period: r.period,
      date: r.date ?? null,
      instrument,
      currency: m.currency,
      ...money('amount', r.byInstrument[instrument]),
      ...money('cumulative', r.cumulativeByInstrument[instrument]),
    })),
  );
}

function sweepRecords(rows: Iterable<SweepLikeRow>): PlainRecord[] {
  const out: PlainRecord[] = [];
  let k = -1;
  for (const row of rows) {
    k++;
    if (row === null || typeof row !== 'object' || typeof row.params !== 'object') {
      invalid([
        {
          path: ['input'],
          expected: 'sweep rows ({ index, params, … })',
          received: describeValue(row),
          message: `expected sweep rows ({ index, params, … }), received ${describeValue(row)}`,
        },
      ]);
    }
    const params: Record<string, PlainValue> = {};
    for (const [key, value] of Object.entries(row.params)) Object.assign(params, plain(key, value));
    const figures: unknown =
      'value' in row
        ? row.value
        : Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'index' && k !== 'params'));
    if (isMetrics(figures)) {
      const m = checkMetrics(figures, 'value' in row ? ['input', k, 'value'] : ['input', k]);
      const cash = m.instruments.cash;
      cash.presentValues.forEach((pv, k) => {
        out.push({
          index: row.index,
          ...params,
          currency: m.currency,
          ...money('headline', m.headline),
          ...money('cash', cash.total),
          ...fraction('cashShare', m.cashShare),
          ...fraction('rate', pv.rate),
          ...money('presentValue', cash.presentValues[k]!.value),
        });
      });
      continue;
    }
    if (isRateValues(figures)) {
      for (const x of figures)
        out.push({ index: row.index, ...params, ...fraction('rate', x.rate), ...plain('value', x.value) });
      continue;
    }
    if (figures !== null && typeof figures === 'object' && !isDecimal(figures) && !Array.isArray(figures)) {
      // Figures per rate (a list of { rate, value }) become one record per rate.
      const entries = Object.entries(figures as Record<string, unknown>);
      const perRate = entries.find(([, v]) => isRateValues(v));
      const base: Record<string, PlainValue> = { index: row.index, ...params };
      for (const [key, value] of entries) if (value !== perRate?.[1]) Object.assign(base, plain(key, value));
      if (perRate === undefined) out.push(base);
      else
        for (const x of perRate[1] as Array<{ rate: Decimal; value: Decimal }>)
          out.push({ ...base, ...fraction('rate', x.rate), ...plain(perRate[0], x.value) });
      continue;
    }
    out.push({ index: row.index, ...params, ...plain('value', figures) });
  }
  return out;
}

function money(name: string, value: Decimal): Record<string, PlainValue> {
  return { [name]: number(value), [`${name}Exact`]: toPlainString(value) };
}

function fraction(name: string, value: Decimal | null): Record<string, PlainValue> {
  return value === null ? { [name]: null, [`${name}Exact`]: null } : money(name, value);
}

// A value of a parameter or figure, flattened: Decimals twice, amounts with their currency.
function plain(name: string, value: unknown): Record<string, PlainValue> {
  if (isDecimal(value)) return money(name, value);
  if (isAmount(value)) return { ...money(name, value.value), [`${name}Currency`]: value.currency };
  if (value === null || value === undefined) return { [name]: null };
  if (typeof value === 'string' || typeof value === 'boolean') return { [name]: value };
  if (typeof value === 'number') return { [name]: Number.isFinite(value) ? value : null };
  if (typeof value === 'bigint') return { [name]: Number(value), [`${name}Exact`]: value.toString() };
  return { [name]: JSON.stringify(value, (_k, v: unknown) => (isDecimal(v) ? toPlainString(v) : v)) };
}

// For plotting only: the nearest JS number to the exact value.
function number(value: Decimal): number {
  return Number(toPlainString(value));
}

function isRateValues(x: unknown): x is Array<{ rate: Decimal; value: Decimal }> {
  return (
    Array.isArray(x) &&
    x.length > 0 &&
    x.every((v) => v !== null && typeof v === 'object' && isDecimal((v as { rate?: unknown }).rate) && 'value' in v)
  );
}

/**
 * Front door of a list of comparisons (as `compare` gives them): a list whose entries are
 * comparisons, each taken at once when `compare` built it, else checked field by field (a spread
 * copy works, a look-alike with a wrong value is named at that value).
 *
 * @throws {DealcalcError} `invalid_input` at the list, at the first entry that is not a
 *   comparison, or at the first field of one that is not what a comparison has.
 */
export function readComparisons(value: unknown, path: readonly PathSegment[] = ['comparisons']): readonly Comparison[] {
  if (!Array.isArray(value)) return invalidAt(path, 'a list of comparisons (from compare())', value);
  value.forEach((c: unknown, k: number) => {
    if (!isComparison(c)) invalidAt([...path, k], 'a comparison (from compare())', c);
    checkComparison(c, [...path, k]);
  });
  return value as readonly Comparison[];
}

/**
 * Front door of a metrics argument (as `metrics` gives it): taken at once when `metrics` or
 * `compare` built it, else checked field by field.
 *
 * @throws {DealcalcError} `invalid_input` at `path` for anything without the shape of metrics,
 *   or at the first field that is not what metrics have.
 */
export function readMetrics(value: unknown, path: readonly PathSegment[] = ['metrics']): DealMetrics {
  return isMetrics(value) ? checkMetrics(value, path) : invalidAt(path, 'metrics of a deal (from metrics())', value);
}

function isComparison(x: unknown): x is Comparison {
  return x !== null && typeof x === 'object' && 'gaps' in x && 'perPeriod' in x && 'a' in x && 'b' in x;
}

function isMetrics(x: unknown): x is DealMetrics {
  return (
    x !== null && typeof x === 'object' && 'instruments' in x && 'perPeriod' in x && 'headline' in x && !('gaps' in x)
  );
}
