import type { Component } from '../deals/deal.ts';
import { D, type Decimal, type DecimalInput } from '../money/decimal.ts';
import type { Frequency } from '../schedules/frequency.ts';
import type { Schedule } from '../schedules/schedule.ts';
import { readRates } from '../value/rates.ts';
import { optionsObject } from '../errors/options.ts';
import { periodFlows, readConvention } from '../value/convention.ts';
import { discountRate, presentValue } from '../value/discount.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import { periodRate, readComponentSchedule, readLoanTerms, wholePeriods } from '../deals/readTerms.ts';
import type { LoanTerms, LoanTermsJson } from '../deals/terms.ts';

// Principal repayments are whole multiples of 1e-30 of a currency unit, so the balance is
// always exact and the last repayment brings it to zero exactly.
const QUANTUM_PLACES = 30;
function toQuantum(value: Decimal): Decimal {
  return value.toDecimalPlaces(QUANTUM_PLACES, D.ROUND_HALF_EVEN);
}

/**
 * The loan's rows for all tranches at once. Every tranche follows one profile scaled by its
 * amount, f(k) = the share still owed k periods after it was lent (1 during grace; then
 * (T − k)/(T − g) for equal principal, (R − q^(k−g))/(R − 1) for level payments with q = 1 + i
 * and R = q^(T−g); 0 at the tenor T). So the outstanding balance of all tranches is a few
 * running sums over a window of T periods, updated in O(1) a period: cost in tranches +
 * periods, not their product. Balances are rounded to whole 1e−30 units, so principal, the
 * fall in the balance, is exact and repays every tranche to the last unit.
 */
function loanRows(
  installments: Schedule['installments'],
  terms: { tenor: number; grace: number; rate: Decimal; amortization: LoanTerms['amortization'] },
): LoanFlowRow[] {
  const { tenor: T, rate: i } = terms;
  const lent = new Map<number, Decimal>();
  for (const { period, amount } of installments) if (!amount.isZero()) lent.set(period, amount);
  if (lent.size === 0) return [];
  const periods = [...lent.keys()];
  const first = periods[0]!;
  const lastLent = periods[periods.length - 1]!;
  // Grace ≥ tenor, or a bullet: everything owed until the tenor.
  const g = terms.amortization === 'bullet' || terms.grace >= T ? T - 1 : terms.grace;
  const level = terms.amortization === 'level-payment' && !i.isZero();
  const q = i.plus(1);
  const R = level ? q.pow(T - g) : new D(1);
  const zero = new D(0);
  const at = (p: number): Decimal => lent.get(p) ?? zero;
  // Windows by age k = t − p: grace ages [0, g]; amortising ages (g, T).
  let inGrace = zero; // Σ A over grace ages
  let amortising = zero; // Σ A over amortising ages
  let weighted = zero; // equal principal: Σ A·(T − k); level: Σ A·q^(k − g)
  let previous = zero; // outstanding at t − 1
  const rows: LoanFlowRow[] = [];
  for (let t = first; t <= lastLent + T; t += 1) {
    // Age every window by one period: the tranche that reaches g + 1 moves from grace to
    // amortising; the one that reaches T leaves.
    const entering = at(t);
    const leavingGrace = at(t - g - 1);
    const ending = at(t - T);
    inGrace = inGrace.plus(entering).minus(leavingGrace);
    if (level) weighted = weighted.times(q).plus(leavingGrace.times(q)).minus(ending.times(R));
    else weighted = weighted.minus(amortising).plus(leavingGrace.times(T - g - 1));
    amortising = amortising.plus(leavingGrace).minus(ending);
    let outstanding: Decimal;
    if (t >= lastLent + T)
      outstanding = zero; // every tranche repaid: exactly nothing owed
    else {
      const share =
        T - g - 1 <= 0 ? zero : level ? R.times(amortising).minus(weighted).div(R.minus(1)) : weighted.div(T - g);
      outstanding = toQuantum(inGrace.plus(share));
    }
    const interest = previous.times(i);
    const principal = previous.plus(entering).minus(outstanding);
    rows.push(
      Object.freeze({
        period: t,
        disbursement: entering.neg(),
        interest,
        principal,
        net: entering.neg().plus(interest).plus(principal),
        outstanding,
      }),
    );
    previous = outstanding;
  }
  return rows;
}

