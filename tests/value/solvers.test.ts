import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError, type ErrorCode } from '../../src/errors/DealcalcError.ts';
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { annuityRate, safeAnnuityRate } from '../../src/value/annuityRate.ts';
import { irr, safeIrr } from '../../src/value/irr.ts';
import { mirr } from '../../src/value/mirr.ts';
import { npv } from '../../src/value/npv.ts';
import { safeXirr, xirr } from '../../src/value/xirr.ts';
import { xnpv } from '../../src/value/xnpv.ts';
import { findRate, MAX_ITERATIONS } from '../../src/value/findRate.ts';
import { flowsOfDecimals } from '../../src/value/flows.ts';

const codeOf = (r: { ok: boolean; error?: DealcalcError }): ErrorCode | 'ok' => (r.ok ? 'ok' : r.error!.code);

describe('solver outcomes: every code is reached', () => {
  it('no_sign_change: flows of one sign (research C12)', () => {
    const r = safeIrr([100, 200, 300]);
    expect(codeOf(r)).toBe('no_sign_change');
    expect(() => mirr([100, 200], { financeRate: 0.1, reinvestRate: 0.1 })).toThrow(
      expect.objectContaining({ code: 'no_sign_change' }),
    );
    // Spreadsheet RATE(12, 400, 10000): no rate (research D6).
    expect(codeOf(safeAnnuityRate({ periods: 12, payment: 400, presentValue: 10000 }))).toBe('no_sign_change');
  });

  it('no_root_in_range: a root outside the searched range, with the range', () => {
    const r = safeIrr([-1, 2], { high: '0.5' });
    expect(codeOf(r)).toBe('no_root_in_range');
    if (!r.ok) expect((r.error as DealcalcError<'no_root_in_range'>).data.high.toString()).toBe('0.5');
  });

  it('several_roots: all of them, ascending (research C5)', () => {
    const r = safeIrr([-50, -100, 600, 300, -100]);
    expect(codeOf(r)).toBe('several_roots');
    if (!r.ok)
      expect((r.error as DealcalcError<'several_roots'>).data.roots.map((x) => x.toFixed(10))).toEqual([
        '-0.7688954707',
        '1.8544178285',
      ]);
  });

  it('did_not_converge: with the last bracket, when the step limit is reached', () => {
    // Two roots 1.2e-10 apart (z = 0.9 and 0.9000000001, z = 1/(1+r)): floats cannot separate
    // them, so the exact phase needs about 80 steps; 2 are not enough.
    const close = ['0.81000000009', '-1.8000000001', '1'];
    const r = safeIrr(close, { maxIterations: 2 });
    expect(codeOf(r)).toBe('did_not_converge');
    if (!r.ok) {
      const data = (r.error as DealcalcError<'did_not_converge'>).data;
      expect(data.iterations).toBe(2);
      // The bracket still holds both roots, 1/0.9 − 1 and 1/0.9000000001 − 1.
      expect(data.low.lte('0.11111111098765') && data.high.gte('0.11111111111112')).toBe(true);
    }
    // With the default limit both are found (certified 1e-28 apart of 1 + r each).
    const all = safeIrr(close);
    expect(codeOf(all)).toBe('several_roots');
    if (!all.ok)
      expect((all.error as DealcalcError<'several_roots'>).data.roots.map((x) => x.toFixed(20))).toEqual([
        '0.11111111098765432100',
        '0.11111111111111111111',
      ]);
    expect(MAX_ITERATIONS).toBe(400);
  });

  it('a triple root on the scan grid is found exactly', () => {
    // (1 − x)^3 with x = 1/(1+r): r = 0 three times.
    const flows = flowsOfDecimals(
      [decimal(-1), decimal(3), decimal(-3), decimal(1)].map((amount, step) => ({ step, amount })),
      1,
    );
    expect(findRate(flows).toString()).toBe('0');
  });

  it('invalid_input: empty, all-zero, non-numeric flows; rates ≤ −100%', () => {
    expect(codeOf(safeIrr([]))).toBe('invalid_input');
    expect(codeOf(safeIrr([0, 0, 0]))).toBe('invalid_input');
    expect(codeOf(safeIrr([-1, 'abc' as never]))).toBe('invalid_input');
    expect(codeOf(safeIrr([-1, NaN]))).toBe('invalid_input');
    expect(() => npv('-1', [1])).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => npv('-150%', [1])).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(codeOf(safeIrr(Array(10_001).fill(1)))).toBe('limit_exceeded');
    expect(
      codeOf(
        safeXirr([
          { date: '2025-02-30', amount: -1 },
          { date: '2026-01-01', amount: 2 },
        ]),
      ),
    ).toBe('invalid_input');
    expect(codeOf(safeAnnuityRate({ periods: 0, payment: -1, presentValue: 2 }))).toBe('invalid_input');
    expect(codeOf(safeAnnuityRate({ periods: '2.1234567', payment: -1, presentValue: 2 }))).toBe('invalid_input');
  });
});

