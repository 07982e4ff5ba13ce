import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { guaranteeFlows } from '../../src/economics/guaranteeFlows.ts';
import { loanFlows } from '../../src/economics/loanFlows.ts';
import { plainGuaranteeFlows } from './oracle/plainGuaranteeFlows.ts';
import { plainLoanFlows } from './oracle/plainLoanFlows.ts';

// Loan and guarantee flows as running sums over the tenor window against the plain versions
// that walked every tranche through every period (kept as oracles). Rows must agree to 1e-25
// of the amounts lent (loan balances are whole 1e-30 units in both), costs to 1e-28.
const near = (a: Decimal, b: Decimal, scale: Decimal, tolerance = '1e-25'): boolean =>
  a.minus(b).abs().lte(scale.times(tolerance));

const tranches = fc.array(
  fc.record({ period: fc.integer({ min: 0, max: 30 }), amount: fc.integer({ min: 1, max: 10 ** 9 }) }),
  { minLength: 1, maxLength: 8 },
);
const frequency = fc.constantFrom('annual' as const, 'quarterly' as const, 'monthly' as const);
const toSchedule = (list: Array<{ period: number; amount: number }>, f: 'annual' | 'quarterly' | 'monthly') => {
  const byPeriod = new Map<number, number>();
  for (const t of list) byPeriod.set(t.period, (byPeriod.get(t.period) ?? 0) + t.amount);
  return scheduleOf(
    [...byPeriod].map(([period, amount]) => ({ period, amount: String(amount) })),
    { frequency: f },
  );
};

describe('guarantee flows as one running sum', () => {
  it('equal the tranche-by-tranche flows, row by row and in cost', () => {
    const terms = fc.record({
      tenor: fc.integer({ min: 1, max: 8 }),
      fee: fc.integer({ min: 0, max: 300 }).map((bp) => decimal(bp).div(10_000).toFixed()),
      callProbability: fc.integer({ min: 0, max: 2000 }).map((bp) => decimal(bp).div(10_000).toFixed()),
      lossGivenCall: fc.integer({ min: 0, max: 100 }).map((p) => decimal(p).div(100).toFixed()),
      recoveryLag: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(tranches, frequency, terms, (list, f, t) => {
        const schedule = toSchedule(list, f);
        const fast = guaranteeFlows(schedule, t, { rates: ['0.045'] });
        const plain = plainGuaranteeFlows(schedule, t, { rates: ['0.045'] });
        const scale = decimal(list.reduce((a, x) => a + x.amount, 0));
        expect(fast.rows.map((r) => r.period)).toEqual(plain.rows.map((r) => r.period));
        fast.rows.forEach((r, k) => {
          const p = plain.rows[k]!;
          for (const key of ['exposure', 'fees', 'calls', 'recoveries', 'net'] as const)
            expect(near(r[key], p[key], scale)).toBe(true);
        });
        expect(near(fast.costs[0]!.expectedCost, plain.costs[0]!.expectedCost, scale, '1e-28')).toBe(true);
        expect(fast.worstCase?.exposure.toString()).toBe(plain.worstCase?.exposure.toString());
      }),
      { numRuns: 60, seed: 30 },
    );
  });
});

describe('loan flows as running sums', () => {
  it('equal the tranche-by-tranche flows, and repay every unit lent', () => {
    const terms = fc
      .record({
        rate: fc.integer({ min: 0, max: 1500 }).map((bp) => decimal(bp).div(10_000).toFixed()),
        tenor: fc.integer({ min: 1, max: 12 }),
        grace: fc.integer({ min: 0, max: 5 }),
        amortization: fc.constantFrom('bullet' as const, 'equal-principal' as const, 'level-payment' as const),
      })
      .filter((t) => t.grace <= t.tenor);
    fc.assert(
      fc.property(tranches, fc.constantFrom('annual' as const, 'quarterly' as const), terms, (list, f, t) => {
        const schedule = toSchedule(list, f);
        const fast = loanFlows(schedule, t, { rates: ['0.06'] });
        const plain = plainLoanFlows(schedule, t, { rates: ['0.06'] });
        const scale = decimal(list.reduce((a, x) => a + x.amount, 0));
        expect(fast.rows.map((r) => r.period)).toEqual(plain.rows.map((r) => r.period));
        fast.rows.forEach((r, k) => {
          const p = plain.rows[k]!;
          for (const key of ['disbursement', 'interest', 'principal', 'outstanding', 'net'] as const)
            expect(near(r[key], p[key], scale)).toBe(true);
        });
        expect(fast.totals.principal.eq(fast.totals.disbursed)).toBe(true);
        expect(near(fast.subsidies[0]!.subsidy, plain.subsidies[0]!.subsidy, scale)).toBe(true);
      }),
      { numRuns: 80, seed: 31 },
    );
  });
});
