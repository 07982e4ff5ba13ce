import * as z from 'zod';
import { DealcalcError, type Issue, type PathSegment } from '../errors/DealcalcError.ts';
import { errorFromZod } from '../errors/zod.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { isoDateSchema } from '../dates/schema.ts';
import { DEFAULT_CURRENCY } from '../money/currency.ts';
import { sum } from '../money/decimal.ts';
import { ABOVE_MINUS_ONE, amountTextSchema, currencySchema, decimalIn, PROBABILITY } from '../money/schema.ts';
import { commonAxis } from '../schedules/axis.ts';
import { scheduleRecipeSchema } from '../schedules/recipe.ts';
import { readSchedule, type Schedule } from '../schedules/schedule.ts';
import { total } from '../schedules/total.ts';
import { lumpSum } from '../schedules/lumpSum.ts';
import type { Component, Deal, ProfitSharingRule, Source } from './deal.ts';
import { builtDeal } from './readDeal.ts';
import { buildRecord, recordSchema } from './record.ts';
import { buildTariff, tariffSchema } from './tariff.ts';
import { INSTRUMENTS } from './instrument.ts';
import { STAGES } from './stage.ts';
import type { DealJson } from './json.ts';
import { notesSchema, sourceIdsSchema, textSchema } from './text.ts';
import { guaranteeTermsSchema, loanTermsSchema } from './terms.ts';
import { fitGuaranteeTerms, fitLoanTerms } from './readTerms.ts';

const text = textSchema;
const notes = notesSchema;
const sourceIds = sourceIdsSchema;

const sourceSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: text,
    title: text,
    publisher: text,
    url: z.url({ protocol: /^https?$/ }),
    date: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      message: 'expected YYYY-MM-DD, YYYY-MM or YYYY',
    }),
    approximate: z.boolean().optional(),
  }),
);

const componentSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    label: text,
    instrument: z.enum(INSTRUMENTS),
    schedule: scheduleRecipeSchema,
    terms: z
      .union([loanTermsSchema, guaranteeTermsSchema], {
        error:
          'expected loan terms { rate, tenor, grace?, amortization? } or guarantee terms { tenor, fee, callProbability, lossGivenCall, recoveryLag? }',
      })
      .optional(),
    notes,
    sources: sourceIds,
  }),
);

const share = /* @__PURE__ */ z.lazy(() =>
  decimalIn(
    PROBABILITY,
    'a fraction from 0 to 1',
    'A share of distributions written as a decimal string: "0.9" is 90%',
  ),
);

const tierSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    partyShare: share,
    counterpartyShare: share,
    until: z.literal('recovery').optional(),
  }),
);

const profitSharingSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    appliesTo: z.enum(INSTRUMENTS).default('cash'),
    tiers: z.array(tierSchema).min(1),
    recovery: z.discriminatedUnion('target', [
      z.strictObject({ target: z.literal('principal') }),
      z.strictObject({
        target: z.literal('principal-plus-interest'),
        rate: decimalIn(ABOVE_MINUS_ONE, 'a fraction above -1', 'Yearly interest the recovery target accrues'),
        note: text.optional(),
      }),
    ]),
    notes,
    sources: sourceIds,
  }),
);

/** The fields of {@link dealSchema}, before the checks and the declared type. Internal: for the type tests. */
export const dealFields = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'expected a lower-case id of letters, digits and hyphens' }),
    title: text,
    party: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 code such as "KR", or "EU"' })
      .optional(),
    counterparty: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 code such as "US"' })
      .default('US'),
    stage: z.enum(STAGES).optional(),
    date: isoDateSchema.optional(),
    currency: currencySchema.default(DEFAULT_CURRENCY),
    headline: amountTextSchema,
    components: z.array(componentSchema).min(1),
    alongside: z.array(componentSchema).default([]),
    due: isoDateSchema
      .optional()
      .meta({ description: 'Date by which the headline is to be delivered, when the text sets one.' }),
    tariff: tariffSchema.optional(),
    profitSharing: profitSharingSchema.optional(),
    record: recordSchema.optional(),
    notes,
    sources: z.array(sourceSchema).default([]),
  }),
);

type Fields = z.output<typeof dealFields>;
type Ctx = z.core.$RefinementCtx<Fields>;

/**
 * The deal JSON format (zod): input {@link DealJson}, output {@link Deal}. Amounts are strings
 * (plain decimals or shorthand like `"350B"`), rates are fractions as strings (`"0.15"`), dates
 * `YYYY-MM-DD`, schedules in any of the forms of {@link scheduleRecipeSchema}. The output is a
 * checked, frozen {@link Deal}: components add up to the headline exactly, labels are unique,
 * every source id exists, every component is in the deal's currency and all schedules share one
 * period axis. Use it to embed deals in your own zod schemas; {@link parseDeal} gives typed errors.
 */
