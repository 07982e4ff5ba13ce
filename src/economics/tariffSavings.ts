import { readRates } from '../value/rates.ts';
import { addMonths, daysBetween, type IsoDate } from '../dates/calendarDate.ts';
import type { Deal, TariffBasis, TariffEvent, TariffLine, TariffRate } from '../deals/deal.ts';
import { readDeal } from '../deals/readDeal.ts';
import { optionsObject } from '../errors/options.ts';
import { DealcalcError, describeValue, invalid } from '../errors/DealcalcError.ts';
import { D, toPlainString, type Decimal } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import { presentValueOfPeriods } from '../value/convention.ts';
import { economicCost, type EconomicCostOptions } from './economicCost.ts';
import { sumByYear } from './periodBook.ts';

/** One year of the tariff side. */
export interface TariffYear {
  /** Year counted from the deal's start: 0 is the first year. */
  readonly year: number;
  /** First day of the year, when the deal is dated. */
  readonly start?: IsoDate;
  /** Duty exporters do not pay this year (accrues to exporters; negative when the deal's rates are higher than before). */
  readonly dutySaved: Decimal;
  /** Duty saved up to and including this year. */
  readonly cumulativeDutySaved: Decimal;
  /** The state's net expected outflow this year under the deal (cost to the state; negative when money comes back). */
  readonly stateCost: Decimal;
  /** The state's net cost up to and including this year. */
  readonly cumulativeStateCost: Decimal;
}

/** One line of goods in {@link TariffSavings}: its exports and the rates counted. */
export interface TariffSavingsLine {
  /** `'all other goods'` (the headline rates), or the sector's name. */
  readonly label: string;
  /** Yearly exports the line's rates apply to, in the deal's currency (the headline's less the sectors' with their own figure). */
  readonly exports: Decimal;
  /** The rate counted as the rate before the deal, as a fraction. */
  readonly before: Decimal;
  /** `'applied'`, or `'threatened'` when the threatened rate was asked for and the line has one. */
  readonly beforeKind: 'applied' | 'threatened';
  /** The rate under the deal, as a fraction from 0 to 1. */
  readonly after: Decimal;
  /** exports × (before − after) a year at these rates, before any later event. */
  readonly saved: Decimal;
  /** Legal basis of the rate before and of the rate after, when the deal gives them. */
  readonly basis: {
    /** Basis of the rate counted as before. */
    readonly before?: TariffBasis;
    /** Basis of the rate after. */
    readonly after?: TariffBasis;
  };
}

/** Everything {@link tariffSavings} gives. */
export interface TariffSavings {
  /** `'applied'` (default): rates actually applied before the deal; `'threatened'`: threats counted as the rate before. */
  readonly view: 'applied' | 'threatened';
  /** Yearly duty difference at the rates as agreed, before later events: Σ lines' `saved`. */
  readonly yearly: Decimal;
  /** `'all other goods'` at the headline rates first, then each sector with its own exports figure. */
  readonly lines: readonly TariffSavingsLine[];
  /** Year by year from the deal's start, with each rate counted only on the days it applies and after dated events. */
  readonly years: readonly TariffYear[];
  /** PV of the duty saved over the horizon at each rate. */
  readonly presentValues: ReadonlyArray<{
    /** The annual effective discount rate, as a fraction. */
    readonly rate: Decimal;
    /** PV of the duty saved over the years counted (negative when the deal's rates are higher). */
    readonly dutySaved: Decimal;
    /** PV of the state's net cost over the same years. */
    readonly stateCost: Decimal;
  }>;
  /** First year in which cumulative duty saved reaches the state's cumulative cost, or `null` if not within the horizon. */
  readonly crossoverYear: number | null;
  /** The dated events applied (rulings voiding a basis; surcharges imposed with or without the deal save nothing). */
  readonly events: readonly TariffEvent[];
  /** What the figures assume, one sentence each. */
  readonly assumptions: readonly string[];
  /** Whose money is whose. */
  readonly note: string;
}

/** Options of {@link tariffSavings}. */
export interface TariffSavingsOptions extends EconomicCostOptions {
  /** Years counted from the deal's start, a whole number from 1 to 200 (default 10). */
  readonly years?: number;
  /** Count a line's threatened rate, where it has one, as the rate before the deal (default `false`: applied rates only). */
  readonly threatened?: boolean;
  /** Apply the deal's dated tariff events, such as a ruling voiding a basis (default `true`). */
  readonly events?: boolean;
}

