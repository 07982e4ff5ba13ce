import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { total } from '../../src/schedules/total.ts';
import { weighted } from '../../src/schedules/weighted.ts';

const amounts = (s: ReturnType<typeof weighted>): string[] => s.installments.map((i) => i.amount.toFixed());

describe('weighted', () => {
  it('spreads a headline by weights per period', () => {
    const s = weighted('350B', [10, 20, 30, 40], { startDate: '2026-01-01' });
    expect(amounts(s)).toEqual(['35000000000', '70000000000', '105000000000', '140000000000']);
    expect(s.installments.map((i) => i.period)).toEqual([0, 1, 2, 3]);
    expect(s.startDate).toBe('2026-01-01');
  });

  it('keeps zero weights as zero installments and places explicit periods', () => {
    expect(amounts(weighted('100', [0, 1, 0, 1]))).toEqual(['0', '50', '0', '50']);
    const s = weighted(
      '100',
      [
        { period: 5, weight: '30%' },
        { period: 1, weight: '70%' },
      ],
      { currency: 'KRW' },
    );
    expect(s.installments.map((i) => [i.period, i.amount.toFixed()])).toEqual([
      [1, '70'],
      [5, '30'],
    ]);
    expect(s.currency).toBe('KRW');
  });

  it('rounds to the quantum by the largest remainder (or largest ratio)', () => {
    // 200B over 3 years by 1:1:1 in whole billions: 67, 67, 66.
    expect(amounts(weighted('200B', [1, 1, 1], { quantum: '1B' }))).toEqual([
      '67000000000',
      '67000000000',
      '66000000000',
    ]);
    expect(amounts(weighted('7', [6, 3, 1]))).toEqual(['4', '2', '1']);
    expect(amounts(weighted('7', [6, 3, 1], { method: 'largest-ratio' }))).toEqual(['5', '2', '0']);
  });

  it('rejects bad input with paths', () => {
    expect(() => weighted('-1', [1])).toThrow(/total/);
    expect(() => weighted('1', [1, { period: 2, weight: 1 }] as never)).toThrow(/not a mix/);
    expect(() =>
      weighted('1', [
        { period: 2, weight: 1 },
        { period: 2, weight: 1 },
      ]),
    ).toThrow(/one installment per period/);
    expect(() => weighted('1', [0, 0])).toThrow(/at least one ratio greater than 0/);
    expect(() => weighted('1', [1, 1], { start: 10_000 })).toThrow(expect.objectContaining({ code: 'limit_exceeded' }));
  });

  it('conserves the total and stays within one quantum of each exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0)),
        fc.constantFrom('1', '1000000', '0.01'),
        (units, w, q) => {
          const t = decimal(units.toString()).div(100);
          const s = weighted(t, w, { quantum: q });
          expect(total(s).eq(t)).toBe(true);
          const sum = w.reduce((a, b) => a + b, 0);
          s.installments.forEach((i, k) => {
            // |amount·Σw − t·w_k| < q·Σw, in exact decimals (integers times a decimal)
            const diff = i.amount.times(sum).minus(t.times(w[k]!)).abs();
            expect(diff.lt(decimal(q).times(sum))).toBe(true);
          });
        },
      ),
    );
  });
});
