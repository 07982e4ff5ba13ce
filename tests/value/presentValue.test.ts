import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { installments } from '../../src/schedules/installments.ts';
import { capped } from '../../src/schedules/capped.ts';
import { npv } from '../../src/value/npv.ts';
import { xnpv } from '../../src/value/xnpv.ts';
import { fv, nper, pmt, pv } from '../../src/value/annuity.ts';
import { convertRate, type RateBasis } from '../../src/value/convertRate.ts';
import { readRate } from '../../src/value/rate.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('npv conventions', () => {
  it('records the convention it used', () => {
    const r = npv('8%', [-40000, 5000, 8000, 12000, 30000]);
    expect([r.rate.toString(), r.timing, r.rateBasis, r.periodsPerYear]).toEqual(['0.08', 'start', 'per-period', 1]);
    expect(npv(0.045, installments('25B', 8), { timing: 'end' })).toMatchObject({
      timing: 'end',
      rateBasis: 'annual',
      periodsPerYear: 1,
    });
  });

  it('a rate of 0 is the plain sum, exactly', () => {
    expect(npv(0, ['0.1', '0.2', '-0.3']).value.toString()).toBe('0');
    expect(npv('0%', capped('350B', '20B')).value.toFixed()).toBe('350000000000');
  });

  it('start = end × (1 + r) (research section J)', () => {
    const flows = [-100, 39, 59, 55, 20];
    const start = npv('0.07', flows).value;
    const end = npv('0.07', flows, { timing: 'end' }).value;
    expect(start.minus(end.times('1.07')).abs().lt('1e-55')).toBe(true);
  });

  it('schedules: annual rate over years, or a rate per period', () => {
    const monthly = installments('1', 24, { frequency: 'monthly' });
    const annual = npv('0.1', monthly).value;
    const perPeriod = npv(convertRate('0.1', 'effective', { perPeriod: 'monthly' }), monthly, {
      rateBasis: 'per-period',
    }).value;
    expect(annual.minus(perPeriod).abs().lt('1e-50')).toBe(true);
    expect(npv('0.1', monthly, { rateBasis: 'per-period' }).value.lt(annual)).toBe(true);
  });

  it('refuses bad options', () => {
    expect(() => npv('0.1', [1], { timing: 'middle' as never })).toThrow(DealcalcError);
    expect(() => npv('0.1', installments('1', 2), { rateBasis: 'monthly' as never })).toThrow(DealcalcError);
    expect(() => npv('x', [1])).toThrow(DealcalcError);
  });

  it('present value of outflows falls as the rate rises', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 ** 9 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -900, max: 5000 }),
        fc.integer({ min: 1, max: 500 }),
        (amounts, low, step) => {
          const flows = amounts.map((a) => -a);
          const r1 = decimal(low).div(1000);
          const r2 = r1.plus(decimal(step).div(1000));
          // Outflows are negative: their value rises towards 0 as the rate rises (its size falls).
          expect(npv(r2, flows).value.abs().lte(npv(r1, flows).value.abs())).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('xnpv', () => {
  it('equals npv on whole-year dates under 30/360', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(10 ** 6), max: 10 ** 6 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 28 }),
        (amounts, bp, day) => {
          const rate = decimal(bp).div(1000);
          const dates = amounts.map((_, k) => `${2020 + k}-03-${String(day).padStart(2, '0')}`);
          const dated = xnpv(
            rate,
            amounts.map((amount, k) => ({ date: dates[k]!, amount })),
            { dayCount: '30/360-us' },
          ).value;
          expect(dated.minus(npv(rate, amounts).value).abs().lt('1e-50')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes flows in any order and values flows before the valuation date forward', () => {
    const flows = [
      { date: '2025-01-01', amount: 110 },
      { date: '2024-01-01', amount: -100 },
    ];
    const r = xnpv('0.1', flows);
    expect(r.valuationDate).toBe('2024-01-01');
    // research B3: −100 + 110 × 1.1^(−366/365) = −0.026109…
    expect(r.value.toFixed(6)).toBe('-0.026109');
    const later = xnpv('0.1', flows, { valuationDate: '2025-01-01' });
    expect(
      later.value
        .minus(r.value.times(decimal('1.1').pow(decimal(366).div(365))))
        .abs()
        .lt('1e-50'),
    ).toBe(true);
    expect(() => xnpv('0.1', flows, { dayCount: 'act/366' as never })).toThrow(DealcalcError);
    // research E10: a flow on the valuation date counts in full (spreadsheets) or not at all (QuantLib's default).
    const onDate = xnpv('0.1', flows, { valuationDate: '2024-01-01', valuationDateFlows: 'exclude' });
    expect(onDate.value.minus(r.value).toFixed(40)).toBe(decimal(100).toFixed(40));
    expect(() => xnpv('0.1', flows, { valuationDateFlows: 'sometimes' as never })).toThrow(DealcalcError);
    expect(() => xnpv('0.1', [])).toThrow(DealcalcError);
  });
});

