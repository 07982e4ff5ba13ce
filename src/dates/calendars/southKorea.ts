import type { CalendarRules } from './rules.ts';

// Lunar holidays (Seollal, Buddha's Birthday, Chuseok) and elections as explicit dates, each
// year's days as Korea's government and KRX published them, including the substitute days
// that fall on a weekday.
//
// Sources, by years:
// - 2000–2003: the closing days KRX published, as kept in exchange_calendars
//   (exchange_calendars/xkrx_holidays.py, "original precomputed KRX holidays"); weekend days of
//   each holiday are added for completeness.
// - 2004–2050: QuantLib ql/time/calendars/southkorea.cpp (SettlementImpl). Years after 2026 are
//   QuantLib's projections of the lunar calendar; their substitute days follow QuantLib and may
//   differ from the days the government will designate.
// - Later additions, from the Ministry of the Interior and Safety's announcements (temporary and
//   substitute holidays) and the National Election Commission (election days): 2023-10-02,
//   2024-10-01, 2025-01-27 (temporary holidays), 2025-05-06 (substitute: Children's Day and
//   Buddha's Birthday both on 5 May), 2025-06-03 (presidential election), 2026-06-03 (local
//   elections, the statutory date). 2016-05-06 and 2017-10-02 were temporary public holidays
//   designated by the cabinet; QuantLib lists them for KRX only, dealcalc for both calendars.

const SEOLLAL = [
  '2000-02-04', '2000-02-05', '2000-02-06', '2001-01-23', '2001-01-24', '2001-01-25',
  '2002-02-11', '2002-02-12', '2002-02-13', '2003-01-31', '2003-02-01', '2003-02-02',
  '2004-01-21', '2004-01-22', '2004-01-23', '2005-02-08', '2005-02-09', '2005-02-10',
  '2006-01-28', '2006-01-29', '2006-01-30', '2007-02-19', '2008-02-06', '2008-02-07', '2008-02-08',
  '2009-01-25', '2009-01-26', '2009-01-27', '2010-02-13', '2010-02-14', '2010-02-15',
  '2011-02-02', '2011-02-03', '2011-02-04', '2012-01-23', '2012-01-24', '2013-02-11',
  '2014-01-30', '2014-01-31', '2015-02-18', '2015-02-19', '2015-02-20',
  '2016-02-07', '2016-02-08', '2016-02-09', '2016-02-10', '2017-01-27', '2017-01-28', '2017-01-29', '2017-01-30',
  '2018-02-15', '2018-02-16', '2018-02-17', '2019-02-04', '2019-02-05', '2019-02-06',
  '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2021-02-11', '2021-02-12', '2021-02-13',
  '2022-01-31', '2022-02-01', '2022-02-02', '2023-01-23', '2023-01-24',
  '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2025-01-28', '2025-01-29', '2025-01-30',
  '2026-02-16', '2026-02-17', '2026-02-18', '2027-02-08', '2027-02-09', '2028-01-26', '2028-01-27', '2028-01-28',
  '2029-02-12', '2029-02-13', '2029-02-14', '2030-02-04', '2030-02-05', '2031-01-22', '2031-01-23', '2031-01-24',
  '2032-02-10', '2032-02-11', '2032-02-12', '2033-01-31', '2033-02-01', '2033-02-02', '2034-02-20', '2034-02-21',
  '2035-02-07', '2035-02-08', '2035-02-09', '2036-01-28', '2036-01-29', '2036-01-30', '2037-02-16', '2037-02-17',
  '2038-02-03', '2038-02-04', '2038-02-05', '2039-01-24', '2039-01-25', '2039-01-26', '2040-02-13', '2040-02-14',
  '2041-01-31', '2041-02-01', '2041-02-02', '2042-01-21', '2042-01-22', '2042-01-23', '2043-02-09', '2043-02-10', '2043-02-11',
  '2044-01-29', '2044-01-30', '2044-01-31', '2044-02-01', '2045-02-16', '2045-02-17', '2045-02-18',
  '2046-02-05', '2046-02-06', '2046-02-07', '2047-01-25', '2047-01-26', '2047-01-27', '2047-01-28',
  '2048-02-13', '2048-02-14', '2048-02-15', '2049-02-01', '2049-02-02', '2049-02-03', '2050-01-24', '2050-01-25',
];

