import type { Deal, ProfitSharingRule } from '../deals/deal.ts';
import { describeValue, invalid, invalidAt, type PathSegment } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { attempt } from '../errors/outcome.ts';
import { INSTRUMENTS } from '../deals/instrument.ts';
import { readDeal } from '../deals/readDeal.ts';
import { D, decimal, isDecimal, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { wholeNumber } from '../money/integer.ts';
import { periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { merge } from '../schedules/merge.ts';
import { readSchedule, type Schedule } from '../schedules/schedule.ts';
import { findRate } from '../value/findRate.ts';
import { flowsOfDecimals } from '../value/flows.ts';
import { periodRate } from '../deals/readTerms.ts';

/**
 * An assumption for the project cash a pledge earns: each installment yields `yield` of itself
 * per year (as cash to distribute), starting `lag` periods after it is paid, for `periods`
 * periods; with `principalBack`, the installment itself is also returned in the last of them.
 */
export interface ProjectAssumption {
  /** Yearly cash yield on invested cash, a fraction (`'0.05'`); per period it is yield ÷ n. */
  readonly yield: DecimalInput;
  /** Periods from an installment to its first distribution, a whole number from 0 to 1,000 (default 1). */
  readonly lag?: number;
  /** Periods each installment pays for, a whole number from 1 to 1,000 (default 20 years' worth). */
  readonly periods?: number;
  /** Return the principal with the last distribution (default false). */
  readonly principalBack?: boolean;
}

/** One period of a profit-sharing run. */
export interface ReturnsRow {
  /** Whole period counted from the deal's period 0. */
  readonly period: number;
  /** Cash the pledging party puts in (positive magnitude). */
  readonly invested: Decimal;
  /** Distributable project cash in the period. */
  readonly projectCash: Decimal;
  /** The pledging party's share, in the deal's currency, 0 or more. */
  readonly party: Decimal;
  /** The counterparty's share, 0 or more; party + counterparty = projectCash exactly. */
  readonly counterparty: Decimal;
  /** What the party still has to recover at the end of the period (0 once made whole). */
  readonly toRecover: Decimal;
}

/** Everything {@link shareReturns} gives. */
export interface SharedReturns {
  /** The profit-sharing rule applied. */
  readonly rule: ProfitSharingRule;
  /** Period length of the rows. */
  readonly frequency: Frequency;
  /** One row per period from the first investment or distribution to the last. */
  readonly rows: readonly ReturnsRow[];
  /** Sums over all rows, undiscounted, in the deal's currency, 0 or more. */
  readonly totals: {
    /** Cash the party put in, in the deal's currency. */
    readonly invested: Decimal;
    /** Distributable project cash. */
    readonly projectCash: Decimal;
    /** The party's share of it. */
    readonly party: Decimal;
    /** The counterparty's share; `party + counterparty = projectCash` exactly. */
    readonly counterparty: Decimal;
  };
  /** The period at whose end the party has recovered its target for good, or `null` if not within the horizon. */
  readonly madeWholePeriod: number | null;
  /** The party's total distributions ÷ its total investment (1 = money back, undiscounted); `null` when nothing was invested. */
  readonly multiple: Decimal | null;
  /** The party's annual IRR on its cash (invested out, distributions in), or why there is none. */
  readonly partyIrr:
    | {
        /** Annual effective IRR, as a fraction above −1 (0.05 = 5% a year). */
        readonly rate: Decimal;
      }
    | {
        /** No IRR. */
        readonly rate: null;
        /** Why (no distributions, several rates …), in words. */
        readonly reason: string;
      };
}

/** Options of {@link shareReturns}. */
export interface ShareReturnsOptions {
  /** Distributable project cash: a schedule (amounts per period) or an assumption. */
  readonly project: Schedule | ProjectAssumption;
  /** The rule (default: the deal's `profitSharing`). */
  readonly rule?: ProfitSharingRule;
}

/**
 * Splits project cash between the pledging party and the counterparty under a profit-sharing
 * rule, period by period: the first tier's shares apply while the party has not recovered its
 * target (its cash paid in, plus interest at the target's rate when the rule says so, minus
 * what it has received); the cash that completes the recovery is split at the first tier and
 * the rest of that period's cash at the last tier, so the switch happens exactly when the
 * target is met. Recovery is counted on the whole programme, not project by project; new
 * installments after recovery reopen the first tier. Money is conserved: the two shares add
 * up to the project cash exactly.
 *
 * @param deal - The deal (its components of `rule.appliesTo` are the cash invested), or
 *   `{ invested, rule }` directly.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a deal (or `{ invested, rule }`),
 *   options that are not an object, a deal without a rule or without a component of the
 *   instrument the rule applies to (a recovery target needs cash to recover), a rule that is not
 *   one (shares outside 0–1 or not adding to 1, tiers other than "until recovery" then a last
 *   one), or a bad project schedule or assumption.
 *
 * @example
 * // $100 invested, project pays $30 a year for 5 years; 50/50 until recovery, then 10/90.
 * const r = shareReturns(proposal('cash 100'), {
 *   project: { yield: '0.3', periods: 5 },
 *   rule: presetDeal('kr-2025-11-mou').profitSharing,
 * });
 * r.rows.map((x) => x.party.toString())  //=> ['0', '15', '15', '15', '15', '15']
 * r.madeWholePeriod                      //=> null
 */
export function shareReturns(
  deal: Deal | { readonly invested: Schedule; readonly rule: ProfitSharingRule },
  options: ShareReturnsOptions,
): SharedReturns {
  if (typeof deal !== 'object' || deal === null || Array.isArray(deal)) {
    return invalidAt(
      ['deal'],
      'a deal (from deal(), parseDeal(), proposal() or presetDeal()), or { invested, rule }',
      deal,
    );
  }
  const o = optionsObject(options, ['options'], true);
  const direct = 'invested' in deal;
  if (!direct) readDeal(deal, ['deal']);
  const given = o.rule ?? (direct ? (deal as { rule?: ProfitSharingRule }).rule : (deal as Deal).profitSharing);
  if (given === undefined) {
    return invalid([
      {
        path: ['rule'],
        expected: 'a profit-sharing rule (the deal has none)',
        received: 'none',
        message: 'expected a profit-sharing rule; the deal has none, so pass one in options.rule',
      },
    ]);
  }
  const rulePath = o.rule !== undefined ? ['options', 'rule'] : direct ? ['deal', 'rule'] : ['deal', 'profitSharing'];
  const rule = readRule(given, rulePath);
  const invested = direct
    ? readSchedule((deal as { invested: unknown }).invested, ['deal', 'invested'])
    : investedOf(deal as Deal, rule, rulePath);
  const [first, last] = tiers(rule);
  const frequency = invested.frequency;
  const n = periodsPerYear(frequency);
  const project = readProject(o.project, invested);
  const accrual =
    rule.recovery.target === 'principal-plus-interest' ? periodRate(rule.recovery.rate, frequency) : new D(0);

  const inByPeriod = new Map(invested.installments.map((i) => [i.period, i.amount]));
  const cashByPeriod = new Map(project.installments.map((i) => [i.period, i.amount]));
  const periods = [...inByPeriod.keys(), ...cashByPeriod.keys()];
  const start = Math.min(...periods);
  const end = Math.max(...periods);
  const lastInvestment = Math.max(...inByPeriod.keys());
  const rows: ReturnsRow[] = [];
  let balance = new D(0);
  let madeWhole: number | null = null;
  for (let p = start; p <= end; p += 1) {
    const put = inByPeriod.get(p) ?? new D(0);
    const cash = cashByPeriod.get(p) ?? new D(0);
    balance = balance.times(accrual.plus(1)).plus(put);
    let party: Decimal;
    if (balance.gt(0)) {
      const atFirst = cash.times(first.partyShare);
      if (last !== undefined && atFirst.gte(balance) && first.partyShare.gt(0)) {
        // The cash that completes recovery goes at the first tier, the rest at the last.
        const needed = balance.div(first.partyShare);
        party = balance.plus(cash.minus(needed).times(last.partyShare));
        balance = new D(0);
        if (p >= lastInvestment && madeWhole === null) madeWhole = p;
      } else {
        party = atFirst;
        balance = balance.minus(atFirst);
      }
    } else {
      party = cash.times((last ?? first).partyShare);
    }
    if (balance.gt(0)) madeWhole = null;
    rows.push(
      Object.freeze({
        period: p,
        invested: put,
        projectCash: cash,
        party,
        counterparty: cash.minus(party),
        toRecover: balance,
      }),
    );
  }
  const sum = (pick: (r: ReturnsRow) => Decimal) => rows.reduce((acc, r) => acc.plus(pick(r)), new D(0));
  const totals = Object.freeze({
    invested: sum((r) => r.invested),
    projectCash: sum((r) => r.projectCash),
    party: sum((r) => r.party),
    counterparty: sum((r) => r.counterparty),
  });
  const irr = attempt(() =>
    findRate(
      flowsOfDecimals(
        rows.map((r) => ({ step: r.period, amount: r.party.minus(r.invested) })),
        n,
      ),
    ),
  );
  const partyIrr = irr.ok ? { rate: irr.value } : { rate: null, reason: irr.error.message };
  return Object.freeze({
    rule,
    frequency,
    rows: Object.freeze(rows),
    totals,
    madeWholePeriod: madeWhole,
    multiple: totals.invested.isZero() ? null : totals.party.div(totals.invested),
    partyIrr: Object.freeze(partyIrr),
  });
}

function investedOf(deal: Deal, rule: ProfitSharingRule, rulePath: readonly PathSegment[]): Schedule {
  const parts = deal.components.filter((c) => c.instrument === rule.appliesTo).map((c) => c.schedule);
  if (parts.length === 0) {
    return invalid([
      {
        path: [...rulePath, 'appliesTo'],
        expected: `a ${rule.appliesTo} component whose principal the rule recovers`,
        received: 'none',
        message: `expected a ${rule.appliesTo} component: a recovery target needs ${rule.appliesTo} to recover, and deal ${deal.id} has none`,
      },
    ]);
  }
  return merge(...parts);
}

function tiers(
  rule: ProfitSharingRule,
): [ProfitSharingRule['tiers'][number], ProfitSharingRule['tiers'][number] | undefined] {
  const [first, second, ...rest] = rule.tiers;
  if (first === undefined || rest.length > 0 || (second === undefined) !== (first.until === undefined)) {
    return invalid([
      {
        path: ['rule', 'tiers'],
        expected: 'one tier, or a tier until recovery then a last tier',
        received: `${rule.tiers.length} tiers`,
        message: `expected one tier, or a tier until recovery then a last tier, received ${rule.tiers.length} tiers`,
      },
    ]);
  }
  return [first, second];
}

function assume(invested: Schedule, a: ProjectAssumption): Schedule {
  if (typeof a !== 'object' || a === null) {
    return invalid([
      {
        path: ['project'],
        expected: 'a schedule or { yield, lag, periods }',
        received: describeValue(a),
        message: `expected a schedule or { yield, lag, periods }, received ${describeValue(a)}`,
      },
    ]);
  }
  const n = periodsPerYear(invested.frequency);
  const y = decimal(a.yield, { path: ['project', 'yield'] });
  if (y.lt(0))
    invalid([
      {
        path: ['project', 'yield'],
        expected: 'a yield of 0 or more',
        received: y.toString(),
        message: `expected a yield of 0 or more, received ${y.toString()}`,
      },
    ]);
  const lag = wholeNumber(a.lag ?? 1, { path: ['project', 'lag'], min: 0, max: 1000 });
  const count = wholeNumber(a.periods ?? 20 * n, { path: ['project', 'periods'], min: 1, max: 1000 });
  const cash = new Map<number, Decimal>();
  for (const { period, amount } of invested.installments) {
    for (let k = 0; k < count; k += 1) {
      const p = period + lag + k;
      let c = amount.times(y).div(n);
      if (a.principalBack === true && k === count - 1) c = c.plus(amount);
      cash.set(p, (cash.get(p) ?? new D(0)).plus(c));
    }
  }
  return {
    currency: invested.currency,
    frequency: invested.frequency,
    installments: [...cash].sort((x, z) => x[0] - z[0]).map(([period, amount]) => ({ period, amount })),
  };
}

// The project cash: a schedule, or an assumption to build one from.
function readProject(project: unknown, invested: Schedule): Schedule {
  if (typeof project === 'object' && project !== null && !Array.isArray(project) && 'installments' in project) {
    return readSchedule(project, ['project']);
  }
  return assume(invested, project as ProjectAssumption);
}

// A rule handed in (or found on a hand-made deal) is checked as the deal schema checks one.
function readRule(rule: unknown, path: readonly PathSegment[]): ProfitSharingRule {
  const r = (
    typeof rule === 'object' && rule !== null
      ? rule
      : invalidAt(path, 'a profit-sharing rule { appliesTo, tiers, recovery }', rule)
  ) as Record<string, unknown>;
  if (!(INSTRUMENTS as readonly unknown[]).includes(r.appliesTo))
    invalidAt([...path, 'appliesTo'], `one of ${INSTRUMENTS.join(', ')}`, r.appliesTo);
  const tiers =
    Array.isArray(r.tiers) && r.tiers.length > 0
      ? r.tiers
      : invalidAt([...path, 'tiers'], 'a non-empty list of tiers', r.tiers);
  tiers.forEach((tier: Record<string, unknown> | null, index: number) => {
    const shares = [tier?.partyShare, tier?.counterpartyShare].map((v, k) =>
      isDecimal(v) && v.gte(0) && v.lte(1)
        ? v
        : invalidAt(
            [...path, 'tiers', index, k === 0 ? 'partyShare' : 'counterpartyShare'],
            'a Decimal from 0 to 1',
            v,
          ),
    );
    if (!shares[0]!.plus(shares[1]!).eq(1))
      invalidAt([...path, 'tiers', index], 'shares adding up to 1', shares[0]!.plus(shares[1]!).toString());
    if (tier!.until !== undefined && tier!.until !== 'recovery')
      invalidAt([...path, 'tiers', index, 'until'], '"recovery" or nothing', tier!.until);
  });
  const recovery = r.recovery as { target?: unknown; rate?: unknown } | null | undefined;
  if (recovery?.target !== 'principal' && recovery?.target !== 'principal-plus-interest')
    invalidAt(
      [...path, 'recovery'],
      '{ target: "principal" } or { target: "principal-plus-interest", rate }',
      recovery,
    );
  if (recovery.target === 'principal-plus-interest' && !(isDecimal(recovery.rate) && recovery.rate.gt(-1)))
    invalidAt([...path, 'recovery', 'rate'], 'a Decimal above -1', recovery.rate);
  return rule as ProfitSharingRule;
}