/** One period of a loan, from the lender's (the pledging party's) side. */
export interface LoanFlowRow {
  /** Whole period counted from the schedule's period 0. */
  readonly period: number;
  /** Money lent in the period: negative (out). */
  readonly disbursement: Decimal;
  /** Interest received: positive. */
  readonly interest: Decimal;
  /** Principal repaid: positive. */
  readonly principal: Decimal;
  /** disbursement + interest + principal: the lender's net flow of the period (negative while lending, positive while repaid). */
  readonly net: Decimal;
  /** Principal still owed at the end of the period. */
  readonly outstanding: Decimal;
}

/** The economic cost of a loan at one discount rate. */
export interface LoanSubsidy {
  /** The annual effective discount rate, as a fraction. */
  readonly rate: Decimal;
  /** Present value of the money lent (a positive magnitude). */
  readonly out: Decimal;
  /** Present value of interest and principal received. */
  readonly back: Decimal;
  /** out − back: what lending on these terms costs the lender (0 when the loan rate equals the discount rate). */
  readonly subsidy: Decimal;
}

/** Everything {@link loanFlows} gives. */
export interface LoanFlows {
  /** The terms used, checked, defaults filled in. */
  readonly terms: LoanTerms;
  /** The schedule's period length: the periods of `rows`, and the periods tenor and grace are counted in. */
  readonly frequency: Frequency;
  /** One row per period from the first disbursement to the last repayment. */
  readonly rows: readonly LoanFlowRow[];
  /** Sums over all rows, undiscounted, as positive magnitudes. */
  readonly totals: {
    /** Everything lent, in the schedule's currency. */
    readonly disbursed: Decimal;
    /** Interest received, in the schedule's currency. */
    readonly interest: Decimal;
    /** Principal repaid, in the schedule's currency: equal to `disbursed`, exactly. */
    readonly principal: Decimal;
  };
  /** The subsidy at each rate asked for (default 3%, 4.5%, 6%). */
  readonly subsidies: readonly LoanSubsidy[];
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
 * @param component - A loan component of a deal, or a schedule of disbursements (amounts 0 or more).
 * @param terms - Rate (annual effective), tenor and grace in years, amortisation.
 * @param options - `rates`: annual effective discount rates for the subsidy (fractions or `'4.5%'`, default 3%, 4.5%, 6%);
 *   `timing`: `'start'` (default) or `'end'` of each period, as everywhere in dealcalc.
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
export function loanFlows(
  component: Component | Schedule,
  terms: LoanTermsJson | LoanTerms,
  options: { readonly rates?: readonly DecimalInput[]; readonly timing?: 'start' | 'end' } = {},
): LoanFlows {
  const schedule = readComponentSchedule(component);
  options = optionsObject(options);
  const t = readLoanTerms(terms);
  const rates = readRates(options.rates);
  const convention = readConvention(options.timing);
  const frequency = schedule.frequency;
  const tenor = wholePeriods(t.tenor, frequency, ['terms', 'tenor']);
  const grace = wholePeriods(t.grace, frequency, ['terms', 'grace']);
  const i = periodRate(t.rate, frequency);

  const rows = loanRows(schedule.installments, { tenor, grace, rate: i, amortization: t.amortization });
  const n = periodsPerYear(frequency);
  const outFlows = periodFlows(
    rows.map((r) => ({ period: r.period, amount: r.disbursement.neg() })),
    n,
    convention,
  );
  const backFlows = periodFlows(
    rows.map((r) => ({ period: r.period, amount: r.interest.plus(r.principal) })),
    n,
    convention,
  );
  const subsidies = rates.map((rate) => {
    const factor = discountRate(rate);
    const out = presentValue(outFlows, factor);
    const back = presentValue(backFlows, factor);
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
