import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { installments } from '../../src/schedules/installments.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { cpiPath, deflate, nominalRate, realNpv, realRate } from '../../src/value/realTerms.ts';

// Exact rationals in BigInt for the reference values: Σ a·p^k/q^k as a fraction, then its
// leading digits by long division.
function digits(n: bigint, d: bigint, places: number): string {
  const scaled = (n * 10n ** BigInt(places)) / d;
  const s = scaled.toString().padStart(places + 1, '0');
  return `${s.slice(0, -places)}.${s.slice(-places)}`;
}
function geometric(a: bigint, p: bigint, q: bigint, count: number): [bigint, bigint] {
  // Σ_{k<count} a·(p/q)^k over the common denominator q^(count−1)
  let n = 0n;
  for (let k = 0; k < count; k++) n += a * p ** BigInt(k) * q ** BigInt(count - 1 - k);
  return [n, q ** BigInt(count - 1)];
}
const same = (x: Decimal, expected: string, places: number) => expect(x.toFixed(places, 1)).toBe(expected);

describe('real terms › reference values (exact rationals)', () => {
  it('"$200B over 10 years" in today’s dollars at 2% inflation', () => {
    const r = deflate(installments('20B', 10), { inflation: '2%' });
    const [n, d] = geometric(20_000_000_000n, 100n, 102n, 10); // Σ 20B / 1.02^k
    same(r.realTotal, digits(n, d, 40), 40);
    expect(r.nominalTotal.toFixed()).toBe('200000000000');
    expect(r.convention).toEqual({
      terms: 'real',
      base: 0,
      deflator: 'constant-inflation',
      inflation: decimal('0.02'),
      time: 'years (period ÷ periods a year)',
    });
  });

  it('real and nominal discounting agree under Fisher’s relation (spreadsheet PV(4.04%, 10, −20B, 0, 1) in real terms)', () => {
    const [n, d] = geometric(20_000_000_000n, 10_000n, 10_404n, 10); // Σ 20B / 1.0404^k
    const real = realNpv('2%', installments('20B', 10), { inflation: '2%' });
    const nominal = realNpv('4.04%', installments('20B', 10), { inflation: '2%', rateIs: 'nominal' });
    same(real.value, digits(n, d, 40), 40);
    same(nominal.value, digits(n, d, 40), 40);
    expect([real.discounting, nominal.discounting]).toEqual([
      'real rate on real flows',
      'nominal rate on nominal flows',
    ]);
    expect(real.equivalentRate).toEqual({ kind: 'nominal', rate: decimal('0.0404') });
    expect(nominal.equivalentRate?.rate.toString()).toBe('0.02');
  });

  it('CPI path: US CPI-U annual averages (BLS, 1982–84 = 100), $100 a year stated in 2020 dollars', () => {
    // BLS CPI-U, U.S. city average, all items, annual averages 2020–2024.
    const cpi = cpiPath({
      levels: ['258.811', '270.970', '292.655', '304.702', '313.689'],
      source: 'BLS CPI-U annual averages',
    });
    const r = deflate(['100', '100', '100', '100', '100'], { cpi });
    // 100 × 258.811 / CPI_k, exact rationals to 30 places.
    const levels = [258811n, 270970n, 292655n, 304702n, 313689n];
    r.flows.forEach((f, k) => same(f.real, digits(100n * 258811n, levels[k]!, 30), 30));
    expect(r.flows[4]!.real.toFixed(2)).toBe('82.51');
    expect(r.convention.deflator).toBe('cpi');
    // In 2024 dollars instead (base period 4): $100 of 2020 is $121.20.
    expect(deflate(['100'], { cpi, base: 4 }).flows[0]!.real.toFixed(2)).toBe('121.20');
  });

  it('CPI by date for dated flows and anchored schedules; inflation by Act/365F for dated flows', () => {
    const cpi = cpiPath({
      levels: [
        { date: '2025-01-01', level: '100' },
        { date: '2026-01-01', level: '103' },
      ],
    });
    const dated = deflate(
      [
        { date: '2025-06-30', amount: '100' },
        { date: '2026-03-31', amount: '103' },
      ],
      { cpi },
    );
    expect(dated.flows.map((f) => f.real.toString())).toEqual(['100', '100']);
    expect(dated.convention.base).toBe('2025-06-30');
    const anchored = deflate(installments('103', 2, { startDate: '2025-01-01' }), { cpi });
    expect(anchored.flows.map((f) => f.real.toFixed(10))).toEqual(['103.0000000000', '100.0000000000']);
    const act = deflate(
      [
        { date: '2024-01-01', amount: '100' },
        { date: '2025-01-01', amount: '100' },
      ],
      { inflation: '10%' },
    );
    // 366 days: 100 / 1.1^(366/365)
    expect(act.flows[1]!.real.toFixed(6)).toBe(
      decimal(100)
        .div(decimal('1.1').pow(decimal(366).div(365)))
        .toFixed(6),
    );
    expect(act.convention.time).toBe('years (Act/365F)');
  });

  it('quarterly schedules deflate by the yearly rate over k ÷ 4 years', () => {
    const r = deflate(installments('100', 5, { frequency: 'quarterly' }), { inflation: '4%' });
    expect(r.flows[4]!.deflator.toString()).toBe('1.04');
  });

  it('rejects bad options with paths', () => {
    const issue = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return (e as DealcalcError).issues[0]!.path;
      }
      return 'no error';
    };
    const cpi = cpiPath({ levels: ['100', '102'] });
    expect(issue(() => deflate(['1'], {}))).toEqual(['options']);
    expect(issue(() => deflate(['1'], { inflation: '2%', cpi }))).toEqual(['options']);
    expect(issue(() => deflate(['1'], { inflation: '-100%' }))).toEqual(['inflation']);
    expect(issue(() => deflate([{ date: '2025-01-01', amount: '1' }], { cpi }))).toEqual(['cpi']);
    expect(
      issue(() => deflate(scheduleOf([{ period: 3, amount: '1' }]), { cpi: cpiPath({ levels: ['100'], start: 1 }) })),
    ).toEqual(['base']);
    expect(issue(() => cpiPath({ levels: ['100', '-1'] }))).toEqual(['levels', 1]);
    expect(issue(() => realNpv('5%', ['1'], { inflation: '2%', rateIs: 'both' as 'real' }))).toEqual(['rateIs']);
    expect(issue(() => realNpv('5%', [{ date: '2025-01-01', amount: '1' }] as never, { inflation: '2%' }))).toEqual([
      'flows',
    ]);
  });
});

