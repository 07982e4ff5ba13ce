// Bounded fuzzing, part of `npm test`: a fixed seed and run counts that fit well inside a
// minute. `npm run fuzz` runs the same properties 25 times longer with a fresh seed (printed on
// failure, so any counterexample can be replayed with FUZZ_SEED=<seed>); FUZZ_RUNS scales the
// counts by hand.
//
// - every parser and its safe twin, fed fc.anything() and arbitrary JSON: only DealcalcErrors,
//   with short messages; the safe twin never throws and agrees with the throwing form;
// - random valid deals into metrics and compare: compare(a, a) is zero, gaps are antisymmetric,
//   parts add up to the headline, schedules conserve exactly, PV at rate 0 is the nominal sum;
// - proposal(formatProposal(d)) equals d;
// - no result anywhere holds NaN or Infinity, and Object.prototype is unchanged afterwards.
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { attempt } from '../../src/errors/outcome.ts';
import { amount, safeAmount } from '../../src/money/amount.ts';
import { D, decimal, isDecimal, type Decimal } from '../../src/money/decimal.ts';
import { formatAmount } from '../../src/money/format.ts';
import { addMonths, parseIsoDate } from '../../src/dates/calendarDate.ts';
import { capped } from '../../src/schedules/capped.ts';
import { FREQUENCIES } from '../../src/schedules/frequency.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { scale } from '../../src/schedules/scale.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { parseSchedule, safeParseSchedule } from '../../src/schedules/schema.ts';
import { serializeSchedule } from '../../src/schedules/serialize.ts';
import { spread } from '../../src/schedules/spread.ts';
import { total } from '../../src/schedules/total.ts';
import type { Schedule } from '../../src/schedules/schedule.ts';
import { deal } from '../../src/deals/build.ts';
import type { Deal } from '../../src/deals/deal.ts';
import { formatProposal } from '../../src/deals/formatProposal.ts';
import { proposal, safeProposal } from '../../src/deals/proposal.ts';
import { parseDeal, safeParseDeal } from '../../src/deals/schema.ts';
import { serializeDeal } from '../../src/deals/serialize.ts';
import { parseEconomy, safeParseEconomy } from '../../src/economics/economy.ts';
import { presetJson } from '../../src/presets/presets.ts';
import { compare } from '../../src/compare/compare.ts';
import { metrics } from '../../src/compare/metrics.ts';
import { fv, nper, pmt, pv } from '../../src/value/annuity.ts';
import { convertRate } from '../../src/value/convertRate.ts';

const long = process.env.npm_lifecycle_event === 'fuzz';
const scaleRuns = Number(process.env.FUZZ_RUNS ?? (long ? 25 : 1));
const seed =
  process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : long ? Date.now() % 2 ** 31 : 20_251_114;
const runs = (n: number) => ({ seed, numRuns: Math.max(1, Math.round(n * scaleRuns)) });
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
// The long run may take minutes per property; the bounded one stays within the usual minute.
vi.setConfig({ testTimeout: long ? 3_600_000 : 60_000 });

