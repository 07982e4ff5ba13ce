import { readRates } from '../value/rates.ts';
import type { Component, Deal } from '../deals/deal.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { readDeal } from '../deals/readDeal.ts';
import { optionsObject } from '../errors/options.ts';
import { describeValue, invalid, invalidAt } from '../errors/DealcalcError.ts';
import { D, decimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import { total } from '../schedules/total.ts';
import { periodFlows, readConvention, type DiscountConvention } from '../value/convention.ts';
import { discountRate, presentValue } from '../value/discount.ts';
import { guaranteeFlows, type GuaranteeFlows } from './guaranteeFlows.ts';
import { loanFlows, type LoanFlows } from './loanFlows.ts';
import { shareReturns, type ProjectAssumption, type SharedReturns } from './shareReturns.ts';
import type { GuaranteeTermsJson, LoanTermsJson } from '../deals/terms.ts';

/**
 * Weights of each instrument in the "cash-equivalent" total: a stated view of how much a dollar
 * of each weighs against a dollar of cash. Override them with your own.
 * - cash 1: paid out in full;
 * - loan 0.2: about the subsidy of a long policy loan a couple of points below market;
 * - guarantee 0.1: a stressed loss on guaranteed exposure;
 * - unspecified 0.5: unknown mix, half way;
 * - purchase 0 and private 0: not government money.
 */
export const DEFAULT_CASH_EQUIVALENT_WEIGHTS: Readonly<Record<Instrument, string>> = {
  cash: '1',
  loan: '0.2',
  guarantee: '0.1',
  purchase: '0',
  private: '0',
  unspecified: '0.5',
};

/** Options of {@link economicCost}. */
export interface EconomicCostOptions {
  /** Annual effective discount rates as fractions or percentage text (`'4.5%'`), each above −100% (default 3%, 4.5%, 6%). */
  readonly rates?: readonly DecimalInput[];
  /** `'start'` (default): money moves at the start of its period; `'end'`: at its end (every line alike). */
  readonly timing?: 'start' | 'end';
  /** Terms for loan components that carry none. */
  readonly loan?: LoanTermsJson;
  /** Terms for guarantee components that carry none. */
  readonly guarantee?: GuaranteeTermsJson;
  /** Project cash assumption for the profit-sharing rule (returns are left out without one). */
  readonly project?: ProjectAssumption;
  /** Cash-equivalent weights by instrument, 0 or more (1 = a dollar of cash); instruments not given keep {@link DEFAULT_CASH_EQUIVALENT_WEIGHTS}. */
  readonly weights?: Partial<Readonly<Record<Instrument, DecimalInput>>>;
}

/** One line of the economic cost at one rate. */
export interface CostLine {
  /** Present value of the line (positive = cost to the pledging state), or `null` when it cannot be computed. */
  readonly value: Decimal | null;
  /** What the line assumes, or why it is missing. */
  readonly assumption: string;
}

/** The economic cost of a deal at one discount rate. */
export interface CostAtRate {
  /** The annual effective discount rate, as a fraction. */
  readonly rate: Decimal;
  /** Cash paid: PV of the cash components. */
  readonly cash: CostLine;
  /** Loan subsidy: PV lent minus PV of repayments with interest. */
  readonly loanSubsidy: CostLine;
  /** Expected guarantee cost: PV of expected calls net of recoveries, minus PV of fees. */
  readonly guaranteeCost: CostLine;
  /** PV of the pledging party's share of project returns (subtracted). */
  readonly returns: CostLine;
  /** cash + loanSubsidy + guaranteeCost − returns (lines that are `null` count as 0, and say so). */
  readonly total: Decimal;
  /** PV of the purchase components: shown on its own line, never added to the government's cost. */
  readonly purchases: Decimal;
  /** PV of the companies' own investment (private components): shown, never added. */
  readonly private: Decimal;
  /** PV of the part not yet allocated: shown, never added (its form is unknown). */
  readonly unspecified: Decimal;
}

/** Everything {@link economicCost} gives. */
export interface EconomicCost {
  /** The cost lines at each rate, in the order the rates were given. */
  readonly byRate: readonly CostAtRate[];
  /** Σ weight × nominal total by instrument, with the weights used. */
  readonly cashEquivalent: {
    /** The weighted total, undiscounted, in the deal's currency. */
    readonly total: Decimal;
    /** The weight used for each instrument (1 = a dollar of cash). */
    readonly weights: Readonly<Record<Instrument, Decimal>>;
  };
  /** Each loan component's flows and subsidy, in the deal's order (components with no terms anywhere are left out). */
  readonly loans: readonly LoanFlows[];
  /** Each guarantee component's expected flows and cost, in the deal's order (components with no terms anywhere are left out). */
  readonly guarantees: readonly GuaranteeFlows[];
  /** The profit-sharing split of project returns, or `null` without a rule or a project assumption. */
  readonly returns: SharedReturns | null;
  /** The pledging state's expected net flows per period (out negative): cash, loans, guarantees, returns. */
  readonly netFlows: ReadonlyArray<{
    /** Whole period counted from the deal's period 0. */
    readonly period: number;
    /** Net expected flow of the period: negative when the state pays out, positive when it receives. */
    readonly amount: Decimal;
  }>;
}

/**
 * What a deal costs the pledging state, line by line, at each discount rate: cash paid, plus
 * the loan subsidy, plus the expected guarantee cost, minus the present value of the state's
 * share of project returns. Purchases, company investment and the unallocated part are shown
 * on their own lines and never added. Each line states its assumption; a line that needs terms
 * nobody gave (a loan without terms) is `null` and says so, rather than guessed.
 *
 * Terms come from each component's `terms` in the deal, or else from `options.loan` /
 * `options.guarantee`. Returns need the deal's profit-sharing rule and `options.project`.
 *
 * @throws {DealcalcError} `invalid_input` for bad rates, terms, weights or project assumptions.
 *
 * @example
 * const c = economicCost(proposal('cash 20B x 10 + loan 100B'), {
 *   rates: ['4.5%'], loan: { rate: '0.045', tenor: 10, amortization: 'level-payment' },
 * });
 * c.byRate[0].loanSubsidy.value.abs().lt('1e-30')  //=> true
 * formatAmount(c.byRate[0].total)                   //=> '$165.4B'
 */
export function economicCost(deal: Deal, options: EconomicCostOptions = {}): EconomicCost {
  readDeal(deal, ['deal']);
  options = optionsObject(options);
  const rates = readRates(options.rates);
  const convention: DiscountConvention = readConvention(options.timing);
  const n = periodsPerYear(deal.components[0]?.schedule.frequency ?? 'annual');
  const of = (i: Instrument): Component[] => deal.components.filter((c) => c.instrument === i);
  const factors = rates.map((r) => discountRate(r));
  // One stream per instrument, read once; valued at every rate with the shared factors.
  const streams = new Map<Instrument, ReturnType<typeof periodFlows>>();
  const pv = (instrument: Instrument, r: number): Decimal => {
    const parts = of(instrument);
    if (parts.length === 0) return new D(0);
    let flows = streams.get(instrument);
    if (flows === undefined)
      streams.set(
        instrument,
        (flows = periodFlows(
          parts.flatMap((c) => c.schedule.installments),
          n,
          convention,
        )),
      );
    return presentValue(flows, factors[r]!);
  };

  const loanComponents = of('loan');
  const loanTerms = loanComponents.map((c) => c.terms ?? options.loan);
  const loans = loanComponents.flatMap((c, k) =>
    loanTerms[k] === undefined
      ? []
      : [loanFlows(c, loanTerms[k] as LoanTermsJson, { rates, timing: convention.timing })],
  );
  const missingLoans = loanTerms.filter((t) => t === undefined).length;
  const guaranteeComponents = of('guarantee');
  const guaranteeTerms = guaranteeComponents.map((c) => c.terms ?? options.guarantee);
  const guarantees = guaranteeComponents.flatMap((c, k) =>
    guaranteeTerms[k] === undefined
      ? []
      : [guaranteeFlows(c, guaranteeTerms[k] as GuaranteeTermsJson, { rates, timing: convention.timing })],
  );
  const missingGuarantees = guaranteeTerms.filter((t) => t === undefined).length;
  const returns =
    options.project !== undefined && deal.profitSharing !== undefined && of(deal.profitSharing.appliesTo).length > 0
      ? shareReturns(deal, { project: options.project })
      : null;

  const byRate = rates.map((rate, r): CostAtRate => {
    const cash: CostLine = { value: pv('cash', r), assumption: 'Cash paid as scheduled.' };
    const loanSubsidy: CostLine =
      loanComponents.length === 0
        ? { value: new D(0), assumption: 'No loans.' }
        : missingLoans > 0
          ? {
              value: null,
              assumption: `${missingLoans} loan component(s) without terms: subsidy not computed (give loan terms).`,
            }
          : {
              value: loans.reduce((a, l) => a.plus(l.subsidies[r]!.subsidy), new D(0)),
              assumption: describeLoans(loans),
            };
    const guaranteeCost: CostLine =
      guaranteeComponents.length === 0
        ? { value: new D(0), assumption: 'No guarantees.' }
        : missingGuarantees > 0
          ? {
              value: null,
              assumption: `${missingGuarantees} guarantee component(s) without terms: expected cost not computed (give guarantee terms).`,
            }
          : {
              value: guarantees.reduce((a, g) => a.plus(g.costs[r]!.expectedCost), new D(0)),
              assumption: describeGuarantees(guarantees),
            };
    const returnsLine: CostLine =
      returns === null
        ? {
            value: deal.profitSharing === undefined ? new D(0) : null,
            assumption:
              deal.profitSharing === undefined
                ? 'No profit-sharing rule.'
                : 'No project cash assumption: returns not counted (give options.project).',
          }
        : {
            value: presentValue(
              periodFlows(
                returns.rows.map((x) => ({ period: x.period, amount: x.party })),
                n,
                convention,
              ),
              factors[r]!,
            ),
            assumption: `Project cash as assumed; shared ${describeRule(returns)}.`,
          };
    const totalCost = (cash.value ?? new D(0))
      .plus(loanSubsidy.value ?? new D(0))
      .plus(guaranteeCost.value ?? new D(0))
      .minus(returnsLine.value ?? new D(0));
    return Object.freeze({
      rate,
      cash,
      loanSubsidy,
      guaranteeCost,
      returns: returnsLine,
      total: totalCost,
      purchases: pv('purchase', r),
      private: pv('private', r),
      unspecified: pv('unspecified', r),
    });
  });

  const weights = readWeights(options.weights);
  const cashEquivalent = INSTRUMENTS.reduce(
    (acc, i) =>
      acc.plus(
        of(i)
          .reduce((a, c) => a.plus(total(c.schedule)), new D(0))
          .times(weights[i]),
      ),
    new D(0),
  );

  const net = new Map<number, Decimal>();
  const add = (period: number, amount: Decimal) => net.set(period, (net.get(period) ?? new D(0)).plus(amount));
  for (const c of of('cash')) for (const i of c.schedule.installments) add(i.period, i.amount.neg());
  for (const l of loans) for (const row of l.rows) add(row.period, row.net);
  for (const g of guarantees) for (const row of g.rows) add(row.period, row.net);
  if (returns !== null) for (const row of returns.rows) add(row.period, row.party);
  const netFlows = [...net].sort((a, b) => a[0] - b[0]).map(([period, amount]) => Object.freeze({ period, amount }));

  return Object.freeze({
    byRate: Object.freeze(byRate),
    cashEquivalent: Object.freeze({ total: cashEquivalent, weights }),
    loans: Object.freeze(loans),
    guarantees: Object.freeze(guarantees),
    returns,
    netFlows: Object.freeze(netFlows),
  });
}

// Weights by instrument: only instruments as keys, each a decimal of 0 or more (a negative weight
// would turn a pledge into a gain).
function readWeights(weights: EconomicCostOptions['weights']): Record<Instrument, Decimal> {
  if (weights !== undefined && (typeof weights !== 'object' || weights === null || Array.isArray(weights))) {
    invalid([
      {
        path: ['weights'],
        expected: 'weights by instrument',
        received: describeValue(weights),
        message: `expected weights by instrument, received ${describeValue(weights)}`,
      },
    ]);
  }
  const given = (weights ?? {}) as Record<string, DecimalInput | undefined>;
  for (const k of Object.keys(given))
    if (!(INSTRUMENTS as readonly string[]).includes(k))
      invalidAt(['weights', k], `weights for ${INSTRUMENTS.join(', ')} only`, k, ' (an unknown key)');
  return Object.fromEntries(
    INSTRUMENTS.map((i) => {
      const w = decimal(
        Object.hasOwn(given, i) && given[i] !== undefined ? given[i] : DEFAULT_CASH_EQUIVALENT_WEIGHTS[i],
        { path: ['weights', i] },
      );
      return [i, w.lt(0) ? invalidAt(['weights', i], 'a weight of 0 or more', w.toString()) : w];
    }),
  ) as Record<Instrument, Decimal>;
}

function describeLoans(loans: readonly LoanFlows[]): string {
  return loans
    .map(
      (l) =>
        `Loan at ${l.terms.rate.times(100).toFixed()}% over ${l.terms.tenor} years (${l.terms.grace} of grace, ${l.terms.amortization}).`,
    )
    .join(' ');
}

function describeGuarantees(guarantees: readonly GuaranteeFlows[]): string {
  return guarantees
    .map(
      (g) =>
        `Guarantee for ${g.terms.tenor} years, fee ${g.terms.fee.times(100).toFixed()}%, ${g.terms.callProbability.times(100).toFixed()}% a year called, ${g.terms.lossGivenCall.times(100).toFixed()}% lost, recovered after ${g.terms.recoveryLag} years.`,
    )
    .join(' ');
}

function describeRule(r: SharedReturns): string {
  return r.rule.tiers
    .map(
      (t) =>
        `${t.partyShare.times(100).toFixed()}/${t.counterpartyShare.times(100).toFixed()}${t.until === undefined ? '' : ' until recovery'}`,
    )
    .join(', then ');
}
