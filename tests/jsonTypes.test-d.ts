import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  AmountJson,
  DealJson,
  EconomyJson,
  GuaranteeTerms,
  GuaranteeTermsJson,
  LoanTerms,
  LoanTermsJson,
  ScheduleJson,
  ScheduleRecipe,
  ScheduleRecipeJson,
  SerializedScheduleJson,
  TextAmount,
} from '../src/index.ts';
import type { dealFields } from '../src/deals/schema.ts';
import type { recordSchema } from '../src/deals/record.ts';
import type { tariffSchema } from '../src/deals/tariff.ts';
import type { RecordJson, TariffJson } from '../src/deals/json.ts';
import type { economyFields } from '../src/economics/economy.ts';
import type { guaranteeTermsFields, loanTermsFields } from '../src/deals/terms.ts';
import type { scheduleShape } from '../src/schedules/schema.ts';
import type { scheduleRecipeForms } from '../src/schedules/recipe.ts';
import type { serializeSchedule } from '../src/schedules/serialize.ts';
import type { readAmount } from '../src/money/amount.ts';

// The JSON types are written out as documented interfaces (for editors and the API reference);
// the zod schemas stay the source of truth. These checks fail as soon as the two drift apart.
describe('JSON interfaces equal what the schemas accept', () => {
  it('deal', () => {
    expectTypeOf<DealJson>().toEqualTypeOf<z.input<typeof dealFields>>();
    expectTypeOf<TariffJson>().toEqualTypeOf<z.input<typeof tariffSchema>>();
    expectTypeOf<RecordJson>().toEqualTypeOf<z.input<typeof recordSchema>>();
  });

  it('schedules and recipes', () => {
    expectTypeOf<ScheduleJson>().toEqualTypeOf<
      z.input<z.ZodObject<ReturnType<typeof scheduleShape>, z.core.$strict>>
    >();
    expectTypeOf<ScheduleRecipeJson>().toEqualTypeOf<z.input<typeof scheduleRecipeForms>>();
    expectTypeOf<ScheduleRecipe>().toEqualTypeOf<z.output<typeof scheduleRecipeForms>>();
    expectTypeOf<SerializedScheduleJson>().toEqualTypeOf<ReturnType<typeof serializeSchedule>>();
  });

  it('loan and guarantee terms, both sides', () => {
    expectTypeOf<LoanTermsJson>().toEqualTypeOf<z.input<typeof loanTermsFields>>();
    expectTypeOf<LoanTerms>().toEqualTypeOf<z.output<typeof loanTermsFields>>();
    expectTypeOf<GuaranteeTermsJson>().toEqualTypeOf<z.input<typeof guaranteeTermsFields>>();
    expectTypeOf<GuaranteeTerms>().toEqualTypeOf<z.output<typeof guaranteeTermsFields>>();
  });

  it('economy', () => {
    expectTypeOf<EconomyJson>().toEqualTypeOf<z.input<typeof economyFields>>();
  });

  it('amounts', () => {
    expectTypeOf<TextAmount>().toEqualTypeOf<ReturnType<typeof readAmount>>();
    expectTypeOf<AmountJson>().toEqualTypeOf<{ value: string; currency: string }>();
  });
});
