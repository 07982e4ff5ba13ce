import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/compare/lazy.ts';

describe('lazy fields', () => {
  it('compute once on first read, and show in keys, JSON and spreads like plain fields', () => {
    let calls = 0;
    const target = { a: 1 } as { a: number; rows: number[]; words: string };
    lazy(target, 'rows', () => {
      calls += 1;
      return [1, 2];
    });
    lazy(target, 'words', () => 'hi');
    Object.freeze(target);
    expect(calls).toBe(0);
    expect(Object.keys(target)).toEqual(['a', 'rows', 'words']);
    expect(target.rows).toBe(target.rows);
    expect(calls).toBe(1);
    expect(JSON.stringify(target)).toBe('{"a":1,"rows":[1,2],"words":"hi"}');
    expect({ ...target }).toEqual({ a: 1, rows: [1, 2], words: 'hi' });
    expect(Object.getOwnPropertySymbols({ ...target })).toEqual([]);
  });

  it('keeps objects apart (one getter per field name, one pending box per object)', () => {
    const make = (n: number) => {
      const o = {} as { value: number };
      lazy(o, 'value', () => n);
      return Object.freeze(o);
    };
    const [x, y] = [make(1), make(2)];
    expect([y.value, x.value]).toEqual([2, 1]);
    expect(x).toEqual({ value: 1 });
  });

  it('throws again on the next read when the computation throws', () => {
    let calls = 0;
    const o = {} as { value: number };
    lazy(o, 'value', () => {
      calls += 1;
      throw new Error('no');
    });
    expect(() => o.value).toThrow('no');
    expect(() => o.value).toThrow('no');
    expect(calls).toBe(2);
  });
});
