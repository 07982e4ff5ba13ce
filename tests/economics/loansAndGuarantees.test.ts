import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { loanFlows } from '../../src/economics/loanFlows.ts';
import { guaranteeFlows } from '../../src/economics/guaranteeFlows.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('loanFlows', () => {
  it('matches a hand-worked amortisation table: 1,000 at 10% over 3 years, level payments', () => {
    // Payment 1000 × 0.1 / (1 − 1.1^−3) = 402.11480; interest 100.00, 69.79, 36.56;
    // principal 302.11, 332.33, 365.56 (worked by hand, rounded to cents).
    const l = loanFlows(lumpSum('1000'), { rate: '0.1', tenor: 3, amortization: 'level-payment' }, { rates: [] });
    expect(
      l.rows.map((r) => [r.period, r.interest.toFixed(2), r.principal.toFixed(2), r.outstanding.toFixed(2)]),
    ).toEqual([
      [0, '0.00', '0.00', '1000.00'],
      [1, '100.00', '302.11', '697.89'],
      [2, '69.79', '332.33', '365.56'],
      [3, '36.56', '365.56', '0.00'],
    ]);
    expect(l.rows.slice(1).map((r) => r.interest.plus(r.principal).toFixed(5))).toEqual([
      '402.11480',
      '402.11480',
      '402.11480',
    ]);
    expect(l.totals.principal.toString()).toBe('1000');
  });

  it('bullet and equal-principal, with grace', () => {
    const bullet = loanFlows(lumpSum('100'), { rate: '0.05', tenor: 3, amortization: 'bullet' }, { rates: [] });
    expect(bullet.rows.map((r) => r.net.toString())).toEqual(['-100', '5', '5', '105']);
    const equal = loanFlows(
      lumpSum('90'),
      { rate: '0', tenor: 4, grace: 1, amortization: 'equal-principal' },
      { rates: [] },
    );
    expect(equal.rows.map((r) => r.principal.toString())).toEqual(['0', '0', '30', '30', '30']);
    // Principal that does not divide evenly still comes back exactly.
    const third = loanFlows(lumpSum('100'), { rate: '0.05', tenor: 3, amortization: 'equal-principal' }, { rates: [] });
    expect(third.totals.principal.toString()).toBe('100');
  });

  it('refuses terms that make no sense, naming the field', () => {
    const fail = (terms: object) => {
      try {
        loanFlows(lumpSum('100'), terms as never);
      } catch (e) {
        return (e as DealcalcError).issues.map((i) => i.path.join('.'));
      }
      return [];
    };
    expect(fail({ rate: '0.05', tenor: 2, grace: 3 })).toEqual(['terms.grace']);
    expect(fail({ rate: '-1.5', tenor: 2 })).toEqual(['terms.rate']);
    expect(fail({ rate: '0.05', tenor: 0 })).toEqual(['terms.tenor']);
    expect(fail({ rate: '0.05', tenor: 2.5 })).toEqual(['terms.tenor']);
    expect(fail({ rate: '0.05', tenor: 2, amortization: 'balloon' })).toEqual(['terms.amortization']);
  });

  const terms = fc
    .record({
      rate: fc.integer({ min: 0, max: 1500 }).map((bp) => decimal(bp).div(10000)),
      tenor: fc.integer({ min: 1, max: 30 }),
      grace: fc.integer({ min: 0, max: 10 }),
      amortization: fc.constantFrom('bullet' as const, 'equal-principal' as const, 'level-payment' as const),
    })
    .filter((t) => t.grace <= t.tenor);
  const disbursements = fc
    .array(fc.integer({ min: 1, max: 10 ** 6 }), { minLength: 1, maxLength: 6 })
    .map((xs) => installments(decimal(xs[0]!), xs.length));

  it('a loan at the discount rate costs nothing; every tranche is repaid exactly', () => {
    fc.assert(
      fc.property(terms, disbursements, (t, schedule) => {
        const l = loanFlows(schedule, { ...t, rate: t.rate.toFixed() }, { rates: [t.rate] });
        expect(l.subsidies[0]!.subsidy.abs().lte(l.totals.disbursed.times('1e-40'))).toBe(true);
        expect(l.totals.principal.eq(l.totals.disbursed)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('the subsidy rises as the loan rate falls', () => {
    fc.assert(
      fc.property(terms, disbursements, fc.integer({ min: 1, max: 500 }), (t, schedule, cut) => {
        const discount = '0.06';
        const high = loanFlows(schedule, { ...t, rate: t.rate.toFixed() }, { rates: [discount] }).subsidies[0]!.subsidy;
        const low = loanFlows(
          schedule,
          { ...t, rate: t.rate.minus(decimal(cut).div(10000)).toFixed() },
          { rates: [discount] },
        ).subsidies[0]!.subsidy;
        expect(low.gt(high)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('guaranteeFlows', () => {
  it('a guarantee never called costs minus its fees', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 800 }),
        (exposure, tenor, feeBp, rateBp) => {
          const g = guaranteeFlows(
            lumpSum(String(exposure)),
            { tenor, fee: decimal(feeBp).div(10000).toFixed(), callProbability: '0', lossGivenCall: '1' },
            { rates: [decimal(rateBp).div(10000)] },
          );
          const cost = g.costs[0]!;
          expect(cost.calls.isZero() && cost.recoveries.isZero()).toBe(true);
          expect(cost.expectedCost.eq(cost.fees.neg())).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('expected calls: 2% a year on 100 for 2 years, 60% lost, recovered a year later (hand-worked)', () => {
    // Year 0: 100 covered, call 2 at end (period 1), recovery 0.8 at period 2.
    // Year 1: 98 covered, call 1.96 at period 2, recovery 0.784 at period 3.
    const g = guaranteeFlows(
      lumpSum('100'),
      { tenor: 2, fee: '0.01', callProbability: '0.02', lossGivenCall: '0.6', recoveryLag: 1 },
      { rates: ['0'] },
    );
    expect(
      g.rows.map((r) => [
        r.period,
        r.exposure.toString(),
        r.fees.toString(),
        r.calls.toString(),
        r.recoveries.toString(),
      ]),
    ).toEqual([
      [0, '100', '1', '0', '0'],
      [1, '98', '0.98', '-2', '0'],
      [2, '0', '0', '-1.96', '0.8'],
      [3, '0', '0', '0', '0.784'],
    ]);
    // At 0%: calls 3.96 − recoveries 1.584 − fees 1.98 = 0.396.
    expect(g.costs[0]!.expectedCost.toString()).toBe('0.396');
    expect(g.worstCase).toEqual({ period: 0, exposure: decimal('100'), loss: decimal('60') });
  });

  it('refuses probabilities and shares outside 0-1 and negative fees', () => {
    try {
      guaranteeFlows(lumpSum('100'), { tenor: 2, fee: '-0.01', callProbability: '1.2', lossGivenCall: '-0.1' });
      expect.unreachable();
    } catch (e) {
      expect((e as DealcalcError).issues.map((i) => i.path.join('.')).sort()).toEqual([
        'terms.callProbability',
        'terms.fee',
        'terms.lossGivenCall',
      ]);
    }
  });
});
