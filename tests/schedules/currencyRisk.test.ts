import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { decimal } from '../../src/money/decimal.ts';
import { fxPath } from '../../src/money/fxPath.ts';
import { capped } from '../../src/schedules/capped.ts';
import { convertSchedule } from '../../src/schedules/convertSchedule.ts';
import { currencyRisk } from '../../src/schedules/currencyRisk.ts';
import { installments } from '../../src/schedules/installments.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { total } from '../../src/schedules/total.ts';

describe('convertSchedule and currencyRisk', () => {
  const won = fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] });

  it('converts each installment at its period’s rate', () => {
    const s = convertSchedule(installments('20B', 4), won);
    expect(s.currency).toBe('KRW');
    // 20B × 1400, 1450, 1500, and the last rate again.
    expect(s.installments.map((i) => i.amount.toFixed())).toEqual([
      '28000000000000',
      '29000000000000',
      '30000000000000',
      '30000000000000',
    ]);
  });

  it('reports the schedule at the path, at its best and worst rate, and the range', () => {
    // $200B at most $20B a year (the Korean MOU's cash) along 1400 → 1500 won.
    const risk = currencyRisk(capped('200B', '20B'), won);
    expect(risk.atPath.toFixed()).toBe(
      decimal('20e9')
        .times(1400 + 1450 + 1500 * 8)
        .toFixed(),
    );
    expect([risk.best.rate.toString(), risk.best.total.toFixed()]).toEqual(['1400', '280000000000000']);
    expect([risk.worst.rate.toString(), risk.worst.total.toFixed()]).toEqual(['1500', '300000000000000']);
    expect(risk.range.toFixed()).toBe('20000000000000');
    expect(risk.rows.map((r) => r.at)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reads a path by date at each installment’s date (the schedule needs a start date)', () => {
    const dated = fxPath({
      to: 'KRW',
      rates: [
        { date: '2026-01-01', rate: '1450' },
        { date: '2027-06-30', rate: '1350' },
      ],
    });
    const risk = currencyRisk(installments('10B', 3, { startDate: '2026-01-01' }), dated);
    expect(risk.rows.map((r) => [r.at, r.rate.toString()])).toEqual([
      ['2026-01-01', '1450'],
      ['2027-01-01', '1450'],
      ['2028-01-01', '1350'],
    ]);
    expect(() => currencyRisk(installments('10B', 3), dated)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => currencyRisk(installments('10B', 3, { currency: 'EUR' }), won)).toThrow(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
  });

  it('properties: the converted schedule adds up to the total at the path, which lies between best and worst', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 9n }), { minLength: 1, maxLength: 25 }),
        (amounts, rates) => {
          const s = scheduleOf(amounts.map((a) => decimal(a.toString()).div(100)));
          const path = fxPath({ to: 'KRW', rates: rates.map((r) => decimal(r.toString()).div(10000)) });
          const risk = currencyRisk(s, path);
          expect(total(convertSchedule(s, path)).eq(risk.atPath)).toBe(true);
          expect(risk.best.total.lte(risk.atPath) && risk.atPath.lte(risk.worst.total)).toBe(true);
          expect(risk.range.eq(risk.worst.total.minus(risk.best.total))).toBe(true);
          expect(risk.range.isZero()).toBe(new Set(rates.map(String)).size === 1 || total(s).isZero());
        },
      ),
    );
  });

  it('errors are DealcalcErrors', () => {
    expect(() => convertSchedule(installments('1', 1), {} as never)).toThrow(DealcalcError);
  });
});
