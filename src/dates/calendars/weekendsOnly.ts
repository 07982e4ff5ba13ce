import type { CalendarRules } from './rules.ts';

/** Saturdays and Sundays only, for any year: QuantLib's `WeekendsOnly`, dealcalc's default. */
export const WEEKENDS_ONLY: CalendarRules = {
  id: 'weekends-only',
  name: 'Weekends only',
  sources: ['QuantLib ql/time/calendars/weekendsonly.hpp: Saturdays and Sundays, no holidays'],
  firstYear: 1000,
  lastYear: 9999,
  weekend: [6, 0],
  holidays: [],
};
