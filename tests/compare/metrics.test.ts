import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metrics } from '../../src/compare/metrics.ts';
import { deal } from '../../src/deals/build.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { INSTRUMENTS } from '../../src/deals/instrument.ts';
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { installments } from '../../src/schedules/installments.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';

// Billions to six places: the precision the research doc (finance-libraries.md §3 D9, D10) gives.
const bn = (x: Decimal): string => x.div('1e9').toFixed(6);

describe('metrics', () => {
  const us = proposal('cash 25B x 8 + guarantee 150B');
  const korea = proposal('cash 7B x 10 of 350B');

  it('cash shares are 4/7 and 1/5 exactly', () => {
    expect(metrics(us).cashShare?.eq(decimal(4).div(7))).toBe(true);
    expect(metrics(korea).cashShare?.toFixed()).toBe('0.2');
  });

  it('totals by instrument, peak, horizon, average timing', () => {
    const m = metrics(us);
    expect(m.instruments.cash.total.toFixed()).toBe('200000000000');
    expect(m.instruments.guarantee.total.toFixed()).toBe('150000000000');
    expect(m.instruments.loan.total.toFixed()).toBe('0');
    expect(m.instruments.loan.peak).toBeNull();
    expect(m.instruments.cash.peak).toEqual({ period: 0, amount: decimal('25e9') });
    expect(m.instruments.cash.horizon).toEqual({ first: 0, last: 7, periods: 8 });
    expect(m.instruments.cash.averageTiming?.toFixed()).toBe('3.5');
    expect(m.all.peak?.amount.toFixed()).toBe('175000000000');
    expect(m.all.total.eq(m.headline)).toBe(true);
  });

  it('present values match the reference values at 3%, 5% and 8% (research D9, D10)', () => {
    const end = { rates: ['0.03', '5%', '0.08'], timing: 'end' } as const;
    expect(metrics(us, end).instruments.cash.presentValues.map((p) => bn(p.value))).toEqual([
      '175.492305',
      '161.580319',
      '143.665974',
    ]);
    expect(metrics(korea, end).instruments.cash.presentValues.map((p) => bn(p.value))).toEqual([
      '59.711420',
      '54.052145',
      '46.970570',
    ]);
    // Start of year (the default): end × (1 + r).
    expect(bn(metrics(us, { rates: ['0.05'] }).instruments.cash.presentValues[0]!.value)).toBe('169.659335');
    expect(bn(metrics(korea, { rates: ['0.05'] }).instruments.cash.presentValues[0]!.value)).toBe('56.754752');
  });

  it('a rate of 0 gives the plain sum, exactly', () => {
    expect(metrics(us, { rates: ['0'] }).instruments.cash.presentValues[0]!.value.toFixed()).toBe('200000000000');
  });

  it('records the convention and the rates', () => {
    const m = metrics(us);
    expect(m.convention).toEqual({ timing: 'start', compounding: 'annual', valuedAt: 'period 0' });
    expect(m.rates.map(String)).toEqual(['0.03', '0.045', '0.06']);
    expect(metrics(us, { timing: 'end' }).convention.timing).toBe('end');
  });

  it('gives the per-period outflow by instrument with running totals', () => {
    const rows = metrics(us).perPeriod;
    expect(rows.map((r) => bn(r.total))).toEqual(['175.000000', ...Array(7).fill('25.000000')]);
    expect(bn(rows[7]!.cumulative)).toBe('350.000000');
    expect(bn(rows[7]!.cumulativeByInstrument.cash)).toBe('200.000000');
  });

  it('discounts monthly schedules in years', () => {
    const monthly = deal({
      id: 'm',
      title: 'm',
      headline: '12',
      components: [{ label: 'c', instrument: 'cash', schedule: installments('1', 12, { frequency: 'monthly' }) }],
    });
    const pv = metrics(monthly, { rates: ['0.1'] }).instruments.cash.presentValues[0]!.value;
    // Σ (1.1)^(−k/12), k = 0…11 = 11.4913969202… (Python's decimal module at 50 digits).
    expect(pv.toFixed(10)).toBe('11.4913969202');
  });

  it('refuses bad rates and timings', () => {
    expect(() => metrics(us, { rates: ['-100%'] })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => metrics(us, { rates: ['abc'] })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => metrics(us, { timing: 'middle' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  it('a zero headline has no shares', () => {
    const zero = deal({
      id: 'z',
      title: 'z',
      headline: '0',
      components: [{ label: 'c', instrument: 'cash', schedule: scheduleOf([]) }],
    });
    expect(metrics(zero).cashShare).toBeNull();
  });
});

describe('metrics › properties', () => {
  const cents = fc.bigInt({ min: 1n, max: 10n ** 13n }).map((c) => decimal(c.toString()).div(100));
  const parts = fc.array(
    fc.record({
      instrument: fc.constantFrom(...INSTRUMENTS),
      each: cents,
      count: fc.integer({ min: 1, max: 15 }),
      start: fc.integer({ min: 0, max: 5 }),
    }),
    { minLength: 1, maxLength: 5 },
  );
  const build = (
    list: Array<{ instrument: (typeof INSTRUMENTS)[number]; each: Decimal; count: number; start: number }>,
  ) =>
    deal({
      id: 'random',
      title: 'Random',
      headline: list.reduce((a, p) => a.plus(p.each.times(p.count)), decimal(0)),
      components: list.map((p, k) => ({
        label: `part ${k}`,
        instrument: p.instrument,
        schedule: installments(p.each, p.count, { start: p.start }),
      })),
    });

  it('per-period outflows sum to the instrument totals', () => {
    fc.assert(
      fc.property(parts, (list) => {
        const m = metrics(build(list), { rates: [] });
        for (const i of INSTRUMENTS) {
          const sum = m.perPeriod.reduce((a, r) => a.plus(r.byInstrument[i]), decimal(0));
          expect(sum.eq(m.instruments[i].total)).toBe(true);
        }
        expect(m.perPeriod.at(-1)?.cumulative.eq(m.headline)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('present value of outflows does not rise as the rate rises', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: -50, max: 300 }), fc.integer({ min: 1, max: 200 }), (list, low, step) => {
        const r1 = decimal(low).div(1000);
        const r2 = r1.plus(decimal(step).div(1000));
        const [p1, p2] = metrics(build(list), { rates: [r1, r2] }).all.presentValues;
        expect(p2!.value.lte(p1!.value)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('metrics do not change when components are reordered', () => {
    fc.assert(
      fc.property(parts, (list) => {
        const a = metrics(build(list), { rates: ['0.045'] });
        const b = metrics(build([...list].reverse()), { rates: ['0.045'] });
        expect(JSON.stringify({ ...b, id: a.id })).toBe(JSON.stringify(a));
      }),
      { numRuns: 60 },
    );
  });
});

describe('metrics of random streams against plain sums', () => {
  it('total, peak (the earliest of equal peaks) and average timing equal the plain computation', () => {
    // Oracle: the sums written out in decimal.js over the installments as given.
    const entry = fc.record({
      period: fc.integer({ min: 0, max: 40 }),
      amount: fc.constantFrom('0', '1', '2.5', '7000000000', '25000000000', '0.000001'),
    });
    const list = fc.uniqueArray(entry, { minLength: 1, maxLength: 12, selector: (e) => e.period });
    fc.assert(
      fc.property(list, list, (x, y) => {
        const d = deal({
          id: 'r',
          title: 'R',
          headline: [...x, ...y].reduce((s, e) => s.plus(e.amount), decimal(0)),
          components: [
            { label: 'a', instrument: 'cash', schedule: scheduleOf(x) },
            { label: 'b', instrument: 'cash', schedule: scheduleOf(y) },
          ],
        });
        const byPeriod = new Map<number, Decimal>();
        for (const e of [...x, ...y]) byPeriod.set(e.period, (byPeriod.get(e.period) ?? decimal(0)).plus(e.amount));
        const periods = [...byPeriod.keys()].sort((p, q) => p - q);
        const total = periods.reduce((s, p) => s.plus(byPeriod.get(p)!), decimal(0));
        const weighted = periods.reduce((s, p) => s.plus(byPeriod.get(p)!.times(p)), decimal(0));
        let peak = periods[0]!;
        for (const p of periods) if (byPeriod.get(p)!.gt(byPeriod.get(peak)!)) peak = p;
        const cash = metrics(d).instruments.cash;
        expect(cash.total.eq(total)).toBe(true);
        expect(cash.peak).toEqual({ period: peak, amount: byPeriod.get(peak) });
        if (total.isZero()) expect(cash.averageTiming).toBeNull();
        else expect(cash.averageTiming!.eq(weighted.div(total))).toBe(true);
      }),
      { numRuns: 200, seed: 43 },
    );
  });
});