/**
 * The tariff side of a deal: the duty difference on the exports the deal's rates cover, line by
 * line (a sector with its own exports figure is counted at its own rates and taken out of the
 * headline exports), year by year, its present value, and the year in which cumulative duty
 * saved passes the deal's cumulative cost to the state (cash paid, loan and guarantee flows,
 * minus returns, as in `economicCost`), or `null` if it never does within the horizon.
 *
 * The rate before the deal is the rate actually applied; a threatened rate that was never
 * applied counts only with `{ threatened: true }`. When the deal is dated (its schedules' start
 * date, or its date), year k runs from the start plus k years, and each rate counts only on the
 * days it applies (`from`, `until`); a dated event voiding a legal basis ends every rate on that
 * basis from its date, and a concession that rests on a voided basis saves nothing. Duty saved
 * accrues to exporters; the cost falls on the state.
 *
 * @throws {DealcalcError} `not_computable` when the deal has no tariff terms or no exports
 *   figure; `invalid_input` for bad options.
 *
 * @example
 * const t = tariffSavings(presetDeal('kr-2025-11-mou'), { rates: ['4.5%'] });
 * formatAmount(t.yearly)                                          //=> '$3.8B'
 * formatAmount(tariffSavings(presetDeal('kr-2025-07-framework'), { threatened: true }).yearly) //=> '$13.2B'
 */
