import { adjust, type BusinessDayConvention } from '../dates/businessDays.ts';
import { DEFAULT_CALENDAR, type CalendarId } from '../dates/calendar.ts';
import type { IsoDate } from '../dates/calendarDate.ts';

/** How the dates a report prints are moved to business days. */
export interface PaymentDayOptions {
  /** Business-day calendar (default `'weekends-only'` when only a convention is given). */
  readonly calendar?: CalendarId;
  /** Business-day convention (default `'Following'` when only a calendar is given). */
  readonly convention?: BusinessDayConvention;
}

/** True when the options ask for payment days. */
export function wantsPaymentDays(options: PaymentDayOptions): boolean {
  return options.calendar !== undefined || options.convention !== undefined;
}

/**
 * A scheduled date moved to a business day by the calendar and convention: the date a payment
 * due that day is made (as `datedFlows(schedule, { calendar, convention })` places it).
 */
export function paymentDay(date: string, options: PaymentDayOptions): IsoDate {
  return adjust(date, {
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.convention === undefined ? {} : { convention: options.convention }),
  });
}

/** The header of the payment-day column: `paid on (kr-krx, ModifiedFollowing)`. */
export function paymentDayLabel(options: PaymentDayOptions): string {
  return `paid on (${options.calendar ?? DEFAULT_CALENDAR}, ${options.convention ?? 'Following'})`;
}
