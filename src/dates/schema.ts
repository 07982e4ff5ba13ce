import * as z from 'zod';
import { fromDealcalc } from '../errors/zod.ts';
import { formatIsoDate, parseIsoDate } from './calendarDate.ts';

/** A calendar date in JSON: `"YYYY-MM-DD"`, checked to be a real date. */
export const isoDateSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a calendar date as YYYY-MM-DD' })
  .transform(fromDealcalc((text: string) => formatIsoDate(parseIsoDate(text, []))))
  .meta({ description: 'Calendar date, YYYY-MM-DD.', format: 'date' });
