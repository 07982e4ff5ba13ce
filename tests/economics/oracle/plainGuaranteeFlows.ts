import { readRates } from '../../../src/value/rates.ts';
import type { Component } from '../../../src/deals/deal.ts';
import { D, type Decimal, type DecimalInput } from '../../../src/money/decimal.ts';
import { periodsPerYear } from '../../../src/schedules/frequency.ts';
import type { Schedule } from '../../../src/schedules/schedule.ts';
import { timedFlows, valueAt } from '../../value/oracle/plainTimedFlows.ts';
import { periodBook } from '../../../src/economics/periodBook.ts';
import { readGuaranteeTerms, wholePeriods } from '../../../src/deals/readTerms.ts';
import type { GuaranteeTerms, GuaranteeTermsJson } from '../../../src/deals/terms.ts';
import type { GuaranteeFlowRow, GuaranteeFlows } from '../../../src/economics/guaranteeFlows.ts';

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
 * @throws {DealcalcError} `invalid_input` for probabilities or shares outside 0–1, a negative
 *   fee, or a tenor or lag that is not a whole number of periods.
 *
 * @example
 * // $100 guaranteed for 2 years, 1% fee, never called: costs minus the fees.
 * const g = guaranteeFlows(lumpSum('100'), { tenor: 2, fee: '0.01', callProbability: '0', lossGivenCall: '0.5' }, { rates: ['0'] });
 * g.costs[0].expectedCost.toString()  //=> '-2'
 * g.worstCase                         //=> { period: 0, exposure: decimal('100'), loss: decimal('50') }
 */
export function plainGuaranteeFlows(
  component: Component | Schedule,
  terms: GuaranteeTermsJson | GuaranteeTerms,
  options: { readonly rates?: readonly DecimalInput[] } = {},
): GuaranteeFlows {
  const schedule = 'schedule' in component ? component.schedule : component;
  const t = readGuaranteeTerms(terms);
  const rates = readRates(options.rates);
  const frequency = schedule.frequency;
  const n = periodsPerYear(frequency);
  const tenor = wholePeriods(t.tenor, frequency, ['terms', 'tenor']);
  const lag = wholePeriods(t.recoveryLag, frequency, ['terms', 'recoveryLag']);
  const q = n === 1 ? t.callProbability : new D(1).minus(new D(1).minus(t.callProbability).pow(new D(1).div(n)));
  const feeRate = t.fee.div(n);

  const book = periodBook(['exposure', 'fees', 'calls', 'recoveries'] as const);
  for (const { period, amount } of schedule.installments) {
    if (amount.isZero()) continue;
    let surviving = amount;
    for (let k = 0; k < tenor; k += 1) {
      book.add(period + k, 'exposure', surviving);
      book.add(period + k, 'fees', surviving.times(feeRate));
      const called = surviving.times(q);
      book.add(period + k + 1, 'calls', called.neg());
      book.add(period + k + 1 + lag, 'recoveries', called.times(new D(1).minus(t.lossGivenCall)));
      surviving = surviving.minus(called);
    }
  }
  const rows: GuaranteeFlowRow[] = book
    .rows()
    .map((r) => Object.freeze({ ...r, net: r.fees.plus(r.calls).plus(r.recoveries) }));
  const pv = (pick: (r: GuaranteeFlowRow) => Decimal, rate: Decimal) =>
    valueAt(
      timedFlows(
        rows.map((r) => ({ step: r.period, amount: pick(r) })),
        n,
      ),
      rate,
    ).value;
  const costs = rates.map((rate) => {
    const calls = pv((r) => r.calls.neg(), rate);
    const recoveries = pv((r) => r.recoveries, rate);
    const fees = pv((r) => r.fees, rate);
    return Object.freeze({ rate, expectedCost: calls.minus(recoveries).minus(fees), calls, recoveries, fees });
  });
  // Worst case: the whole exposure of all tranches outstanding in a period (ignoring earlier calls).
  const gross = new Map<number, Decimal>();
  for (const { period, amount } of schedule.installments) {
    for (let k = 0; k < tenor; k += 1) gross.set(period + k, (gross.get(period + k) ?? new D(0)).plus(amount));
  }
  let worst: GuaranteeFlows['worstCase'] = null;
  for (const [period, exposure] of [...gross].sort((a, b) => a[0] - b[0])) {
    if (!exposure.isZero() && (worst === null || exposure.gt(worst.exposure)))
      worst = { period, exposure, loss: exposure.times(t.lossGivenCall) };
  }
  return Object.freeze({
    terms: t,
    frequency,
    rows: Object.freeze(rows),
    costs: Object.freeze(costs),
    worstCase: worst === null ? null : Object.freeze(worst),
  });
}
