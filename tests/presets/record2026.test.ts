import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { total } from '../../src/schedules/total.ts';
import { PRESET_IDS, presetDeal } from '../../src/presets/presets.ts';
import { ECONOMY_IDS, economyPreset, fxPreset } from '../../src/presets/economies.ts';
import type { Deal } from '../../src/deals/deal.ts';

const sum = (deal: Deal, list: 'components' | 'alongside' = 'components') =>
  deal[list].reduce((a, c) => a.plus(total(c.schedule)), decimal(0)).toFixed();
const parts = (deal: Deal, list: 'components' | 'alongside' = 'components') =>
  deal[list].map((c) => [c.instrument, total(c.schedule).toFixed()]);

describe('presets brought to the 2026 record', () => {
  it('every source id a preset names, in its fields or its notes, is in its sources table', () => {
    const idLike = /\b[A-Z]{1,2}M?\d{1,2}\b(?![.,]\d)/g; // K28, JM1, R33; not RM1.02
    for (const id of PRESET_IDS) {
      const deal = presetDeal(id);
      const known = new Set(deal.sources.map((s) => s.id));
      const t = deal.tariff;
      const texts = [
        ...deal.notes,
        ...[...deal.components, ...deal.alongside].flatMap((c) => c.notes),
        ...(t === undefined
          ? []
          : [...t.notes, ...t.sectors.flatMap((s) => s.notes), ...t.events.flatMap((e) => e.notes)]),
        ...(deal.profitSharing?.notes ?? []),
        ...(deal.record === undefined ? [] : [...deal.record.notes, ...deal.record.entries.flatMap((e) => e.notes)]),
      ];
      for (const text of texts)
        for (const ref of text.match(idLike) ?? []) expect(known.has(ref), `${id}: ${ref} in "${text}"`).toBe(true);
    }
  });

  it('Japan: the $36B first tranche of 17 Feb 2026 (J19, J20), the rest unscheduled, due by 19 Jan 2029', () => {
    const jp = presetDeal('jp-2025-09-mou');
    expect(jp.due).toBe('2029-01-19');
    expect(parts(jp)).toEqual([
      ['cash', '36000000000'],
      ['unspecified', '514000000000'],
    ]);
    expect(jp.components[1]!.label).toContain('unscheduled');
    const entries = jp.record!.entries.filter((e) => e.status !== 'candidate');
    expect(entries.map((e) => e.amount.toFixed())).toEqual(['33300000000', '2100000000', '600000000']);
    expect(entries.every((e) => e.date === '2026-02-17')).toBe(true);
    // The MOU's split applies to the cash flow of the projects Japan funds, not to an equity slice.
    expect(jp.profitSharing!.notes.join(' ')).toContain('not to an equity slice');
  });

  it('Korea: the MOU no longer cuts all goods 25% → 15% a second time; the record runs to the Special Act (K44)', () => {
    const mou = presetDeal('kr-2025-11-mou');
    expect([
      mou.tariff!.before.rate.toFixed(),
      mou.tariff!.before.from,
      mou.tariff!.threatened!.rate.toFixed(),
      mou.tariff!.after.rate.toFixed(),
    ]).toEqual(['0.15', '2025-08-07', '0.25', '0.15']);
    expect(
      mou.tariff!.sectors.map((s) => [s.sector, s.exportsCovered?.toFixed() ?? null, s.after.from ?? null]),
    ).toEqual([
      ['cars (Section 232)', '30150000000', '2025-11-01'], // R27
      ['auto parts (Section 232)', '8220000000', '2025-11-01'], // R26
      ['steel and aluminium (Section 232)', null, null],
    ]);
    expect(mou.record!.milestones.map((m) => m.date)).toEqual(['2025-12-02', '2026-02-13', '2026-03-12']);
  });

  it('the EU: $600B of investment is the headline, $750B of energy and $40B of chips beside it; the sunset is end-2029 (R09)', () => {
    const eu = presetDeal('eu-2025-08-joint-statement');
    expect([eu.headline.toFixed(), sum(eu), sum(eu, 'alongside')]).toEqual([
      '600000000000',
      '600000000000',
      '790000000000',
    ]);
    expect(eu.record!.milestones.find((m) => m.date === '2026-05-20')!.label).toContain('end of 2029');
    expect(eu.notes.join(' ')).not.toContain('sunset (Mar 2028)');
  });

  it('Malaysia: the $239B of stated parts (MY1), no balancing entry', () => {
    const my = presetDeal('my-2025-10-art');
    expect(parts(my)).toEqual([
      ['private', '70000000000'],
      ['purchase', '150000000000'],
      ['purchase', '19000000000'],
    ]);
    expect(my.headline.toFixed()).toBe('239000000000');
  });

  it('the new deals add up to their sources', () => {
    expect(parts(presetDeal('sa-2025-05-pledge'))).toEqual([
      ['purchase', '142000000000'], // R33
      ['purchase', '19000000000'], // $14.2B + $4.8B, R33
      ['unspecified', '439000000000'],
    ]);
    expect(sum(presetDeal('ae-2025-03-framework'))).toBe('1400000000000'); // $140B × 10 (R34)
    const qa = presetDeal('qa-2025-05-economic-exchange');
    expect(parts(qa)).toEqual([
      ['purchase', '96000000000'], // White House figure (R31)
      ['purchase', '1104000000000'],
    ]);
    expect(sum(presetDeal('in-2026-02-framework'))).toBe('500000000000'); // IN1
    expect(sum(presetDeal('id-2026-02-art'))).toBe('33000000000'); // I03
    const uk = presetDeal('gb-2025-05-epd');
    expect([uk.headline.toFixed(), sum(uk, 'alongside')]).toEqual(['0', '10000000000']); // U05: the zero-pledge baseline
    expect(sum(presetDeal('th-2025-10-framework'), 'alongside')).toBe('18800000000'); // TH2
    expect(sum(presetDeal('vn-2025-10-framework'), 'alongside')).toBe('10000000000'); // V02 + V01
  });

  it('purchases are never counted as investment: no "economic exchange" or order is cash, loan, guarantee or private', () => {
    for (const id of [
      'qa-2025-05-economic-exchange',
      'in-2026-02-framework',
      'id-2026-02-art',
      'tw-2026-02-art',
    ] as const) {
      expect(
        presetDeal(id).components.every((c) => c.instrument === 'purchase'),
        id,
      ).toBe(true);
    }
  });

  it("economies carry PIIE's 2024 inputs with sources; the EU is the EU-27, not the euro area", () => {
    const kr = economyPreset('kr').figures;
    expect([
      kr.outwardFdi?.value.toFixed(),
      kr.outwardFdi?.source,
      kr.imports?.value.toFixed(),
      kr.imports?.source,
      kr.foreignAssets?.value.toFixed(),
      kr.foreignAssets?.source,
    ]).toEqual(['63950000000', 'R15', '632000000000', 'R16', '2498000000000', 'R17']);
    const jp = economyPreset('jp').figures;
    expect([jp.outwardFdi?.value.toFixed(), jp.imports?.value.toFixed(), jp.foreignAssets?.value.toFixed()]).toEqual([
      '31630000000000',
      '112420000000000',
      '1659020000000000',
    ]);
    expect(economyPreset('tw').figures.outwardFdi?.value.toFixed()).toBe('48580000000'); // $44.93B + $3.65B (R21)
    const eu = economyPreset('eu');
    expect(eu.name).toBe('European Union (EU-27)');
    expect(eu.figures.gdp).toBeUndefined();
    expect(eu.figures.imports?.value.toFixed()).toBe(decimal('2.58e12').minus('147e9').toFixed()); // R25
    for (const id of ECONOMY_IDS) {
      const e = economyPreset(id);
      const known = new Set(e.sources.map((s) => s.id));
      for (const f of Object.values(e.figures)) expect(known.has(f!.source), `${id}: ${f!.source}`).toBe(true);
    }
  });

  it('the yen conversion of December 2025 has no invented day', () => {
    expect(fxPreset('jpy-2025-12').date).toBeUndefined();
    expect(fxPreset('krw-2025-10-28').date).toBe('2025-10-28');
  });
});