const BUDDHAS_BIRTHDAY = [
  '2000-05-11', '2001-05-01', '2002-05-19', '2003-05-08', '2004-05-26', '2005-05-15', '2006-05-05', '2007-05-24',
  '2008-05-12', '2009-05-02', '2010-05-21', '2011-05-10', '2012-05-28', '2013-05-17', '2014-05-06', '2015-05-25',
  '2016-05-14', '2017-05-03', '2018-05-22', '2019-05-12', '2020-04-30', '2021-05-19', '2022-05-08', '2023-05-29',
  '2024-05-15', '2025-05-05', '2026-05-25', '2027-05-13', '2028-05-02', '2029-05-21', '2030-05-09', '2031-05-28',
  '2032-05-17', '2033-05-06', '2034-05-25', '2035-05-15', '2036-05-05', '2037-05-22', '2038-05-11', '2039-05-02',
  '2040-05-18', '2041-05-07', '2042-05-26', '2043-05-18', '2044-05-05', '2045-05-24', '2046-05-14', '2047-05-02',
  '2048-05-20', '2049-05-10', '2050-05-30',
];

const CHUSEOK = [
  '2000-09-11', '2000-09-12', '2000-09-13', '2001-09-30', '2001-10-01', '2001-10-02',
  '2002-09-20', '2002-09-21', '2002-09-22', '2003-09-10', '2003-09-11', '2003-09-12',
  '2004-09-27', '2004-09-28', '2004-09-29', '2005-09-17', '2005-09-18', '2005-09-19',
  '2006-10-05', '2006-10-06', '2006-10-07', '2007-09-24', '2007-09-25', '2007-09-26',
  '2008-09-13', '2008-09-14', '2008-09-15', '2009-10-02', '2009-10-03', '2009-10-04',
  '2010-09-21', '2010-09-22', '2010-09-23', '2011-09-12', '2011-09-13', '2012-10-01',
  '2013-09-18', '2013-09-19', '2013-09-20', '2014-09-08', '2014-09-09', '2014-09-10', '2015-09-28', '2015-09-29',
  '2016-09-14', '2016-09-15', '2016-09-16', '2017-10-03', '2017-10-04', '2017-10-05', '2017-10-06',
  '2018-09-23', '2018-09-24', '2018-09-25', '2018-09-26', '2019-09-12', '2019-09-13', '2019-09-14',
  '2020-09-30', '2020-10-01', '2020-10-02', '2021-09-20', '2021-09-21', '2021-09-22',
  '2022-09-09', '2022-09-10', '2022-09-11', '2022-09-12', '2023-09-28', '2023-09-29', '2023-09-30',
  '2024-09-16', '2024-09-17', '2024-09-18', '2025-10-06', '2025-10-07', '2025-10-08',
  '2026-09-24', '2026-09-25', '2026-09-26', '2027-09-14', '2027-09-15', '2027-09-16',
  '2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05', '2029-09-21', '2029-09-22', '2029-09-23', '2029-09-24',
  '2030-09-11', '2030-09-12', '2030-09-13', '2031-09-30', '2031-10-01', '2031-10-02', '2032-09-20', '2032-09-21',
  '2033-09-07', '2033-09-08', '2033-09-09', '2034-09-26', '2034-09-27', '2034-09-28', '2035-09-17', '2035-09-18',
  '2036-10-03', '2036-10-04', '2036-10-05', '2036-10-06', '2037-09-23', '2037-09-24', '2037-09-25',
  '2038-09-13', '2038-09-14', '2038-09-15', '2039-10-03', '2039-10-04', '2039-10-05',
  '2040-09-20', '2040-09-21', '2040-09-22', '2041-09-09', '2041-09-10', '2041-09-11', '2042-09-29', '2042-09-30',
  '2043-09-16', '2043-09-17', '2043-09-18', '2044-10-04', '2044-10-05', '2044-10-06',
  '2045-09-25', '2045-09-26', '2045-09-27', '2046-09-14', '2046-09-15', '2046-09-16', '2046-09-17',
  '2047-10-03', '2047-10-04', '2047-10-05', '2048-09-21', '2048-09-22', '2048-09-23',
  '2049-09-10', '2049-09-11', '2049-09-12', '2049-09-13', '2050-09-29', '2050-09-30', '2050-10-01',
];

const ELECTIONS = [
  '2000-04-13', '2002-06-13', '2002-12-19', '2004-04-15', '2006-05-31', '2007-12-19', '2008-04-09', '2010-06-02',
  '2012-04-11', '2012-12-19', '2014-06-04', '2016-04-13', '2017-05-09', '2018-06-13', '2020-04-15', '2022-03-09',
  '2022-06-01', '2024-04-10', '2025-06-03', '2026-06-03',
];

