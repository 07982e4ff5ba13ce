import type { Component } from '../../../src/deals/deal.ts';
import { D, type Decimal, type DecimalInput } from '../../../src/money/decimal.ts';
import type { Schedule } from '../../../src/schedules/schedule.ts';
import { readRates } from '../../../src/value/rates.ts';
import { timedFlows, valueAt } from '../../value/oracle/plainTimedFlows.ts';
import { periodsPerYear } from '../../../src/schedules/frequency.ts';
import { periodBook } from '../../../src/economics/periodBook.ts';
import { periodRate, readLoanTerms, wholePeriods } from '../../../src/deals/readTerms.ts';
import type { LoanTerms, LoanTermsJson } from '../../../src/deals/terms.ts';
import type { LoanFlowRow, LoanFlows } from '../../../src/economics/loanFlows.ts';

// Principal repayments are whole multiples of 1e-30 of a currency unit, so the balance is
// always exact and the last repayment brings it to zero exactly.
const QUANTUM_PLACES = 30;
function toQuantum(value: Decimal): Decimal {
  return value.toDecimalPlaces(QUANTUM_PLACES, D.ROUND_HALF_EVEN);
}

/**
 * The flows of a policy-bank loan: each installment of the component's schedule is a tranche
 * lent on `terms` (interest at the loan rate each period, interest only during the grace
 * period, then the principal back as a bullet, in equal parts, or by level payments). Signs
 * are the lender's: money out negative, money back positive. Every tranche's principal comes
 * back exactly: repayments are whole multiples of 10^−30 of a currency unit, and the last one
 * takes what remains (a part that does not divide evenly, such as 100 over 3 years, cannot be
 * repaid in exactly equal decimal parts).
 *
 * The economic cost at a discount rate is the subsidy: present value of what goes out minus
 * present value of what comes back, discounted as everywhere in dealcalc (annual effective
 * rates, period p at p ÷ n years). It is zero when the loan rate equals the discount rate and
 * grows as the loan rate falls below it.
 *
 * @param component - A loan component of a deal, or a schedule of disbursements.
 * @param terms - Rate (annual effective), tenor and grace in years, amortisation.
 * @param options - `rates`: discount rates for the subsidy (fractions or `'4.5%'`).
 *
 * @throws {DealcalcError} `invalid_input` for terms out of range (a tenor shorter than the
 *   grace period, a tenor that is not a whole number of periods, a rate ≤ −100%).
 *
 * @example
 * // $100 lent for 2 years at 5%, bullet: interest 5 and 5, principal 100 at the end.
 * const l = loanFlows(lumpSum('100'), { rate: '0.05', tenor: 2, amortization: 'bullet' }, { rates: ['0.05', '0.08'] });
 * l.rows.map((r) => r.net.toString())          //=> ['-100', '5', '105']
 * l.subsidies[0].subsidy.toString()            //=> '0'
 * l.subsidies[1].subsidy.toFixed(4)            //=> '5.3498'
 */
export function plainLoanFlows(
  component: Component | Schedule,
  terms: LoanTermsJson | LoanTerms,
  options: { readonly rates?: readonly DecimalInput[] } = {},
): LoanFlows {
  const schedule = 'schedule' in component ? component.schedule : component;
  const t = readLoanTerms(terms);
  const rates = readRates(options.rates);
  const frequency = schedule.frequency;
  const tenor = wholePeriods(t.tenor, frequency, ['terms', 'tenor']);
  const grace = wholePeriods(t.grace, frequency, ['terms', 'grace']);
  const i = periodRate(t.rate, frequency);

  const book = periodBook(['disbursement', 'interest', 'principal', 'outstanding'] as const);
  for (const { period, amount } of schedule.installments) {
    if (amount.isZero()) continue;
    book.add(period, 'disbursement', amount.neg());
    book.add(period, 'outstanding', amount);
    let owed = amount;
    let payment: Decimal | undefined;
    for (let k = 1; k <= tenor; k += 1) {
      const interest = owed.times(i);
      let principal = new D(0);
      if (k === tenor) principal = owed;
      else if (k > grace && t.amortization === 'equal-principal')
        principal = toQuantum(amount.times(k - grace).div(tenor - grace)).minus(amount.minus(owed));
      else if (k > grace && t.amortization === 'level-payment') {
        payment ??= i.isZero()
          ? owed.div(tenor - grace)
          : owed.times(i).div(new D(1).minus(i.plus(1).pow(-(tenor - grace))));
        principal = toQuantum(payment.minus(interest));
      }
      owed = owed.minus(principal);
      book.add(period + k, 'interest', interest);
      book.add(period + k, 'principal', principal);
      book.add(period + k, 'outstanding', owed);
    }
  }
  const rows: LoanFlowRow[] = book
    .rows()
    .map((r) => Object.freeze({ ...r, net: r.disbursement.plus(r.interest).plus(r.principal) }));
  const n = periodsPerYear(frequency);
  const pvOf = (pick: (r: LoanFlowRow) => Decimal, rate: Decimal) =>
    valueAt(
      timedFlows(
        rows.map((r) => ({ step: r.period, amount: pick(r) })),
        n,
      ),
      rate,
    ).value;
  const subsidies = rates.map((rate) => {
    const out = pvOf((r) => r.disbursement.neg(), rate);
    const back = pvOf((r) => r.interest.plus(r.principal), rate);
    return Object.freeze({ rate, out, back, subsidy: out.minus(back) });
  });
  const sum = (pick: (r: LoanFlowRow) => Decimal) => rows.reduce((acc, r) => acc.plus(pick(r)), new D(0));
  return Object.freeze({
    terms: t,
    frequency,
    rows: Object.freeze(rows),
    totals: Object.freeze({
      disbursed: sum((r) => r.disbursement.neg()),
      interest: sum((r) => r.interest),
      principal: sum((r) => r.principal),
    }),
    subsidies: Object.freeze(subsidies),
  });
}
