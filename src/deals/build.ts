import { describeValue, invalid, invalidAt } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { isAmount, type AmountInput } from '../money/amount.ts';
import { isDecimal, toPlainString } from '../money/decimal.ts';
import type { Schedule } from '../schedules/schedule.ts';
import type { Deal } from './deal.ts';
import { parseDealPrebuilt, type DealJson } from './schema.ts';
import type { ComponentJson } from './json.ts';
import type { ScheduleRecipeJson } from '../schedules/json.ts';

/**
 * A JSON shape `T` as a program may write it: its plain string fields (amounts, rates) also
 * take numbers, bigints, Decimals and Amounts; literal unions (instruments, stages) stay closed.
 */
export type LooseJson<T> = T extends string
  ? string extends T
    ? T | AmountInput
    : T
  : T extends readonly (infer U)[]
    ? ReadonlyArray<LooseJson<U>>
    : T extends object
      ? { readonly [K in keyof T]: LooseJson<T[K]> }
      : T;

/**
 * What {@link deal} accepts: the deal JSON format, where amounts and rates may also be
 * Decimals, numbers, bigints or Amounts, and a schedule may be a built {@link Schedule}.
 */
export type DealInput = LooseJson<DealJson> & {
  /** The parts the headline is split into, at least one; their schedules add up to the headline exactly. */
  readonly components: ReadonlyArray<ComponentInput>;
  /** Commitments announced with the deal but outside its headline. Default none. */
  readonly alongside?: ReadonlyArray<ComponentInput>;
};

/**
 * A component as {@link deal} takes it: the {@link ComponentJson} fields, where amounts and rates
 * may also be Decimals, numbers, bigints or Amounts, and the schedule a built {@link Schedule}
 * (in the deal's currency) or any {@link ScheduleRecipeJson} form.
 */
export type ComponentInput =
  | LooseJson<ComponentJson>
  | (Omit<LooseJson<ComponentJson>, 'schedule'> & {
      /** A built schedule (`installments('25B', 8)`), used as it is; its currency must be the deal's. */
      readonly schedule: Schedule;
    });

/** Options of {@link deal}. */
export interface DealOptions {
  /**
   * When the components add up to less than the headline, add the rest as an `unspecified`
   * component (a lump sum in period 0, on the deal's period axis: frequency and start date)
   * labelled `'Not yet allocated'` instead of failing.
   * Default `false`.
   */
  readonly fillUnspecified?: boolean;
}

/**
 * Builds a checked, frozen deal. Takes the same fields as the deal JSON format
 * (see `dealSchema`), but amounts may be given as Decimals, numbers or Amounts and schedules
 * as built schedules (`installments('25B', 8)`).
 *
 * @throws {DealcalcError} `unbalanced_deal` when the components do not add up to the headline
 *   (unless `fillUnspecified` covers a shortfall); `invalid_input` listing every other problem
 *   with its path (at `options` for options that are not an object).
 *
 * @example
 * const d = deal({
 *   id: 'us-ask', title: 'US position', headline: '350B',
 *   components: [
 *     { label: 'Cash', instrument: 'cash', schedule: installments('25B', 8) },
 *     { label: 'Guarantees', instrument: 'guarantee', schedule: lumpSum('150B') },
 *   ],
 * });
 * d.components.map((c) => c.instrument) //=> ['cash', 'guarantee']
 */
export function deal(input: DealInput, options?: DealOptions): Deal {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return invalid([
      {
        path: [],
        expected: 'a deal object { id, title, headline, components }',
        received: describeValue(input),
        message: `expected a deal object { id, title, headline, components }, received ${describeValue(input)}`,
      },
    ]);
  }
  const { fillUnspecified } = optionsObject(options);
  if (fillUnspecified !== undefined && typeof fillUnspecified !== 'boolean')
    invalidAt(['fillUnspecified'], 'true or false', fillUnspecified);
  // Schedules built by the library are used as they are: the JSON carries a placeholder.
  const components = new Map<number, Schedule>();
  const alongside = new Map<number, Schedule>();
  const json = { ...(toJson({ ...input, components: [], alongside: [] }) as Record<string, unknown>) };
  json.components = placeholders(input.components, components);
  if (input.alongside !== undefined) json.alongside = placeholders(input.alongside, alongside);
  else delete json.alongside;
  return parseDealPrebuilt(json, {
    components,
    alongside,
    ...(fillUnspecified === true ? { fillUnspecified: 'Not yet allocated' } : {}),
  });
}

// Components as JSON, built schedules kept aside by index (a placeholder recipe in their place).
function placeholders(list: unknown, built: Map<number, Schedule>): unknown {
  if (!Array.isArray(list)) return toJson(list);
  return list.map((component: unknown, index) => {
    if (typeof component !== 'object' || component === null) return toJson(component);
    const { schedule, ...rest } = component as { schedule?: unknown };
    if (!isSchedule(schedule)) return toJson(component);
    built.set(index, schedule);
    return { ...(toJson(rest) as object), schedule: { installments: [] } };
  });
}

const NUMBER_KEYS = new Set(['period', 'count', 'start', 'tenor', 'grace', 'recoveryLag']);

// Turns loose inputs into the JSON the schema reads: Decimals and numbers to decimal text,
// Amounts to "CODE value" text. Whole-number fields stay numbers.
function toJson(value: unknown, key = ''): unknown {
  if (isDecimal(value)) return toPlainString(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return NUMBER_KEYS.has(key) ? value : String(value);
  if (isAmount(value))
    return `${value.currency} ${isDecimal(value.value) ? toPlainString(value.value) : String(value.value)}`;
  if (Array.isArray(value)) return value.map((item) => toJson(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, k)]));
  }
  return value;
}

function isSchedule(value: unknown): value is Schedule {
  return (
    typeof value === 'object' &&
    value !== null &&
    'installments' in value &&
    Array.isArray((value as Schedule).installments) &&
    (value as Schedule).installments.every((i) => isDecimal(i.amount))
  );
}
