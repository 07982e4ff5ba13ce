import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DealcalcError, isDealcalcError } from '../../src/errors/DealcalcError.ts';
import { thrown } from './thrown.ts';

// The dual-package hazard: a program that loads both the ESM and the CJS build holds two
// DealcalcError classes. Errors are recognised by a brand both copies share, not by class.
const root = join(import.meta.dirname, '..', '..');
const esm = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../../src/index.ts');
const cjs = createRequire(import.meta.url)(join(root, 'dist', 'index.cjs')) as typeof import('../../src/index.ts');

describe('DealcalcError across copies', () => {
  it('the ESM and CJS builds are two copies with two classes', () => {
    expect(esm.DealcalcError).not.toBe(cjs.DealcalcError);
  });

  it('an error thrown by one copy is recognised by the other, by isDealcalcError and instanceof', () => {
    const fromEsm = thrown(() => esm.amount('25X'));
    const fromCjs = thrown(() => cjs.amount('25X'));
    for (const lib of [esm, cjs]) {
      for (const error of [fromEsm, fromCjs]) {
        expect(lib.isDealcalcError(error)).toBe(true);
        expect(lib.isDealcalcError(error, 'invalid_input')).toBe(true);
        expect(lib.isDealcalcError(error, 'several_roots')).toBe(false);
        expect(error instanceof lib.DealcalcError).toBe(true);
      }
    }
    expect(isDealcalcError(fromCjs)).toBe(true);
    expect(fromCjs instanceof DealcalcError).toBe(true);
  });

  it('the safe twins of one copy capture errors thrown by the other', () => {
    const r = esm.safeIrr([-50, -100, 600, 300, -100]);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'several_roots')
      expect(r.error.data.roots.map((x) => x.toFixed(4))).toEqual(['-0.7689', '1.8544']);
  });

  it('other values are not dealcalc errors', () => {
    for (const value of [
      new Error('x'),
      { code: 'invalid_input' },
      null,
      undefined,
      'DealcalcError',
      Object.create(null),
    ]) {
      expect(isDealcalcError(value)).toBe(false);
      expect(value instanceof DealcalcError).toBe(false);
    }
  });

  it('keeps its name, message, stack header and plain JSON form', () => {
    const issues = [{ path: ['a'], message: 'expected x, received y' }];
    const e = new DealcalcError('invalid_input', { issues }, issues);
    expect(e.name).toBe('DealcalcError');
    expect(String(e)).toBe('DealcalcError: a: expected x, received y');
    expect(e.stack?.startsWith('DealcalcError: a: expected x')).toBe(true);
    expect(e).toBeInstanceOf(Error);
    expect(Object.keys(e).sort()).toEqual(['code', 'data', 'issues']);
  });
});
