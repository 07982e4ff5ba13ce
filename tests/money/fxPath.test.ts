import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { convert } from '../../src/money/convert.ts';
import { decimal } from '../../src/money/decimal.ts';
import { fxPath, fxRateAt, isFxPath } from '../../src/money/fxPath.ts';

const codeAndPath = (f: () => unknown): [string, unknown] => {
  try {
    f();
  } catch (e) {
    return [(e as DealcalcError).code, (e as DealcalcError).issues[0]!.path];
  }
  return ['none', []];
};

describe('fxPath', () => {
  it('reads a rate per period, per explicit period, or per date, and sorts them', () => {
    const plain = fxPath({ to: 'KRW', rates: ['1400', 1450, decimal('1500')], start: 2, source: 'scenario' });
    expect(plain).toMatchObject({ from: 'USD', to: 'KRW', by: 'period' });
    expect(plain.points.map((p) => [p.period, p.rate.toString(), p.source])).toEqual([
      [2, '1400', 'scenario'],
      [3, '1450', 'scenario'],
      [4, '1500', 'scenario'],
    ]);
    const byPeriod = fxPath({
      from: 'EUR',
      to: 'USD',
      rates: [
        { period: 5, rate: '1.1' },
        { period: 0, rate: '1.08', source: 'ECB' },
      ],
    });
    expect(byPeriod.points.map((p) => [p.period, p.rate.toString(), p.source])).toEqual([
      [0, '1.08', 'ECB'],
      [5, '1.1', undefined],
    ]);
    const dated = fxPath({
      to: 'JPY',
      rates: [
        { date: '2025-12-01', rate: '155.5' },
        { date: '2025-01-02', rate: '157.2' },
      ],
    });
    expect(dated.by).toBe('date');
    expect(dated.points.map((p) => p.date)).toEqual(['2025-01-02', '2025-12-01']);
    expect(isFxPath(dated)).toBe(true);
    expect(Object.isFrozen(dated.points[0])).toBe(true);
  });

  it('the rate in force: the latest at or before; the last holds after the end', () => {
    const won = fxPath({
      to: 'KRW',
      rates: [
        { period: 0, rate: '1400' },
        { period: 3, rate: '1500' },
      ],
    });
    expect([0, 1, 2, 3, 10].map((k) => fxRateAt(won, k).rate.toString())).toEqual([
      '1400',
      '1400',
      '1400',
      '1500',
      '1500',
    ]);
    const dated = fxPath({
      to: 'KRW',
      rates: [
        { date: '2025-07-31', rate: '1391.43' },
        { date: '2025-10-28', rate: '1428.57' },
      ],
    });
    expect(fxRateAt(dated, '2025-10-27').rate.toString()).toBe('1391.43');
    expect(fxRateAt(dated, '2025-10-28').date).toBe('2025-10-28');
    expect(codeAndPath(() => fxRateAt(dated, '2025-01-01'))).toEqual(['invalid_input', ['at']]);
    expect(codeAndPath(() => fxRateAt(dated, 3))).toEqual(['invalid_input', ['at']]);
    expect(codeAndPath(() => fxRateAt(won, '2025-01-01'))).toEqual(['invalid_input', ['at']]);
  });

  it('rejects bad paths, naming the entry', () => {
    expect(codeAndPath(() => fxPath({ to: 'KRW', rates: [] }))).toEqual(['invalid_input', ['rates']]);
    expect(codeAndPath(() => fxPath({ to: 'krw', rates: [1] }))).toEqual(['invalid_input', ['to']]);
    expect(codeAndPath(() => fxPath({ to: 'KRW', rates: ['1400', '0'] }))).toEqual(['invalid_input', ['rates', 1]]);
    expect(codeAndPath(() => fxPath({ to: 'KRW', rates: ['1400', 'x'] }))).toEqual(['invalid_input', ['rates', 1]]);
    expect(
      codeAndPath(() =>
        fxPath({
          to: 'KRW',
          rates: [
            { period: 1, rate: 1 },
            { period: 1, rate: 2 },
          ],
        }),
      ),
    ).toEqual(['invalid_input', ['rates', 1]]);
    expect(codeAndPath(() => fxPath({ to: 'KRW', rates: [{ date: '2025-02-30', rate: 1 }] }))).toEqual([
      'invalid_input',
      ['rates', 0, 'date'],
    ]);
    expect(codeAndPath(() => fxPath({ to: 'KRW', rates: [{ period: 1, rate: 1 }, '2'] as never }))).toEqual([
      'invalid_input',
      ['rates', 1],
    ]);
    expect(codeAndPath(() => fxPath({ to: 'KRW', rates: Array.from({ length: 10_001 }, () => '1') }))).toEqual([
      'limit_exceeded',
      ['rates'],
    ]);
  });
});

describe('convert along a path', () => {
  const won = fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] });

  it('takes the rate in force at the period or date, and records it', () => {
    const c = convert('20B', won, { at: 1 });
    expect([c.value.toFixed(), c.currency, c.rate.toString(), c.period, c.from.currency]).toEqual([
      '29000000000000',
      'KRW',
      '1450',
      1,
      'USD',
    ]);
    const dated = fxPath({ to: 'KRW', rates: [{ date: '2025-10-28', rate: '1428.57', source: 'K17' }] });
    const d = convert('350B', dated, { at: '2025-11-01' });
    expect([d.value.toFixed(), d.date, d.source]).toEqual(['499999500000000', '2025-10-28', 'K17']);
  });

  it('needs `at`, and an amount in the path’s currency', () => {
    expect(codeAndPath(() => convert('20B', won))).toEqual(['invalid_input', ['at']]);
    expect(codeAndPath(() => convert('€20B', won, { at: 0 }))).toEqual(['currency_mismatch', ['value']]);
    // An amount naming no currency is read in the path's `from` currency.
    const eur = fxPath({ from: 'EUR', to: 'USD', rates: ['1.1'] });
    expect(convert('100', eur, { at: 0 }).from.currency).toBe('EUR');
  });

  it('a one-rate path converts exactly as the fixed rate does', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 8n }),
        fc.nat({ max: 50 }),
        (units, r, at) => {
          const rate = decimal(r.toString()).div(100);
          const path = fxPath({ to: 'KRW', rates: [rate] });
          expect(convert(units, path, { at }).value.eq(convert(units, { to: 'KRW', rate }).value)).toBe(true);
        },
      ),
    );
  });
});
