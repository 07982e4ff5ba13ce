import * as z from 'zod';
import { DealcalcError, type PathSegment } from '../errors/DealcalcError.ts';
import { once, withinLimit } from '../errors/zod.ts';
import { isoDateSchema } from '../dates/schema.ts';
import { amountTextSchema, currencySchema } from '../money/schema.ts';
import type { CurrencyCode } from '../money/currency.ts';
import type { Amount } from '../money/amount.ts';
import { capped } from './capped.ts';
import { FREQUENCIES } from './frequency.ts';
import { installments } from './installments.ts';
import { lumpSum } from './lumpSum.ts';
import { MAX_INSTALLMENTS, MAX_PERIOD, type ScheduleOptions } from './schedule.ts';
import { scheduleFromJson, scheduleShape } from './schema.ts';
import { spread } from './spread.ts';
import type { ScheduleRecipe, ScheduleRecipeJson } from './json.ts';

const common = /* @__PURE__ */ once(() => ({
  currency: currencySchema.optional(),
  frequency: z.enum(FREQUENCIES).optional(),
  startDate: isoDateSchema.optional(),
  start: withinLimit(z.int().min(0), MAX_PERIOD)
    .optional()
    .meta({ description: 'Period of the first installment (default 0).' }),
}));

const count = /* @__PURE__ */ z.lazy(() => withinLimit(z.int().min(1), MAX_INSTALLMENTS));

/** The forms of {@link scheduleRecipeSchema}, before the declared type is put on. Internal: for the type tests. */
export const scheduleRecipeForms = /* @__PURE__ */ z.lazy(() =>
  z.union(
    [
      z
        .strictObject({ ...scheduleShape(), currency: currencySchema.optional() })
        .transform(
          (json) => (fallback: CurrencyCode) => scheduleFromJson({ ...json, currency: json.currency ?? fallback }),
        ),
      z
        .strictObject({ lumpSum: amountTextSchema, ...common() })
        .transform(
          (r) => (fallback: CurrencyCode) =>
            asWritten({ total: 'lumpSum' }, () =>
              lumpSum(money(r.lumpSum, code(r, r.lumpSum, fallback)), options(r, code(r, r.lumpSum, fallback))),
            ),
        ),
      z
        .strictObject({ each: amountTextSchema, count, ...common() })
        .transform(
          (r) => (fallback: CurrencyCode) =>
            asWritten({ amountEach: 'each' }, () =>
              installments(money(r.each, code(r, r.each, fallback)), r.count, options(r, code(r, r.each, fallback))),
            ),
        ),
      z
        .strictObject({
          spread: amountTextSchema,
          count,
          quantum: amountTextSchema.optional(),
          remainder: z.enum(['first', 'last']).optional(),
          ...common(),
        })
        .transform(
          (r) => (fallback: CurrencyCode) =>
            asWritten({ total: 'spread' }, () =>
              spread(money(r.spread, code(r, r.spread, fallback)), r.count, {
                ...options(r, code(r, r.spread, fallback)),
                ...(r.quantum === undefined ? {} : { quantum: money(r.quantum, code(r, r.spread, fallback)) }),
                ...(r.remainder === undefined ? {} : { remainder: r.remainder }),
              }),
            ),
        ),
      z
        .strictObject({ capped: amountTextSchema, cap: amountTextSchema, ...common() })
        .transform(
          (r) => (fallback: CurrencyCode) =>
            asWritten({ total: 'capped' }, () =>
              capped(
                money(r.capped, code(r, r.capped, fallback)),
                money(r.cap, code(r, r.capped, fallback)),
                options(r, code(r, r.capped, fallback)),
              ),
            ),
        ),
    ],
    {
      error:
        'expected a schedule as { installments: [...] }, { lumpSum }, { each, count }, { spread, count } or { capped, cap }',
    },
  ),
);

/**
 * A schedule as people write it in JSON: the explicit form (`{ "installments": [...] }`), or one of
 * the constructors by name:
 *
 * - `{ "lumpSum": "200B" }`
 * - `{ "each": "25B", "count": 8 }` (installments)
 * - `{ "spread": "100B", "count": 10, "quantum"?: "1B", "remainder"?: "first" | "last" }`
 * - `{ "capped": "200B", "cap": "20B" }`
 *
 * each with optional `currency`, `frequency`, `startDate` and `start` (see {@link ScheduleRecipeJson}
 * for every field). Parsing gives a {@link ScheduleRecipe}: a function of the default currency
 * (the deal's), so a recipe need not repeat it.
 */
export const scheduleRecipeSchema: z.ZodType<ScheduleRecipe, ScheduleRecipeJson> = /* @__PURE__ */ z.lazy(
  () => scheduleRecipeForms,
);

export type { ScheduleRecipe, ScheduleRecipeJson } from './json.ts';

type Read = { value: Amount['value']; currency?: CurrencyCode };

// The constructors name their arguments (`total`, `amountEach`); errors must name the JSON keys
// the caller wrote (`lumpSum`, `each`). Other arguments (`count`, `cap`, `quantum`, `start`,
// `startDate`, `currency`) have the same name in both.
function asWritten<T>(keys: Readonly<Record<string, string>>, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof DealcalcError)) throw error;
    const rename = (path: readonly PathSegment[]): PathSegment[] => {
      const [head, ...rest] = path;
      return typeof head === 'string' && Object.hasOwn(keys, head) ? [keys[head]!, ...rest] : [...path];
    };
    const issues = error.issues.map((i) => ({ ...i, path: rename(i.path) }));
    const data =
      error.code === 'limit_exceeded'
        ? {
            ...(error.data as DealcalcError<'limit_exceeded'>['data']),
            argument: rename([(error.data as { argument: string }).argument]).join('.'),
          }
        : error.data;
    throw new DealcalcError(error.code, data as never, issues);
  }
}

// The schedule's currency: as stated, else as the main amount names it, else the deal's.
function code(r: { currency?: CurrencyCode | undefined }, main: Read, fallback: CurrencyCode): CurrencyCode {
  return r.currency ?? main.currency ?? fallback;
}

// An amount keeps the currency its text names; the constructors then check it against the schedule's.
function money(read: Read, fallback: CurrencyCode): Amount {
  return { value: read.value, currency: read.currency ?? fallback };
}

function options(
  r: {
    frequency?: ScheduleOptions['frequency'] | undefined;
    startDate?: string | undefined;
    start?: number | undefined;
  },
  currency: CurrencyCode,
): ScheduleOptions {
  return {
    currency,
    ...(r.frequency === undefined ? {} : { frequency: r.frequency }),
    ...(r.startDate === undefined ? {} : { startDate: r.startDate }),
    ...(r.start === undefined ? {} : { start: r.start }),
  };
}
