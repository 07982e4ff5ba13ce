import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  adjust,
  businessDaysBetween,
  BUSINESS_DAY_CONVENTIONS,
  holidays,
  isBusinessDay,
  isHoliday,
  lastBusinessDayOfMonth,
} from '../../src/dates/businessDays.ts';
import { CALENDAR_IDS, calendarInfo, readCalendar, type CalendarId } from '../../src/dates/calendar.ts';
import { dayNumber, formatIsoDate, fromDayNumber } from '../../src/dates/calendarDate.ts';
import { easterSunday, equinoxDay } from '../../src/dates/calendars/rules.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

const list = (calendar: CalendarId, from: string, to: string): string[] =>
  holidays(from, to, { calendar }).map((h) => h.date);

describe('calendars › QuantLib test-suite lists', () => {
  // QuantLib test-suite/calendars.cpp, testUSSettlement (2004–2005).
  it('United States settlement, 2004–2005', () => {
    expect(list('us-settlement', '2004-01-01', '2005-12-31')).toEqual([
      '2004-01-01',
      '2004-01-19',
      '2004-02-16',
      '2004-05-31',
      '2004-07-05',
      '2004-09-06',
      '2004-10-11',
      '2004-11-11',
      '2004-11-25',
      '2004-12-24',
      '2004-12-31',
      '2005-01-17',
      '2005-02-21',
      '2005-05-30',
      '2005-07-04',
      '2005-09-05',
      '2005-10-10',
      '2005-11-11',
      '2005-11-24',
      '2005-12-26',
    ]);
  });

  // testUSNewYorkStockExchange (2004–2006, and the historical closings since 2000).
  it('New York Stock Exchange, 2004–2006 and special closings', () => {
    expect(list('us-nyse', '2004-01-01', '2006-12-31')).toEqual([
      '2004-01-01',
      '2004-01-19',
      '2004-02-16',
      '2004-04-09',
      '2004-05-31',
      '2004-06-11',
      '2004-07-05',
      '2004-09-06',
      '2004-11-25',
      '2004-12-24',
      '2005-01-17',
      '2005-02-21',
      '2005-03-25',
      '2005-05-30',
      '2005-07-04',
      '2005-09-05',
      '2005-11-24',
      '2005-12-26',
      '2006-01-02',
      '2006-01-16',
      '2006-02-20',
      '2006-04-14',
      '2006-05-29',
      '2006-07-04',
      '2006-09-04',
      '2006-11-23',
      '2006-12-25',
    ]);
    for (const d of [
      '2012-10-30',
      '2012-10-29',
      '2004-06-11',
      '2001-09-14',
      '2001-09-13',
      '2001-09-12',
      '2001-09-11',
    ]) {
      expect(isHoliday(d, { calendar: 'us-nyse' })).toBe(true);
    }
  });

  // testTARGET (1999–2006; dealcalc's data start in 2000).
  it('TARGET, 2000–2006', () => {
    expect(list('target', '2000-01-01', '2006-12-31')).toEqual([
      '2000-04-21',
      '2000-04-24',
      '2000-05-01',
      '2000-12-25',
      '2000-12-26',
      '2001-01-01',
      '2001-04-13',
      '2001-04-16',
      '2001-05-01',
      '2001-12-25',
      '2001-12-26',
      '2001-12-31',
      '2002-01-01',
      '2002-03-29',
      '2002-04-01',
      '2002-05-01',
      '2002-12-25',
      '2002-12-26',
      '2003-01-01',
      '2003-04-18',
      '2003-04-21',
      '2003-05-01',
      '2003-12-25',
      '2003-12-26',
      '2004-01-01',
      '2004-04-09',
      '2004-04-12',
      '2005-03-25',
      '2005-03-28',
      '2005-12-26',
      '2006-04-14',
      '2006-04-17',
      '2006-05-01',
      '2006-12-25',
      '2006-12-26',
    ]);
  });

  const KOREA_2004_2007 = [
    '2004-01-01',
    '2004-01-21',
    '2004-01-22',
    '2004-01-23',
    '2004-03-01',
    '2004-04-05',
    '2004-04-15',
    '2004-05-05',
    '2004-05-26',
    '2004-09-27',
    '2004-09-28',
    '2004-09-29',
    '2005-02-08',
    '2005-02-09',
    '2005-02-10',
    '2005-03-01',
    '2005-04-05',
    '2005-05-05',
    '2005-06-06',
    '2005-08-15',
    '2005-09-19',
    '2005-10-03',
    '2006-01-30',
    '2006-03-01',
    '2006-05-01',
    '2006-05-05',
    '2006-05-31',
    '2006-06-06',
    '2006-07-17',
    '2006-08-15',
    '2006-10-03',
    '2006-10-05',
    '2006-10-06',
    '2006-12-25',
    '2007-01-01',
    '2007-02-19',
    '2007-03-01',
    '2007-05-01',
    '2007-05-24',
    '2007-06-06',
    '2007-07-17',
    '2007-08-15',
    '2007-09-24',
    '2007-09-25',
    '2007-09-26',
    '2007-10-03',
    '2007-12-19',
    '2007-12-25',
  ];

  // testSouthKoreanSettlement (2004–2007).
  it('South Korea settlement, 2004–2007', () => {
    expect(list('kr-settlement', '2004-01-01', '2007-12-31')).toEqual(KOREA_2004_2007);
  });

  // testKoreaStockExchange (2004–2007): the same plus the year-end closing.
  it('Korea Exchange, 2004–2007', () => {
    const expected = [...KOREA_2004_2007, '2004-12-31', '2005-12-30', '2006-12-29', '2007-12-31'].sort();
    expect(list('kr-krx', '2004-01-01', '2007-12-31')).toEqual(expected);
  });
});

