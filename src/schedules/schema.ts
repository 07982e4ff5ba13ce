import * as z from 'zod';
import { DealcalcError } from '../errors/DealcalcError.ts';
import { fromDealcalc, once, parseWithSchema, withinLimit } from '../errors/zod.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { isoDateSchema } from '../dates/schema.ts';
import { amountTextSchema, currencySchema } from '../money/schema.ts';
import type { Decimal } from '../money/decimal.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { FREQUENCIES, type Frequency } from './frequency.ts';
import { buildSchedule, MAX_INSTALLMENTS, MAX_PERIOD, type Schedule } from './schedule.ts';
import type { ScheduleJson } from './json.ts';

const installmentSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    period: withinLimit(z.int().min(0), MAX_PERIOD).meta({ description: 'Whole period counted from period 0.' }),
    amount: amountTextSchema,
  }),
);

/** The fields of a schedule in JSON, shared by {@link scheduleSchema} and the recipe forms. */
export const scheduleShape = /* @__PURE__ */ once(() => ({
  currency: currencySchema.default('USD'),
  frequency: z.enum(FREQUENCIES).default('annual'),
  startDate: isoDateSchema.optional(),
  installments: withinLimit(z.array(installmentSchema), MAX_INSTALLMENTS, ' installments'),
}));

/**
 * Builds a schedule from parsed JSON fields, checking that amounts which name a currency
 * name the schedule's.
 *
 * @throws {DealcalcError} `currency_mismatch` naming the installment; as `buildSchedule` otherwise.
 */
export function scheduleFromJson(json: {
  currency: CurrencyCode;
  frequency: Frequency;
  startDate?: string | undefined;
  installments: ReadonlyArray<{ period: number; amount: { value: Decimal; currency?: CurrencyCode } }>;
}): Schedule {
  json.installments.forEach((item, index) => {
    if (item.amount.currency !== undefined && item.amount.currency !== json.currency) {
      const message = `expected an amount in ${json.currency}, received one in ${item.amount.currency}`;
      throw new DealcalcError('currency_mismatch', { expected: json.currency, received: item.amount.currency }, [
        {
          path: ['installments', index, 'amount'],
          expected: `an amount in ${json.currency}`,
          received: item.amount.currency,
          message,
        },
      ]);
    }
  });
  return buildSchedule(
    { currency: json.currency, frequency: json.frequency, startDate: json.startDate },
    json.installments.map((item) => ({ period: item.period, amount: item.amount.value })),
  );
}

/**
 * A schedule in JSON. Amounts are strings (plain decimals, or shorthand such as `"25B"`);
 * periods are whole numbers; `currency` defaults to USD and `frequency` to annual.
 *
 * ```json
 * { "currency": "USD", "frequency": "annual", "startDate": "2026-01-01",
 *   "installments": [{ "period": 0, "amount": "25000000000" }, { "period": 1, "amount": "25000000000" }] }
 * ```
 *
 * Parsing gives a {@link Schedule}; `serializeSchedule` gives this form back.
 */
export const scheduleSchema: z.ZodType<Schedule, ScheduleJson> = /* @__PURE__ */ z.lazy(() =>
  z.strictObject(scheduleShape()).transform(fromDealcalc(scheduleFromJson)),
);

export type { ScheduleJson, SerializedScheduleJson } from './json.ts';

/**
 * Reads a schedule from untrusted JSON (an already-parsed value, not text).
 *
 * @throws {DealcalcError} `invalid_input` listing every problem with its JSON path;
 *   `limit_exceeded` for more than 10,000 installments or a period above 10,000;
 *   `currency_mismatch` for an amount naming another currency than the schedule's.
 *
 * @example
 * parseSchedule({ installments: [{ period: 0, amount: '25B' }] }).currency //=> 'USD'
 */
export function parseSchedule(json: unknown): Schedule {
  return parseWithSchema(scheduleSchema, json);
}

/**
 * Like {@link parseSchedule}, returning an {@link Outcome} instead of throwing.
 *
 * @example
 * safeParseSchedule({ installments: [{ period: -1, amount: '1' }] }).ok //=> false
 */
export function safeParseSchedule(json: unknown): Outcome<Schedule> {
  return attempt(() => parseSchedule(json));
}
