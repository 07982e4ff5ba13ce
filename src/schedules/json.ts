import type { CurrencyCode } from '../money/currency.ts';
import type { Frequency } from './frequency.ts';
import type { Schedule } from './schedule.ts';

// The JSON forms of a schedule, written out so that editors and the API reference can show every
// field. The zod schemas in schema.ts and recipe.ts are the source of truth: the tests check that
// these types equal what the schemas accept (tests/jsonTypes.test-d.ts).

/** One installment in JSON: `{ "period": 0, "amount": "25B" }`. */
export interface InstallmentJson {
  /** Whole period counted from period 0 of the schedule: 0 to 10,000. */
  period: number;
  /**
   * Amount paid in that period, 0 or more: a plain decimal string (`"25000000000"`) or shorthand
   * (`"25B"`, `"$25bn"`). If the text names a currency it must be the schedule's.
   */
  amount: string;
}

/** What every schedule written in JSON may say about its period axis and currency. */
export interface ScheduleAxisJson {
  /** ISO 4217 code of the amounts (`"USD"`, `"KRW"`). Default: USD, or the deal's currency inside a deal. */
  currency?: string | undefined;
  /** Period length. Default `"annual"`. */
  frequency?: Frequency | undefined;
  /** Calendar date of period 0, `YYYY-MM-DD`, which anchors the schedule to the calendar. Default: none (periods only). */
  startDate?: string | undefined;
}

/**
 * A schedule in its explicit JSON form (the input of {@link scheduleSchema}):
 *
 * ```json
 * { "currency": "USD", "frequency": "annual", "startDate": "2026-01-01",
 *   "installments": [{ "period": 0, "amount": "25B" }, { "period": 1, "amount": "25B" }] }
 * ```
 */
export interface ScheduleJson extends ScheduleAxisJson {
  /** The installments: at most 10,000, periods unique (any order; parsing sorts them). */
  installments: InstallmentJson[];
}

/**
 * A schedule as {@link serializeSchedule} writes it: every field written out, amounts as plain
 * decimal strings, installments in ascending period order.
 */
export interface SerializedScheduleJson {
  /** ISO 4217 code of every installment. */
  currency: CurrencyCode;
  /** Period length. */
  frequency: Frequency;
  /** Calendar date of period 0 (`YYYY-MM-DD`); absent when the schedule is not anchored to the calendar. */
  startDate?: string;
  /** Installments in ascending period order; amounts are plain decimal strings, 0 or more. */
  installments: Array<{
    /** Whole period counted from period 0 (0 to 10,000). */
    period: number;
    /** Amount as a plain decimal string, 0 or more (`"25000000000"`). */
    amount: string;
  }>;
}

/** Fields every named recipe ({@link LumpSumJson}, {@link InstallmentsJson}, {@link SpreadJson}, {@link CappedJson}) may carry. */
export interface RecipeTimingJson extends ScheduleAxisJson {
  /** Period of the first installment: a whole number from 0 to 10,000. Default 0. */
  start?: number | undefined;
}

/** `{ "lumpSum": "200B" }`: the whole amount in one installment (see {@link lumpSum}). */
export interface LumpSumJson extends RecipeTimingJson {
  /** The amount, 0 or more: plain decimal string or shorthand (`"200B"`). */
  lumpSum: string;
}

/** `{ "each": "25B", "count": 8 }`: `count` equal installments in consecutive periods (see {@link installments}). */
export interface InstallmentsJson extends RecipeTimingJson {
  /** Amount of each installment, 0 or more: plain decimal string or shorthand (`"25B"`). */
  each: string;
  /** Number of installments: a whole number from 1 to 10,000. */
  count: number;
}

/**
 * `{ "spread": "100B", "count": 3 }`: a total split over `count` consecutive periods in equal
 * whole multiples of `quantum`, the remainder placed by a stated rule (see {@link spread}).
 */
export interface SpreadJson extends RecipeTimingJson {
  /** The total to spread, 0 or more: plain decimal string or shorthand. */
  spread: string;
  /** Number of installments: a whole number from 1 to 10,000. */
  count: number;
  /** Smallest step of an installment, greater than 0 (`"1B"` for round billions). Default 1 unit of currency. */
  quantum?: string | undefined;
  /**
   * Where what does not divide evenly goes: `"first"` (leftover quanta to the earliest
   * installments) or `"last"` (to the latest). Default `"first"`. See {@link SpreadOptions.remainder}.
   */
  remainder?: 'first' | 'last' | undefined;
}

/** `{ "capped": "200B", "cap": "20B" }`: a total paid at most `cap` per period until done (see {@link capped}). */
export interface CappedJson extends RecipeTimingJson {
  /** The total, 0 or more: plain decimal string or shorthand. */
  capped: string;
  /** Most paid in one period, greater than 0: full `cap` installments, then one with the rest (⌈total ÷ cap⌉ in all, at most 10,000). */
  cap: string;
}

/**
 * A schedule as people write it in JSON (the input of {@link scheduleRecipeSchema}): the explicit
 * form, or one of the constructors by name. The currency defaults to the deal's.
 */
export type ScheduleRecipeJson = ScheduleJson | LumpSumJson | InstallmentsJson | SpreadJson | CappedJson;

/**
 * A schedule recipe read from JSON (the output of {@link scheduleRecipeSchema}): call it with the
 * currency to use when the recipe names none (a deal passes its own) to build the {@link Schedule}.
 *
 * @throws {DealcalcError} when called, as the constructor the recipe names (`invalid_input`,
 *   `currency_mismatch`, `limit_exceeded`), with paths naming the JSON keys.
 */
export type ScheduleRecipe = (currency: CurrencyCode) => Schedule;
