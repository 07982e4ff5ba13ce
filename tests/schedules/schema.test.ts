import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { decimal } from '../../src/money/decimal.ts';
import { capped } from '../../src/schedules/capped.ts';
import { installments } from '../../src/schedules/installments.ts';
import { scheduleRecipeSchema } from '../../src/schedules/recipe.ts';
import { parseSchedule, safeParseSchedule, scheduleSchema } from '../../src/schedules/schema.ts';
import { serializeSchedule } from '../../src/schedules/serialize.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { FREQUENCIES } from '../../src/schedules/frequency.ts';

describe('schedule JSON', () => {
  it('parses, defaults currency and frequency, and reads shorthand amounts', () => {
    const s = parseSchedule({
      installments: [
        { period: 0, amount: '25B' },
        { period: 1, amount: '25000000000' },
      ],
    });
    expect(s.currency).toBe('USD');
    expect(s.frequency).toBe('annual');
    expect(s.installments.map((i) => i.amount.toFixed())).toEqual(['25000000000', '25000000000']);
  });

  it('serializes every field, decimals as plain strings', () => {
    expect(serializeSchedule(installments('25B', 2, { startDate: '2026-01-01' }))).toEqual({
      currency: 'USD',
      frequency: 'annual',
      startDate: '2026-01-01',
      installments: [
        { period: 0, amount: '25000000000' },
        { period: 1, amount: '25000000000' },
      ],
    });
  });

  it('reports every problem with its JSON path', () => {
    const r = safeParseSchedule({
      currency: 'usd',
      frequency: 'weekly',
      startDate: '2025-02-30',
      installments: [
        { period: -1, amount: 5 },
        { period: 2, amount: '₩5T' },
        { period: 2.5, amount: '1' },
      ],
      extra: true,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    const paths = r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'currency',
        'frequency',
        'startDate',
        'installments.0.period',
        'installments.0.amount',
        'installments.2.period',
        '',
      ]),
    );
    for (const issue of r.error.issues) {
      expect(issue.message).toMatch(/expected/);
    }
  });

  it('refuses an amount in another currency, negative amounts and duplicate periods', () => {
    const mismatch = safeParseSchedule({ currency: 'USD', installments: [{ period: 0, amount: '₩5T' }] });
    expect(!mismatch.ok && mismatch.error.issues[0]?.path).toEqual(['installments', 0, 'amount']);
    const negative = safeParseSchedule({ installments: [{ period: 0, amount: '-5' }] });
    expect(!negative.ok && negative.error.issues[0]?.path).toEqual(['installments', 0, 'amount']);
    const dup = safeParseSchedule({
      installments: [
        { period: 0, amount: '5' },
        { period: 0, amount: '5' },
      ],
    });
    expect(!dup.ok && dup.error.issues[0]?.path).toEqual(['installments', 1, 'period']);
  });

  it('has a JSON Schema for other languages', () => {
    const schema = z.toJSONSchema(scheduleSchema, { io: 'input' }) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(['currency', 'frequency', 'startDate', 'installments']);
    expect(schema.required).toEqual(['installments']);
  });

  it('reads the recipe forms', () => {
    const build = (json: unknown) => scheduleRecipeSchema.parse(json)('USD');
    expect(build({ each: '25B', count: 8 }).installments).toHaveLength(8);
    expect(build({ capped: '200B', cap: '20B' }).installments).toHaveLength(10);
    expect(build({ spread: '100', count: 3 }).installments.map((i) => i.amount.toFixed())).toEqual(['34', '33', '33']);
    expect(build({ lumpSum: '₩5T' }).currency).toBe('KRW');
    expect(build({ lumpSum: '5', start: 3, frequency: 'quarterly' }).installments[0]?.period).toBe(3);
    expect(scheduleRecipeSchema.parse({ lumpSum: '5' })('KRW').currency).toBe('KRW');
  });
});

describe('schedule JSON › properties', () => {
  const entries = fc.uniqueArray(
    fc.tuple(fc.integer({ min: 0, max: 500 }), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 8 })),
    {
      selector: ([p]) => p,
      maxLength: 25,
    },
  );
  const schedules = fc
    .tuple(
      entries,
      fc.constantFrom('USD', 'KRW', 'JPY', 'EUR'),
      fc.constantFrom(...FREQUENCIES),
      fc.option(fc.constantFrom('2025-01-31', '2026-01-01', '2024-02-29'), { nil: undefined }),
    )
    .map(([list, currency, frequency, startDate]) =>
      scheduleOf(
        list.map(([period, units, places]) => ({
          period,
          amount: decimal(units.toString()).div(decimal(10).pow(places)),
        })),
        { currency, frequency, ...(startDate === undefined ? {} : { startDate }) },
      ),
    );

  it('parse → serialize → parse is the identity', () => {
    fc.assert(
      fc.property(schedules, (s) => {
        const json = JSON.parse(JSON.stringify(serializeSchedule(s))) as unknown;
        const back = parseSchedule(json);
        expect(serializeSchedule(back)).toEqual(serializeSchedule(s));
        expect(back.installments.every((i, k) => i.amount.eq(s.installments[k]!.amount))).toBe(true);
      }),
    );
  });

  it('parseSchedule throws nothing but DealcalcError on arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ installments: fc.array(fc.record({ period: fc.jsonValue(), amount: fc.jsonValue() })) }),
        ),
        (json) => {
          const r = safeParseSchedule(json);
          if (!r.ok) expect(r.error).toBeInstanceOf(DealcalcError);
        },
      ),
    );
  });

  it('capped schedules survive the round trip', () => {
    const s = capped('350B', '20B', { startDate: '2026-01-01' });
    expect(serializeSchedule(parseSchedule(serializeSchedule(s)))).toEqual(serializeSchedule(s));
  });
});