describe('real terms › properties', () => {
  const rate = fc.integer({ min: -50, max: 300 }).map((k) => decimal(k).div(1000));
  const flows = fc
    .array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 30 })
    .map((xs) => xs.map((x) => decimal(x.toString()).div(100)));

  it('Fisher: nominal discounting at n equals real discounting at (1+n)/(1+π) − 1, to 55 digits', () => {
    fc.assert(
      fc.property(
        flows,
        rate,
        rate,
        fc.constantFrom('annual', 'quarterly', 'monthly') as fc.Arbitrary<'annual' | 'quarterly' | 'monthly'>,
        (amounts, n, pi, frequency) => {
          const s = scheduleOf(amounts, { frequency });
          const nominal = realNpv(n, s, { inflation: pi, rateIs: 'nominal' }).value;
          const real = realNpv(realRate(n, pi), s, { inflation: pi }).value;
          expect(nominal.minus(real).abs().lte(nominal.abs().times('1e-55').plus('1e-40'))).toBe(true);
        },
      ),
    );
  });

  it('a CPI path compounding at π gives the same real flows as constant inflation π', () => {
    fc.assert(
      fc.property(flows, rate, (amounts, pi) => {
        const levels = amounts.map((_, k) => pi.plus(1).pow(k));
        const byCpi = deflate(amounts, { cpi: cpiPath({ levels }) });
        const byRate = deflate(amounts, { inflation: pi });
        byCpi.flows.forEach((f, k) =>
          expect(f.real.minus(byRate.flows[k]!.real).abs().lte(f.real.abs().times('1e-58').plus('1e-40'))).toBe(true),
        );
      }),
    );
  });

  it('with zero inflation, real equals nominal exactly; more inflation never raises a real total', () => {
    fc.assert(
      fc.property(flows, rate, (amounts, pi) => {
        const zero = deflate(amounts, { inflation: 0 });
        zero.flows.forEach((f) => expect(f.real.eq(f.nominal)).toBe(true));
        const more = deflate(amounts, { inflation: pi.plus('0.01') });
        expect(more.realTotal.lte(deflate(amounts, { inflation: pi }).realTotal)).toBe(true);
      }),
    );
  });

  it('realRate and nominalRate are inverse', () => {
    fc.assert(
      fc.property(rate, rate, (r, pi) => {
        expect(realRate(nominalRate(r, pi), pi).minus(r).abs().lte('1e-60')).toBe(true);
      }),
    );
  });
});