export const dealSchema: z.ZodType<Deal, DealJson> = /* @__PURE__ */ z.lazy(() =>
  dealFields.transform((json, ctx) => buildDeal(json, ctx)),
);

/**
 * What `deal()` hands over besides the JSON: schedules it already built (by component index),
 * used as they are instead of the placeholder recipes in the JSON, and whether to fill a
 * shortfall with an unallocated part. Internal.
 */
export interface Prebuilt {
  readonly components?: ReadonlyMap<number, Schedule>;
  readonly alongside?: ReadonlyMap<number, Schedule>;
  /** Label of a component added for the part of the headline not allocated, if any. */
  readonly fillUnspecified?: string;
}

export type { DealJson } from './json.ts';

function buildDeal(json: Fields, ctx: Ctx, prebuilt: Prebuilt = {}): Deal {
  const currency = json.currency;
  const add = (issue: Issue, extra: Record<string, unknown> = {}): void => {
    ctx.issues.push({
      code: 'custom',
      message: issue.message,
      input: json,
      path: [...issue.path],
      params: { expected: issue.expected, received: issue.received, ...extra },
    });
  };
  const sourceIdsKnown = new Set(json.sources.map((s) => s.id));
  json.sources.forEach((s, index) => {
    if (json.sources.findIndex((other) => other.id === s.id) !== index) {
      add({
        path: ['sources', index, 'id'],
        expected: 'a source id used once',
        received: JSON.stringify(s.id),
        message: `expected a source id used once, received ${JSON.stringify(s.id)} again`,
      });
    }
  });
  const checkRefs = (ids: readonly string[], path: readonly PathSegment[]): void => {
    ids.forEach((id, index) => {
      if (!sourceIdsKnown.has(id)) {
        add({
          path: [...path, index],
          expected: 'the id of an entry in sources',
          received: JSON.stringify(id),
          message: `expected the id of an entry in sources, received ${JSON.stringify(id)}`,
        });
      }
    });
  };

  const headlineCurrency = json.headline.currency;
  if (headlineCurrency !== undefined && headlineCurrency !== currency) {
    add(
      {
        path: ['headline'],
        expected: `an amount in ${currency}`,
        received: headlineCurrency,
        message: `expected an amount in ${currency}, received one in ${headlineCurrency}`,
      },
      { code: 'currency_mismatch', data: { expected: currency, received: headlineCurrency } },
    );
  }

  const buildList = (list: Fields['components'], key: 'components' | 'alongside'): Component[] => {
    const labels = new Map<string, number>();
    return list.flatMap((c, index) => {
      const path = [key, index];
      const earlier = labels.get(c.label);
      if (earlier !== undefined) {
        add({
          path: [...path, 'label'],
          expected: 'a label used once in the deal',
          received: JSON.stringify(c.label),
          message: `expected a label used once, received ${JSON.stringify(c.label)} (also at ${key}[${earlier}])`,
        });
      } else labels.set(c.label, index);
      checkRefs(c.sources, [...path, 'sources']);
      let schedule: Schedule;
      try {
        // A schedule passed to deal() is checked as any schedule argument (hand-made ones too).
        const given = prebuilt[key]?.get(index);
        schedule = given === undefined ? c.schedule(currency) : readSchedule(given, []);
      } catch (error) {
        if (!(error instanceof DealcalcError)) throw error;
        for (const i of error.issues)
          add({ ...i, path: [...path, 'schedule', ...i.path] }, { code: error.code, data: error.data });
        return [];
      }
      if (schedule.currency !== currency) {
        add(
          {
            path: [...path, 'schedule', 'currency'],
            expected: `${currency}, the deal's currency`,
            received: schedule.currency,
            message: `expected ${currency}, the deal's currency, received ${schedule.currency} (convert it first)`,
          },
          { code: 'currency_mismatch', data: { expected: currency, received: schedule.currency } },
        );
      }
      let terms: Component['terms'];
      if (c.terms !== undefined) {
        if (c.terms.kind !== c.instrument) {
          add({
            path: [...path, 'terms', 'kind'],
            expected: `terms for a ${c.instrument} component`,
            received: `${c.terms.kind} terms`,
            message: `expected terms for a ${c.instrument} component, received ${c.terms.kind} terms`,
          });
        } else {
          try {
            terms =
              c.terms.kind === 'loan'
                ? fitLoanTerms(c.terms, ['terms'], schedule.frequency)
                : fitGuaranteeTerms(c.terms, ['terms'], schedule.frequency);
          } catch (error) {
            if (!(error instanceof DealcalcError)) throw error;
            for (const i of error.issues)
              add({ ...i, path: [...path, ...i.path] }, { code: error.code, data: error.data });
          }
        }
      }
      return [
        Object.freeze({
          label: c.label,
          instrument: c.instrument,
          schedule,
          notes: Object.freeze([...c.notes]),
          sources: Object.freeze([...c.sources]),
          ...(terms === undefined ? {} : { terms: Object.freeze(terms) }),
        }),
      ];
    });
  };
  const components = buildList(json.components, 'components');
  const alongside = buildList(json.alongside, 'alongside');
  const all = [...components, ...alongside];
  let axis: ReturnType<typeof commonAxis>;
  try {
    axis = commonAxis(
      all.map((c) => c.schedule),
      'components',
    );
  } catch (error) {
    if (!(error instanceof DealcalcError)) throw error;
    for (const i of error.issues)
      add({ ...i, path: locate(i.path, components.length) }, { code: error.code, data: error.data });
  }

  const tariff = json.tariff === undefined ? undefined : buildTariff(json.tariff, add, checkRefs);
  const record =
    json.record === undefined
      ? undefined
      : buildRecord(
          json.record,
          currency,
          new Set([...json.components, ...json.alongside].map((c) => c.label)),
          add,
          checkRefs,
        );
  const profitSharing = json.profitSharing === undefined ? undefined : buildProfitSharing(json.profitSharing, add);
  if (json.profitSharing !== undefined) checkRefs(json.profitSharing.sources, ['profitSharing', 'sources']);

  const headline = json.headline.value;
  if (components.length === json.components.length && ctx.issues.length === 0) {
    const allocated = sum(components.map((c) => total(c.schedule)));
    // A shortfall, when asked, becomes a part of its own on the deal's period axis.
    if (prebuilt.fillUnspecified !== undefined && allocated.lt(headline)) {
      const rest = lumpSum(headline.minus(allocated), {
        currency,
        ...(axis === undefined
          ? {}
          : { frequency: axis.frequency, ...(axis.startDate === undefined ? {} : { startDate: axis.startDate }) }),
      });
      components.push(
        Object.freeze({
          label: prebuilt.fillUnspecified,
          instrument: 'unspecified' as const,
          schedule: rest,
          notes: Object.freeze([]),
          sources: Object.freeze([]),
        }),
      );
    }
  }
  if (components.length >= json.components.length && ctx.issues.length === 0) {
    const allocated = sum(components.map((c) => total(c.schedule)));
    if (!allocated.eq(headline)) {
      const difference = headline.minus(allocated);
      add(
        {
          path: ['components'],
          expected: `components adding up to the headline ${headline.toFixed()}`,
          received: `a sum of ${allocated.toFixed()}`,
          message: `deal ${json.id}: components add up to ${allocated.toFixed()}, not the headline ${headline.toFixed()} (${difference.lt(0) ? 'over' : 'short'} by ${difference.abs().toFixed()})`,
        },
        { code: 'unbalanced_deal', deal: json.id, headline, sum: allocated, difference },
      );
    }
  }
  if (headline.lt(0))
    add({
      path: ['headline'],
      expected: 'an amount of 0 or more',
      received: headline.toFixed(),
      message: `expected an amount of 0 or more, received ${headline.toFixed()}`,
    });

  const deal: Deal = {
    id: json.id,
    title: json.title,
    ...(json.party === undefined ? {} : { party: json.party }),
    counterparty: json.counterparty,
    ...(json.stage === undefined ? {} : { stage: json.stage }),
    ...(json.date === undefined ? {} : { date: json.date }),
    currency,
    headline,
    components: Object.freeze(components),
    alongside: Object.freeze(alongside),
    ...(json.due === undefined ? {} : { due: json.due }),
    ...(tariff === undefined ? {} : { tariff }),
    ...(profitSharing === undefined ? {} : { profitSharing }),
    ...(record === undefined ? {} : { record }),
    notes: Object.freeze([...json.notes]),
    sources: Object.freeze(
      json.sources.map((s): Source => {
        const { approximate, ...rest } = s;
        return Object.freeze(approximate === undefined ? rest : { ...rest, approximate });
      }),
    ),
  };
  return builtDeal(Object.freeze(deal));
}

