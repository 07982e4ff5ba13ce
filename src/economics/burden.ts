import { readRates } from '../value/rates.ts';
import type { Deal } from '../deals/deal.ts';
import { readDeal } from '../deals/readDeal.ts';
import { describeValue, invalid, invalidAt } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { D, decimal, isDecimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { fxExposureByYear, type FxExposure, type FxPath } from '../money/fxPath.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import { merge } from '../schedules/merge.ts';
import { total } from '../schedules/total.ts';
import { presentValueOfPeriods } from '../value/convention.ts';
import type { Economy, EconomyFigureName } from './economy.ts';
import { sumByYear } from './periodBook.ts';

/** A ratio, or why it could not be computed. */
export type Ratio =
  | {
      /** The ratio, unrounded: a fraction (0.047 is 4.7%), or days for `peakInFxTurnoverDays`; 0 or more for the usual positive figures. */
      readonly value: Decimal;
      /** The figure divided by, for labels: name, period and source (`'fxReserves end-Dec 2025 (KM04)'`). */
      readonly figure: string;
    }
  | {
      /** No ratio. */
      readonly value: null;
      /** Why, in words (`'South Korea: no gdp on record'`, a missing exchange rate, a zero figure). */
      readonly reason: string;
    };

/**
 * PIIE Policy Brief 26-2's "ability to pay" view (Auclair and Mazarei, January 2026), as PIIE
 * states it: the investment pledge (not purchases) spread straight-line over its horizon (10
 * years where none is given), and a quarter of each of the country's outward FDI, imports and
 * foreign assets set against that yearly amount: capacity ÷ pledge.
 */
export interface AbilityToPay {
  /** The method and its source, for labels. */
  readonly method: string;
  /** The pledge PIIE counts: the headline's components other than purchases, in the deal's currency. */
  readonly pledgeCounted: Decimal;
  /** Purchases in the headline, left out of the pledge counted: headline − pledgeCounted, in the deal's currency. */
  readonly purchasesLeftOut: Decimal;
  /** Years the pledge is spread over: those its schedules span, or 10 where none is given (PIIE's default). */
  readonly horizonYears: number;
  /** Whether the horizon is PIIE's 10-year default because the deal's timing is not given. */
  readonly defaultHorizon: boolean;
  /** pledgeCounted ÷ horizonYears: PIIE's straight-line yearly pledge. */
  readonly annualPledge: Decimal;
  /** The share of each capacity measure PIIE assumes can be diverted: 0.25. */
  readonly divertibleShare: Decimal;
  /** 25% of each capacity measure ÷ the yearly pledge (above 1: the quarter covers a year of the pledge). */
  readonly capacityToPledge: Readonly<Record<'outwardFdi' | 'imports' | 'foreignAssets', Ratio>>;
}

/** dealcalc's own view beside PIIE's: the pledge counted, discounted, as a level yearly payment. */
export interface DiscountedPledge {
  /** The method, for labels. */
  readonly method: string;
  /** Years the level payment runs: the same horizon as {@link AbilityToPay.horizonYears}. */
  readonly horizonYears: number;
  /** At each rate: the level yearly payment over the horizon with the present value of the pledge counted, and its ratio to PIIE's straight-line amount. */
  readonly byRate: ReadonlyArray<{
    /** Annual effective discount rate, as a fraction. */
    readonly rate: Decimal;
    /** Level payment at the start of each year of the horizon with the pledge's present value, in the deal's currency. */
    readonly annualPayment: Decimal;
    /** `annualPayment ÷ annualPledge` (below 1 when discounting lightens the load); `null` when nothing is pledged. */
    readonly againstStraightLine: Decimal | null;
  }>;
}

/** Everything {@link burden} gives. */
export interface Burden {
  /** Id of the economy weighed against (`'kr'`). */
  readonly economy: string;
  /** Government money out (cash and loans disbursed) by year from the deal's start, in the deal's currency. */
  readonly yearlyOutflow: ReadonlyArray<{
    /** Year counted from the deal's start: 0 is the first year. */
    readonly year: number;
    /** Cash paid and loans disbursed in that year, 0 or more. */
    readonly amount: Decimal;
  }>;
  /** The year with the largest outflow (the earliest if several tie), or `null` when there is none. */
  readonly peakYear: {
    /** Year counted from the deal's start. */
    readonly year: number;
    /** Its outflow, in the deal's currency. */
    readonly amount: Decimal;
  } | null;
  /** The deal's weight against the economy's figures, each converted to the deal's currency. */
  readonly ratios: {
    /** Peak-year outflow ÷ FX reserves. */
    readonly peakToReserves: Ratio;
    /** Peak-year outflow ÷ yearly current-account surplus. */
    readonly peakToCurrentAccount: Ratio;
    /** Peak-year outflow ÷ yearly income on reserves. */
    readonly peakToReserveIncome: Ratio;
    /** Peak-year outflow in days of FX market turnover. */
    readonly peakInFxTurnoverDays: Ratio;
    /** Headline ÷ yearly GDP. */
    readonly headlineToGdp: Ratio;
    /** Headline ÷ yearly exports to the counterparty. */
    readonly headlineToExports: Ratio;
  };
  /** PIIE's view, as PIIE states it. */
  readonly abilityToPay: AbilityToPay;
  /** dealcalc's discounted view of the same pledge. */
  readonly discountedPledge: DiscountedPledge;
  /** How each figure was brought into the deal's currency. */
  readonly conversions: readonly string[];
  /** With `options.fxPath`: the yearly outflow converted along the path, and the same outflow at its best and worst rate. */
  readonly alongFxPath?: FxExposure;
}

/** Options of {@link burden}. */
export interface BurdenOptions {
  /** Annual effective discount rates for the discounted view, as fractions or percentage text (`'4.5%'`), each above −100% (default 3%, 4.5%, 6%). */
  readonly rates?: readonly DecimalInput[];
  /** Extra exchange rates, units per US dollar, to use before the economy's own. */
  readonly fx?: ReadonlyArray<{
    /** ISO 4217 code of the currency. */
    readonly currency: string;
    /** Units of the currency per US dollar, greater than 0 (`'1439'` for KRW). */
    readonly perUsd: DecimalInput;
  }>;
  /**
   * An exchange-rate path from the deal's currency (from `fxPath`): the yearly outflow is also
   * converted year by year, with the currency risk (the same outflow at the path's best and worst
   * rate). A path by period is read by year; a path by date at the anniversaries of the deal's
   * start (the first schedule's start date, else the deal's date).
   */
  readonly fxPath?: FxPath;
}

/**
 * Weighs a deal against an economy. Government money out (cash paid and loans disbursed; not
 * guarantees, which move no money unless called, nor purchases, company investment or the
 * unallocated part) is summed by year from the deal's start, and its peak year is compared with
 * FX reserves, the current-account surplus, the income on reserves and daily FX turnover (in
 * trading days); the headline with GDP and with exports to the counterparty.
 *
 * It also reproduces PIIE Policy Brief 26-2 (Auclair and Mazarei, Jan 2026) as PIIE states it
 * (`abilityToPay`): the investment pledge — the headline's components other than purchases —
 * spread straight-line over its horizon (10 years where none is given), and a quarter of the
 * country's outward FDI, of its imports and of its foreign assets set against that yearly
 * amount: capacity ÷ pledge. Beside it, labelled as dealcalc's own (`discountedPledge`), the
 * same pledge at its present value on the deal's schedule as a level yearly payment; the peak
 * year above follows the schedule too (a $20B-a-year cap, not an average).
 *
 * Figures in another currency are converted through US dollars at the economy's stated rates
 * (or `options.fx`); a ratio that would need a rate nobody gave is `null` with the reason.
 *
 * @throws {DealcalcError} `invalid_input` for bad rates or exchange rates, or an FX path that
 *   starts after the deal; `currency_mismatch` for an FX path from another currency.
 *
 * @example
 * const weighed = burden(presetDeal('kr-2025-11-mou'), economyPreset('kr'));
 * formatPercent(weighed.ratios.peakToReserves.value)      //=> '4.7%'
 * formatPercent(weighed.ratios.peakToCurrentAccount.value) //=> '16.3%'
 * weighed.abilityToPay.capacityToPledge.imports.value.toFixed(2) //=> '4.51'
 */
export function burden(deal: Deal, economy: Economy, options: BurdenOptions = {}): Burden {
  readDeal(deal, ['deal']);
  readEconomy(economy);
  options = optionsObject(options);
  const rates = readRates(options.rates);
  const extra = (options.fx ?? []).map((x, k) => {
    if (typeof x !== 'object' || x === null)
      invalid([
        {
          path: ['fx', k],
          expected: '{ currency, perUsd }',
          received: describeValue(x),
          message: `expected { currency, perUsd }, received ${describeValue(x)}`,
        },
      ]);
    const perUsd = decimal(x.perUsd, { path: ['fx', k, 'perUsd'] });
    if (!perUsd.gt(0))
      invalid([
        {
          path: ['fx', k, 'perUsd'],
          expected: 'a rate greater than 0',
          received: perUsd.toString(),
          message: `expected a rate greater than 0, received ${perUsd.toString()}`,
        },
      ]);
    return { currency: x.currency, perUsd };
  });
  const perUsd = (currency: CurrencyCode): Decimal | undefined =>
    currency === 'USD'
      ? new D(1)
      : (extra.find((x) => x.currency === currency)?.perUsd ?? economy.fx.find((x) => x.currency === currency)?.perUsd);
  const conversions: string[] = [];
  // A figure in the deal's currency, or a reason it cannot be had.
  const figure = (name: EconomyFigureName): { value: Decimal; label: string } | { value: null; reason: string } => {
    const f = economy.figures[name];
    if (f === undefined) return { value: null, reason: `${economy.name}: no ${name} on record` };
    const label = `${name} ${f.period} (${f.source})`;
    if (f.unit === deal.currency) return { value: f.value, label };
    const from = perUsd(f.unit);
    const to = perUsd(deal.currency);
    if (from === undefined || to === undefined)
      return {
        value: null,
        reason: `no ${from === undefined ? f.unit : deal.currency} per USD rate to convert ${name}`,
      };
    conversions.push(
      `${name}: ${f.unit} at ${from.toString()} per USD${deal.currency === 'USD' ? '' : `, ${deal.currency} at ${to.toString()} per USD`}`,
    );
    return { value: f.value.div(from).times(to), label };
  };
  const ratio = (numerator: Decimal | null, name: EconomyFigureName): Ratio => {
    if (numerator === null) return { value: null, reason: 'nothing to compare (no government outflow)' };
    const f = figure(name);
    if (f.value === null) return { value: null, reason: f.reason };
    if (f.value.isZero()) return { value: null, reason: `${name} is zero` };
    return { value: numerator.div(f.value), figure: f.label };
  };

  const government = deal.components.filter((c) => c.instrument === 'cash' || c.instrument === 'loan');
  const frequency = deal.components[0]?.schedule.frequency ?? 'annual';
  const n = periodsPerYear(frequency);
  const yearlyOutflow = sumByYear(
    government.flatMap((c) => c.schedule.installments),
    n,
  ).map((y) => Object.freeze(y));
  const peak = yearlyOutflow.reduce<{ year: number; amount: Decimal } | null>(
    (best, y) => (best === null || y.amount.gt(best.amount) ? y : best),
    null,
  );
  const peakAmount = peak === null || peak.amount.isZero() ? null : peak.amount;

  // PIIE: the investment pledge (not purchases), straight-line over its horizon; 10 years when the deal's timing is not given.
  const invested = deal.components.filter((c) => c.instrument !== 'purchase');
  const pledgeCounted = invested.reduce((a, c) => a.plus(total(c.schedule)), new D(0));
  const purchasesLeftOut = deal.headline.minus(pledgeCounted);
  const periods = invested.flatMap((c) => c.schedule.installments.map((i) => i.period));
  const spanPeriods = periods.length === 0 ? 0 : Math.max(...periods) - Math.min(...periods) + 1;
  const defaultHorizon = spanPeriods <= 1;
  const horizonYears = defaultHorizon ? 10 : Math.ceil(spanPeriods / n);
  const annualPledge = pledgeCounted.div(horizonYears);
  const share = new D('0.25');
  const capacity = (name: EconomyFigureName): Ratio => {
    if (annualPledge.isZero())
      return { value: null, reason: 'no investment pledge to weigh (purchases are not counted)' };
    const f = figure(name);
    if (f.value === null) return { value: null, reason: f.reason };
    return { value: f.value.times(share).div(annualPledge), figure: f.label };
  };
  const counted = invested.length === 0 ? undefined : merge(...invested.map((c) => c.schedule));
  const byRate = rates.map((rate) => {
    const pv = counted === undefined ? new D(0) : presentValueOfPeriods(counted.installments, n, rate);
    const annuity = presentValueOfPeriods(
      Array.from({ length: horizonYears }, (_, k) => ({ period: k, amount: new D(1) })),
      1,
      rate,
    );
    const annualPayment = pv.div(annuity);
    return Object.freeze({
      rate,
      annualPayment,
      againstStraightLine: annualPledge.isZero() ? null : annualPayment.div(annualPledge),
    });
  });

  return Object.freeze({
    economy: economy.id,
    yearlyOutflow: Object.freeze(yearlyOutflow),
    peakYear: peak === null ? null : Object.freeze(peak),
    ratios: Object.freeze({
      peakToReserves: ratio(peakAmount, 'fxReserves'),
      peakToCurrentAccount: ratio(peakAmount, 'currentAccount'),
      peakToReserveIncome: ratio(peakAmount, 'reserveIncome'),
      peakInFxTurnoverDays: ratio(peakAmount, 'fxTurnoverDaily'),
      headlineToGdp: ratio(deal.headline, 'gdp'),
      headlineToExports: ratio(deal.headline, 'exportsToCounterparty'),
    }),
    abilityToPay: Object.freeze({
      method:
        "PIIE's view, as PIIE states it (Policy Brief 26-2, Auclair and Mazarei, Jan 2026): 25% of outward FDI, of imports and of foreign assets against the yearly investment pledge, spread straight-line (10 years where no horizon is given); purchases not counted",
      pledgeCounted,
      purchasesLeftOut,
      horizonYears,
      defaultHorizon,
      annualPledge,
      divertibleShare: share,
      capacityToPledge: Object.freeze({
        outwardFdi: capacity('outwardFdi'),
        imports: capacity('imports'),
        foreignAssets: capacity('foreignAssets'),
      }),
    }),
    discountedPledge: Object.freeze({
      method:
        "dealcalc's own view: the pledge PIIE counts, at its present value on the deal's schedule, as a level yearly payment over the same horizon",
      horizonYears,
      byRate: Object.freeze(byRate),
    }),
    conversions: Object.freeze([...new Set(conversions)]),
    ...(options.fxPath === undefined
      ? {}
      : {
          alongFxPath: fxExposureByYear(
            yearlyOutflow,
            options.fxPath,
            deal.currency,
            deal.components.find((c) => c.schedule.startDate !== undefined)?.schedule.startDate ?? deal.date,
            ['fxPath'],
          ),
        }),
  });
}

// The front door of the economy argument: one built by economyPreset or parseEconomy (economy
// JSON passed by mistake is pointed to parseEconomy), checked only as deep as burden reads it.
function readEconomy(value: unknown): void {
  const hint = 'an economy from economyPreset() or parseEconomy() (parse economy JSON with parseEconomy first)';
  const e = value as { figures?: unknown; fx?: unknown } | null;
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return invalidAt(['economy'], hint, value);
  if (typeof e.figures !== 'object' || e.figures === null) return invalidAt(['economy', 'figures'], hint, e.figures);
  for (const [name, f] of Object.entries(e.figures)) {
    if (!isDecimal((f as { value?: unknown } | null)?.value))
      invalidAt(['economy', 'figures', name, 'value'], hint, (f as { value?: unknown } | null)?.value);
  }
  if (!Array.isArray(e.fx)) return invalidAt(['economy', 'fx'], hint, e.fx);
  e.fx.forEach((x: { perUsd?: unknown } | null, k: number) => {
    if (!isDecimal(x?.perUsd)) invalidAt(['economy', 'fx', k, 'perUsd'], hint, x?.perUsd);
  });
}