describe('hard cases', () => {
  it('double roots, a root of exactly 0, roots near −100%', () => {
    expect(irr([1, -2, 1]).toString()).toBe('0'); // (1 − x)², r = 0 twice
    expect(irr([-100, 100]).toString()).toBe('0');
    // (1 + r) = 0.25: a double root at r = −0.75 found by its touching zero.
    const double = [16, -8, 1].map(String); // 16 − 8x + x² = (x − 4)², x = 1/(1+r) = 4
    expect(irr(double).toString()).toBe('-0.75');
    // research B6: -0.999105915 (the two-flow closed form), which some libraries never reach.
    expect(
      xirr([
        { date: '2020-03-04', amount: '-713.07' },
        { date: '2020-03-17', amount: '555.33' },
      ]).toFixed(9),
    ).toBe('-0.999105915');
    // research B9: a root within 1e-13 of −100% (beyond binary floating point); found and checked.
    const b9 = [
      { date: '2024-11-21', amount: -100 },
      { date: '2024-11-28', amount: -100 },
      { date: '2024-12-03', amount: 100 },
    ];
    const r = xirr(b9);
    expect(r.gt(-1) && r.lt('-0.9999999999')).toBe(true);
    expect(xnpv(r, b9).value.abs().lt('1e-20')).toBe(true);
  });

  it('600 periods and flows from 1e-12 to 1e15', () => {
    const long = ['-1e15', ...Array(600).fill('1e13')];
    const r = irr(long);
    expect(npv(r, long).value.abs().lt('1e-10')).toBe(true);
    expect(irr(['-1e-12', '1.1e-12']).toString()).toBe('0.1');
    expect(irr(['-1e15', '1.1e15']).toString()).toBe('0.1');
  });

  it('the same answer whatever the order of dated flows', () => {
    const flows = [
      { date: '2009-04-01', amount: 2750 },
      { date: '2008-01-01', amount: -10000 },
      { date: '2008-10-30', amount: 4250 },
      { date: '2009-02-15', amount: 3250 },
      { date: '2008-03-01', amount: 2750 },
    ];
    expect(xirr(flows).toFixed(30)).toBe(xirr([...flows].sort((a, b) => a.date.localeCompare(b.date))).toFixed(30));
  });

  it('a guess only picks among roots; it never changes a unique root', () => {
    expect(irr([-15000, 6630], { guess: 5 }).toString()).toBe('-0.558');
    expect(annuityRate({ periods: 48, payment: -200, presentValue: 8000, guess: 0.5 }).toFixed(10)).toBe(
      '0.0077014725',
    );
  });
});

describe('solver properties', () => {
  // One outflow then inflows: exactly one root (Norström), which npv must send to zero.
  const flows = fc
    .tuple(
      fc.integer({ min: 1, max: 10 ** 9 }),
      fc.array(fc.integer({ min: 0, max: 10 ** 8 }), { minLength: 1, maxLength: 40 }),
    )
    .filter(([, rest]) => rest.some((x) => x > 0))
    .map(([out, rest]) => [decimal(-out), ...rest.map((x) => decimal(x))]);

  it('npv(irr(f), f) is zero to 1e-20 of the flows', () => {
    fc.assert(
      fc.property(flows, (f) => {
        const outcome = safeIrr(f);
        fc.pre(outcome.ok); // a tiny outlay against large inflows can put the root above the range
        if (!outcome.ok) return;
        const r = outcome.value;
        const scale = f.reduce((a, b) => a.plus(b.abs()), decimal(0));
        expect(npv(r, f).value.abs().lte(scale.times('1e-20'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('scaling every flow leaves the rate unchanged', () => {
    fc.assert(
      fc.property(flows, fc.integer({ min: 2, max: 1000 }), (f, k) => {
        const base = safeIrr(f);
        fc.pre(base.ok);
        if (!base.ok) return;
        expect(
          irr(f.map((x) => x.times(k)))
            .minus(base.value)
            .abs()
            .lte(base.value.plus(1).times('1e-25')),
        ).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('shifting every date by the same days leaves xirr unchanged (Act/365F)', () => {
    const base = ['2024-01-15', '2024-07-01', '2025-03-31', '2026-12-31'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.array(fc.integer({ min: 1, max: 10 ** 6 }), { minLength: 3, maxLength: 3 }),
        (shift, inflows) => {
          const move = (d: string) => {
            const t = new Date(`${d}T00:00:00Z`);
            t.setUTCDate(t.getUTCDate() + shift);
            return t.toISOString().slice(0, 10);
          };
          const amounts = [-inflows.reduce((a, b) => a + b, 0), ...inflows];
          const a = base.map((date, k) => ({ date, amount: amounts[k]! }));
          const b = base.map((date, k) => ({ date: move(date), amount: amounts[k]! }));
          const ra = safeXirr(a);
          const rb = safeXirr(b);
          if (ra.ok && rb.ok) expect(ra.value.minus(rb.value).abs().lt('1e-25')).toBe(true);
          else expect(codeOf(ra)).toBe(codeOf(rb));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('solvers throw nothing but DealcalcError on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constant(0), fc.string(), fc.double())),
        fc.option(fc.anything(), { nil: undefined }),
        (f, guess) => {
          const r = safeIrr(f as never, guess === undefined ? {} : { guess: guess as never });
          if (!r.ok) expect(r.error).toBeInstanceOf(DealcalcError);
        },
      ),
      { numRuns: 60 },
    );
  });
});

export type { Decimal };
