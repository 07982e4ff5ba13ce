import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { decimal } from '../../src/money/decimal.ts';
import { align } from '../../src/schedules/align.ts';
import { capped } from '../../src/schedules/capped.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { merge } from '../../src/schedules/merge.ts';
import { cumulative, periodTable } from '../../src/schedules/periodTable.ts';
import { scale } from '../../src/schedules/scale.ts';
import { periodDate, type Schedule } from '../../src/schedules/schedule.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { shift } from '../../src/schedules/shift.ts';
import { amountIn, horizon, total } from '../../src/schedules/total.ts';

const show = (rows: ReadonlyArray<{ amounts: readonly { toFixed(): string }[] }>): string[] =>
  rows.map((r) => r.amounts.map((a) => a.toFixed()).join('/'));
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as DealcalcError).code;
  }
};

describe('total, amountIn, horizon', () => {
  it('reads a schedule', () => {
    const s = installments('7B', 10, { start: 1 });
    expect(total(s).toFixed()).toBe('70000000000');
    expect(amountIn(s, 0).toFixed()).toBe('0');
    expect(amountIn(s, 10).toFixed()).toBe('7000000000');
    expect(horizon(s)).toEqual({ first: 1, last: 10 });
    expect(horizon(scheduleOf([]))).toBeUndefined();
    expect(codeOf(() => amountIn(s, -1))).toBe('invalid_input');
  });
});

describe('periodTable and cumulative', () => {
  it('fills gaps with zero and carries the running total', () => {
    const s = scheduleOf([
      { period: 1, amount: '10' },
      { period: 3, amount: '5' },
    ]);
    expect(periodTable(s).map((r) => [r.period, r.amount.toFixed(), r.cumulative.toFixed()])).toEqual([
      [1, '10', '10'],
      [2, '0', '10'],
      [3, '5', '15'],
    ]);
    expect(cumulative(s).map((r) => r.amount.toFixed())).toEqual(['10', '10', '15']);
  });

  it('a range counts what was paid before it', () => {
    const rows = periodTable(installments('1', 5), { from: 2, to: 6 });
    expect(rows.map((r) => r.cumulative.toFixed())).toEqual(['3', '4', '5', '5', '5']);
    expect(codeOf(() => periodTable(installments('1', 5), { from: 3, to: 2 }))).toBe('invalid_input');
  });

  it('dates periods from the start date, clamping month ends (research E5)', () => {
    const s = installments('1', 5, { startDate: '2025-01-31', frequency: 'monthly' });
    expect(periodTable(s).map((r) => r.date)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
    ]);
    const quarterly = installments('1', 3, { startDate: '2024-11-30', frequency: 'quarterly' });
    expect(periodTable(quarterly).map((r) => r.date)).toEqual(['2024-11-30', '2025-02-28', '2025-05-30']);
    expect(periodDate(installments('1', 1), 3)).toBeUndefined();
  });
});

