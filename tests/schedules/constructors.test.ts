import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { capped } from '../../src/schedules/capped.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import type { Schedule } from '../../src/schedules/schedule.ts';
import { spread } from '../../src/schedules/spread.ts';
import { total } from '../../src/schedules/total.ts';

const amounts = (s: Schedule): string[] => s.installments.map((i) => i.amount.toFixed());
const periods = (s: Schedule): number[] => s.installments.map((i) => i.period);
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(DealcalcError);
    return (e as DealcalcError).code;
  }
};

describe('lumpSum', () => {
  it('puts the whole amount in one period', () => {
    const s = lumpSum('200B', { start: 2 });
    expect(periods(s)).toEqual([2]);
    expect(amounts(s)).toEqual(['200000000000']);
    expect(s.currency).toBe('USD');
    expect(s.frequency).toBe('annual');
  });

  it('takes the currency from the amount or the options, and refuses a conflict', () => {
    expect(lumpSum('₩500T').currency).toBe('KRW');
    expect(lumpSum('500', { currency: 'KRW' }).currency).toBe('KRW');
    expect(codeOf(() => lumpSum('₩500T', { currency: 'USD' }))).toBe('currency_mismatch');
  });

  it('refuses negative amounts, bad options and bad dates', () => {
    expect(codeOf(() => lumpSum('-1'))).toBe('invalid_input');
    expect(codeOf(() => lumpSum('1', { start: -1 }))).toBe('invalid_input');
    expect(codeOf(() => lumpSum('1', { frequency: 'weekly' as never }))).toBe('invalid_input');
    expect(codeOf(() => lumpSum('1', { startDate: '2025-02-30' }))).toBe('invalid_input');
    expect(codeOf(() => lumpSum('1', { start: 10_001 }))).toBe('limit_exceeded');
  });
});

