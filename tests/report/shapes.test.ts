// The shape checks behind the doors of results handed back in (src/report/shapes.ts).
import { describe, expect, it } from 'vitest';
import { builtResult } from '../../src/compare/lazy.ts';
import { isDealcalcError } from '../../src/errors/DealcalcError.ts';
import { compare, decimal, metrics, presetDeal } from '../../src/index.ts';
import { checkComparison, checkMetrics, checkShape } from '../../src/report/shapes.ts';

function issueOf(run: () => unknown): { path: unknown; expected: string | undefined } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!isDealcalcError(error, 'invalid_input')) throw error;
    const { path, expected } = error.issues[0]!;
    return { path, expected };
  }
}

describe('checkShape', () => {
  it('names the first value that does not fit, depth first', () => {
    expect(issueOf(() => checkShape({ a: [1, 'x'] }, { a: ['n'] }, ['v']))).toEqual({
      path: ['v', 'a', 1],
      expected: 'a number',
    });
    expect(issueOf(() => checkShape({ a: 1 }, { a: 'D' }, ['v']))).toEqual({ path: ['v', 'a'], expected: 'a Decimal' });
    expect(issueOf(() => checkShape({ a: decimal(1) }, { a: 'D' }, ['v']))).toBeUndefined();
  });

  it("takes undefined for a field marked '?' and null for one marked '~', nothing else", () => {
    expect(issueOf(() => checkShape({}, { 'a?': 's' }, ['v']))).toBeUndefined();
    expect(issueOf(() => checkShape({ a: null }, { 'a?': 's' }, ['v']))?.path).toEqual(['v', 'a']);
    expect(issueOf(() => checkShape({ a: null }, { 'a~': 'D' }, ['v']))).toBeUndefined();
    expect(issueOf(() => checkShape({}, { 'a~': 'D' }, ['v']))).toEqual({
      path: ['v', 'a'],
      expected: 'a Decimal or null',
    });
  });

  it("reads { '*': shape } as every instrument's field", () => {
    const cash = { cash: 1, loan: 1, guarantee: 1, purchase: 1, private: 1 };
    expect(issueOf(() => checkShape(cash, { '*': 'n' }, ['v']))?.path).toEqual(['v', 'unspecified']);
    expect(issueOf(() => checkShape({ ...cash, unspecified: 1 }, { '*': 'n' }, ['v']))).toBeUndefined();
    expect(issueOf(() => checkShape('x', 'i', ['v']))?.expected).toContain('an instrument (cash, loan');
  });
});

describe('results built by dealcalc and their copies', () => {
  const c = compare(presetDeal('kr-2025-10-us-cash-25x8'), presetDeal('kr-2025-10-kr-cash-7x10'));
  const m = metrics(presetDeal('kr-2025-10-us-cash-25x8'));

  it('a built result is known by its lazy fields; a spread copy has none', () => {
    expect([builtResult(c), builtResult(m), builtResult(c.a)]).toEqual([true, true, true]);
    expect([builtResult({ ...c }), builtResult({ ...m }), builtResult(null), builtResult('x')]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('a copy passes the full check; a built result of the other kind does not', () => {
    expect(checkComparison({ ...c }, ['c'])).toEqual({ ...c });
    expect(checkMetrics({ ...m }, ['m'])).toEqual({ ...m });
    expect(issueOf(() => checkComparison(m, ['c']))?.path).toEqual(['c', 'a']);
    expect(issueOf(() => checkMetrics(c, ['m']))?.path).toEqual(['m', 'instruments']);
  });

  it('checks a break-even by its kind', () => {
    expect(issueOf(() => checkComparison({ ...c, breakEven: { kind: 'rate' } }, ['c']))).toEqual({
      path: ['c', 'breakEven', 'rate'],
      expected: 'a Decimal',
    });
    expect(issueOf(() => checkComparison({ ...c, breakEven: { kind: 'x' } }, ['c']))?.path).toEqual([
      'c',
      'breakEven',
      'kind',
    ]);
  });
});
