import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { burden } from '../../src/economics/burden.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { economyPreset } from '../../src/presets/economies.ts';
import { presetDeal } from '../../src/presets/presets.ts';

const D = decimal;

describe("PIIE's ability to pay, as PIIE states it (Policy Brief 26-2, R14)", () => {
  it("Korea's MOU: a quarter of 2024 outward FDI, imports and foreign assets against $35B a year", () => {
    const a = burden(presetDeal('kr-2025-11-mou'), economyPreset('kr'), { rates: ['4.5%'] }).abilityToPay;
    expect(a.method).toContain('Policy Brief 26-2');
    expect([
      a.pledgeCounted.toFixed(),
      a.purchasesLeftOut.toFixed(),
      a.horizonYears,
      a.annualPledge.toFixed(),
      a.divertibleShare.toFixed(),
    ]).toEqual(['350000000000', '0', 10, '35000000000', '0.25']);
    const r = a.capacityToPledge;
    // Outward FDI $63.95B (MOEF, R15), imports $632.0B (MOTIE, R16), external financial assets $2.498T (BoK, R17).
    expect(r.outwardFdi.value?.eq(D('63.95').times('0.25').div(35))).toBe(true); // 0.457: a quarter of FDI covers under half a year
    expect(r.imports.value?.eq(D('632').times('0.25').div(35))).toBe(true); // 4.51
    expect(r.foreignAssets.value?.eq(D('2498').times('0.25').div(35))).toBe(true); // 17.8
    expect(r.outwardFdi.value !== null && r.outwardFdi.figure).toBe('outwardFdi 2024 (R15)');
  });

  it('Japan: yen figures converted at ¥151.48 (JM1); the $550B over the four years its schedule spans', () => {
    const a = burden(presetDeal('jp-2025-09-mou'), economyPreset('jp'), { rates: [] }).abilityToPay;
    expect([a.horizonYears, a.annualPledge.toFixed()]).toEqual([4, '137500000000']);
    expect(a.capacityToPledge.outwardFdi.value?.eq(D('31.63e12').div('151.48').times('0.25').div('137.5e9'))).toBe(
      true,
    ); // ¥31.63T (R18)
    expect(a.capacityToPledge.foreignAssets.value?.eq(D('1659.02e12').div('151.48').times('0.25').div('137.5e9'))).toBe(
      true,
    ); // ¥1,659.02T (R20)
  });

  it('counts investment, not purchases: the EU $600B (not $1,390B), Saudi Arabia without the arms sales, nothing for India', () => {
    const kr = economyPreset('kr'); // any economy: only the pledge side is checked here
    expect(burden(presetDeal('eu-2025-08-joint-statement'), kr).abilityToPay.pledgeCounted.toFixed()).toBe(
      '600000000000',
    );
    const sa = burden(presetDeal('sa-2025-05-pledge'), kr).abilityToPay;
    expect([sa.pledgeCounted.toFixed(), sa.purchasesLeftOut.toFixed()]).toEqual(['439000000000', '161000000000']); // $142B + $14.2B + $4.8B (R33)
    const india = burden(presetDeal('in-2026-02-framework'), kr).abilityToPay;
    expect(india.pledgeCounted.isZero()).toBe(true);
    expect(india.capacityToPledge.imports).toEqual({
      value: null,
      reason: 'no investment pledge to weigh (purchases are not counted)',
    });
  });

  it('a pledge with no horizon is spread over 10 years (PIIE default)', () => {
    const a = burden(presetDeal('sa-2025-11-raise'), economyPreset('kr'), { rates: [] }).abilityToPay;
    expect([a.defaultHorizon, a.horizonYears, a.annualPledge.toFixed()]).toEqual([true, 10, '100000000000']);
  });

  it("dealcalc's discounted view sits beside it, labelled", () => {
    const b = burden(presetDeal('kr-2025-11-mou'), economyPreset('kr'), { rates: ['4.5%'] });
    expect(b.discountedPledge.method).toMatch(/^dealcalc's own view/);
    expect(b.discountedPledge.byRate[0]!.annualPayment.gt(b.abilityToPay.annualPledge)).toBe(true); // the $150B lump in year 0 weighs more discounted
  });

  it('the ratios scale inversely with the pledge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2, max: 9 }),
        (each, years, k) => {
          const a = burden(proposal(`cash ${each}B x ${years}`), economyPreset('kr'), { rates: [] }).abilityToPay
            .capacityToPledge.imports.value!;
          const b = burden(proposal(`cash ${each * k}B x ${years}`), economyPreset('kr'), { rates: [] }).abilityToPay
            .capacityToPledge.imports.value!;
          expect(a.div(b).minus(k).abs().lt('1e-50')).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
