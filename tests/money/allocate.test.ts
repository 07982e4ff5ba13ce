import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { allocate, type AllocationMethod } from '../../src/money/allocate.ts';
import { decimal } from '../../src/money/decimal.ts';

const values = (...args: Parameters<typeof allocate>): string[] => allocate(...args).map((p) => p.value.toFixed());

// Exact rationals for the reference: a decimal string as numerator / 10^places, in BigInt.
interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}
const rational = (text: string): Rational => {
  const t = text.endsWith('%') ? text.slice(0, -1) : text;
  const [int = '0', frac = ''] = t.replace('-', '').split('.');
  const sign = t.startsWith('-') ? -1n : 1n;
  const d = 10n ** BigInt(frac.length) * (text.endsWith('%') ? 100n : 1n);
  return { n: sign * BigInt(int + frac), d };
};
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

// Hamilton's method written independently: exact shares as rationals over one denominator,
// floor each, hand the leftover units to the largest remainders (earlier index on ties).
// For amounts that are whole multiples of the quantum.
function hamilton(amount: string, ratios: readonly string[], quantum: string): string[] {
  const a = rational(amount);
  const q = rational(quantum);
  const rs = ratios.map(rational);
  // units = amount / quantum, an integer by construction of the generator
  const unitsN = a.n * q.d;
  const unitsD = a.d * q.n;
  const negative = unitsN < 0n;
  const units = abs(unitsN) / unitsD;
  // ratios over a common denominator
  const common = rs.reduce((acc, r) => acc * r.d, 1n);
  const w = rs.map((r) => (r.n * common) / r.d);
  const total = w.reduce((x, y) => x + y, 0n);
  const floors = w.map((wi) => (units * wi) / total);
  const rems = w.map((wi, i) => units * wi - floors[i]! * total);
  let left = units - floors.reduce((x, y) => x + y, 0n);
  const order = w
    .map((_, i) => i)
    .filter((i) => w[i]! > 0n)
    .sort((i, j) => (rems[j]! === rems[i]! ? i - j : rems[j]! > rems[i]! ? 1 : -1));
  for (const i of order) {
    if (left === 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return floors.map((f) =>
    decimal(q.n)
      .times(negative ? -f : f)
      .div(q.d.toString())
      .toFixed(),
  );
}

describe('allocate › examples', () => {
  // dinero.js v2, packages/dinero.js/src/core/utils/__tests__/distribute.test.ts (amounts in
  // minor units, quantum 1): the same parts with method 'largest-ratio', which is its rule.
  it.each([
    ['1003', ['50', '50'], ['502', '501']],
    ['100', ['1', '3'], ['25', '75']],
    ['-1003', ['50', '50'], ['-502', '-501']],
    ['1003', ['0', '50', '50'], ['0', '502', '501']],
    ['5', ['100', '101', '100', '100'], ['1', '2', '1', '1']],
    ['801', ['1', '3'], ['200', '601']],
  ] as const)('dinero.js distribute(%s, %j) = %j', (amount, ratios, expected) => {
    expect(values(amount, ratios, { method: 'largest-ratio' })).toEqual(expected);
    // On these inputs Hamilton's method agrees.
    expect(values(amount, ratios)).toEqual(expected);
  });

  it('the two methods differ where the largest ratio does not have the largest remainder', () => {
    // 10 × (6, 3, 1)/10 ... with 7 units: exact 4.2, 2.1, 0.7 → floors 4, 2, 0, one left.
    // Largest remainder: the third part (0.7); largest ratio: the first part.
    expect(values('7', ['6', '3', '1'])).toEqual(['4', '2', '1']);
    expect(values('7', ['6', '3', '1'], { method: 'largest-ratio' })).toEqual(['5', '2', '0']);
  });

  it('ties go to the earlier part', () => {
    expect(values('2', [1, 1, 1])).toEqual(['1', '1', '0']);
    expect(values('-2', [1, 1, 1])).toEqual(['-1', '-1', '0']);
    expect(values('2', [1, 1, 1], { method: 'largest-ratio' })).toEqual(['1', '1', '0']);
  });

  it('reads ratios as decimals, integers or percentages, alike', () => {
    const expected = values('1000', ['0.125', '0.375', '0.5']);
    expect(values('1000', [1, 3, 4])).toEqual(expected);
    expect(values('1000', ['12.5%', '37.5%', '50%'])).toEqual(expected);
    expect(values('1000', [125n, decimal('375'), 500])).toEqual(expected);
    expect(expected).toEqual(['125', '375', '500']);
  });

  it('splits $150B of shipbuilding by announced shares in round billions', () => {
    // Exact shares 150 × 1/3 = 50 each: no remainder.
    expect(values('150B', [1, 1, 1], { quantum: '1B' })).toEqual(['50000000000', '50000000000', '50000000000']);
    // 100 by 1/3 each in whole billions: 34, 33, 33.
    expect(values('100B', [1, 1, 1], { quantum: '1B' })).toEqual(['34000000000', '33000000000', '33000000000']);
  });

  it('gives a part smaller than one quantum to the next part in line', () => {
    // 10.05 by 1:2 in tenths: exact 3.35 and 6.7; 100 tenths go 33 + 67; the 0.05 goes to the
    // part with the larger remainder (3.35 lost 0.05, 6.7 lost nothing).
    expect(values('10.05', [1, 2], { quantum: '0.1' })).toEqual(['3.35', '6.7']);
  });

  it('keeps the currency and checks the quantum against it', () => {
    expect(allocate('₩500T', [1, 1]).every((p) => p.currency === 'KRW')).toBe(true);
    expect(() => allocate('₩500T', [1, 1], { quantum: '$1' })).toThrow(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
  });

  it.each([
    [[], ['ratios']],
    [
      ['1', '-1'],
      ['ratios', 1],
    ],
    [['x'], ['ratios', 0]],
    [[0, 0], ['ratios']],
  ] as const)('rejects ratios %j naming %j', (ratios, path) => {
    try {
      allocate('100', ratios as unknown as string[]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DealcalcError);
      expect((e as DealcalcError).issues[0]!.path).toEqual(path);
    }
  });

  it('rejects a quantum ≤ 0, an unknown method and too many ratios', () => {
    expect(() => allocate('100', [1], { quantum: '0' })).toThrow(/quantum greater than 0/);
    expect(() => allocate('100', [1], { method: 'd-hondt' as AllocationMethod })).toThrow(/largest-remainder/);
    expect(() =>
      allocate(
        '100',
        Array.from({ length: 10_001 }, () => 1),
      ),
    ).toThrow(expect.objectContaining({ code: 'limit_exceeded' }));
  });
});

describe('allocate › properties', () => {
  const decimalText = (maxUnits: bigint, maxPlaces: number) =>
    fc
      .tuple(fc.bigInt({ min: -maxUnits, max: maxUnits }), fc.integer({ min: 0, max: maxPlaces }))
      .map(([u, p]) => decimal(u.toString()).div(decimal(10).pow(p)).toFixed());
  const quantum = fc.constantFrom('1', '0.01', '0.5', '3', '1000', '0.001', '7.25');
  const ratio = fc.oneof(
    fc.nat({ max: 1000 }).map(String),
    fc
      .tuple(fc.nat({ max: 100_000 }), fc.integer({ min: 0, max: 4 }))
      .map(([u, p]) => decimal(u).div(decimal(10).pow(p)).toFixed()),
    fc.nat({ max: 100 }).map((u) => `${u}%`),
  );
  const ratios = fc
    .array(ratio, { minLength: 1, maxLength: 12 })
    .filter((rs) => rs.some((r) => !rational(r).n.toString().match(/^0$/)));
  const method = fc.constantFrom<AllocationMethod>('largest-remainder', 'largest-ratio');

  it('the parts add up to the amount exactly', () => {
    fc.assert(
      fc.property(decimalText(10n ** 12n, 6), ratios, quantum, method, (amount, rs, q, m) => {
        const parts = allocate(amount, rs, { quantum: q, method: m });
        const sum = parts.reduce((s, p) => s.plus(p.value), decimal(0));
        expect(sum.eq(amount)).toBe(true);
      }),
    );
  });

  it('each part is within one quantum of its exact share (strictly, for largest remainder)', () => {
    fc.assert(
      fc.property(decimalText(10n ** 12n, 6), ratios, quantum, method, (amount, rs, q, m) => {
        const parts = allocate(amount, rs, { quantum: q, method: m });
        const a = rational(amount);
        const qq = rational(q);
        const rr = rs.map(rational);
        const common = rr.reduce((acc, r) => acc * r.d, 1n);
        const w = rr.map((r) => (r.n * common) / r.d);
        const total = w.reduce((x, y) => x + y, 0n);
        parts.forEach((p, i) => {
          const part = rational(p.value.toFixed());
          // |part − a·w_i/total| vs q, all over one denominator.
          const den = part.d * a.d * total * qq.d;
          const diff = abs(part.n * a.d * total * qq.d - a.n * w[i]! * part.d * qq.d);
          const bound = qq.n * part.d * a.d * total;
          if (m === 'largest-remainder') expect(diff < bound).toBe(true);
          else expect(diff <= bound).toBe(true);
          expect(den > 0n).toBe(true);
        });
      }),
    );
  });

  it('matches Hamilton’s method computed independently with BigInt rationals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), ratios, quantum, (units, rs, q) => {
        const amount = decimal(units.toString()).times(q).toFixed(); // a whole number of quanta
        expect(values(amount, rs, { quantum: q })).toEqual(hamilton(amount, rs, q));
      }),
    );
  });

  it('every part is a whole number of quanta, but at most one', () => {
    fc.assert(
      fc.property(decimalText(10n ** 12n, 6), ratios, quantum, method, (amount, rs, q, m) => {
        const off = allocate(amount, rs, { quantum: q, method: m }).filter((p) => !p.value.mod(q).isZero());
        expect(off.length).toBeLessThanOrEqual(decimal(amount).mod(q).isZero() ? 0 : 1);
      }),
    );
  });

  it('zero ratios get exactly zero; a negative amount gives the negated parts', () => {
    fc.assert(
      fc.property(decimalText(10n ** 12n, 6), ratios, quantum, method, (amount, rs, q, m) => {
        const parts = allocate(amount, rs, { quantum: q, method: m });
        rs.forEach((r, i) => {
          if (rational(r).n === 0n) expect(parts[i]!.value.isZero()).toBe(true);
        });
        const negated = allocate(decimal(amount).neg(), rs, { quantum: q, method: m });
        negated.forEach((p, i) => expect(p.value.eq(parts[i]!.value.neg())).toBe(true));
      }),
    );
  });

  it('order independence: permuting the ratios permutes the parts when no two remainders tie', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), ratios, fc.func(fc.integer()), (units, rs, key) => {
        const amount = units.toString();
        const w = rs.map(rational);
        const common = w.reduce((acc, r) => acc * r.d, 1n);
        const ws = w.map((r) => (r.n * common) / r.d);
        const total = ws.reduce((x, y) => x + y, 0n);
        const rems = ws.filter((x) => x > 0n).map((x) => (units * x) % total);
        fc.pre(new Set(rems.map(String)).size === rems.length);
        const permutation = rs.map((_, i) => i).sort((i, j) => key(i) - key(j) || i - j);
        const before = values(amount, rs);
        const after = values(
          amount,
          permutation.map((i) => rs[i]!),
        );
        expect(after).toEqual(permutation.map((i) => before[i]));
      }),
    );
  });

  it('scaling every ratio by the same positive factor changes nothing', () => {
    fc.assert(
      fc.property(decimalText(10n ** 12n, 4), ratios, fc.integer({ min: 1, max: 1000 }), method, (amount, rs, k, m) => {
        const scaledRatios = rs
          .map((r) => rational(r))
          .map((r) => decimal(r.n.toString()).div(r.d.toString()).times(k).toFixed());
        expect(values(amount, scaledRatios, { method: m })).toEqual(values(amount, rs, { method: m }));
      }),
    );
  });
});