// commonAxis reports paths over the concatenated list; map them back to components/alongside.
function locate(path: readonly PathSegment[], componentCount: number): PathSegment[] {
  const [, index, ...rest] = path;
  if (typeof index !== 'number') return [...path];
  return index < componentCount
    ? ['components', index, 'schedule', ...rest]
    : ['alongside', index - componentCount, 'schedule', ...rest];
}

function buildProfitSharing(p: NonNullable<Fields['profitSharing']>, add: (issue: Issue) => void): ProfitSharingRule {
  p.tiers.forEach((tier, index) => {
    const path = ['profitSharing', 'tiers', index];
    for (const key of ['partyShare', 'counterpartyShare'] as const) {
      if (tier[key].lt(0) || tier[key].gt(1)) {
        add({
          path: [...path, key],
          expected: 'a fraction from 0 to 1',
          received: tier[key].toFixed(),
          message: `expected a fraction from 0 to 1, received ${tier[key].toFixed()}`,
        });
      }
    }
    const shares = tier.partyShare.plus(tier.counterpartyShare);
    if (!shares.eq(1)) {
      add({
        path,
        expected: 'shares adding up to 1',
        received: shares.toFixed(),
        message: `expected partyShare + counterpartyShare = 1, received ${shares.toFixed()}`,
      });
    }
    const last = index === p.tiers.length - 1;
    if (last === (tier.until !== undefined)) {
      const expected = last ? 'no `until` on the last tier' : '`until: "recovery"` on every tier but the last';
      add({
        path: [...path, 'until'],
        expected,
        received: tier.until === undefined ? 'none' : JSON.stringify(tier.until),
        message: `expected ${expected}`,
      });
    }
  });
  const recovery =
    p.recovery.target === 'principal'
      ? Object.freeze({ target: 'principal' as const })
      : Object.freeze({
          target: 'principal-plus-interest' as const,
          rate: p.recovery.rate,
          ...(p.recovery.note === undefined ? {} : { note: p.recovery.note }),
        });
  return Object.freeze({
    appliesTo: p.appliesTo,
    tiers: Object.freeze(
      p.tiers.map((t) =>
        Object.freeze({
          partyShare: t.partyShare,
          counterpartyShare: t.counterpartyShare,
          ...(t.until === undefined ? {} : { until: t.until }),
        }),
      ),
    ),
    recovery,
    notes: Object.freeze([...p.notes]),
    sources: Object.freeze([...p.sources]),
  });
}

