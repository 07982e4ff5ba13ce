import { D, type Decimal } from '../money/decimal.ts';

/** Amounts by period and column, added up as flows are booked. */
export interface PeriodBook<K extends string> {
  /** Adds `amount` to column `key` of `period`. */
  add(period: number, key: K, amount: Decimal): void;
  /** One row per period from the first booked to the last, with no gaps (0 where nothing was booked). */
  rows(): Array<{ readonly period: number } & Record<K, Decimal>>;
}

/** A {@link PeriodBook} with the given columns. */
export function periodBook<K extends string>(keys: readonly K[]): PeriodBook<K> {
  const byPeriod = new Map<number, Record<K, Decimal>>();
  const zero = (): Record<K, Decimal> => Object.fromEntries(keys.map((k) => [k, new D(0)])) as Record<K, Decimal>;
  return {
    add(period, key, amount) {
      const row = byPeriod.get(period) ?? zero();
      row[key] = row[key].plus(amount);
      byPeriod.set(period, row);
    },
    rows() {
      const periods = [...byPeriod.keys()];
      if (periods.length === 0) return [];
      const first = Math.min(...periods);
      const last = Math.max(...periods);
      return Array.from({ length: last - first + 1 }, (_, k) => ({
        period: first + k,
        ...(byPeriod.get(first + k) ?? zero()),
      }));
    },
  };
}

/** Amounts summed by year (period ÷ periods a year, rounded down), years ascending. */
export function sumByYear(
  entries: Iterable<{ readonly period: number; readonly amount: Decimal }>,
  periodsPerYear: number,
): Array<{ readonly year: number; readonly amount: Decimal }> {
  const byYear = new Map<number, Decimal>();
  for (const { period, amount } of entries) {
    const year = Math.floor(period / periodsPerYear); // periods and years are whole numbers
    byYear.set(year, (byYear.get(year) ?? new D(0)).plus(amount));
  }
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount }));
}
