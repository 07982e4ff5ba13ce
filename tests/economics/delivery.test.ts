import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { parseDeal } from '../../src/deals/schema.ts';
import { delivery } from '../../src/economics/delivery.ts';
import { metrics } from '../../src/compare/metrics.ts';
import { compare } from '../../src/compare/compare.ts';
import { presetDeal } from '../../src/presets/presets.ts';
import { daysBetween } from '../../src/dates/calendarDate.ts';

const D = decimal;

describe('delivery: delivered against pledged', () => {
  it('Japan: $36B delivered (J19, J20) against a straight line to 19 Jan 2029; the second round is a candidate (R04)', () => {
    const d = delivery(presetDeal('jp-2025-09-mou'));
    expect(d.asOf).toBe('2026-03-08');
    expect(d.lines).toHaveLength(1);
    const h = d.lines[0]!;
    expect([h.label, h.pace, h.measuredTo]).toEqual(['headline', 'straight-line to due date', '2026-03-08']);
    expect(h.delivered.toFixed()).toBe('36000000000'); // $33.3B + $2.1B + $0.6B
    expect(h.candidates.toFixed()).toBe('100000000000');
    // 4 Sep 2025 to 8 Mar 2026 is 186 days counting both ends; to 19 Jan 2029, 1,234.
    expect([daysBetween('2025-09-04', '2026-03-08') + 1, daysBetween('2025-09-04', '2029-01-19') + 1]).toEqual([
      186, 1234,
    ]);
    expect(h.pledgedToDate.eq(D('550e9').times(186).div(1234))).toBe(true);
    expect(h.againstToDate?.eq(D(36).div(D(550).times(186).div(1234)))).toBe(true);
    expect(h.share?.eq(D(36).div(550))).toBe(true);
    expect(h.gap.lt(0)).toBe(true);
  });

  it('the EU: Sep-Dec 2025 oil and gas ($29.6B, Kpler via R30) against $250B a year over the same days', () => {
    const d = delivery(presetDeal('eu-2025-08-joint-statement'));
    const energy = d.lines.find((l) => l.kind === 'alongside')!;
    expect(energy.measuredTo).toBe('2025-12-25');
    expect(energy.delivered.toFixed()).toBe('29600000000');
    // 21 Aug to 25 Dec 2025: 127 days of a 365-day first year.
    expect(energy.pledgedToDate.eq(D('250e9').times(127).div(365))).toBe(true);
    expect(energy.againstToDate?.toFixed(4)).toBe('0.3403');
    expect(d.milestones.map((m) => m.date)).toContain('2026-06-25'); // Council final approval (R10)
  });

  it('Korea: nothing delivered on the record to the Special Act of 12 Mar 2026', () => {
    const d = delivery(presetDeal('kr-2025-11-mou'));
    expect(d.lines[0]!.delivered.isZero()).toBe(true);
    expect(d.status).toContain('Special Act passed');
    // Period 0 runs from the MOU's date: $20B of cash and the $150B shipbuilding lump, 119 of 365 days.
    expect(
      d.lines[0]!.pledgedToDate.toSignificantDigits(50).eq(D('170e9').times(119).div(365).toSignificantDigits(50)),
    ).toBe(true);
    expect(d.assumptions.join(' ')).toContain('not anchored');
  });

  it('accrual at period start counts a period in full from its first day', () => {
    const d = delivery(presetDeal('kr-2025-11-mou'), { accrual: 'period-start' });
    expect(d.lines[0]!.pledgedToDate.toFixed()).toBe('170000000000');
  });

  it('metrics and compare carry it', () => {
    expect(metrics(presetDeal('jp-2025-09-mou'), { rates: [] }).delivery?.lines[0]?.delivered.toFixed()).toBe(
      '36000000000',
    );
    expect(metrics(presetDeal('kr-2025-10-us-cash-25x8'), { rates: [] }).delivery).toBeUndefined();
    const c = compare(presetDeal('kr-2025-11-mou'), presetDeal('jp-2025-09-mou'), { rates: [] });
    expect(c.gaps.delivered?.toFixed()).toBe('-36000000000');
  });

  it('refuses what it cannot measure', () => {
    expect(() => delivery(presetDeal('kr-2025-10-us-cash-25x8'))).toThrow(
      expect.objectContaining({ code: 'not_computable' }),
    );
    expect(delivery(presetDeal('kr-2025-10-us-cash-25x8'), { asOf: '2026-10-22' }).lines[0]!.delivered.isZero()).toBe(
      true,
    );
    expect(() => delivery(presetDeal('jp-2025-09-mou'), { asOf: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => delivery(presetDeal('jp-2025-09-mou'), { accrual: 'monthly' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  describe('properties', () => {
    const deal = (each: number, count: number) =>
      parseDeal({
        id: 'p',
        title: 'P',
        date: '2025-01-01',
        headline: `${each * count}B`,
        components: [{ label: 'Cash', instrument: 'cash', schedule: { each: `${each}B`, count } }],
      });
    const dayOf = (k: number) => new Date(Date.UTC(2025, 0, 1) + k * 86_400_000).toISOString().slice(0, 10); // whole days

    it('pledged to date never falls as the date moves on, and never passes the pledge', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 50 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: -30, max: 5000 }),
          fc.integer({ min: 0, max: 400 }),
          (each, count, day, step) => {
            const d = deal(each, count);
            const a = delivery(d, { asOf: dayOf(day) }).lines[0]!;
            const b = delivery(d, { asOf: dayOf(day + step) }).lines[0]!;
            expect(b.pledgedToDate.gte(a.pledgedToDate)).toBe(true);
            expect(b.pledgedToDate.lte(d.headline)).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
    });

    it('pro rata never asks for more than period start', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 50 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 0, max: 5000 }),
          (each, count, day) => {
            const d = deal(each, count);
            const pro = delivery(d, { asOf: dayOf(day) }).lines[0]!;
            const start = delivery(d, { asOf: dayOf(day), accrual: 'period-start' }).lines[0]!;
            expect(pro.pledgedToDate.lte(start.pledgedToDate)).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