/**
 * Reads a deal from untrusted JSON (an already-parsed value).
 *
 * @throws {DealcalcError} `unbalanced_deal` when the components do not add up to the headline
 *   (data: deal, headline, sum, difference); when every problem is of one kind,
 *   `currency_mismatch` (a component in another currency), `frequency_mismatch` (schedules of
 *   different period lengths) or `limit_exceeded` (a count, period or list over 10,000, a
 *   magnitude over 1e30); otherwise `invalid_input` listing every problem with its JSON path.
 *
 * @example
 * const d = parseDeal({ id: 'x', title: 'X', headline: '350B',
 *   components: [{ label: 'cash', instrument: 'cash', schedule: { each: '25B', count: 8 } },
 *                { label: 'rest', instrument: 'guarantee', schedule: { lumpSum: '150B' } }] });
 * d.components.length //=> 2
 */
export function parseDeal(json: unknown): Deal {
  return verdict(dealSchema.safeParse(json, { reportInput: true }));
}

/** {@link parseDeal} with schedules already built (see {@link Prebuilt}). Internal: for `deal()`. */
export function parseDealPrebuilt(json: unknown, prebuilt: Prebuilt): Deal {
  return verdict(dealFields.transform((j, ctx) => buildDeal(j, ctx, prebuilt)).safeParse(json, { reportInput: true }));
}

// The error's code: the problems' own when they all share one (unbalanced_deal, currency_mismatch,
// frequency_mismatch, limit_exceeded), else invalid_input.
function verdict(result: z.ZodSafeParseResult<Deal>): Deal {
  if (result.success) return result.data;
  throw errorFromZod(result.error.issues);
}

/**
 * Like {@link parseDeal}, returning an {@link Outcome} instead of throwing.
 *
 * @example
 * safeParseDeal({ id: 'x' }).ok //=> false
 */
export function safeParseDeal(json: unknown): Outcome<Deal> {
  return attempt(() => parseDeal(json));
}

let cachedJsonSchema: Record<string, unknown> | undefined;

/**
 * The JSON Schema (draft 2020-12) of the deal format, generated from {@link dealSchema}, for
 * validating deal files in other languages. Built on first call.
 *
 * @example
 * dealJsonSchema().type //=> 'object'
 */
export function dealJsonSchema(): Record<string, unknown> {
  cachedJsonSchema ??= z.toJSONSchema(dealFields, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return cachedJsonSchema;
}
