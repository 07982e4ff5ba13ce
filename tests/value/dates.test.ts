import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installments } from '../../src/schedules/installments.ts';
import { dateSequence, datedFlows } from '../../src/value/datedFlows.ts';
import { DAY_COUNTS, dayCountFraction, yearFraction } from '../../src/value/dayCount.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('dateSequence', () => {
  it('rolls monthly from the anchor (research E5)', () => {
    expect(dateSequence({ start: '2025-01-31', count: 6, frequency: 'monthly' })).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
    ]);
    expect(dateSequence({ start: '2024-01-31', count: 2, frequency: 'monthly' })).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('applies the end-of-month rule when asked (research E11)', () => {
    expect(dateSequence({ start: '2025-02-28', count: 3, frequency: 'monthly' })).toEqual([
      '2025-02-28',
      '2025-03-28',
      '2025-04-28',
    ]);
    expect(dateSequence({ start: '2025-02-28', count: 3, frequency: 'monthly', endOfMonth: true })).toEqual([
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
    expect(dateSequence({ start: '2025-08-31', count: 3, frequency: 'semiannual', endOfMonth: true })).toEqual([
      '2025-08-31',
      '2026-02-28',
      '2026-08-31',
    ]);
  });

  it('annual, quarterly; refuses bad input', () => {
    expect(dateSequence({ start: '2024-02-29', count: 3 })).toEqual(['2024-02-29', '2025-02-28', '2026-02-28']);
    expect(dateSequence({ start: '2025-11-30', count: 3, frequency: 'quarterly' })).toEqual([
      '2025-11-30',
      '2026-02-28',
      '2026-05-30',
    ]);
    expect(() => dateSequence({ start: '2025-02-30', count: 2 })).toThrow(DealcalcError);
    expect(() => dateSequence({ start: '2025-01-01', count: 0 })).toThrow(DealcalcError);
    expect(() => dateSequence({ start: '2025-01-01', count: 2, frequency: 'weekly' as never })).toThrow(DealcalcError);
  });

  it('dates anchored schedules', () => {
    expect(datedFlows(installments('25B', 3, { startDate: '2026-01-01' })).map((f) => f.date)).toEqual([
      '2026-01-01',
      '2027-01-01',
      '2028-01-01',
    ]);
    expect(() => datedFlows(installments('25B', 3))).toThrow(DealcalcError);
  });
});

describe('day counts', () => {
  const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => {
    const d = new Date(Date.UTC(2000, 0, 1 + n));
    return d.toISOString().slice(0, 10);
  });

  it('are antisymmetric and add up over a split, for actual-day counts', () => {
    fc.assert(
      fc.property(
        day,
        day,
        day,
        fc.constantFrom('act/365f', 'act/360', 'act/act-isda') as fc.Arbitrary<'act/365f' | 'act/360' | 'act/act-isda'>,
        (a, b, c, dc) => {
          expect(
            yearFraction(a, b, dc)
              .plus(yearFraction(b, a, dc))
              .isZero(),
          ).toBe(true);
          expect(
            yearFraction(a, b, dc)
              .plus(yearFraction(b, c, dc))
              .minus(yearFraction(a, c, dc))
              .abs()
              .lt('1e-50'),
          ).toBe(true);
        },
      ),
    );
  });

  it('give whole years on anniversaries where the convention says so', () => {
    expect(yearFraction('2020-01-01', '2030-01-01', 'act/act-isda').toString()).toBe('10');
    expect(yearFraction('2020-03-15', '2030-03-15', '30/360-us').toString()).toBe('10');
    expect(yearFraction('2020-03-15', '2030-03-15', '30e/360').toString()).toBe('10');
    expect(DAY_COUNTS).toHaveLength(5);
  });

  it('never depend on the machine time zone (calendar arithmetic only)', () => {
    // 2025-03-09 → 2025-03-10 crosses the New York DST change; still exactly one day.
    expect(dayCountFraction('2025-03-09', '2025-03-10', 'act/365f')).toEqual({ numerator: 1, denominator: 365 });
  });
});