describe('calendars › official lists', () => {
  // NYSE, "Holidays and Trading Hours" (nyse.com/markets/hours-calendars), 2024–2027, and the
  // closing of 9 January 2025 for President Carter's national day of mourning.
  it('NYSE 2024–2027', () => {
    expect(list('us-nyse', '2024-01-01', '2027-12-31')).toEqual([
      '2024-01-01',
      '2024-01-15',
      '2024-02-19',
      '2024-03-29',
      '2024-05-27',
      '2024-06-19',
      '2024-07-04',
      '2024-09-02',
      '2024-11-28',
      '2024-12-25',
      '2025-01-01',
      '2025-01-09',
      '2025-01-20',
      '2025-02-17',
      '2025-04-18',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-11-27',
      '2025-12-25',
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-04-03',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-11-26',
      '2026-12-25',
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-03-26',
      '2027-05-31',
      '2027-06-18',
      '2027-07-05',
      '2027-09-06',
      '2027-11-25',
      '2027-12-24',
    ]);
  });

  // US Office of Personnel Management, "Federal Holidays" 2025 and 2026.
  it('US federal holidays (settlement) 2025–2026', () => {
    expect(list('us-settlement', '2025-01-01', '2026-12-31')).toEqual([
      '2025-01-01',
      '2025-01-20',
      '2025-02-17',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-10-13',
      '2025-11-11',
      '2025-11-27',
      '2025-12-25',
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  // ECB, TARGET closing days 2025 and 2026.
  it('TARGET 2025–2026', () => {
    expect(list('target', '2025-01-01', '2026-12-31')).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-01',
      '2025-12-25',
      '2025-12-26',
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-12-25',
    ]);
  });

  // Cabinet Office, "National Holidays" (www8.cao.go.jp/chosei/shukujitsu/gaiyou.html), weekday
  // national holidays plus the bank holidays of 2–3 January and 31 December.
  it.each([
    [
      '2019',
      [
        '2019-01-01',
        '2019-01-02',
        '2019-01-03',
        '2019-01-14',
        '2019-02-11',
        '2019-03-21',
        '2019-04-29',
        '2019-04-30',
        '2019-05-01',
        '2019-05-02',
        '2019-05-03',
        '2019-05-06',
        '2019-07-15',
        '2019-08-12',
        '2019-09-16',
        '2019-09-23',
        '2019-10-14',
        '2019-10-22',
        '2019-11-04',
        '2019-12-31',
      ],
    ],
    [
      '2020',
      [
        '2020-01-01',
        '2020-01-02',
        '2020-01-03',
        '2020-01-13',
        '2020-02-11',
        '2020-02-24',
        '2020-03-20',
        '2020-04-29',
        '2020-05-04',
        '2020-05-05',
        '2020-05-06',
        '2020-07-23',
        '2020-07-24',
        '2020-08-10',
        '2020-09-21',
        '2020-09-22',
        '2020-11-03',
        '2020-11-23',
        '2020-12-31',
      ],
    ],
    [
      '2021',
      [
        '2021-01-01',
        '2021-01-11',
        '2021-02-11',
        '2021-02-23',
        '2021-04-29',
        '2021-05-03',
        '2021-05-04',
        '2021-05-05',
        '2021-07-22',
        '2021-07-23',
        '2021-08-09',
        '2021-09-20',
        '2021-09-23',
        '2021-11-03',
        '2021-11-23',
        '2021-12-31',
      ],
    ],
    [
      '2024',
      [
        '2024-01-01',
        '2024-01-02',
        '2024-01-03',
        '2024-01-08',
        '2024-02-12',
        '2024-02-23',
        '2024-03-20',
        '2024-04-29',
        '2024-05-03',
        '2024-05-06',
        '2024-07-15',
        '2024-08-12',
        '2024-09-16',
        '2024-09-23',
        '2024-10-14',
        '2024-11-04',
        '2024-12-31',
      ],
    ],
    [
      '2025',
      [
        '2025-01-01',
        '2025-01-02',
        '2025-01-03',
        '2025-01-13',
        '2025-02-11',
        '2025-02-24',
        '2025-03-20',
        '2025-04-29',
        '2025-05-05',
        '2025-05-06',
        '2025-07-21',
        '2025-08-11',
        '2025-09-15',
        '2025-09-23',
        '2025-10-13',
        '2025-11-03',
        '2025-11-24',
        '2025-12-31',
      ],
    ],
    [
      '2026',
      [
        '2026-01-01',
        '2026-01-02',
        '2026-01-12',
        '2026-02-11',
        '2026-02-23',
        '2026-03-20',
        '2026-04-29',
        '2026-05-04',
        '2026-05-05',
        '2026-05-06',
        '2026-07-20',
        '2026-08-11',
        '2026-09-21',
        '2026-09-22',
        '2026-09-23',
        '2026-10-12',
        '2026-11-03',
        '2026-11-23',
        '2026-12-31',
      ],
    ],
  ])('Japan %s', (year, expected) => {
    expect(list('jp', `${year}-01-01`, `${year}-12-31`)).toEqual(expected);
  });

  it('Japan: the laws as rules (substitute after 2007, bridge days), and 6 May 2003 a business day', () => {
    // 2009 and 2015 "Silver Week": 22 September between Respect for the Aged Day and the equinox.
    expect(isHoliday('2009-09-22', { calendar: 'jp' })).toBe(true);
    expect(isHoliday('2015-09-22', { calendar: 'jp' })).toBe(true);
    // 2003: 4 May a Sunday and not yet a national holiday: no substitute (QuantLib differs).
    expect(isBusinessDay('2003-05-06', { calendar: 'jp' })).toBe(true);
    // 2008: 4 May (Greenery Day since 2007) a Sunday: the substitute is 6 May.
    expect(isHoliday('2008-05-06', { calendar: 'jp' })).toBe(true);
    expect(holidays('2019-04-29', '2019-05-06', { calendar: 'jp' }).map((h) => h.name)).toEqual([
      'Showa Day',
      "Citizens' Holiday",
      'Enthronement of the Emperor',
      "Citizens' Holiday",
      'Constitution Memorial Day',
      "Substitute holiday for Children's Day",
    ]);
  });

  // Ministry of the Interior and Safety, public holidays of 2024 and 2025 (with the temporary
  // holidays of 2024-10-01 and 2025-01-27, the 2025-06-03 election and the 2025-05-06 substitute).
  it('South Korea 2024–2025', () => {
    expect(list('kr-settlement', '2024-01-01', '2025-12-31')).toEqual([
      '2024-01-01',
      '2024-02-09',
      '2024-02-12',
      '2024-03-01',
      '2024-04-10',
      '2024-05-01',
      '2024-05-06',
      '2024-05-15',
      '2024-06-06',
      '2024-08-15',
      '2024-09-16',
      '2024-09-17',
      '2024-09-18',
      '2024-10-01',
      '2024-10-03',
      '2024-10-09',
      '2024-12-25',
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-03-03',
      '2025-05-01',
      '2025-05-05',
      '2025-05-06',
      '2025-06-03',
      '2025-06-06',
      '2025-08-15',
      '2025-10-03',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
      '2025-10-09',
      '2025-12-25',
    ]);
    expect(isHoliday('2024-12-31', { calendar: 'kr-krx' })).toBe(true);
    expect(isHoliday('2025-12-31', { calendar: 'kr-krx' })).toBe(true);
    expect(isBusinessDay('2025-12-31', { calendar: 'kr-settlement' })).toBe(true);
  });

  it('Easter and the Japanese equinoxes', () => {
    // Easter Sunday, Gregorian (tables of the US Naval Observatory).
    const easter = (y: number): string => {
      const e = easterSunday(y);
      return `${y}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`;
    };
    expect([2000, 2008, 2011, 2019, 2024, 2025, 2038, 2049].map(easter)).toEqual([
      '2000-04-23',
      '2008-03-23',
      '2011-04-24',
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2038-04-25',
      '2049-04-18',
    ]);
    // Equinox days as the Cabinet Office announced them, 2000–2027.
    const vernal = [
      20, 20, 21, 21, 20, 20, 21, 21, 20, 20, 21, 21, 20, 20, 21, 21, 20, 20, 21, 21, 20, 20, 21, 21, 20, 20, 20, 21,
    ];
    const autumnal = [
      23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 22, 23, 23, 23, 22, 23, 23, 23, 22, 23, 23, 23, 22, 23, 23, 23,
    ];
    expect(vernal.map((_, k) => equinoxDay(2000 + k, 'vernal'))).toEqual(vernal);
    expect(autumnal.map((_, k) => equinoxDay(2000 + k, 'autumnal'))).toEqual(autumnal);
  });
});

describe('business-day conventions', () => {
  // Saturday 31 May 2025, weekends only.
  it.each([
    ['Following', '2025-06-02'],
    ['ModifiedFollowing', '2025-05-30'],
    ['Preceding', '2025-05-30'],
    ['ModifiedPreceding', '2025-05-30'],
    ['Unadjusted', '2025-05-31'],
  ] as const)('%s moves Saturday 31 May 2025 to %s', (convention, expected) => {
    expect(adjust('2025-05-31', { convention })).toBe(expected);
  });

  it('ModifiedPreceding stays in the month', () => {
    // Saturday 1 March 2025: Preceding would be 28 February.
    expect(adjust('2025-03-01', { convention: 'Preceding' })).toBe('2025-02-28');
    expect(adjust('2025-03-01', { convention: 'ModifiedPreceding' })).toBe('2025-03-03');
    // Korea, 1 March 2025 (Saturday) and its substitute holiday on Monday 3 March.
    expect(adjust('2025-03-01', { calendar: 'kr-settlement', convention: 'ModifiedPreceding' })).toBe('2025-03-04');
  });

  it('addBusinessDays steps over weekends and holidays, and 0 adjusts', () => {
    expect(addBusinessDays('2025-12-24', 1, { calendar: 'target' })).toBe('2025-12-29');
    expect(addBusinessDays('2025-12-29', -1, { calendar: 'target' })).toBe('2025-12-24');
    expect(addBusinessDays('2025-05-31', 0)).toBe('2025-06-02');
    expect(addBusinessDays('2025-05-31', 0, { convention: 'Preceding' })).toBe('2025-05-30');
    // A capital call 45 business days after notice on 26 September 2025, in Seoul: Chuseok
    // (6–8 October), National Foundation Day (3 October) and Hangul Day (9 October) do not count:
    // 45 weekdays from Friday 26 September end on 28 November, five more make 5 December.
    expect(addBusinessDays('2025-09-26', 45, { calendar: 'kr-settlement' })).toBe('2025-12-05');
    expect(addBusinessDays('2025-09-26', 45)).toBe('2025-11-28');
  });

  it('businessDaysBetween counts as QuantLib does', () => {
    expect(businessDaysBetween('2025-01-01', '2026-01-01', { calendar: 'us-settlement' })).toBe(250);
    expect(businessDaysBetween('2026-01-01', '2025-01-01', { calendar: 'us-settlement' })).toBe(-250);
    expect(businessDaysBetween('2025-06-02', '2025-06-02')).toBe(0);
    expect(businessDaysBetween('2025-06-02', '2025-06-02', { includeLast: true })).toBe(1);
    expect(businessDaysBetween('2025-06-02', '2025-06-09', { includeFirst: false, includeLast: true })).toBe(5);
  });

  it('lastBusinessDayOfMonth', () => {
    expect(lastBusinessDayOfMonth('2025-05-10')).toBe('2025-05-30');
    expect(lastBusinessDayOfMonth('2025-12-01', { calendar: 'kr-krx' })).toBe('2025-12-30');
    expect(lastBusinessDayOfMonth('2024-03-05', { calendar: 'target' })).toBe('2024-03-28');
  });

  it('rejects bad input with paths, and dates outside a calendar’s years', () => {
    const issue = (f: () => unknown): [string, unknown] => {
      try {
        f();
      } catch (e) {
        return [(e as DealcalcError).code, (e as DealcalcError).issues[0]!.path];
      }
      return ['none', []];
    };
    expect(issue(() => adjust('2025-02-30'))).toEqual(['invalid_input', ['date']]);
    expect(issue(() => adjust('2025-02-03', { calendar: 'mars' as CalendarId }))).toEqual([
      'invalid_input',
      ['calendar'],
    ]);
    expect(issue(() => adjust('2025-02-03', { convention: 'following' as 'Following' }))).toEqual([
      'invalid_input',
      ['convention'],
    ]);
    expect(issue(() => isBusinessDay('2051-01-03', { calendar: 'jp' }))).toEqual(['limit_exceeded', ['date']]);
    expect(issue(() => addBusinessDays('2050-12-30', 3, { calendar: 'kr-krx' }))).toEqual(['limit_exceeded', ['date']]);
    expect(issue(() => addBusinessDays('2025-01-01', 1.5))).toEqual(['invalid_input', ['count']]);
    expect(issue(() => holidays('2025-02-01', '2025-01-01'))).toEqual(['invalid_input', ['to']]);
    expect(isBusinessDay('2100-01-01')).toBe(true); // weekends only: any year (a Friday)
  });

  it('calendars are described and built once, on first use', () => {
    expect(CALENDAR_IDS.map((id) => calendarInfo(id).name)).toEqual([
      'Weekends only',
      'TARGET',
      'United States (settlement)',
      'United States (NYSE)',
      'South Korea (settlement)',
      'South Korea (KRX)',
      'Japan',
    ]);
    expect(readCalendar('jp')).toBe(readCalendar('jp'));
  });
});

describe('business days › properties', () => {
  const calendar = fc.constantFrom<CalendarId>(...CALENDAR_IDS);
  const first = dayNumber({ year: 2001, month: 6, day: 1 });
  const date = fc.integer({ min: first, max: first + 365 * 48 }).map((k) => formatIsoDate(fromDayNumber(k)));

  it('Following gives the first business day on or after the date; Preceding the last on or before', () => {
    fc.assert(
      fc.property(date, calendar, (d, c) => {
        const f = adjust(d, { calendar: c, convention: 'Following' });
        const p = adjust(d, { calendar: c, convention: 'Preceding' });
        expect(isBusinessDay(f, { calendar: c }) && isBusinessDay(p, { calendar: c })).toBe(true);
        expect(f >= d && p <= d).toBe(true);
        expect(businessDaysBetween(d, f, { calendar: c })).toBe(0);
        expect(businessDaysBetween(p, d, { calendar: c, includeFirst: false })).toBe(0);
        if (isBusinessDay(d, { calendar: c })) expect([f, p]).toEqual([d, d]);
      }),
    );
  });

  it('modified conventions stay in the month', () => {
    fc.assert(
      fc.property(
        date,
        calendar,
        fc.constantFrom('ModifiedFollowing', 'ModifiedPreceding') as fc.Arbitrary<
          'ModifiedFollowing' | 'ModifiedPreceding'
        >,
        (d, c, convention) => {
          expect(adjust(d, { calendar: c, convention }).slice(0, 7)).toBe(d.slice(0, 7));
        },
      ),
    );
  });

  it('n business days forward then back returns to a business day; between counts n', () => {
    fc.assert(
      fc.property(date, calendar, fc.integer({ min: -300, max: 300 }), (d, c, n) => {
        const start = adjust(d, { calendar: c });
        const moved = addBusinessDays(start, n, { calendar: c });
        expect(addBusinessDays(moved, -n, { calendar: c })).toBe(start);
        expect(businessDaysBetween(start, moved, { calendar: c })).toBe(n);
      }),
    );
  });

  it('every convention name is accepted', () => {
    for (const convention of BUSINESS_DAY_CONVENTIONS)
      expect(typeof adjust('2025-01-01', { convention })).toBe('string');
  });
});
