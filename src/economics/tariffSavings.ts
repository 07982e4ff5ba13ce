import { readRates } from '../value/rates.ts';
import type { Deal } from '../deals/deal.ts';
import { DealcalcError } from '../errors/DealcalcError.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import { presentValueOfPeriods } from '../value/convention.ts';
import { economicCost, type EconomicCostOptions } from './economicCost.ts';
import { sumByYear } from './periodBook.ts';

/** One year of the tariff side. */
export interface TariffYear {
  readonly year: number;
  /** Duty exporters do not pay this year (accrues to exporters). */
  readonly dutySaved: Decimal;
  readonly cumulativeDutySaved: Decimal;
  /** The state's net expected outflow this year under the deal (cost to the state; negative when money comes back). */
  readonly stateCost: Decimal;
  readonly cumulativeStateCost: Decimal;
}

/** Everything {@link tariffSavings} gives. */
export interface TariffSavings {
  /** Yearly duty difference: exports covered × (rate before − rate after), by line. */
  readonly yearly: Decimal;
  readonly lines: ReadonlyArray<{ readonly label: string; readonly exports: Decimal; readonly before: Decimal; readonly after: Decimal; readonly saved: Decimal }>;
  readonly years: readonly TariffYear[];
  /** PV of the duty saved over the horizon at each rate. */
  readonly presentValues: ReadonlyArray<{ readonly rate: Decimal; readonly dutySaved: Decimal; readonly stateCost: Decimal }>;
  /** First year in which cumulative duty saved reaches the state's cumulative cost, or `null` if not within the horizon. */
  readonly crossoverYear: number | null;
  /** Whose money is whose. */
  readonly note: string;
}

/** Options of {@link tariffSavings}. */
export interface TariffSavingsOptions extends EconomicCostOptions {
  /** Years counted (default 10). */
  readonly years?: number;
}

/**
 * The tariff side of a deal: the yearly duty difference on the exports the new rates cover
 * (exports × (rate before − rate after); a sector with its own exports figure is counted at its
 * own rates and taken out of the headline exports), its present value over a horizon, and the
 * year in which cumulative duty saved passes the deal's cumulative cost to the state (cash paid,
 * loan and guarantee flows, minus returns, as in `economicCost`), or `null` if it never does
 * within the horizon. Duty saved accrues to exporters; the cost falls on the state.
 *
 * @throws {DealcalcError} `not_computable` when the deal has no tariff terms or no exports
 *   figure; `invalid_input` for bad options.
 *
 * @example
 * const t = tariffSavings(presetDeal('kr-2025-11-mou'), { rates: ['4.5%'] });
 * formatAmount(t.yearly)  //=> '$13.2B'
 * t.crossoverYear         //=> null
 */
export function tariffSavings(deal: Deal, options: TariffSavingsOptions = {}): TariffSavings {
  const tariff = deal.tariff;
  if (tariff === undefined || tariff.exportsCovered === undefined) {
    const reason = tariff === undefined ? `deal ${deal.id} has no tariff terms` : `deal ${deal.id} gives no exports figure for its tariff terms`;
    throw new DealcalcError('not_computable', { reason }, [{ path: ['tariff', 'exportsCovered'], expected: 'tariff terms with exportsCovered', received: 'none', message: reason }], reason);
  }
  const rates = readRates(options.rates);
  const horizon = wholeNumber(options.years ?? 10, { path: ['years'], min: 1, max: 200 });
  const sectors = tariff.sectors.filter((s) => s.exportsCovered !== undefined);
  const sectorExports = sectors.reduce((a, s) => a.plus(s.exportsCovered!), new D(0));
  const rest = tariff.exportsCovered.minus(sectorExports);
  const lines = [
    { label: 'all other goods', exports: rest, before: tariff.before, after: tariff.after },
    ...sectors.map((s) => ({ label: s.sector, exports: s.exportsCovered!, before: s.before, after: s.after })),
  ].map((l) => Object.freeze({ ...l, saved: l.exports.times(l.before.minus(l.after)) }));
  const yearly = lines.reduce((a, l) => a.plus(l.saved), new D(0));

  const cost = economicCost(deal, { ...options, rates });
  const n = periodsPerYear(deal.components[0]?.schedule.frequency ?? 'annual');
  // The state's cost is its net outflow: the negative of its net flows.
  const stateByYear = new Map(sumByYear(cost.netFlows, n).map((y) => [y.year, y.amount.neg()]));
  let saved = new D(0);
  let spent = new D(0);
  let crossover: number | null = null;
  const years = Array.from({ length: horizon }, (_, year) => {
    saved = saved.plus(yearly);
    const stateCost = stateByYear.get(year) ?? new D(0);
    spent = spent.plus(stateCost);
    if (crossover === null && saved.gte(spent)) crossover = year;
    return Object.freeze({ year, dutySaved: yearly, cumulativeDutySaved: saved, stateCost, cumulativeStateCost: spent });
  });
  const presentValues = rates.map((rate) =>
    Object.freeze({
      rate,
      dutySaved: presentValueOfPeriods(years.map((y) => ({ period: y.year, amount: y.dutySaved })), 1, rate),
      stateCost: presentValueOfPeriods(years.map((y) => ({ period: y.year, amount: y.stateCost })), 1, rate),
    }),
  );
  return Object.freeze({
    yearly,
    lines: Object.freeze(lines),
    years: Object.freeze(years),
    presentValues: Object.freeze(presentValues),
    crossoverYear: crossover,
    note: 'Duty saved accrues to exporters; the cost of the deal falls on the state.',
  });
}

