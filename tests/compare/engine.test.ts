import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import { metrics } from '../../src/compare/metrics.ts';
import { sweep } from '../../src/compare/sweep.ts';
import { deal } from '../../src/deals/build.ts';
import { D, decimal, type Decimal } from '../../src/money/decimal.ts';
import type { Deal } from '../../src/deals/deal.ts';
import { presetDeal, PRESET_IDS } from '../../src/presets/presets.ts';
import { thawed } from '../deals/thawed.ts';
import { capped } from '../../src/schedules/capped.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { npv } from '../../src/value/npv.ts';

describe('one discounting convention everywhere', () => {
  it("economic cost lines are discounted with the metrics' timing (failed before: cash line at start timing)", () => {
    for (const id of PRESET_IDS) {
      for (const timing of ['start', 'end'] as const) {
        const m = metrics(presetDeal(id), { timing, economics: {} });
        m.economicCost!.byRate.forEach((line, k) => {
          expect(line.cash.value!.eq(m.instruments.cash.presentValues[k]!.value)).toBe(true);
          expect(line.unspecified.eq(m.instruments.unspecified.presentValues[k]!.value)).toBe(true);
        });
      }
    }
  });

  it('the all-components present value is the sum of the parts', () => {
    for (const id of PRESET_IDS) {
      const m = metrics(presetDeal(id));
      m.all.presentValues.forEach((pv, k) => {
        const parts = Object.values(m.instruments).reduce((acc, s) => acc.plus(s.presentValues[k]!.value), decimal(0));
        expect(pv.value.minus(parts).abs().lte(parts.abs().times('1e-60'))).toBe(true);
      });
    }
  });

  it('compare is antisymmetric and compare(a, a) is all zeros, on fresh deal objects', () => {
    const ids = fc.constantFrom(...PRESET_IDS);
    fc.assert(
      fc.property(ids, ids, (x, y) => {
        const a = presetDeal(x);
        const b = presetDeal(y);
        if (a.currency !== b.currency) return;
        const ab = compare({ ...a }, { ...b });
        const ba = compare({ ...b }, { ...a });
        expect(ab.gaps.instruments.cash.total.eq(ba.gaps.instruments.cash.total.neg())).toBe(true);
        ab.gaps.presentValues.forEach((g, k) => expect(g.value.eq(ba.gaps.presentValues[k]!.value.neg())).toBe(true));
        expect(ab.breakEven.kind).toBe(ba.breakEven.kind);
        const aa = compare(a, a);
        expect(
          aa.gaps.all.total.isZero() &&
            aa.gaps.presentValues.every((g) => g.value.isZero()) &&
            aa.breakEven.kind === 'every-rate',
        ).toBe(true);
      }),
      { numRuns: 40, seed: 40 },
    );
  });
});