const TEMPORARY = [
  '2002-07-01', '2015-08-14', '2016-05-06', '2017-10-02', '2020-08-17', '2023-10-02', '2024-10-01', '2025-01-27', '2025-05-06',
];

/**
 * South Korea's public holidays, as QuantLib's `SouthKorea(SouthKorea::Settlement)`: fixed
 * days, lunar holidays and elections as dated lists, and the substitute-holiday law (a holiday
 * on a weekend moves to the Monday after) for Children's Day from 2014, for the national days
 * from 2021 and for Christmas from 2023.
 */
export const KR_SETTLEMENT: CalendarRules = {
  id: 'kr-settlement',
  name: 'South Korea (settlement)',
  sources: [
    'QuantLib ql/time/calendars/southkorea.cpp (SettlementImpl)',
    'exchange_calendars exchange_calendars/xkrx_holidays.py (KRX closing days 2000–2003)',
    'Ministry of the Interior and Safety, Regulations on Holidays of Government Offices, and its temporary-holiday announcements',
  ],
  firstYear: 2000,
  lastYear: 2050,
  weekend: [6, 0],
  holidays: [
    { kind: 'fixed', name: "New Year's Day", month: 1, day: 1 },
    { kind: 'fixed', name: 'Independence Movement Day', month: 3, day: 1, to: 2021 },
    { kind: 'fixed', name: 'Independence Movement Day', month: 3, day: 1, from: 2022, observe: 'weekend-to-monday' },
    { kind: 'fixed', name: 'Arbor Day', month: 4, day: 5, to: 2005 },
    { kind: 'fixed', name: 'Labour Day', month: 5, day: 1 },
    { kind: 'fixed', name: "Children's Day", month: 5, day: 5, to: 2013 },
    { kind: 'fixed', name: "Children's Day", month: 5, day: 5, from: 2014, observe: 'weekend-to-monday' },
    { kind: 'fixed', name: 'Memorial Day', month: 6, day: 6 },
    { kind: 'fixed', name: 'Constitution Day', month: 7, day: 17, to: 2007 },
    { kind: 'fixed', name: 'Liberation Day', month: 8, day: 15, to: 2020 },
    { kind: 'fixed', name: 'Liberation Day', month: 8, day: 15, from: 2021, observe: 'weekend-to-monday' },
    { kind: 'fixed', name: 'National Foundation Day', month: 10, day: 3, to: 2020 },
    { kind: 'fixed', name: 'National Foundation Day', month: 10, day: 3, from: 2021, observe: 'weekend-to-monday' },
    { kind: 'fixed', name: 'Hangul Day', month: 10, day: 9, from: 2013, to: 2020 },
    { kind: 'fixed', name: 'Hangul Day', month: 10, day: 9, from: 2021, observe: 'weekend-to-monday' },
    { kind: 'fixed', name: 'Christmas Day', month: 12, day: 25, to: 2022 },
    { kind: 'fixed', name: 'Christmas Day', month: 12, day: 25, from: 2023, observe: 'weekend-to-monday' },
    { kind: 'dates', name: 'Seollal (Lunar New Year)', dates: SEOLLAL },
    { kind: 'dates', name: "Buddha's Birthday", dates: BUDDHAS_BIRTHDAY },
    { kind: 'dates', name: 'Chuseok', dates: CHUSEOK },
    { kind: 'dates', name: 'Election day', dates: ELECTIONS },
    { kind: 'dates', name: 'Temporary or substitute holiday', dates: TEMPORARY },
  ],
};

/**
 * Korea Exchange (KRX): Korea's public holidays plus the year-end closing (31 December, or the
 * Friday before when it falls on a weekend), as QuantLib's `SouthKorea(SouthKorea::KRX)`.
 */
export const KR_KRX: CalendarRules = {
  id: 'kr-krx',
  name: 'South Korea (KRX)',
  sources: ['QuantLib ql/time/calendars/southkorea.cpp (KrxImpl)', 'KRX, "Market holidays" (https://global.krx.co.kr)'],
  firstYear: 2000,
  lastYear: 2050,
  weekend: [6, 0],
  extends: KR_SETTLEMENT,
  holidays: [{ kind: 'fixed', name: 'Year-end closing', month: 12, day: 31, observe: 'weekend-to-friday', closure: true }],
};
