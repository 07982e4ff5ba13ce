import type { CalendarRules } from './rules.ts';

/**
 * TARGET (Trans-European Automated Real-time Gross settlement Express Transfer), the euro
 * area's payment calendar. Rules as in QuantLib ql/time/calendars/target.cpp and the ECB's
 * published TARGET closing days: 1 January, Good Friday, Easter Monday, 1 May (Labour Day),
 * 25 and 26 December, and 31 December 2001 (a one-off closing for the euro cash changeover;
 * 1998 and 1999 are outside the range).
 */
export const TARGET: CalendarRules = {
  id: 'target',
  name: 'TARGET',
  sources: [
    'QuantLib ql/time/calendars/target.cpp',
    'ECB, "TARGET closing days" (https://www.ecb.europa.eu/paym/target/target2/profuse/calendar/html/index.en.html)',
  ],
  firstYear: 2000,
  lastYear: 2050,
  weekend: [6, 0],
  holidays: [
    { kind: 'fixed', name: "New Year's Day", month: 1, day: 1 },
    { kind: 'easter', name: 'Good Friday', offset: -2 },
    { kind: 'easter', name: 'Easter Monday', offset: 1 },
    { kind: 'fixed', name: 'Labour Day', month: 5, day: 1 },
    { kind: 'fixed', name: 'Christmas Day', month: 12, day: 25 },
    { kind: 'fixed', name: "St. Stephen's Day", month: 12, day: 26 },
    { kind: 'dates', name: 'Closing day (euro changeover)', dates: ['2001-12-31'] },
  ],
};
