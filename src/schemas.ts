/**
 * The zod schemas of dealcalc's JSON formats, as the package exports them: each typed as a
 * {@link DealcalcSchema}, what every build of the package gives. The schemas themselves live with
 * their concept (money, dates, schedules, deals, economics) and are built on first use.
 */
import type * as z from 'zod';
import { isoDateSchema as isoDate } from './dates/schema.ts';
import { dealSchema as deal } from './deals/schema.ts';
import type { DealJson } from './deals/json.ts';
import type { Deal } from './deals/deal.ts';
import {
  guaranteeTermsSchema as guaranteeTerms,
  loanTermsSchema as loanTerms,
  type GuaranteeTerms,
  type GuaranteeTermsJson,
  type LoanTerms,
  type LoanTermsJson,
} from './deals/terms.ts';
import type { IsoDate } from './dates/calendarDate.ts';
import { economySchema as economy, type EconomyJson, type ParsedEconomyJson } from './economics/economy.ts';
import type { Amount } from './money/amount.ts';
import type { CurrencyCode } from './money/currency.ts';
import type { Decimal } from './money/decimal.ts';
import {
  amountSchema as amountJson,
  amountTextSchema as amountText,
  currencySchema as currency,
  decimalSchema as decimalText,
  type AmountJson,
  type TextAmount,
} from './money/schema.ts';
import type { ScheduleJson, ScheduleRecipe, ScheduleRecipeJson } from './schedules/json.ts';
import { scheduleRecipeSchema as scheduleRecipe } from './schedules/recipe.ts';
import type { Schedule } from './schedules/schedule.ts';
import { scheduleSchema as schedule } from './schedules/schema.ts';

/**
 * A zod schema as dealcalc exports it, reading JSON of type `Input` into a checked `Output`.
 * Use it with zod's functions, which take any zod schema: embed it in your own schemas
 * (`z.array(dealSchema)`, `z.object({ deal: dealSchema })`), convert it (`z.toJSONSchema(dealSchema)`),
 * take its types (`z.input<typeof dealSchema>`, `z.output<…>`); or call its own `parse`,
 * `safeParse`, `parseAsync` and `safeParseAsync`. The chaining methods of zod's classic API
 * (`.optional()`, `.array()`, `.describe()`…) are not part of it: wrap the schema with zod's
 * functions instead (`z.optional(dealSchema)`). In Node, `import('dealcalc')` loads zod and
 * the schemas only when one is first used, and these are `lazy` schemas of zod's core that do so.
 */
export type DealcalcSchema<Output, Input> = z.core.$ZodType<Output, Input> &
  Pick<z.ZodType<Output, Input>, 'parse' | 'safeParse' | 'parseAsync' | 'safeParseAsync'>;

/**
 * A decimal in JSON: a plain decimal string (never a JSON number, which would lose digits) such
 * as `"25000000000"` or `"-0.045"`, read exactly. No exponent, no grouping, no leading `+`.
 * Output: a {@link Decimal}.
 */
export const decimalSchema: DealcalcSchema<Decimal, string> = decimalText;

/** An ISO 4217 currency code in JSON (`"USD"`, `"KRW"`), one of {@link CURRENCY_CODES}. Output: the {@link CurrencyCode}. */
export const currencySchema: DealcalcSchema<CurrencyCode, string> = currency;

/**
 * An amount in JSON: a plain decimal string or amount shorthand (`"350B"`, `"₩500T"`; see
 * {@link amount} for the shorthand). Output: a {@link TextAmount}, the value and, when the text
 * names one, its currency.
 */
export const amountTextSchema: DealcalcSchema<TextAmount, string> = amountText;

/** An {@link Amount} in JSON: `{ "value": "25000000000", "currency": "USD" }`, both fields required. Output: a frozen {@link Amount}. */
export const amountSchema: DealcalcSchema<Amount, AmountJson> = amountJson;

/**
 * A calendar date in JSON: `"YYYY-MM-DD"`, checked to be a real date (`"2025-02-30"` is an
 * error) with a year from {@link MIN_YEAR} to {@link MAX_YEAR}. Output: the {@link IsoDate}.
 */
export const isoDateSchema: DealcalcSchema<IsoDate, string> = isoDate;

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
export const scheduleSchema: DealcalcSchema<Schedule, ScheduleJson> = schedule;

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
export const scheduleRecipeSchema: DealcalcSchema<ScheduleRecipe, ScheduleRecipeJson> = scheduleRecipe;

/**
 * The deal JSON format (zod): input {@link DealJson}, output {@link Deal}. Amounts are strings
 * (plain decimals or shorthand like `"350B"`), rates are fractions as strings (`"0.15"`), dates
 * `YYYY-MM-DD`, schedules in any of the forms of {@link scheduleRecipeSchema}. The output is a
 * checked, frozen {@link Deal}: components add up to the headline exactly, labels are unique,
 * every source id exists, every component is in the deal's currency and all schedules share one
 * period axis. Use it to embed deals in your own zod schemas; {@link parseDeal} gives typed errors.
 */
export const dealSchema: DealcalcSchema<Deal, DealJson> = deal;

/**
 * Terms of a policy-bank loan, in JSON: every disbursement of the component's schedule becomes
 * a tranche on these terms. Rates are annual effective rates; a period's rate is
 * (1 + rate)^(1/n) − 1 for n periods a year.
 */
export const loanTermsSchema: DealcalcSchema<LoanTerms, LoanTermsJson> = loanTerms;

/**
 * Terms of a credit guarantee, in JSON: every tranche of the component's schedule is exposure
 * guaranteed for `tenor` years.
 */
export const guaranteeTermsSchema: DealcalcSchema<GuaranteeTerms, GuaranteeTermsJson> = guaranteeTerms;

/**
 * An economy in JSON: figures to weigh a pledge against, each with its unit (currency),
 * period, kind (stock, yearly or daily) and source; exchange rates to bring figures in other
 * currencies to the deal's; and the sources. Every figure is optional, but a figure given
 * without a unit or a period is an error.
 */
export const economySchema: DealcalcSchema<ParsedEconomyJson, EconomyJson> = economy;
