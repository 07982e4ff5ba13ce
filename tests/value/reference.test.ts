import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/reference-values.json' with { type: 'json' };
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { annuityRate } from '../../src/value/annuityRate.ts';
import { fv, nper, pmt } from '../../src/value/annuity.ts';
import { convertRate, type RateBasis } from '../../src/value/convertRate.ts';
import { yearFraction, type DayCount } from '../../src/value/dayCount.ts';
import { irr, safeIrr } from '../../src/value/irr.ts';
import { mirr } from '../../src/value/mirr.ts';
import { npv } from '../../src/value/npv.ts';
import { xirr } from '../../src/value/xirr.ts';
import { xnpv } from '../../src/value/xnpv.ts';

// Reference values from scripts/reference-values.py (Python decimal, 80 digits), each case naming
// the published figure it reproduces. Compared at 20 significant digits: dealcalc carries 64 and
// its solvers stop within 1e-28 of 1 + r, so 20 digits leaves a wide margin and still catches any
// error a float implementation would make (floats keep 15-17).
const SIG = 20;
const same = (actual: Decimal, expected: string): void => {
  expect(actual.toSignificantDigits(SIG).toString()).toBe(decimal(expected).toSignificantDigits(SIG).toString());
};

type Case = { fn: string; args: Record<string, unknown>; expected: string | string[]; source: string };
const cases = fixture.cases as Case[];
const of = (fn: string) => cases.filter((c) => c.fn === fn).map((c) => [c.source, c] as const);

describe('reference values', () => {
  it.each(of('npv-start'))('npv, first flow at t = 0: %s', (_s, c) =>
    same(npv(c.args.rate as string, c.args.flows as string[]).value, c.expected as string),
  );
  it.each(of('npv-end'))('npv, timing end: %s', (_s, c) =>
    same(npv(c.args.rate as string, c.args.flows as string[], { timing: 'end' }).value, c.expected as string),
  );
  it.each(of('npv-end-plus'))('npv, timing end plus an initial outlay: %s', (_s, c) =>
    same(
      npv(c.args.rate as string, c.args.flows as string[], { timing: 'end' }).value.plus(c.args.now as string),
      c.expected as string,
    ),
  );
  const dated = (flows: unknown) => (flows as string[][]).map(([date, amount]) => ({ date: date!, amount: amount! }));
  it.each(of('xnpv'))('xnpv: %s', (_s, c) =>
    same(xnpv(c.args.rate as string, dated(c.args.flows)).value, c.expected as string),
  );
  it.each(of('xirr'))('xirr: %s', (_s, c) => same(xirr(dated(c.args.flows)), c.expected as string));
  it.each(of('irr'))('irr: %s', (_s, c) => same(irr(c.args.flows as string[]), c.expected as string));
  it.each(of('irr-guess'))('irr with a guess: %s', (_s, c) =>
    same(irr(c.args.flows as string[], { guess: c.args.guess as string }), c.expected as string),
  );
  it.each(of('irr-roots'))('irr, several roots, all reported: %s', (_s, c) => {
    const r = safeIrr(c.args.flows as string[]);
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'several_roots') throw new Error('expected several_roots');
    const roots = (r.error.data as { roots: Decimal[] }).roots;
    expect(roots).toHaveLength((c.expected as string[]).length);
    roots.forEach((root, k) => same(root, (c.expected as string[])[k]!));
    // A guess picks the nearest root.
    for (const expected of c.expected as string[]) same(irr(c.args.flows as string[], { guess: expected }), expected);
  });
  it.each(of('mirr'))('mirr: %s', (_s, c) =>
    same(
      mirr(c.args.flows as string[], {
        financeRate: c.args.financeRate as string,
        reinvestRate: c.args.reinvestRate as string,
      }),
      c.expected as string,
    ),
  );
  it.each(of('pmt'))('pmt: %s', (_s, c) => same(pmt(c.args as never), c.expected as string));
  it.each(of('fv'))('fv: %s', (_s, c) => same(fv(c.args as never), c.expected as string));
  it.each(of('nper'))('nper: %s', (_s, c) => same(nper(c.args as never), c.expected as string));
  it.each(of('rate'))('annuityRate: %s', (_s, c) => same(annuityRate(c.args as never), c.expected as string));
  it.each(of('yearFraction'))('yearFraction: %s', (_s, c) =>
    same(yearFraction(c.args.start as string, c.args.end as string, c.args.dayCount as DayCount), c.expected as string),
  );
  it.each(of('convertRate'))('convertRate: %s', (_s, c) =>
    same(convertRate(c.args.rate as string, c.args.from as RateBasis, c.args.to as RateBasis), c.expected as string),
  );

  it('the published figures, as printed', () => {
    // The documentation values themselves (rounded as published), as a second check on the fixture.
    expect(npv('0.1', [-10000, 3000, 4200, 6800], { timing: 'end' }).value.toFixed(2)).toBe('1188.44');
    expect(irr([-70000, 12000, 15000, 18000, 21000]).toFixed(10)).toBe('-0.0212448483');
    // The XIRR page prints 0.373362535; the exact root, 0.37336253351883…, rounds to …534 at nine places.
    expect(
      xirr(
        dated([
          ['2008-01-01', '-10000'],
          ['2008-03-01', '2750'],
          ['2008-10-30', '4250'],
          ['2009-02-15', '3250'],
          ['2009-04-01', '2750'],
        ]),
      ).toFixed(9),
    ).toBe('0.373362534');
    expect(pmt({ rate: decimal('0.075').div(12), periods: 180, presentValue: 200000 }).toFixed(10)).toBe(
      '-1854.0247200055',
    );
    expect(annuityRate({ periods: 48, payment: -200, presentValue: 8000 }).times(12).toFixed(4)).toBe('0.0924');
  });
});
