import * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import {
  dealSchema,
  decimalSchema,
  scheduleSchema,
  type Deal,
  type DealJson,
  type DealcalcSchema,
  type Decimal,
  type Schedule,
} from '../src/index.ts';

// The exported schemas are typed as what every build gives (zod/mini lazy schemas in Node's ESM
// entry, zod classic ones elsewhere): their parse methods, and zod's functions on them.
describe('DealcalcSchema', () => {
  it('parses to the output type', () => {
    expectTypeOf(dealSchema.parse({})).toEqualTypeOf<Deal>();
    expectTypeOf(decimalSchema.parse('1')).toEqualTypeOf<Decimal>();
    const r = scheduleSchema.safeParse({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Schedule>();
    expectTypeOf(dealSchema.parseAsync({})).resolves.toEqualTypeOf<Deal>();
  });

  it("composes with zod's functions and gives zod's types", () => {
    expectTypeOf(z.array(dealSchema).parse([])).toEqualTypeOf<Deal[]>();
    expectTypeOf(z.object({ deal: dealSchema }).parse({}).deal).toEqualTypeOf<Deal>();
    expectTypeOf<z.output<typeof dealSchema>>().toEqualTypeOf<Deal>();
    expectTypeOf<z.input<typeof dealSchema>>().toEqualTypeOf<DealJson>();
    expectTypeOf(z.toJSONSchema(dealSchema)).toBeObject();
    expectTypeOf(dealSchema).toExtend<z.core.$ZodType<Deal, DealJson>>();
    expectTypeOf(dealSchema).toEqualTypeOf<DealcalcSchema<Deal, DealJson>>();
  });

  it("does not promise zod classic's chaining methods", () => {
    expectTypeOf(dealSchema).not.toHaveProperty('optional');
    expectTypeOf(dealSchema).not.toHaveProperty('array');
  });
});
