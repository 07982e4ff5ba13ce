import type { CalendarRules } from './rules.ts';

/**
 * United States settlement calendar (federal holidays as banks observe them), as QuantLib's
 * `UnitedStates(UnitedStates::Settlement)` (ql/time/calendars/unitedstates.cpp): a holiday on a
 * Saturday is observed the Friday before, on a Sunday the Monday after, including New Year's Day
 * on a Saturday (observed Friday 31 December). Juneteenth from 2022, as QuantLib counts it.
 */
export const US_SETTLEMENT: CalendarRules = {
  id: 'us-settlement',
  name: 'United States (settlement)',
  sources: [
    'QuantLib ql/time/calendars/unitedstates.cpp (SettlementImpl)',
    'US Office of Personnel Management, "Federal Holidays" (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/)',
  ],
  firstYear: 2000,
  lastYear: 2050,
  weekend: [6, 0],
  holidays: [
    { kind: 'fixed', name: "New Year's Day", month: 1, day: 1, observe: 'nearest-weekday' },
    { kind: 'weekday', name: 'Martin Luther King Jr. Day', month: 1, weekday: 1, nth: 3 },
    { kind: 'weekday', name: "Washington's Birthday", month: 2, weekday: 1, nth: 3 },
    { kind: 'weekday', name: 'Memorial Day', month: 5, weekday: 1, nth: -1 },
    { kind: 'fixed', name: 'Juneteenth', month: 6, day: 19, observe: 'nearest-weekday', from: 2022 },
    { kind: 'fixed', name: 'Independence Day', month: 7, day: 4, observe: 'nearest-weekday' },
    { kind: 'weekday', name: 'Labor Day', month: 9, weekday: 1, nth: 1 },
    { kind: 'weekday', name: 'Columbus Day', month: 10, weekday: 1, nth: 2 },
    { kind: 'fixed', name: 'Veterans Day', month: 11, day: 11, observe: 'nearest-weekday' },
    { kind: 'weekday', name: 'Thanksgiving Day', month: 11, weekday: 4, nth: 4 },
    { kind: 'fixed', name: 'Christmas Day', month: 12, day: 25, observe: 'nearest-weekday' },
  ],
};

/**
 * New York Stock Exchange, as QuantLib's `UnitedStates(UnitedStates::NYSE)`: no Columbus or
 * Veterans Day, Good Friday closed, New Year's Day on a Saturday not observed (NYSE rule 7.2),
 * and the special closings since 2000.
 */
export const US_NYSE: CalendarRules = {
  id: 'us-nyse',
  name: 'United States (NYSE)',
  sources: [
    'QuantLib ql/time/calendars/unitedstates.cpp (NyseImpl)',
    'NYSE, "Holidays and Trading Hours" (https://www.nyse.com/markets/hours-calendars)',
  ],
  firstYear: 2000,
  lastYear: 2050,
  weekend: [6, 0],
  holidays: [
    { kind: 'fixed', name: "New Year's Day", month: 1, day: 1, observe: 'sunday-to-monday' },
    { kind: 'weekday', name: 'Martin Luther King Jr. Day', month: 1, weekday: 1, nth: 3 },
    { kind: 'weekday', name: "Washington's Birthday", month: 2, weekday: 1, nth: 3 },
    { kind: 'easter', name: 'Good Friday', offset: -2 },
    { kind: 'weekday', name: 'Memorial Day', month: 5, weekday: 1, nth: -1 },
    { kind: 'fixed', name: 'Juneteenth', month: 6, day: 19, observe: 'nearest-weekday', from: 2022 },
    { kind: 'fixed', name: 'Independence Day', month: 7, day: 4, observe: 'nearest-weekday' },
    { kind: 'weekday', name: 'Labor Day', month: 9, weekday: 1, nth: 1 },
    { kind: 'weekday', name: 'Thanksgiving Day', month: 11, weekday: 4, nth: 4 },
    { kind: 'fixed', name: 'Christmas Day', month: 12, day: 25, observe: 'nearest-weekday' },
    { kind: 'dates', name: 'September 11 attacks', dates: ['2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14'] },
    { kind: 'dates', name: "President Reagan's funeral", dates: ['2004-06-11'] },
    { kind: 'dates', name: "President Ford's funeral", dates: ['2007-01-02'] },
    { kind: 'dates', name: 'Hurricane Sandy', dates: ['2012-10-29', '2012-10-30'] },
    { kind: 'dates', name: "President G. H. W. Bush's funeral", dates: ['2018-12-05'] },
    // NYSE closed for the national day of mourning for President Carter (NYSE notice, 2024-12-30).
    { kind: 'dates', name: 'National day of mourning for President Carter', dates: ['2025-01-09'] },
  ],
};