describe('annuities', () => {
  const rates = fc.integer({ min: 0, max: 200 }).map((bp) => decimal(bp).div(10000));
  const periods = fc.integer({ min: 1, max: 480 });
  const money = fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((x) => decimal(x).div(100));
  const due = fc.constantFrom('end' as const, 'begin' as const);

  it('pv, fv and pmt round-trip', () => {
    fc.assert(
      fc.property(rates, periods, money, money, due, (rate, n, presentValue, futureValue, d) => {
        const payment = pmt({ rate, periods: n, presentValue, futureValue, due: d });
        const back = pv({ rate, periods: n, payment, futureValue, due: d });
        expect(back.minus(presentValue).abs().lte('1e-40')).toBe(true);
        const forward = fv({ rate, periods: n, payment, presentValue, due: d });
        expect(forward.minus(futureValue).abs().lte('1e-40')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('nper inverts pmt, and works with a fractional number of periods', () => {
    const payment = pmt({ rate: '0.01', periods: '12.5', presentValue: 1000 });
    expect(nper({ rate: '0.01', payment, presentValue: 1000 }).toFixed(20)).toBe('12.50000000000000000000');
    expect(nper({ rate: 0, payment: -100, presentValue: 1000 }).toString()).toBe('10');
  });

  it('rate 0 is exact, and impossible cases are not_computable', () => {
    expect(pmt({ rate: 0, periods: 3, presentValue: 100 }).toFixed(30)).toBe(decimal(-100).div(3).toFixed(30));
    expect(fv({ rate: 0, periods: 10, payment: -100 }).toString()).toBe('1000');
    expect(() => pmt({ rate: '0.05', periods: 0, presentValue: 100 })).toThrow(
      expect.objectContaining({ code: 'not_computable' }),
    );
    expect(() => nper({ rate: 0, payment: 0, presentValue: 100 })).toThrow(
      expect.objectContaining({ code: 'not_computable' }),
    );
    expect(() => nper({ rate: '0.1', payment: -1, presentValue: 1000 })).toThrow(
      expect.objectContaining({ code: 'not_computable' }),
    );
    expect(() => pmt({ rate: '0.05', periods: -1, presentValue: 100 })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => pmt({ rate: '0.05', periods: 1, presentValue: 100, due: 'later' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('rates', () => {
  it('reads percentages and fractions', () => {
    expect(readRate('4.5%').toString()).toBe('0.045');
    expect(readRate(' 4.5 % ').toString()).toBe('0.045');
    expect(() => readRate('-100%')).toThrow(DealcalcError);
    expect(() => readRate('abc%')).toThrow(DealcalcError);
  });

  it('conversions round-trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 5000 }),
        fc.constantFrom('monthly', 'quarterly', 'semiannual', 'annual', 4, 52, 365),
        (bp, f) => {
          const effective = decimal(bp).div(10000);
          for (const basis of [{ nominal: f }, { perPeriod: f }, 'continuous'] as RateBasis[]) {
            const there = convertRate(effective, 'effective', basis);
            const back = convertRate(there, basis, 'effective');
            expect(back.minus(effective).abs().lt('1e-55')).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(() => convertRate('0.05', { nominal: 0 }, 'effective')).toThrow(DealcalcError);
    expect(() => convertRate('0.05', 'simple' as never, 'effective')).toThrow(DealcalcError);
  });
});

describe('never NaN or Infinity (issue 12, finding 3)', () => {
  const code = (run: () => unknown): string => {
    try {
      return `returned ${String(run())}`;
    } catch (e) {
      return (e as DealcalcError).code;
    }
  };
  it('annuities past the range of decimals are not_computable', () => {
    expect(code(() => pmt({ rate: 0.1, periods: 1e30, presentValue: 100 }))).toBe('not_computable'); // was NaN
    expect(code(() => nper({ rate: 0.05, payment: 0, presentValue: 0, futureValue: -100 }))).toBe('not_computable'); // was Infinity
    expect(code(() => fv({ rate: '-0.999999', periods: 1e30, payment: -1 }))).toBe('not_computable');
    expect(code(() => pv({ rate: 0.1, periods: 1e20, payment: -1 }))).toBe('not_computable');
    // Large but representable stays a number.
    expect(pmt({ rate: 0.1, periods: 1000, presentValue: 100 }).isFinite()).toBe(true);
  });

  it('a zero rate written with a huge exponent is zero, not a RangeError (review of 30 Nov)', () => {
    expect(npv('0e999999999', [1, 2]).value.toString()).toBe('3'); // threw RangeError: Maximum BigInt size exceeded
    expect(npv('0e-30000000', [1, 2]).value.toString()).toBe('3'); // took 10 s
    expect(code(() => npv('1e999999999', [1, 2]))).toBe('limit_exceeded');
  });

  it('rate conversions past the range of decimals are not_computable', () => {
    expect(code(() => convertRate('1e30', 'continuous', 'effective'))).toBe('not_computable'); // was Infinity
    expect(code(() => convertRate('-1e30', 'continuous', 'effective'))).toBe('not_computable');
    expect(convertRate('1000', 'continuous', 'effective').isFinite()).toBe(true);
  });

  it('arguments that are not an object are invalid_input, not a TypeError', () => {
    expect(code(() => pmt(undefined as never))).toBe('invalid_input');
    expect(code(() => nper(null as never))).toBe('invalid_input');
  });
});