describe('shift, scale, merge, align', () => {
  it('shift moves money in time, not the start date', () => {
    const s = shift(installments('7B', 2, { startDate: '2026-01-01' }), 3);
    expect(s.installments.map((i) => i.period)).toEqual([3, 4]);
    expect(s.startDate).toBe('2026-01-01');
    expect(shift(s, -3).installments.map((i) => i.period)).toEqual([0, 1]);
    expect(codeOf(() => shift(s, -4))).toBe('invalid_input');
    expect(codeOf(() => shift(s, 1.5))).toBe('invalid_input');
    expect(codeOf(() => shift(s, 9_999))).toBe('limit_exceeded');
  });

  it('scale multiplies exactly', () => {
    expect(scale(installments('25B', 8), '0.28').installments[0]?.amount.toFixed()).toBe('7000000000');
    const third = decimal('0.3333333333333333333333333333333333333333333333333333333333333333');
    const scaled = scale(scheduleOf(['100000000000.01']), third);
    // 13 + 64 digits: more than the working precision, kept whole (checked with Python's
    // decimal module at 200 digits).
    expect(scaled.installments[0]?.amount.toFixed()).toBe(
      '33333333333.336666666666666666666666666666666666666666666666666663333333333333',
    );
    expect(codeOf(() => scale(installments('1', 2), '-1'))).toBe('invalid_input');
  });

  it('total of a scaled schedule is exact, as documented (issue 12, finding 10)', () => {
    // 1e29 and 1 scaled by 0.333…37 (41 digits): the products need 70 and 41 digits, their sum 70.
    // Summed at 64 digits this was 33333333333333333333333333333.66666666667033333333333333333333333;
    // the exact value (by hand: 10^29 × f + f) ends in …333337.
    const f = decimal(`0.${'3'.repeat(40)}7`);
    const t = total(scale(scheduleOf(['1e29', '1']), f));
    expect(t.toFixed()).toBe('33333333333333333333333333333.66666666667033333333333333333333333333337');
  });

  it('a scale or a merge that leaves 1e-30 … 1e30 is refused: JSON could not carry it back', () => {
    expect(codeOf(() => scale(scheduleOf(['1']), '1e-31'))).toBe('limit_exceeded');
    expect(codeOf(() => scale(scheduleOf(['1e20']), '1e11'))).toBe('limit_exceeded');
    expect(codeOf(() => merge(lumpSum('1e30'), lumpSum('1e30')))).toBe('limit_exceeded');
  });

  it('merge adds by period', () => {
    const m = merge(installments('7B', 2), lumpSum('100B', { start: 1 }));
    expect(m.installments.map((i) => [i.period, i.amount.toFixed()])).toEqual([
      [0, '7000000000'],
      [1, '107000000000'],
    ]);
  });

  it('merge refuses different currencies, frequencies or start dates, and nothing', () => {
    expect(codeOf(() => merge(lumpSum('1'), lumpSum('₩1')))).toBe('currency_mismatch');
    expect(codeOf(() => merge(lumpSum('1'), lumpSum('1', { frequency: 'monthly' })))).toBe('frequency_mismatch');
    expect(
      codeOf(() => merge(lumpSum('1', { startDate: '2025-01-01' }), lumpSum('1', { startDate: '2026-01-01' }))),
    ).toBe('invalid_input');
    expect(codeOf(() => merge())).toBe('invalid_input');
    expect(merge(lumpSum('1', { startDate: '2025-01-01' }), lumpSum('1')).startDate).toBe('2025-01-01');
  });

  it('align lines up $25B × 8 against $7B × 10', () => {
    const rows = align([installments('25B', 8), installments('7B', 10)]);
    expect(rows.map((r) => r.period)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(show(rows).slice(6)).toEqual([
      '25000000000/7000000000',
      '25000000000/7000000000',
      '0/7000000000',
      '0/7000000000',
    ]);
    expect(align([])).toEqual([]);
    expect(align([scheduleOf([]), scheduleOf([])])).toEqual([]);
    expect(
      align([installments('1', 1, { startDate: '2026-01-01' }), lumpSum('1', { start: 1 })]).map((r) => r.date),
    ).toEqual(['2026-01-01', '2027-01-01']);
  });
});

describe('operations › properties', () => {
  const schedule = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.bigInt({ min: 0n, max: 10n ** 14n })), { maxLength: 20 })
    .map((entries) => {
      const byPeriod = new Map(entries.map(([p, c]) => [p, decimal(c.toString()).div(100)]));
      return scheduleOf([...byPeriod].map(([period, amount]) => ({ period, amount })));
    });
  const sumAll = (list: Schedule[]) => list.reduce((a, s) => a.plus(total(s)), decimal(0));

  it('shift conserves the total', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 0, max: 100 }), (s, by) => {
        expect(total(shift(s, by)).eq(total(s))).toBe(true);
      }),
    );
  });

  it('scale multiplies the total exactly', () => {
    const factor = fc
      .tuple(fc.nat({ max: 10 ** 6 }), fc.nat({ max: 9 }))
      .map(([n, p]) => decimal(n).div(decimal(10).pow(p)));
    fc.assert(
      fc.property(schedule, factor, (s, f) => {
        expect(total(scale(s, f)).eq(total(s).times(f))).toBe(true);
      }),
    );
  });

  it('merge conserves the sum of totals and is order-independent', () => {
    fc.assert(
      fc.property(fc.array(schedule, { minLength: 1, maxLength: 5 }), (list) => {
        const m = merge(...list);
        expect(total(m).eq(sumAll(list))).toBe(true);
        const reversed = merge(...[...list].reverse());
        expect(reversed.installments.map((i) => i.amount.toFixed())).toEqual(
          m.installments.map((i) => i.amount.toFixed()),
        );
      }),
    );
  });

  it('align keeps every amount, and the cumulative column ends at the total', () => {
    fc.assert(
      fc.property(schedule, schedule, (a, b) => {
        const rows = align([a, b]);
        const sums = [0, 1].map((k) => rows.reduce((acc, r) => acc.plus(r.amounts[k]!), decimal(0)));
        expect(sums[0]!.eq(total(a))).toBe(true);
        expect(sums[1]!.eq(total(b))).toBe(true);
        const table = periodTable(a);
        if (table.length > 0) expect(table[table.length - 1]!.cumulative.eq(total(a))).toBe(true);
      }),
    );
  });

  it('capped schedules merge back to their total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 50 }), (t, c) => {
        expect(total(merge(capped(`${t}B`, `${c}B`), lumpSum('0'))).toFixed()).toBe(`${t}000000000`);
      }),
    );
  });
});
