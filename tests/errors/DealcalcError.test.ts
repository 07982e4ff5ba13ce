import { describe, expect, it } from 'vitest';
import { DealcalcError, ERROR_CODES, formatPath, isDealcalcError } from '../../src/errors/DealcalcError.ts';
import { attempt } from '../../src/errors/outcome.ts';
import { amount, safeAmount } from '../../src/money/amount.ts';

describe('DealcalcError', () => {
  it('carries code, data and issues, and serialises to JSON', () => {
    const issues = [
      { path: ['components', 2, 'schedule'], message: 'expected x, received y', expected: 'x', received: 'y' },
    ];
    const e = new DealcalcError('invalid_input', { issues }, issues);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DealcalcError');
    expect(e.message).toBe('components[2].schedule: expected x, received y');
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      code: 'invalid_input',
      message: e.message,
      data: { issues },
      issues,
    });
    expect(isDealcalcError(e, 'invalid_input')).toBe(true);
    expect(isDealcalcError(e, 'limit_exceeded')).toBe(false);
    expect(isDealcalcError(new Error('x'))).toBe(false);
  });

  it('counts several problems in its message', () => {
    const issues = [
      { path: ['a'], message: 'one' },
      { path: [], message: 'two' },
    ];
    expect(new DealcalcError('invalid_input', { issues }, issues).message).toBe('2 problems: a: one; two');
  });

  it('keeps messages short: five problems spelled out, the rest counted, under 1 kB (issue 12, finding 8)', () => {
    const issues = Array.from({ length: 40 }, (_, k) => ({
      path: ['components', k, 'x'.repeat(500)],
      message: `problem ${k} ${'y'.repeat(300)}`,
    }));
    const e = new DealcalcError('invalid_input', { issues }, issues);
    expect(e.message).toMatch(/^40 problems: /);
    expect(e.message.length).toBeLessThan(1024);
    expect(e.issues).toHaveLength(40);
    expect(new DealcalcError('invalid_input', { issues }, issues, 'z'.repeat(5000)).message.length).toBeLessThan(1024);
  });

  it('quotes at most an excerpt of a huge input (issue 12, finding 8)', () => {
    // amount('x'.repeat(1e7)) built a 20 MB message and 30 MB of issues before.
    const r = safeAmount('x'.repeat(10_000_000));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.length).toBeLessThan(1024);
    expect(JSON.stringify(r.error.issues).length).toBeLessThan(2048);
    expect(r.error.message).toContain('"xxxxxxxx');
  });

  it('has a fixed set of codes', () => {
    expect(ERROR_CODES).toContain('unbalanced_deal');
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['components', 0, 'schedule', 'installments', 3])).toBe('components[0].schedule.installments[3]');
  });

  it('attempt captures only DealcalcErrors', () => {
    expect(attempt(() => amount('25X')).ok).toBe(false);
    expect(() =>
      attempt(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