// Runs counted, for the closing note of the issue (printed once at the end).
const counted = new Map<string, number>();
const count = (name: string) => counted.set(name, (counted.get(name) ?? 0) + 1);
afterAll(() => {
  const all = [...counted.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz (seed ${seed}): ${all} runs: ${[...counted].map(([k, v]) => `${k} ${v}`).join(', ')}`);
});

/** Throws unless every Decimal and number in `value` is finite. */
function finiteEverywhere(value: unknown, path = 'result', seen = new Set<unknown>()): void {
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new Error(`${path} is ${value.toString()}`);
    return;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) finiteEverywhere(v, `${path}.${k}`, seen);
}

/** Calls a throwing parser: it returns, or throws a DealcalcError with a short message. */
function answers<T>(name: string, run: () => T): { ok: true; value: T } | { ok: false; error: DealcalcError } {
  count(name);
  try {
    const value = run();
    finiteEverywhere(value);
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof DealcalcError)) throw error;
    expect(error.message.length).toBeLessThan(1024);
    expect(error.issues.length).toBeGreaterThan(0);
    return { ok: false, error };
  }
}

/** A safe twin never throws, and says what the throwing form says. */
function twins<T>(
  name: string,
  throwing: () => T,
  safe: () => { ok: true; value: T } | { ok: false; error: DealcalcError },
): void {
  const a = answers(name, throwing);
  const b = safe();
  expect(b.ok).toBe(a.ok);
  if (!a.ok && !b.ok) expect(b.error.code).toBe(a.error.code);
}

// Values that reach deep into a deal: a real preset with one field replaced by anything.
const mutatedDeal = fc
  .tuple(
    fc.constantFrom('kr-2025-11-mou', 'jp-2025-09-mou', 'eu-2025-07-turnberry'),
    fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat({ max: 3 })), { minLength: 1, maxLength: 4 }),
    fc.oneof(fc.anything(), fc.jsonValue()),
  )
  .map(([id, path, replacement]) => {
    const json = presetJson(id) as unknown as Record<string, unknown>;
    let at: Record<string, unknown> | unknown[] = json;
    for (const key of path.slice(0, -1)) {
      const next = (at as Record<string, unknown>)[String(key)];
      if (typeof next !== 'object' || next === null) break;
      at = next as Record<string, unknown>;
    }
    (at as Record<string, unknown>)[String(path[path.length - 1])] = replacement;
    return json;
  });

const hostile = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.string(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    JSON.parse('1e400') as number,
    '1e400',
    '0x10',
    '٣',
    '\uFEFF1',
    'Infinity',
    'NaN',
    '__proto__',
    'constructor',
  ),
);

describe('fuzz › parsers and their safe twins never throw anything but DealcalcError', () => {
  it('parseDeal / safeParseDeal', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, mutatedDeal), (input) =>
        twins(
          'parseDeal',
          () => parseDeal(input),
          () => safeParseDeal(input),
        ),
      ),
      runs(300),
    );
  });

  it('parseSchedule / safeParseSchedule', () => {
    const near = fc.record(
      {
        installments: fc.array(
          fc.record({
            period: fc.oneof(fc.integer(), fc.double(), fc.string()),
            amount: fc.oneof(fc.string(), fc.constantFrom('1B', '-5', '1e40', '0')),
          }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(hostile, near), (input) =>
        twins(
          'parseSchedule',
          () => parseSchedule(input),
          () => safeParseSchedule(input),
        ),
      ),
      runs(300),
    );
  });

  it('parseEconomy / safeParseEconomy', () => {
    fc.assert(
      fc.property(hostile, (input) =>
        twins(
          'parseEconomy',
          () => parseEconomy(input),
          () => safeParseEconomy(input),
        ),
      ),
      runs(150),
    );
  });

  it('proposal / safeProposal', () => {
    const words = fc
      .array(
        fc.constantFrom(
          'cash',
          'loan',
          'guarantees',
          '25B',
          '$7bn',
          '7',
          'billion',
          '0',
          '-5B',
          '1e400',
          'x',
          '×',
          '8',
          '20000',
          'of',
          'out',
          '+',
          'and',
          '[',
          ']',
          ',',
          'cap',
          'at',
          'most',
          'over',
          'for',
          'years',
          'from',
          'year',
          '9999',
          'a',
          'constructor',
          '__proto__',
          '₩5T',
          '',
        ),
        { maxLength: 14 },
      )
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.oneof(hostile, words), (text) =>
        twins(
          'proposal',
          () => proposal(text as string),
          () => safeProposal(text as string),
        ),
      ),
      runs(300),
    );
  });

  it('amount / safeAmount', () => {
    fc.assert(
      fc.property(hostile, hostile, (input, currency) =>
        twins(
          'amount',
          () => amount(input as string, currency as string),
          () => safeAmount(input as string, currency as string),
        ),
      ),
      runs(300),
    );
  });

  it('the other doors: formatAmount, dates, annuities, rate conversion', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (x, y, z) => {
        answers('formatAmount', () => formatAmount(x as string, y as never));
        answers('parseIsoDate', () => parseIsoDate(x));
        answers('addMonths', () => addMonths(x as string, y as number, z as never));
        answers('pmt', () => pmt({ rate: x, periods: y, presentValue: z } as never));
        answers('pv', () => pv({ rate: x, periods: y, payment: z } as never));
        answers('fv', () => fv({ rate: x, periods: y, payment: z } as never));
        answers('nper', () => nper({ rate: x, payment: y, presentValue: z } as never));
        answers('convertRate', () => convertRate(x as string, y as never, z as never));
      }),
      runs(200),
    );
  });

  it('annuities and rate conversions on numbers: never NaN or Infinity', () => {
    const num = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.constantFrom('1e30', '-1e30', '1e-30', '0', '-0.999999', '1e29'),
    );
    fc.assert(
      fc.property(num, num, num, num, (rate, periods, a, b) => {
        answers('pmt', () => pmt({ rate, periods, presentValue: a, futureValue: b } as never));
        answers('pv', () => pv({ rate, periods, payment: a, futureValue: b } as never));
        answers('fv', () => fv({ rate, periods, payment: a, presentValue: b } as never));
        answers('nper', () => nper({ rate, payment: a, presentValue: b, futureValue: periods } as never));
        answers('convertRate', () => convertRate(rate as never, 'continuous', { nominal: 12 }));
        answers('convertRate', () => convertRate(rate as never, { nominal: 'monthly' }, 'continuous'));
      }),
      runs(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Random valid deals

const money = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('', 'M', 'B')).map(([n, u]) => `${n}${u}`);
const positive = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', 'M', 'B')).map(([n, u]) => `${n}${u}`);
const scheduleArb = (frequency: (typeof FREQUENCIES)[number]): fc.Arbitrary<Schedule> =>
  fc.oneof(
    fc.tuple(money, fc.integer({ min: 0, max: 5 })).map(([a, start]) => lumpSum(a, { frequency, start })),
    fc
      .tuple(money, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 5 }))
      .map(([a, n, start]) => installments(a, n, { frequency, start })),
    fc
      .tuple(money, fc.integer({ min: 1, max: 12 }), fc.constantFrom<'first' | 'last'>('first', 'last'))
      .map(([a, n, remainder]) => spread(a, n, { frequency, remainder })),
    fc
      .tuple(money, positive)
      .filter(([a, c]) => decimal(amount(a).value).div(amount(c).value).lte(50))
      .map(([a, c]) => capped(a, c, { frequency })),
    fc.array(money, { maxLength: 8 }).map((list) => scheduleOf(list, { frequency })),
  );
const instrumentArb = fc.constantFrom('cash', 'loan', 'guarantee', 'purchase', 'private', 'unspecified' as const);
const dealArb = (frequency: (typeof FREQUENCIES)[number]): fc.Arbitrary<Deal> =>
  fc.array(fc.tuple(instrumentArb, scheduleArb(frequency)), { minLength: 1, maxLength: 5 }).map((parts) =>
    deal({
      id: 'fuzz',
      title: 'Fuzz',
      headline: parts.reduce((acc, [, s]) => acc.plus(total(s)), decimal(0)),
      components: parts.map(([instrument, schedule], k) => ({ label: `part ${k}`, instrument, schedule })),
    }),
  );
const pair = fc.constantFrom(...FREQUENCIES).chain((f) => fc.tuple(dealArb(f), dealArb(f)));
const rates = ['0', '0.045', '-0.5', '3'];

describe('fuzz › random valid deals', () => {
  it('parts add up to the headline; PV at rate 0 is the nominal sum; nothing is NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FREQUENCIES).chain(dealArb), (d) => {
        count('metrics');
        const sum = d.components.reduce((acc, c) => acc.plus(total(c.schedule)), decimal(0));
        expect(sum.eq(d.headline)).toBe(true);
        const m = metrics(d, { rates });
        finiteEverywhere(m);
        expect(m.all.total.eq(d.headline)).toBe(true);
        expect(m.all.presentValues[0]!.value.eq(m.all.total)).toBe(true);
        const byInstrument = Object.values(m.instruments).reduce((acc, s) => acc.plus(s.total), decimal(0));
        expect(byInstrument.eq(d.headline)).toBe(true);
        expect(m.perPeriod.at(-1)?.cumulative.eq(d.headline) ?? d.headline.isZero()).toBe(true);
        // The JSON form reads back to the same deal.
        expect(JSON.stringify(serializeDeal(parseDeal(serializeDeal(d))))).toBe(JSON.stringify(serializeDeal(d)));
      }),
      runs(40),
    );
  });

  it('compare(a, a) is zero and compare(a, b) = −compare(b, a)', () => {
    const zero = (x: Decimal | null) => x === null || x.isZero();
    fc.assert(
      fc.property(pair, ([a, b]) => {
        count('compare');
        const same = compare(a, a, { rates });
        finiteEverywhere(same);
        expect(
          zero(same.gaps.headline) &&
            zero(same.gaps.all.total) &&
            zero(same.gaps.cashShare.points) &&
            same.gaps.presentValues.every((p) => p.value.isZero()),
        ).toBe(true);
        expect(same.perPeriod.every((r) => r.gap.isZero())).toBe(true);
        const ab = compare(a, b, { rates });
        const ba = compare(b, a, { rates });
        finiteEverywhere(ab);
        expect(ab.gaps.headline.eq(ba.gaps.headline.neg())).toBe(true);
        expect(ab.gaps.all.total.eq(ba.gaps.all.total.neg())).toBe(true);
        expect(ab.gaps.horizonPeriods + ba.gaps.horizonPeriods).toBe(0);
        ab.gaps.presentValues.forEach((p, k) => expect(p.value.eq(ba.gaps.presentValues[k]!.value.neg())).toBe(true));
        for (const [instrument, gap] of Object.entries(ab.gaps.instruments))
          expect(gap.total.eq(ba.gaps.instruments[instrument as keyof typeof ab.gaps.instruments].total.neg())).toBe(
            true,
          );
      }),
      runs(25),
    );
  });

  it('schedules conserve money exactly, also after scale', () => {
    // Up to 40 significant digits: products of up to 55 digits, which 64-digit sums would round.
    const factor = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 20, max: 60 }))
      .map(([c, e]) => new D(`${c.toString()}e-${e}`));
    fc.assert(
      fc.property(fc.constantFrom(...FREQUENCIES).chain(scheduleArb), factor, (s, f) => {
        count('schedules');
        // A factor that takes an amount out of 1e-30 … 1e30 is refused (JSON could not carry it back).
        const r = attempt(() => scale(s, f));
        if (!r.ok) {
          expect(r.error.code).toBe('limit_exceeded');
          return;
        }
        const scaled = r.value;
        // Exact: the product of exact numbers, every digit kept (no rounding at 64 digits).
        const expected = s.installments.reduce((acc, i) => acc + toScaled(i.amount.times(1)), 0n);
        expect(total(s).toFixed()).toBe(fromScaled(expected));
        expect(total(scaled).eq(exact(total(s), f))).toBe(true);
        expect(JSON.stringify(serializeSchedule(parseSchedule(serializeSchedule(scaled))))).toBe(
          JSON.stringify(serializeSchedule(scaled)),
        );
      }),
      runs(200),
    );
  });

  it('proposal(formatProposal(d)) equals d', () => {
    const part = fc
      .tuple(
        fc.constantFrom('cash', 'loan', 'guarantee', 'purchase', 'private'),
        fc.oneof(
          money,
          fc.tuple(money, fc.integer({ min: 1, max: 30 })).map(([a, n]) => `${a} x ${n}`),
          fc.tuple(money, fc.integer({ min: 1, max: 30 })).map(([a, n]) => `${a} over ${n} years`),
          fc.tuple(money, positive).map(([a, c]) => `${a} cap ${c}`),
          fc.array(money, { maxLength: 5 }).map((list) => `[${list.join(', ')}]`),
        ),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([i, spec, start]) => `${i} ${spec}${start > 0 ? ` from year ${start}` : ''}`);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.boolean(), (list, withHeadline) => {
        count('proposal round trip');
        const first = safeProposal(list.join(' + '));
        fc.pre(first.ok); // a cap too small for 10,000 periods is refused, rightly
        if (!first.ok) return;
        const d = withHeadline
          ? proposal(`${list.join(' + ')} of ${first.value.headline.times(2).toFixed()}`)
          : first.value;
        const again = proposal(formatProposal(d));
        expect(JSON.stringify(serializeDeal(again))).toBe(JSON.stringify(serializeDeal(d)));
      }),
      runs(150),
    );
  });

  it('left Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// Exact arithmetic by hand, independent of decimal.js: values as integers scaled by 10^60.
const SCALE = 60;
function toScaled(d: Decimal): bigint {
  const [whole = '0', fraction = ''] = d.toFixed().replace('-', '').split('.');
  const v = BigInt(whole + fraction.padEnd(SCALE, '0').slice(0, SCALE));
  return d.isNeg() ? -v : v;
}
function fromScaled(v: bigint): string {
  const digits = v.toString().padStart(SCALE + 1, '0');
  const text = `${digits.slice(0, -SCALE)}.${digits.slice(-SCALE)}`.replace(/\.?0+$/, '');
  return text === '' ? '0' : text;
}
// a × f exactly, through integer coefficients.
function exact(a: Decimal, f: Decimal): Decimal {
  const parts = (d: Decimal): [bigint, number] => {
    const [w = '0', fr = ''] = d.toFixed().split('.');
    return [BigInt(w + fr), fr.length];
  };
  const [x, xs] = parts(a);
  const [y, ys] = parts(f);
  const p = (x * y).toString().padStart(xs + ys + 1, '0');
  const k = p.length - (xs + ys);
  // The constructor keeps every digit (no rounding to 64 significant digits).
  return new D(`${p.slice(0, k)}.${p.slice(k)}0`);
}