describe('compare on fresh, shared and thawed deal objects', () => {
  // Oracle: a deal copied all the way down and frozen nowhere (thawed), whose ledger is read afresh;
  // the comparison (every field, those made when read included) must not depend on which object came in.
  it('gives the same comparison, field for field, whatever object holds the deal', () => {
    const ids = fc.constantFrom(...PRESET_IDS);
    const instrument = fc.constantFrom('cash' as const, 'guarantee' as const, 'loan' as const, 'unspecified' as const);
    const rates = fc.array(fc.constantFrom('0', '3%', '0.045', '-0.5', '12.5%'), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(ids, ids, instrument, rates, (x, y, i, r) => {
        const a = presetDeal(x);
        const b = presetDeal(y);
        if (a.currency !== b.currency || dealFrequency(a) !== dealFrequency(b)) return;
        const options = { instrument: i, rates: r };
        const plain = JSON.stringify(compare(thawed(a), thawed(b), options));
        const fresh = compare({ ...a }, { ...b }, options);
        expect(JSON.stringify(fresh)).toBe(plain);
        expect(JSON.stringify(compare(a, b, options))).toBe(plain);
        expect(Object.keys(fresh.gaps.instruments.guarantee)).toEqual([
          'total',
          'share',
          'sharePoints',
          'presentValues',
        ]);
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});

describe('scenario sweep (one annuity factor per rate, years and start)', () => {
  it('equals npv of the schedule it stands for, row by row', () => {
    const s = sweep(
      { annual: ['7B', '25B', '1.5e9'], years: [1, 8, 10], start: [0, 3], rate: ['0', '4.5%', '-20%'] },
      { timing: 'end', frequency: 'quarterly' },
    );
    expect(s.size).toBe(54);
    for (const row of s) {
      const schedule = installments(row.params.annual!, row.params.years!, {
        start: row.params.start,
        frequency: 'quarterly',
      });
      const expected = npv(row.params.rate, schedule, { timing: 'end' }).value;
      expect(row.presentValue.minus(expected).abs().lte(expected.abs().times('1e-60'))).toBe(true);
      expect(row.total.eq(row.params.annual!.times(row.params.years!))).toBe(true);
    }
  });

  it('caps: whole caps then the remainder, as capped()', () => {
    for (const row of sweep({ total: ['200B', '205B'], cap: ['20B', '30B'], rate: ['4.5%'] })) {
      const expected = npv('4.5%', capped(row.params.total!, row.params.cap!)).value;
      expect(row.presentValue.minus(expected).abs().lte(expected.times('1e-60'))).toBe(true);
    }
  });

  it('shares against a headline, the last key fastest, and typed errors', () => {
    const rows = sweep({ headline: ['350B'], annual: ['25B', '7B'], years: [8, 10] }, { instrument: 'cash' }).toArray();
    expect(rows.filter((r) => r.params.rate.eq('0.03')).map((r) => r.share!.times(100).toFixed(1))).toEqual([
      '57.1',
      '71.4',
      '16.0',
      '20.0',
    ]);
    expect(() => sweep({ annual: ['1B'] })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => sweep({ annual: ['$1B', '₩1T'], years: [2] })).toThrow(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
    // Amounts that name no currency take the sweep's: here the won of the first named amount.
    expect(sweep({ annual: ['₩1T', '5B'], years: [2] }).toArray()[1]!.currency).toBe('KRW');
    expect(() => sweep({ annual: ['1B'], years: [0] })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('keeps memory flat: a million rows iterate without being held', () => {
    const grid = {
      rate: Array.from({ length: 100 }, (_, k) => decimal(k).div(1000)),
      annual: Array.from({ length: 100 }, (_, k) => `${k + 1}B`),
      years: Array.from({ length: 100 }, (_, k) => k + 1),
    };
    const s = sweep(grid);
    expect(s.size).toBe(1_000_000);
    let seen = 0;
    for (const row of s) {
      seen += 1;
      if (row.index === 2500) break;
    }
    expect(seen).toBe(2501);
    expect(() => s.toArray()).toThrow(expect.objectContaining({ code: 'limit_exceeded' }));
  });
});

describe('deal() builds once', () => {
  it('uses built schedules as they are (no zod or text round trip)', () => {
    const cash = installments('25B', 8);
    const d = deal({
      id: 'x',
      title: 'X',
      headline: '350B',
      components: [
        { label: 'Cash', instrument: 'cash', schedule: cash },
        { label: 'G', instrument: 'guarantee', schedule: lumpSum('150B') },
      ],
    });
    expect(d.components[0]!.schedule).toBe(cash);
  });

  it('fills a shortfall on the deal’s own period axis (failed before for quarterly deals)', () => {
    const d = deal(
      {
        id: 'q',
        title: 'Q',
        headline: '10B',
        components: [{ label: 'c', instrument: 'cash', schedule: installments('1B', 4, { frequency: 'quarterly' }) }],
      },
      { fillUnspecified: true },
    );
    expect(d.components.map((c) => [c.instrument, c.schedule.frequency])).toEqual([
      ['cash', 'quarterly'],
      ['unspecified', 'quarterly'],
    ]);
    expect(d.components[1]!.schedule.installments[0]!.amount.toString()).toBe('6000000000');
  });

  it('gaps taken from the exact parts agree with the plain differences of the rounded metrics to 1e-60', () => {
    // Oracle: a − b on the Decimals each side reports, and the level installment as a's present
    // value over the present value of b's level stream (npv of ones), in decimal.js.
    const close = (x: Decimal | null, y: Decimal | null) => {
      if (x === null || y === null) return expect(x).toBe(y);
      const scale = D.max(x.abs(), y.abs(), 1);
      expect(x.minus(y).abs().lte(scale.times('1e-60'))).toBe(true);
    };
    const ids = fc.constantFrom(...PRESET_IDS);
    const timing = fc.constantFrom('start' as const, 'end' as const);
    const rates = fc.array(fc.constantFrom('0', '3%', '0.045', '-0.5', '12.5%', '0.0617'), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(ids, ids, timing, rates, (x, y, t, r) => {
        const a = presetDeal(x);
        const b = presetDeal(y);
        if (a.currency !== b.currency || dealFrequency(a) !== dealFrequency(b)) return;
        const c = compare({ ...a }, { ...b }, { timing: t, rates: r });
        const [ma, mb] = [metrics(a, { timing: t, rates: r }), metrics(b, { timing: t, rates: r })];
        for (const i of ['cash', 'loan', 'guarantee', 'purchase', 'private', 'unspecified', 'all'] as const) {
          const [sa, sb] = i === 'all' ? [ma.all, mb.all] : [ma.instruments[i], mb.instruments[i]];
          const g = i === 'all' ? c.gaps.all : c.gaps.instruments[i];
          close(g.total, sa.total.minus(sb.total));
          if (sa.share !== null && sb.share !== null) close(g.share, sa.share.minus(sb.share));
          g.presentValues.forEach((v, k) =>
            close(v.value, sa.presentValues[k]!.value.minus(sb.presentValues[k]!.value)),
          );
        }
        const [sa, sb] = [ma.instruments.cash, mb.instruments.cash];
        close(
          c.gaps.averageTiming,
          sa.averageTiming === null || sb.averageTiming === null ? null : sa.averageTiming.minus(sb.averageTiming),
        );
        close(c.gaps.peak, (sa.peak?.amount ?? decimal(0)).minus(sb.peak?.amount ?? decimal(0)));
        if (c.gaps.cashShare.fraction !== null) close(c.gaps.cashShare.points, c.gaps.cashShare.fraction.times(100));
        const h = sb.horizon;
        c.levelInstallments.forEach((l, k) => {
          // b's level stream: 1 in every period of its horizon, discounted as the metrics are.
          const ones = installments('1', h!.periods, { start: h!.first, frequency: dealFrequency(b) });
          close(l.amount, sa.presentValues[k]!.value.div(npv(r[k]!, ones, { timing: t }).value));
        });
      }),
      { numRuns: 60, seed: 41 },
    );
  });
});

const dealFrequency = (d: Deal) => d.components[0]?.schedule.frequency ?? 'annual';