export function tariffSavings(deal: Deal, options: TariffSavingsOptions = {}): TariffSavings {
  readDeal(deal, ['deal']);
  options = optionsObject(options);
  const tariff = deal.tariff;
  if (tariff === undefined || tariff.exportsCovered === undefined) {
    const reason =
      tariff === undefined
        ? `deal ${deal.id} has no tariff terms`
        : `deal ${deal.id} gives no exports figure for its tariff terms`;
    throw new DealcalcError(
      'not_computable',
      { reason },
      [
        {
          path: ['tariff', 'exportsCovered'],
          expected: 'tariff terms with exportsCovered',
          received: 'none',
          message: reason,
        },
      ],
      reason,
    );
  }
  const rates = readRates(options.rates);
  const horizon = wholeNumber(options.years ?? 10, { path: ['years'], min: 1, max: 200 });
  const threatened = readFlag(options.threatened, 'threatened', false);
  const withEvents = readFlag(options.events, 'events', true);
  const assumptions: string[] = [];

  const sectors = tariff.sectors.filter((s) => s.exportsCovered !== undefined);
  for (const s of tariff.sectors)
    if (s.exportsCovered === undefined)
      assumptions.push(
        `${s.sector}: no exports figure, so its exports stay in "all other goods" at the headline rates.`,
      );
  const sectorExports = sectors.reduce((a, s) => a.plus(s.exportsCovered!), new D(0));
  const counted = [
    { label: 'all other goods', exports: tariff.exportsCovered.minus(sectorExports), line: tariff as TariffLine },
    ...sectors.map((s) => ({ label: s.sector, exports: s.exportsCovered!, line: s as TariffLine })),
  ];
  const beforeOf = (l: TariffLine): { rate: TariffRate; kind: 'applied' | 'threatened' } =>
    threatened && l.threatened !== undefined
      ? { rate: l.threatened, kind: 'threatened' }
      : { rate: l.before, kind: 'applied' };
  const lines = counted.map(({ label, exports, line }): TariffSavingsLine => {
    const before = beforeOf(line);
    return Object.freeze({
      label,
      exports,
      before: before.rate.rate,
      beforeKind: before.kind,
      after: line.after.rate,
      saved: exports.times(before.rate.rate.minus(line.after.rate)),
      basis: Object.freeze({
        ...(before.rate.basis === undefined ? {} : { before: before.rate.basis }),
        ...(line.after.basis === undefined ? {} : { after: line.after.basis }),
      }),
    });
  });
  const yearly = lines.reduce((a, l) => a.plus(l.saved), new D(0));
  const threats = counted.filter((c) => c.line.threatened !== undefined);
  if (!threatened && threats.length > 0)
    assumptions.push(
      `Applied rates only: the threatened ${threats.map((c) => `${formatRate(c.line.threatened!.rate)} (${c.label})`).join(', ')} never applied and is not counted; pass { threatened: true } to count it.`,
    );
  if (threatened)
    assumptions.push(
      threats.length === 0
        ? 'No line has a threatened rate: applied rates counted.'
        : 'Threatened rates counted as the rate before the deal where a line has one: duty that was threatened, not paid.',
    );

  const start = deal.components[0]?.schedule.startDate ?? deal.date;
  const voided = withEvents ? tariff.events.filter((e) => e.effect === 'voided') : [];
  const events = withEvents ? tariff.events : [];
  if (start === undefined)
    assumptions.push(
      'The deal has no date: every year counts the rates as agreed, and no dated rate or event applies.',
    );
  if (events.some((e) => e.effect === 'imposed'))
    assumptions.push(
      'Rates imposed with or without the deal (such as the Section 122 surcharge) fall on both sides alike and save nothing.',
    );
  for (const e of voided)
    assumptions.push(
      `From ${e.date} (${e.label}) every ${e.basis} rate stops applying, before and after the deal alike.`,
    );

  const inForce = (r: TariffRate, day: IsoDate): boolean =>
    (r.from === undefined || day >= r.from) &&
    (r.until === undefined || day < r.until) &&
    !(r.basis !== undefined && voided.some((e) => e.basis === r.basis && day >= e.date));
  const dutyIn = (from: IsoDate, to: IsoDate): Decimal => {
    const length = daysBetween(from, to);
    return counted.reduce((sum, { exports, line }) => {
      const cuts = new Set<IsoDate>([from, to]);
      for (const r of [line.before, line.threatened, line.after])
        for (const d of [r?.from, r?.until]) if (d !== undefined && d > from && d < to) cuts.add(d);
      for (const e of voided) if (e.date > from && e.date < to) cuts.add(e.date);
      const days = [...cuts].sort();
      let weighted = new D(0);
      for (let k = 0; k + 1 < days.length; k += 1) {
        const day = days[k]!;
        const applied = inForce(line.before, day) ? line.before.rate : new D(0);
        const before =
          threatened && line.threatened !== undefined && inForce(line.threatened, day) ? line.threatened.rate : applied;
        const after = inForce(line.after, day) ? line.after.rate : before;
        weighted = weighted.plus(before.minus(after).times(daysBetween(day, days[k + 1]!)));
      }
      return sum.plus(exports.times(weighted).div(length));
    }, new D(0));
  };

  const cost = economicCost(deal, { ...options, rates });
  const n = periodsPerYear(deal.components[0]?.schedule.frequency ?? 'annual');
  // The state's cost is its net outflow: the negative of its net flows.
  const stateByYear = new Map(sumByYear(cost.netFlows, n).map((y) => [y.year, y.amount.neg()]));
  let saved = new D(0);
  let spent = new D(0);
  let crossover: number | null = null;
  const years = Array.from({ length: horizon }, (_, year) => {
    const from = start === undefined ? undefined : addMonths(start, 12 * year);
    const dutySaved = from === undefined ? yearly : dutyIn(from, addMonths(start!, 12 * (year + 1)));
    saved = saved.plus(dutySaved);
    const stateCost = stateByYear.get(year) ?? new D(0);
    spent = spent.plus(stateCost);
    if (crossover === null && saved.gte(spent)) crossover = year;
    return Object.freeze({
      year,
      ...(from === undefined ? {} : { start: from }),
      dutySaved,
      cumulativeDutySaved: saved,
      stateCost,
      cumulativeStateCost: spent,
    });
  });
  const presentValues = rates.map((rate) =>
    Object.freeze({
      rate,
      dutySaved: presentValueOfPeriods(
        years.map((y) => ({ period: y.year, amount: y.dutySaved })),
        1,
        rate,
      ),
      stateCost: presentValueOfPeriods(
        years.map((y) => ({ period: y.year, amount: y.stateCost })),
        1,
        rate,
      ),
    }),
  );
  return Object.freeze({
    view: threatened ? 'threatened' : 'applied',
    yearly,
    lines: Object.freeze(lines),
    years: Object.freeze(years),
    presentValues: Object.freeze(presentValues),
    crossoverYear: crossover,
    events: Object.freeze([...events]),
    assumptions: Object.freeze(assumptions),
    note: 'Duty saved accrues to exporters; the cost of the deal falls on the state.',
  });
}

function readFlag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  return invalid([
    {
      path: [name],
      expected: 'true or false',
      received: describeValue(value),
      message: `expected true or false, received ${describeValue(value)}`,
    },
  ]);
}

// Plain percent text for a sentence (exact: the rate times 100 as a plain decimal).
function formatRate(rate: Decimal): string {
  return `${toPlainString(rate.times(100))}%`;
}
