import * as z from 'zod';
import { fromDealcalc } from '../errors/zod.ts';
import { formatIsoDate, parseIsoDate, type IsoDate } from './calendarDate.ts';

/**
 * A calendar date in JSON: `"YYYY-MM-DD"`, checked to be a real date (`"2025-02-30"` is an
 * error) with a year from {@link MIN_YEAR} to {@link MAX_YEAR}. Output: the {@link IsoDate}.
 */
export const isoDateSchema: z.ZodType<IsoDate, string> = /* @__PURE__ */ z.lazy(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a calendar date as YYYY-MM-DD' })
    .transform(fromDealcalc((text: string) => formatIsoDate(parseIsoDate(text, []))))
    .meta({ description: 'Calendar date, YYYY-MM-DD.', format: 'date' }),
);
