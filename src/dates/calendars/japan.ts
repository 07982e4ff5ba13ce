import type { CalendarRules } from './rules.ts';

/**
 * Japan's national holidays (Act on National Holidays, as amended, and the Cabinet Office's
 * yearly list) and the bank holidays of 2–3 January and 31 December, as QuantLib's `Japan`
 * calendar covers them, with the two laws written as rules rather than cases: a national
 * holiday on a Sunday moves to the Monday (1973–2006) or to the next day that is not a holiday
 * (from 2007), and a day between two national holidays is itself a holiday.
 *
 * One known difference from QuantLib: 6 May 2003 was a business day (4 May, a Sunday, was not
 * then a national holiday, so no substitute arose); QuantLib marks it a holiday.
 */
export const JAPAN: CalendarRules = {
  id: 'jp',
  name: 'Japan',
  sources: [
    'QuantLib ql/time/calendars/japan.cpp',
    'Cabinet Office, "National Holidays" (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html)',
  ],
  firstYear: 2000,
  lastYear: 2050,
  weekend: [6, 0],
  substitute: [
    { from: 1973, to: 2006, rule: 'next-day' },
    { from: 2007, rule: 'next-non-holiday' },
  ],
  bridge: { from: 1988, name: "Citizens' Holiday" },
  holidays: [
    { kind: 'fixed', name: "New Year's Day", month: 1, day: 1 },
    { kind: 'fixed', name: 'Bank Holiday', month: 1, day: 2, closure: true },
    { kind: 'fixed', name: 'Bank Holiday', month: 1, day: 3, closure: true },
    { kind: 'weekday', name: 'Coming of Age Day', month: 1, weekday: 1, nth: 2, from: 2000 },
    { kind: 'fixed', name: 'National Foundation Day', month: 2, day: 11 },
    { kind: 'fixed', name: "Emperor's Birthday", month: 2, day: 23, from: 2020 },
    { kind: 'equinox', name: 'Vernal Equinox Day', season: 'vernal' },
    { kind: 'fixed', name: 'Greenery Day', month: 4, day: 29, to: 2006 },
    { kind: 'fixed', name: 'Showa Day', month: 4, day: 29, from: 2007 },
    { kind: 'fixed', name: 'Constitution Memorial Day', month: 5, day: 3 },
    { kind: 'fixed', name: 'Greenery Day', month: 5, day: 4, from: 2007 },
    { kind: 'fixed', name: "Children's Day", month: 5, day: 5 },
    { kind: 'fixed', name: 'Marine Day', month: 7, day: 20, from: 1996, to: 2002 },
    { kind: 'weekday', name: 'Marine Day', month: 7, weekday: 1, nth: 3, from: 2003, to: 2019 },
    { kind: 'dates', name: 'Marine Day', dates: ['2020-07-23', '2021-07-22'] },
    { kind: 'weekday', name: 'Marine Day', month: 7, weekday: 1, nth: 3, from: 2022 },
    { kind: 'fixed', name: 'Mountain Day', month: 8, day: 11, from: 2016, to: 2019 },
    { kind: 'dates', name: 'Mountain Day', dates: ['2020-08-10', '2021-08-08'] },
    { kind: 'fixed', name: 'Mountain Day', month: 8, day: 11, from: 2022 },
    { kind: 'fixed', name: 'Respect for the Aged Day', month: 9, day: 15, to: 2002 },
    { kind: 'weekday', name: 'Respect for the Aged Day', month: 9, weekday: 1, nth: 3, from: 2003 },
    { kind: 'equinox', name: 'Autumnal Equinox Day', season: 'autumnal' },
    { kind: 'weekday', name: 'Sports Day', month: 10, weekday: 1, nth: 2, from: 2000, to: 2019 },
    { kind: 'dates', name: 'Sports Day', dates: ['2020-07-24', '2021-07-23'] },
    { kind: 'weekday', name: 'Sports Day', month: 10, weekday: 1, nth: 2, from: 2022 },
    { kind: 'fixed', name: 'Culture Day', month: 11, day: 3 },
    { kind: 'fixed', name: 'Labour Thanksgiving Day', month: 11, day: 23 },
    { kind: 'fixed', name: "Emperor's Birthday", month: 12, day: 23, from: 1989, to: 2018 },
    { kind: 'dates', name: 'Enthronement of the Emperor', dates: ['2019-05-01', '2019-10-22'] },
    { kind: 'fixed', name: 'Bank Holiday', month: 12, day: 31, closure: true },
  ],
};
