import { describe, expect, it } from 'vitest';
import { metrics } from '../../src/compare/metrics.ts';
import { compare } from '../../src/compare/compare.ts';
import { parseDeal } from '../../src/deals/schema.ts';
import { serializeDeal } from '../../src/deals/serialize.ts';
import { decimal } from '../../src/money/decimal.ts';
import { total } from '../../src/schedules/total.ts';
import { PRESET_IDS, presetDeal, presetJson, presets } from '../../src/presets/presets.ts';
import type { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('presets', () => {
  it.each(PRESET_IDS)('%s parses, cites its sources and round-trips', (id) => {
    const d = presetDeal(id);
    expect(d.id).toBe(id);
    expect(d.party).toMatch(/^[A-Z]{2}$/);
    expect(d.stage).toBeDefined();
    expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.sources.length).toBeGreaterThan(0);
    for (const s of d.sources) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.publisher.length).toBeGreaterThan(0);
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    for (const c of [...d.components, ...d.alongside]) expect(c.sources.length, c.label).toBeGreaterThan(0);
    // Components add up to the headline exactly (parseDeal refuses otherwise; checked again here).
    expect(d.components.reduce((a, c) => a.plus(total(c.schedule)), decimal(0)).eq(d.headline)).toBe(true);
    const json = JSON.stringify(serializeDeal(d));
    expect(JSON.stringify(serializeDeal(parseDeal(JSON.parse(json))))).toBe(json);
    expect(presetJson(id)?.id).toBe(id);
  });

  it('lists id, title, party, stage, date and headline', () => {
    const list = presets();
    expect(list.map((p) => p.id)).toEqual([...PRESET_IDS]);
    expect(list[0]).toMatchObject({ id: 'kr-2025-07-us-demand', party: 'KR', stage: 'demand' });
    expect(list.every((p) => p.headline.gte(0))).toBe(true);
  });

  it('presetJson hands out a copy: changing it changes nothing else (issue 12, finding 1)', () => {
    const j = presetJson('kr-2025-11-mou') as { headline: string; sources: Array<{ title: string }> };
    j.headline = '1B';
    j.sources[0]!.title = 'changed';
    expect(presetDeal('kr-2025-11-mou').headline.toFixed()).toBe('350000000000');
    expect(presetJson('kr-2025-11-mou')?.headline).toBe('350B');
    // Sources are shared between presets in the data: a deep copy keeps them apart too.
    expect(JSON.stringify(presetJson('kr-2025-10-us-cash-25x8'))).not.toContain('changed');
  });

  it('refuses an id that is not text with a typed error (issue 12, finding 5)', () => {
    expect(() => presetDeal(42 as never)).toThrow(
      expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: ['id'] })] }),
    );
  });

  it('refuses an unknown id with suggestions', () => {
    try {
      // @ts-expect-error presetDeal's type takes preset ids only; other text is checked at run time
      presetDeal('kr-2025-10-us-cash');
      expect.unreachable();
    } catch (e) {
      const error = e as DealcalcError<'unknown_deal'>;
      expect(error.code).toBe('unknown_deal');
      expect(error.data.suggestions).toContain('kr-2025-10-us-cash-25x8');
      expect(error.message).toContain('did you mean "kr-2025-10-us-cash-25x8"');
    }
    // @ts-expect-error not a preset id
    expect(() => presetDeal('zzz')).toThrow(expect.objectContaining({ code: 'unknown_deal' }));
  });
});

describe('the Korean figures on the record', () => {
  const us = presetDeal('kr-2025-10-us-cash-25x8');
  const kr = presetDeal('kr-2025-10-kr-cash-7x10');
  const mou = presetDeal('kr-2025-11-mou');

  it('cash shares are 200/350 = 4/7 and 70/350 = 1/5 exactly (research K16, K17)', () => {
    expect(metrics(us).cashShare?.eq(decimal(4).div(7))).toBe(true);
    expect(metrics(kr).cashShare?.toFixed()).toBe('0.2');
  });

  it('$25B × 8 = $200B, $7B × 10 = $70B, and $200B at a $20B cap is 10 installments (K17, K29)', () => {
    const cash = (d: typeof us) => d.components.find((c) => c.instrument === 'cash')!.schedule;
    expect(total(cash(us)).toFixed()).toBe('200000000000');
    expect(cash(us).installments).toHaveLength(8);
    expect(total(cash(kr)).toFixed()).toBe('70000000000');
    expect(cash(kr).installments).toHaveLength(10);
    expect(cash(mou).installments).toHaveLength(10);
    expect(cash(mou).installments.every((i) => i.amount.toFixed() === '20000000000')).toBe(true);
  });

  it('the gap is $130B of cash and 37.142857… points', () => {
    const c = compare(us, kr, { rates: [] });
    expect(c.gaps.instruments.cash.total.toFixed()).toBe('130000000000');
    expect(c.gaps.cashShare.points?.eq(decimal(4).div(7).minus('0.2').times(100))).toBe(true);
    expect(c.gaps.cashShare.points?.toFixed(6)).toBe('37.142857');
  });

  it('the MOU records the 50/50-then-90/10 rule and the framework the $100B of energy alongside', () => {
    const rule = mou.profitSharing!;
    expect(rule.tiers.map((t) => [t.partyShare.toFixed(), t.counterpartyShare.toFixed(), t.until ?? null])).toEqual([
      ['0.5', '0.5', 'recovery'],
      ['0.1', '0.9', null],
    ]);
    expect(rule.recovery.target).toBe('principal');
    const framework = presetDeal('kr-2025-07-framework');
    expect(framework.headline.toFixed()).toBe('350000000000');
    expect(total(framework.alongside[0]!.schedule).toFixed()).toBe('100000000000');
    expect(framework.tariff?.after.rate.toFixed()).toBe('0.15');
  });

  it('Japan: $550B, $36B of it selected and funded, a deemed-interest recovery target; EU: $600B of investment, $750B + $40B of purchases beside it', () => {
    const jp = metrics(presetDeal('jp-2025-09-mou'), { rates: [] });
    expect(jp.headline.toFixed()).toBe('550000000000');
    expect(jp.cashShare?.eq(decimal(36).div(550))).toBe(true); // J19, J20: the $36B first tranche
    expect(presetDeal('jp-2025-09-mou').profitSharing?.recovery.target).toBe('principal-plus-interest');
    const eu = metrics(presetDeal('eu-2025-08-joint-statement'), { rates: [] });
    expect([
      eu.instruments.purchase.total.toFixed(),
      eu.instruments.private.total.toFixed(),
      eu.alongside.purchase.toFixed(),
      eu.cashShare?.toFixed(),
    ]).toEqual(['0', '600000000000', '790000000000', '0']);
  });
});
