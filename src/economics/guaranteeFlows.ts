import { readRates } from '../value/rates.ts';
import { optionsObject } from '../errors/options.ts';
import type { Component } from '../deals/deal.ts';
import { D, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import type { Schedule } from '../schedules/schedule.ts';
import { periodFlows, readConvention } from '../value/convention.ts';
import { discountRate, presentValue } from '../value/discount.ts';
import { readComponentSchedule, readGuaranteeTerms, wholePeriods } from '../deals/readTerms.ts';
import type { GuaranteeTerms, GuaranteeTermsJson } from '../deals/terms.ts';

/** One period of a guarantee's expected flows, from the guarantor's (the pledging party's) side. */
export interface GuaranteeFlowRow {
  /** Whole period counted from the schedule's period 0. */
  readonly period: number;
  /** Exposure outstanding during the period and not yet called (expected). */
  readonly exposure: Decimal;
  /** Expected fees received: positive. */
  readonly fees: Decimal;
  /** Expected calls paid: negative. */
  readonly calls: Decimal;
  /** Expected recoveries of called amounts: positive. */
  readonly recoveries: Decimal;
  /** fees + calls + recoveries: the guarantor's expected net flow of the period (negative: out). */
  readonly net: Decimal;
}

/** The expected cost of a guarantee at one discount rate. */
export interface GuaranteeCost {
  /** The annual effective discount rate, as a fraction. */
  readonly rate: Decimal;
  /** PV of expected calls net of recoveries, minus PV of fees. Negative when fees exceed expected losses. */
  readonly expectedCost: Decimal;
  /** PV of the expected calls paid, as a positive magnitude. */
  readonly calls: Decimal;
  /** PV of the expected recoveries, 0 or more. */
  readonly recoveries: Decimal;
  /** PV of the expected fees received, 0 or more. */
  readonly fees: Decimal;
}

/** Everything {@link guaranteeFlows} gives. */
export interface GuaranteeFlows {
  /** The terms used, checked, defaults filled in. */
  readonly terms: GuaranteeTerms;
  /** The schedule's period length: the periods of `rows`. */
  readonly frequency: Frequency;
  /** One row per period from the first tranche to the last recovery (empty when nothing is guaranteed). */
  readonly rows: readonly GuaranteeFlowRow[];
  /** Expected cost at each rate asked for (default 3%, 4.5%, 6%). */
  readonly costs: readonly GuaranteeCost[];
  /** The worst case: the largest exposure outstanding, called at once, in the period it peaks (`null` when nothing is guaranteed). */
  readonly worstCase: {
    /** The period the gross exposure peaks (the earliest, if several tie). */
    readonly period: number;
    /** The whole exposure outstanding then, ignoring earlier calls, in the schedule's currency: the cash needed if all of it is called. */
    readonly exposure: Decimal;
    /** `exposure × lossGivenCall`: what is never recovered. */
    readonly loss: Decimal;
  } | null;
}

/**
 * Expected flows and cost of a credit guarantee: each installment of the component's schedule
 * is exposure guaranteed for `tenor` years. While outstanding and not yet called it earns the
 * yearly `fee`; in each year it is called with probability `callProbability` (per period:
 * 1 − (1 − p)^(1/n)), the call is paid at the end of that period, and the share
 * 1 − `lossGivenCall` of it is recovered `recoveryLag` years later. Signs are the guarantor's:
 * money out negative. Fees are received at the start of each period of cover.
 *
 * Expected cost at a discount rate = PV(expected calls) − PV(expected recoveries) − PV(fees),
 * discounted as everywhere in dealcalc. A guarantee that is never called costs minus its fees.
 * The worst case is the whole exposure outstanding at its peak, called at once (the loss is
 * that exposure × `lossGivenCall`; the cash needed is the whole exposure).
 *
 * @param component - A guarantee component of a deal, or a schedule of exposure taken on (amounts 0 or more).
 * @param terms - Tenor and recovery lag in years; fee, call probability and loss given call as fractions (see {@link GuaranteeTermsJson}).
 * @param options - `rates`: annual effective discount rates for the cost (fractions or `'4.5%'`, default 3%, 4.5%, 6%);
 *   `timing`: `'start'` (default) or `'end'` of each period, as everywhere in dealcalc.
 *
 * @throws {DealcalcError} `invalid_input` for probabilities or shares outside 0–1, a negative
 *   fee, or a tenor or lag that is not a whole number of periods.
 *
 * @example
 * // $100 guaranteed for 2 years, 1% fee, never called: costs minus the fees.
 * const g = guaranteeFlows(lumpSum('100'), { tenor: 2, fee: '0.01', callProbability: '0', lossGivenCall: '0.5' }, { rates: ['0'] });
 * g.costs[0].expectedCost.toString()  //=> '-2'
 * g.worstCase                         //=> { period: 0, exposure: decimal('100'), loss: decimal('50') }
 */
export function guaranteeFlows(
  component: Component | Schedule,
  terms: GuaranteeTermsJson | GuaranteeTerms,
  options: { readonly rates?: readonly DecimalInput[]; readonly timing?: 'start' | 'end' } = {},
): GuaranteeFlows {
  const schedule = readComponentSchedule(component);
  options = optionsObject(options);
  const t = readGuaranteeTerms(terms);
  const rates = readRates(options.rates);
  const convention = readConvention(options.timing);
  const frequency = schedule.frequency;
  const n = periodsPerYear(frequency);
  const tenor = wholePeriods(t.tenor, frequency, ['terms', 'tenor']);
  const lag = wholePeriods(t.recoveryLag, frequency, ['terms', 'recoveryLag']);
  const q = n === 1 ? t.callProbability : new D(1).minus(new D(1).minus(t.callProbability).pow(new D(1).div(n)));
  const feeRate = t.fee.div(n);
  const kept = new D(1).minus(q);
  const recovered = new D(1).minus(t.lossGivenCall);

  // Every tranche follows one profile scaled by its amount: outstanding (1 − q)^k in its k-th
  // period of cover, k < tenor. So the expected exposure of all tranches is one running sum,
  //   E(p) = (1 − q)·E(p − 1) + A(p) − A(p − tenor)·(1 − q)^tenor,
  // and fees, calls and recoveries follow from E: cost in tranches + periods, not their product.
  const issued = new Map<number, Decimal>();
  for (const { period, amount } of schedule.installments) if (!amount.isZero()) issued.set(period, amount);
  const periods = [...issued.keys()];
  if (periods.length === 0 || tenor === 0)
    return Object.freeze({
      terms: t,
      frequency,
      rows: Object.freeze([]),
      costs: Object.freeze(
        rates.map((rate) =>
          Object.freeze({ rate, expectedCost: new D(0), calls: new D(0), recoveries: new D(0), fees: new D(0) }),
        ),
      ),
      worstCase: null,
    });
  const first = periods[0]!;
  const lastIssue = periods[periods.length - 1]!;
  const last = lastIssue + tenor + lag; // the last recovery
  const expiring = kept.pow(tenor);
  const zero = new D(0);
  const rows: GuaranteeFlowRow[] = [];
  const calls = new Map<number, Decimal>();
  const recoveries = new Map<number, Decimal>();
  let exposure = zero;
  let gross = zero;
  let worst: GuaranteeFlows['worstCase'] = null;
  for (let p = first; p <= last; p += 1) {
    const added = issued.get(p);
    const ended = issued.get(p - tenor);
    if (!exposure.isZero()) exposure = exposure.times(kept);
    if (added !== undefined) {
      exposure = exposure.plus(added);
      gross = gross.plus(added);
    }
    if (ended !== undefined) {
      exposure = exposure.minus(ended.times(expiring));
      gross = gross.minus(ended);
    }
    if (p >= lastIssue + tenor) exposure = zero; // every tranche has run off: exactly nothing left
    // Worst case: the whole exposure of all tranches outstanding in a period (ignoring earlier calls).
    if (!gross.isZero() && (worst === null || gross.gt(worst.exposure)))
      worst = { period: p, exposure: gross, loss: gross.times(t.lossGivenCall) };
    let fees = zero;
    if (!exposure.isZero()) {
      fees = exposure.times(feeRate);
      const called = exposure.times(q);
      if (!called.isZero()) {
        calls.set(p + 1, called.neg());
        if (!recovered.isZero()) recoveries.set(p + 1 + lag, called.times(recovered));
      }
    }
    const call = calls.get(p) ?? zero;
    const recovery = recoveries.get(p) ?? zero;
    rows.push(
      Object.freeze({
        period: p,
        exposure,
        fees,
        calls: call,
        recoveries: recovery,
        net: fees.plus(call).plus(recovery),
      }),
    );
  }

  const flowsOf = (pick: (r: GuaranteeFlowRow) => Decimal) =>
    periodFlows(
      rows.map((r) => ({ period: r.period, amount: pick(r) })),
      n,
      convention,
    );
  const callFlows = flowsOf((r) => r.calls.neg());
  const recoveryFlows = flowsOf((r) => r.recoveries);
  const feeFlows = flowsOf((r) => r.fees);
  const costs = rates.map((rate) => {
    const factor = discountRate(rate);
    const c = presentValue(callFlows, factor);
    const rec = presentValue(recoveryFlows, factor);
    const f = presentValue(feeFlows, factor);
    return Object.freeze({ rate, expectedCost: c.minus(rec).minus(f), calls: c, recoveries: rec, fees: f });
  });
  return Object.freeze({
    terms: t,
    frequency,
    rows: Object.freeze(rows),
    costs: Object.freeze(costs),
    worstCase: worst === null ? null : Object.freeze(worst),
  });
}
