import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { installments } from '../../src/schedules/installments.ts';
import { scale } from '../../src/schedules/scale.ts';
import { deal } from '../../src/deals/build.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { shareReturns } from '../../src/economics/shareReturns.ts';
import { burden } from '../../src/economics/burden.ts';
import { economicCost } from '../../src/economics/economicCost.ts';
import { tariffSavings } from '../../src/economics/tariffSavings.ts';
import { parseEconomy, safeParseEconomy } from '../../src/economics/economy.ts';
import { economyPreset, fxPreset } from '../../src/presets/economies.ts';
import { presetDeal } from '../../src/presets/presets.ts';
import { convert } from '../../src/money/convert.ts';
import { amount } from '../../src/money/amount.ts';
import type { ProfitSharingRule } from '../../src/deals/deal.ts';
import type { Deal } from '../../src/deals/deal.ts';

const rule = presetDeal('kr-2025-11-mou').profitSharing!;

describe('shareReturns', () => {
  it('switches tier exactly when the principal is recovered (hand-worked)', () => {
    // 100 in; 80 of project cash a year. Year 1: 40 to the party (60 left to recover);
    // year 2: 40 (20 left); year 3: the first 40 of cash recovers the 20 at 50/50, the other 40
    // goes 10/90: party 20 + 4 = 24, counterparty 16 + 36 = 56.
    const r = shareReturns(
      { invested: scheduleOf(['100']), rule },
      {
        project: scheduleOf([
          { period: 1, amount: '80' },
          { period: 2, amount: '80' },
          { period: 3, amount: '80' },
          { period: 4, amount: '80' },
        ]),
      },
    );
    expect(
      r.rows.map((x) => [x.period, x.party.toString(), x.counterparty.toString(), x.toRecover.toString()]),
    ).toEqual([
      [0, '0', '0', '100'],
      [1, '40', '40', '60'],
      [2, '40', '40', '20'],
      [3, '24', '56', '0'],
      [4, '8', '72', '0'],
    ]);
    expect(r.madeWholePeriod).toBe(3);
    expect(r.multiple?.toString()).toBe('1.12');
  });

  it('a recovery target with interest recovers more before switching', () => {
    const withInterest: ProfitSharingRule = {
      ...rule,
      recovery: { target: 'principal-plus-interest', rate: decimal('0.1') },
    };
    const r = shareReturns(
      { invested: scheduleOf(['100']), rule: withInterest },
      {
        project: scheduleOf([
          { period: 1, amount: '80' },
          { period: 2, amount: '80' },
          { period: 3, amount: '80' },
        ]),
      },
    );
    // Target: 100 → 110 − 40 = 70 → 77 − 40 = 37 → 40.7: the third year's 40 falls short.
    expect(r.rows.map((x) => x.toRecover.toString())).toEqual(['100', '70', '37', '0.7']);
    expect(r.madeWholePeriod).toBeNull();
  });

  it('project assumptions: yield, lag, periods, principal back', () => {
    const r = shareReturns(proposal('cash 100'), {
      rule,
      project: { yield: '0.1', lag: 2, periods: 3, principalBack: true },
    });
    expect(r.rows.map((x) => x.projectCash.toString())).toEqual(['0', '0', '10', '10', '110']);
  });

  it('money is conserved: the shares add up to the project cash, whatever the cash', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 ** 6 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 10 ** 6 }), { minLength: 1, maxLength: 30 }),
        (ins, cash) => {
          fc.pre(ins.some((x) => x > 0));
          const r = shareReturns(
            { invested: scheduleOf(ins.map(String)), rule },
            { project: scheduleOf(cash.map(String)) },
          );
          for (const row of r.rows) expect(row.party.plus(row.counterparty).eq(row.projectCash)).toBe(true);
          expect(r.totals.party.plus(r.totals.counterparty).eq(r.totals.projectCash)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a recovery target with no cash component is an error', () => {
    expect(() => shareReturns(proposal('loan 100'), { rule, project: { yield: '0.05' } })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => shareReturns(proposal('cash 100'), { project: { yield: '0.05' } })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('burden', () => {
  const mou = presetDeal('kr-2025-11-mou');
  const kr = economyPreset('kr');

  it('the agreed Korean deal against Korea (research: the $20B cap is about 16% of the 2025 surplus and a quarter of a day of FX turnover)', () => {
    const b = burden(mou, kr, { rates: ['4.5%'] });
    expect(b.peakYear).toEqual({ year: 0, amount: decimal('20e9') });
    expect(b.ratios.peakToReserves.value?.toFixed(6)).toBe(decimal(20).div('428.05').toFixed(6));
    expect(b.ratios.peakToCurrentAccount.value?.toFixed(4)).toBe('0.1625');
    expect(b.ratios.peakInFxTurnoverDays.value?.toFixed(3)).toBe('0.248');
    expect(b.ratios.peakToReserveIncome.value?.toFixed(4)).toBe('1.3333');
    // $350B against 2024 GDP of $1.868T: about 19% (research).
    expect(b.ratios.headlineToGdp.value?.toFixed(4)).toBe('0.1874');
    expect(b.abilityToPay.horizonYears).toBe(10);
    expect(b.abilityToPay.annualPledge.toFixed()).toBe('35000000000');
    // PIIE's direction, capacity ÷ pledge: a quarter of 2024 imports ($632.0B, MOTIE via R16) against $35B a year.
    expect(b.abilityToPay.capacityToPledge.imports.value?.eq(decimal('632').times('0.25').div(35))).toBe(true);
  });

  it('converts figures in other currencies at the stated rates, and says when it cannot', () => {
    const b = burden(presetDeal('jp-2025-09-mou'), economyPreset('jp'));
    // $550B against ¥609T at 151.48 yen per dollar (research: roughly 14% of GDP).
    expect(b.ratios.headlineToGdp.value?.toFixed(4)).toBe('0.1368');
    expect(b.conversions).toContain('gdp: JPY at 151.48 per USD');
    const ch = burden(presetDeal('ch-2025-11-framework'), economyPreset('ch'));
    expect(ch.ratios.headlineToExports.value).toBeNull();
    const chWithRate = burden(presetDeal('ch-2025-11-framework'), economyPreset('ch'), {
      fx: [{ currency: 'CHF', perUsd: '0.8' }],
    });
    expect(chWithRate.ratios.headlineToExports.value?.toFixed(4)).toBe(
      decimal(200).times('0.8').div('54.7').toFixed(4),
    );
  });

  it('ratios scale linearly with the pledge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2, max: 9 }),
        (each, years, k) => {
          const base = proposal(`cash ${each}B x ${years} + loan 10B`);
          const bigger = deal({
            ...base,
            headline: base.headline.times(k),
            components: base.components.map((c) => ({ ...c, schedule: scale(c.schedule, k) })),
            alongside: [],
            notes: [],
            sources: [],
          } as never);
          const a = burden(base, kr, { rates: [] });
          const b = burden(bigger, kr, { rates: [] });
          for (const key of ['peakToReserves', 'peakToCurrentAccount', 'headlineToGdp'] as const) {
            expect(b.ratios[key].value!.minus(a.ratios[key].value!.times(k)).abs().lt('1e-50')).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('an economy figure without a unit or period is refused, naming the field', () => {
    const r = safeParseEconomy({
      id: 'x',
      party: 'KR',
      name: 'X',
      figures: { gdp: { value: '1T', per: 'year', source: 'S' } },
      sources: [{ id: 'S', title: 't', publisher: 'p', url: 'https://x.org', date: '2025' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['figures.gdp.period', 'figures.gdp.unit']);
    expect(() =>
      parseEconomy({
        id: 'x',
        party: 'KR',
        name: 'X',
        figures: { gdp: { value: '₩1T', unit: 'USD', period: '2024', per: 'year', source: 'S' } },
        sources: [],
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('economic cost and the tariff side', () => {
  const rates = ['3%', '4.5%', '6%'];

  it('lines: cash, loan subsidy, guarantees, returns; purchases and private shown, never added', () => {
    const d = proposal('cash 20B x 10 + loan 100B + guarantee 50B + purchase 30B + private 40B');
    const c = economicCost(d, {
      rates,
      loan: { rate: '0.02', tenor: 10 },
      guarantee: { tenor: 5, fee: '0.005', callProbability: '0.01', lossGivenCall: '0.5' },
    });
    for (const x of c.byRate) {
      expect(
        x.total.eq(x.cash.value!.plus(x.loanSubsidy.value!).plus(x.guaranteeCost.value!).minus(x.returns.value!)),
      ).toBe(true);
      expect(x.purchases.toFixed()).toBe('30000000000');
      expect(x.private.toFixed()).toBe('40000000000');
    }
    const missing = economicCost(d, { rates });
    expect(missing.byRate[0]!.loanSubsidy).toMatchObject({ value: null });
    expect(missing.byRate[0]!.loanSubsidy.assumption).toContain('without terms');
    expect(c.cashEquivalent.total.toFixed()).toBe('225000000000'); // 200 + 0.2×100 + 0.1×50
  });

  it('costs never depend on component order', () => {
    const forward = proposal('cash 20B x 10 + loan 100B over 5 years + guarantee 50B');
    const backward = deal({
      ...forward,
      components: [...forward.components].reverse(),
      notes: [],
    } as unknown as Parameters<typeof deal>[0]);
    const options = {
      rates,
      loan: { rate: '0.02', tenor: 10 },
      guarantee: { tenor: 5, fee: '0.005', callProbability: '0.01', lossGivenCall: '0.5' },
    };
    expect(economicCost(backward, options).byRate.map((x) => x.total.toString())).toEqual(
      economicCost(forward, options).byRate.map((x) => x.total.toString()),
    );
  });

  it('the Korean MOU: returns at 0%, 5% and 8% project yields lower the cost', () => {
    const mou = presetDeal('kr-2025-11-mou');
    const totals = ['0', '0.05', '0.08'].map(
      (y) => economicCost(mou, { rates: ['4.5%'], project: { yield: y } }).byRate[0]!.total,
    );
    expect(totals[0]!.gt(totals[1]!) && totals[1]!.gt(totals[2]!)).toBe(true);
  });

  it('tariff: the MOU saves duty on autos only; counting the 25% threat on $132B of exports gives $13.2B a year', () => {
    const t = tariffSavings(presetDeal('kr-2025-11-mou'), { rates: ['4.5%'] });
    expect(t.yearly.toFixed()).toBe('3837000000'); // (30.15B + 8.22B) × (25% − 15%)
    expect(tariffSavings(presetDeal('kr-2025-11-mou'), { rates: [], threatened: true }).yearly.toFixed()).toBe(
      '13200000000',
    );
    expect(t.crossoverYear).toBeNull(); // $3.8B a year never catches up with $20B a year of cash within 10 years
    const cheap = deal({
      id: 'cheap',
      title: 'Cheap',
      headline: '10B',
      components: [{ label: 'Cash', instrument: 'cash', schedule: installments('2B', 5) }],
      tariff: { before: '0.25', after: '0.15', exportsCovered: '30B' },
    } as never);
    // $3B of duty a year against $2B of cash a year: saved ≥ spent from the first year.
    expect(tariffSavings(cheap, { rates: [] }).crossoverYear).toBe(0);
    expect(() => tariffSavings(proposal('cash 1B'))).toThrow(expect.objectContaining({ code: 'not_computable' }));
  });

  it('exchange-rate presets come from the reporting; a conversion needs a rate', () => {
    // The rate 500T/350B = 1428.571428… is not a finite decimal; it carries 64 digits.
    expect(convert(amount('350B'), fxPreset('krw-2025-10-28')).value.toFixed(6)).toBe('500000000000000.000000');
    expect(() => convert(amount('350B'), { to: 'KRW' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => fxPreset('krw-1999' as never)).toThrow(expect.objectContaining({ code: 'unknown_deal' }));
  });
});

export type { Deal };

describe('front doors (issue 12, findings 4 and 5)', () => {
  const failure = (run: () => unknown): string => {
    try {
      run();
      return 'none';
    } catch (e) {
      return `${(e as { code?: string }).code} ${((e as { issues?: Array<{ path: unknown[] }> }).issues?.[0]?.path ?? []).join('.')}`;
    }
  };
  const mou = () => presetDeal('kr-2025-11-mou');

  it('cash-equivalent weights are 0 or more, for instruments only', () => {
    // A weight of -1 turned a $200B cash pledge into a gain before.
    expect(failure(() => economicCost(mou(), { weights: { cash: -1 } }))).toBe('invalid_input weights.cash');
    expect(failure(() => economicCost(mou(), { weights: { cassh: 1 } as never }))).toBe('invalid_input weights.cassh');
    expect(economicCost(mou(), { weights: { cash: '0.5' } }).cashEquivalent.weights.cash.toFixed()).toBe('0.5');
  });

  it('shareReturns answers a missing or wrong argument with a typed error', () => {
    expect(failure(() => shareReturns(null as never, { project: { yield: '0.05' } }))).toBe('invalid_input deal');
    expect(failure(() => shareReturns(mou(), null as never))).toBe('invalid_input options');
    expect(failure(() => shareReturns(mou(), { project: null as never }))).toBe('invalid_input project');
    expect(
      failure(() =>
        shareReturns(mou(), {
          project: { yield: '0.05' },
          rule: {
            appliesTo: 'cash',
            tiers: [{ partyShare: '0.5', counterpartyShare: '0.5' }],
            recovery: { target: 'principal' },
          } as never,
        }),
      ),
    ).toBe('invalid_input options.rule.tiers.0.partyShare');
  });
});
