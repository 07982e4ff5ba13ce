import { DealcalcError, describeValue, invalid } from '../errors/DealcalcError.ts';
import type { Deal } from '../deals/deal.ts';
import { decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { metrics, type DealMetrics, type MetricsOptions } from './metrics.ts';
import { scenarioSweep, type ScenarioGrid, type ScenarioOptions, type ScenarioSweep } from './scenarios.ts';

/** A grid: for each parameter name, the values to try. */
export type Grid = Readonly<Record<string, readonly unknown[]>>;

/** One combination of a grid: a value for each parameter. */
export type Combination<G extends Grid> = { readonly [K in keyof G]: G[K][number] };

/** One row of a sweep: the combination tried and what `pick` took from its metrics. */
export interface SweepRow<G extends Grid, R> {
  /** 0-based position of the combination (the last parameter varies fastest). */
  readonly index: number;
  /** The combination tried: one value of each grid parameter. */
  readonly params: Combination<G>;
  /** What `pick` took from the deal's metrics (the metrics themselves without `pick`). */
  readonly value: R;
}

/**
 * A lazy sweep: iterate it (`for … of`) to compute one row at a time, so a million
 * combinations never sit in memory at once. `size` says how many rows there are.
 */
export interface Sweep<G extends Grid, R> extends Iterable<SweepRow<G, R>> {
  /** Number of combinations (the product of the grid's lengths). */
  readonly size: number;
  /** Computes every row into an array; refuses grids above `limit` rows (default 10,000). */
  toArray(limit?: number): Array<SweepRow<G, R>>;
}

/** Most rows `toArray` collects unless told otherwise. */
export const SWEEP_TABLE_LIMIT = 10_000;

/**
 * "What if": every combination of a grid, row by row, lazily (a million combinations never sit
 * in memory at once), the last grid key varying fastest. Two forms: this one, and
 * `sweep(build, grid, pick?, options?)` below for any deal.
 *
 * `sweep(grid, options)` with a {@link ScenarioGrid} (`rate`, `annual`, `years`, `total`, `cap`,
 * `start`, `headline`): a level stream of one instrument per row, computed from one annuity factor
 * per (rate, years, start) and one exact multiplication per row, so a million rows take about a
 * second. Rows ({@link ScenarioRow}) carry the inputs, total, share and present value.
 *
 * @param grid - Each input's values to try; `annual` with `years`, or `total` with `cap`; every list non-empty.
 * @param options - Instrument label, timing, frequency and currency of the rows.
 *
 * @throws {DealcalcError} `invalid_input` for unknown keys, empty lists, mixing `annual`/`years`
 *   with `total`/`cap` or giving one without its partner, bad values (with their index);
 *   `currency_mismatch` for amounts in two currencies; `limit_exceeded` from `toArray` above its limit.
 *
 * @example
 * const fast = sweep({ annual: ['7B', '25B'], years: [8, 10], rate: ['4.5%'] });
 * fast.size                                                    //=> 4
 * fast.toArray().map((r) => formatAmount(r.presentValue))      //=> ['$48.2B', '$57.9B', '$172.3B', '$206.7B']
 */
export function sweep(grid: ScenarioGrid, options?: ScenarioOptions): ScenarioSweep;
/**
 * "What if" for any deal: every combination of `grid`, row by row, lazily, the last parameter
 * varying fastest; `build` makes a deal from each combination and `pick` takes what it needs from
 * the deal's metrics (full metrics per row: slower than the {@link ScenarioGrid} form above).
 *
 * @param build - Makes a deal from one combination (e.g. with {@link proposal} or {@link deal}).
 * @param grid - Each parameter's values; every list must be non-empty.
 * @param pick - What to keep from each deal's metrics (default: the metrics themselves).
 * @param options - Rates and timing for the metrics.
 *
 * @throws {DealcalcError} `invalid_input` for an empty grid or an empty list of values
 *   (thrown at once); errors from `build` or `pick` surface when their row is computed.
 *
 * @example
 * const s = sweep(
 *   ({ annual, years }) => proposal(`cash ${annual} x ${years} of 350B`),
 *   { annual: ['7B', '25B'], years: [8, 10] },
 *   (m) => formatPercent(m.cashShare),
 * );
 * s.size                            //=> 4
 * s.toArray().map((r) => r.value)   //=> ['16.0%', '20.0%', '57.1%', '71.4%']
 */
export function sweep<G extends Grid, R = DealMetrics>(
  build: (params: Combination<G>) => Deal,
  grid: G,
  pick?: (m: DealMetrics, params: Combination<G>) => R,
  options?: MetricsOptions,
): Sweep<G, R>;
export function sweep<G extends Grid, R = DealMetrics>(
  build: ((params: Combination<G>) => Deal) | ScenarioGrid,
  grid?: G | ScenarioOptions,
  pick?: (m: DealMetrics, params: Combination<G>) => R,
  options: MetricsOptions = {},
): Sweep<G, R> | ScenarioSweep {
  if (typeof build === 'object' && build !== null) return scenarioSweep(build, (grid ?? {}) as ScenarioOptions);
  return dealSweep(build, grid as G, pick, options);
}

function dealSweep<G extends Grid, R>(
  build: (params: Combination<G>) => Deal,
  grid: G,
  pick: ((m: DealMetrics, params: Combination<G>) => R) | undefined,
  options: MetricsOptions,
): Sweep<G, R> {
  if (typeof build !== 'function')
    invalid([
      {
        path: ['build'],
        expected: 'a function making a deal',
        received: describeValue(build),
        message: `expected a function making a deal, received ${describeValue(build)}`,
      },
    ]);
  if (typeof grid !== 'object' || grid === null)
    invalid([
      {
        path: ['grid'],
        expected: 'an object of value lists',
        received: describeValue(grid),
        message: `expected an object of value lists, received ${describeValue(grid)}`,
      },
    ]);
  const names = Object.keys(grid);
  if (names.length === 0)
    invalid([
      {
        path: ['grid'],
        expected: 'at least one parameter',
        received: 'none',
        message: 'expected at least one parameter, received none',
      },
    ]);
  for (const name of names) {
    const values = grid[name];
    if (!Array.isArray(values) || values.length === 0) {
      invalid([
        {
          path: ['grid', name],
          expected: 'a non-empty list of values',
          received: describeValue(values),
          message: `expected a non-empty list of values, received ${describeValue(values)}`,
        },
      ]);
    }
  }
  const lengths = names.map((n) => grid[n]!.length);
  const size = lengths.reduce((a, b) => a * b, 1);
  const take = pick ?? ((m: DealMetrics) => m as unknown as R);

  function* rows(): Generator<SweepRow<G, R>> {
    for (let index = 0; index < size; index += 1) {
      const params = {} as Record<string, unknown>;
      let rest = index;
      for (let k = names.length - 1; k >= 0; k -= 1) {
        const length = lengths[k]!;
        params[names[k]!] = grid[names[k]!]![rest % length];
        rest = Math.floor(rest / length);
      }
      const combination = Object.freeze(params) as Combination<G>;
      yield Object.freeze({
        index,
        params: combination,
        value: take(metrics(build(combination), options), combination),
      });
    }
  }

  return {
    size,
    [Symbol.iterator]: rows,
    toArray(limit = SWEEP_TABLE_LIMIT) {
      if (size > limit) {
        const received = `${size} rows`;
        throw new DealcalcError('limit_exceeded', { argument: 'grid', limit: String(limit), received }, [
          {
            path: ['grid'],
            expected: `at most ${limit} rows (iterate the sweep for more)`,
            received,
            message: `expected at most ${limit} rows (iterate the sweep for more), received ${received}`,
          },
        ]);
      }
      return [...rows()];
    },
  };
}

/**
 * Exact evenly spaced values from `from` to `to` inclusive, for sweep grids:
 * `range('5', '25', '5')` is 5, 10, 15, 20, 25. Values are plain decimals; for amounts in
 * billions, append the unit (`range('5', '25', '5').map((x) => x.toString() + 'B')`).
 *
 * @param from - First value, a plain decimal in the unit you sweep (a rate as a fraction, an amount in whole currency units).
 * @param to - Last value, ≥ `from`; included when a whole number of steps from `from`.
 * @param step - Distance between values, > 0.
 *
 * @throws {DealcalcError} `invalid_input` for a step ≤ 0 or `to` < `from`;
 *   `limit_exceeded` above 100,000 values.
 *
 * @example
 * range('5', '25', '5').map(String) //=> ['5', '10', '15', '20', '25']
 * range('0.03', '0.06', '0.015').map(String) //=> ['0.03', '0.045', '0.06']
 */
export function range(from: DecimalInput, to: DecimalInput, step: DecimalInput): Decimal[] {
  const a = decimal(from, { path: ['from'] });
  const b = decimal(to, { path: ['to'] });
  const s = decimal(step, { path: ['step'] });
  if (!s.gt(0))
    invalid([
      {
        path: ['step'],
        expected: 'a step greater than 0',
        received: s.toString(),
        message: `expected a step greater than 0, received ${s.toString()}`,
      },
    ]);
  if (b.lt(a))
    invalid([
      {
        path: ['to'],
        expected: `a value of at least ${a.toString()}`,
        received: b.toString(),
        message: `expected a value of at least ${a.toString()}, received ${b.toString()}`,
      },
    ]);
  const count = b.minus(a).div(s).floor().plus(1);
  if (count.gt(100_000)) {
    throw new DealcalcError('limit_exceeded', { argument: 'step', limit: '100000', received: count.toString() }, [
      {
        path: ['step'],
        expected: 'at most 100000 values',
        received: count.toString(),
        message: `expected at most 100000 values, received ${count.toString()}`,
      },
    ]);
  }
  return Array.from({ length: count.toNumber() }, (_, k) => a.plus(s.times(k)));
}