describe('installments', () => {
  // The US position of October 2025: $25B a year for 8 years (research K17, K16).
  it('$25B × 8 = $200B', () => {
    const s = installments('25B', 8);
    expect(periods(s)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(total(s).toFixed()).toBe('200000000000');
  });

  // Korea's counter-offer: $7B a year for 10 years (research K17).
  it('$7B × 10 = $70B, from a later start', () => {
    const s = installments('7B', 10, { start: 1 });
    expect(periods(s)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(total(s).toFixed()).toBe('70000000000');
  });

  it.each([
    [0, 'invalid_input'],
    [-3, 'invalid_input'],
    [2.5, 'invalid_input'],
    [NaN, 'invalid_input'],
    ['8' as unknown as number, undefined],
    [10_001, 'limit_exceeded'],
    [Number.MAX_SAFE_INTEGER + 2, 'limit_exceeded'],
  ])('count %s gives %s', (count, code) => {
    expect(codeOf(() => installments('1', count))).toBe(code);
  });

  it('refuses a last period past 10,000', () => {
    expect(codeOf(() => installments('1', 10, { start: 9_995 }))).toBe('limit_exceeded');
  });

  it('names the argument in errors', () => {
    try {
      installments('25X', 8);
    } catch (e) {
      expect((e as DealcalcError).issues[0]?.path).toEqual(['amountEach']);
    }
    try {
      installments('25B', 0);
    } catch (e) {
      expect((e as DealcalcError).issues[0]?.path).toEqual(['count']);
    }
  });
});

describe('spread', () => {
  it('places leftover quanta first by default, the sub-quantum residue last', () => {
    expect(amounts(spread('100', 3))).toEqual(['34', '33', '33']);
    expect(amounts(spread('100.5', 3))).toEqual(['34', '33', '33.5']);
    expect(amounts(spread('100.5', 3, { remainder: 'last' }))).toEqual(['33.5', '33', '34']);
  });

  it('spreads in round units with a quantum', () => {
    // EU energy purchases, $750B through 2028 (research E03), in whole billions over 4 years.
    expect(amounts(spread('750B', 4, { quantum: '1B' }))).toEqual([
      '188000000000',
      '188000000000',
      '187000000000',
      '187000000000',
    ]);
    expect(amounts(spread('10', 4, { quantum: '0.01' }))).toEqual(['2.5', '2.5', '2.5', '2.5']);
  });

  it('refuses a quantum ≤ 0 and unknown rules', () => {
    expect(codeOf(() => spread('1', 2, { quantum: '0' }))).toBe('invalid_input');
    expect(codeOf(() => spread('1', 2, { remainder: 'middle' as never }))).toBe('invalid_input');
    expect(codeOf(() => spread('-1', 2))).toBe('invalid_input');
  });
});

describe('capped', () => {
  // The MOU of 14 Nov 2025: $200B, at most $20B per calendar year (research K29, K31): 10 years.
  it('$200B at a $20B cap is 10 installments of $20B', () => {
    const s = capped('200B', '20B');
    expect(s.installments).toHaveLength(10);
    expect(new Set(amounts(s))).toEqual(new Set(['20000000000']));
  });

  it('$350B at a $20B cap is 17 of $20B and one of $10B', () => {
    const s = capped('350B', '20B');
    expect(s.installments).toHaveLength(18);
    expect(amounts(s).slice(16)).toEqual(['20000000000', '10000000000']);
  });

  it('a total of 0 has no installments', () => {
    expect(capped('0', '20B').installments).toEqual([]);
  });

  it('refuses caps ≤ 0, negative totals, mixed currencies and too many installments', () => {
    expect(codeOf(() => capped('1', '0'))).toBe('invalid_input');
    expect(codeOf(() => capped('1', '-1'))).toBe('invalid_input');
    expect(codeOf(() => capped('-1', '1'))).toBe('invalid_input');
    expect(codeOf(() => capped('₩1T', '$1B'))).toBe('currency_mismatch');
    expect(codeOf(() => capped('200B', '1'))).toBe('limit_exceeded');
  });
});

describe('scheduleOf', () => {
  it('places plain amounts in consecutive periods', () => {
    const s = scheduleOf(['10B', '20B', '0'], { start: 1 });
    expect(periods(s)).toEqual([1, 2, 3]);
    expect(amounts(s)).toEqual(['10000000000', '20000000000', '0']);
  });

  it('sorts explicit entries and keeps their periods', () => {
    expect(
      periods(
        scheduleOf([
          { period: 3, amount: '5B' },
          { period: 1, amount: '2B' },
        ]),
      ),
    ).toEqual([1, 3]);
  });

  it('refuses duplicates, mixes, negatives and currencies that differ, naming the index', () => {
    const dup = (() => {
      try {
        scheduleOf([
          { period: 1, amount: '2B' },
          { period: 1, amount: '3B' },
        ]);
      } catch (e) {
        return e as DealcalcError;
      }
    })();
    expect(dup?.code).toBe('invalid_input');
    expect(dup?.issues[0]?.path).toEqual(['list', 1, 'period']);
    expect(codeOf(() => scheduleOf(['1', { period: 1, amount: '1' }] as never))).toBe('invalid_input');
    expect(codeOf(() => scheduleOf(['1', '-1']))).toBe('invalid_input');
    const mixed = (() => {
      try {
        scheduleOf(['$1B', '₩1T']);
      } catch (e) {
        return e as DealcalcError;
      }
    })();
    expect(mixed?.code).toBe('currency_mismatch');
    expect(mixed?.issues[0]?.path).toEqual(['list', 1]);
    expect(codeOf(() => scheduleOf('25B' as never))).toBe('invalid_input');
  });

  it('an empty list is an empty schedule', () => {
    expect(total(scheduleOf([])).toFixed()).toBe('0');
  });
});

describe('constructors › properties', () => {
  // Whole cents up to $10T: the range pledges live in.
  const money = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((c) => decimal(c.toString()).div(100));
  const positive = fc.bigInt({ min: 1n, max: 10n ** 15n }).map((c) => decimal(c.toString()).div(100));
  const count = fc.integer({ min: 1, max: 60 });
  const sumOf = (s: Schedule): Decimal => total(s);

  it('installments conserve money: total = amountEach × count', () => {
    fc.assert(
      fc.property(money, count, (each, n) => {
        expect(sumOf(installments(each, n)).eq(each.times(n))).toBe(true);
      }),
    );
  });

  it('spread conserves money and parts differ by at most one quantum', () => {
    const quantum = fc.constantFrom('1', '0.01', '1000000', '1000000000', '0.3');
    fc.assert(
      fc.property(
        money,
        count,
        quantum,
        fc.constantFrom('first' as const, 'last' as const),
        (whole, n, q, remainder) => {
          const s = spread(whole, n, { quantum: q, remainder });
          expect(sumOf(s).eq(whole)).toBe(true);
          expect(s.installments).toHaveLength(n);
          const values = s.installments.map((i) => i.amount);
          const max = values.reduce((a, b) => (a.gt(b) ? a : b));
          const min = values.reduce((a, b) => (a.lt(b) ? a : b));
          expect(max.minus(min).lte(q)).toBe(true);
        },
      ),
    );
  });

  it('capped has ⌈total ÷ cap⌉ installments, none above the cap, and conserves money', () => {
    fc.assert(
      fc.property(money, positive, (whole, cap) => {
        fc.pre(whole.div(cap).lte(5000));
        const s = capped(whole, cap);
        expect(s.installments.length).toBe(whole.div(cap).ceil().toNumber());
        expect(s.installments.every((i) => i.amount.lte(cap) && i.amount.gt(0))).toBe(true);
        expect(sumOf(s).eq(whole)).toBe(true);
      }),
    );
  });

  it('lumpSum and scheduleOf conserve money', () => {
    fc.assert(
      fc.property(fc.array(money, { maxLength: 30 }), (list) => {
        const expected = list.reduce((a, b) => a.plus(b), decimal(0));
        expect(sumOf(scheduleOf(list)).eq(expected)).toBe(true);
        expect(sumOf(lumpSum(expected)).eq(expected)).toBe(true);
      }),
    );
  });

  it('constructors throw nothing but DealcalcError on arbitrary input', () => {
    const anything = fc.oneof(fc.anything(), fc.string(), fc.double(), fc.integer());
    fc.assert(
      fc.property(anything, anything, anything, (a, b, c) => {
        for (const fn of [
          () => lumpSum(a as never, b as never),
          () => installments(a as never, b as never, c as never),
          () => spread(a as never, b as never, c as never),
          () => capped(a as never, b as never, c as never),
          () => scheduleOf(a as never, b as never),
        ]) {
          try {
            fn();
          } catch (e) {
            expect(e).toBeInstanceOf(DealcalcError);
          }
        }
      }),
    );
  });
});
