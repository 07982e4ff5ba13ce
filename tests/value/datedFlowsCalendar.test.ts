import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../src/dates/businessDays.ts';
import { CALENDAR_IDS, type CalendarId } from '../../src/dates/calendar.ts';
import { installments } from '../../src/schedules/installments.ts';
import { dateSequence, datedFlows } from '../../src/value/datedFlows.ts';

describe('dateSequence and datedFlows on a business-day calendar', () => {
  it('adjusts each date by the convention, counting from the start date', () => {
    // 15 August 2025 is Liberation Day (Friday): Following gives Monday 18 August; the next
    // dates are counted from the 15th, not from the adjusted date.
    expect(dateSequence({ start: '2025-08-15', count: 4, frequency: 'monthly', calendar: 'kr-krx' })).toEqual([
      '2025-08-18',
      '2025-09-15',
      '2025-10-15',
      '2025-11-17',
    ]);
    // Saturday 31 May 2025, ModifiedFollowing on weekends only: 30 May, 30 June, 31 July, and
    // Sunday 31 August back to Friday 29 August.
    expect(
      dateSequence({ start: '2025-05-31', count: 4, frequency: 'monthly', convention: 'ModifiedFollowing' }),
    ).toEqual(['2025-05-30', '2025-06-30', '2025-07-31', '2025-08-29']);
    // NYSE: New Year's Day moves to the first trading day of January.
    expect(dateSequence({ start: '2026-01-01', count: 3, calendar: 'us-nyse' })).toEqual([
      '2026-01-02',
      '2027-01-04',
      '2028-01-03',
    ]);
  });

  it('end-of-month rule: last business days (QuantLib), or last calendar days when unadjusted', () => {
    expect(
      dateSequence({ start: '2025-02-28', count: 4, frequency: 'monthly', calendar: 'target', endOfMonth: true }),
    ).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-30']);
    expect(
      dateSequence({
        start: '2025-02-28',
        count: 4,
        frequency: 'monthly',
        calendar: 'target',
        convention: 'Unadjusted',
        endOfMonth: true,
      }),
    ).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    // 29 May 2026 (Friday) is the last business day of May: the rule applies although it is not the 31st.
    expect(
      dateSequence({ start: '2026-05-29', count: 3, frequency: 'monthly', endOfMonth: true, convention: 'Following' }),
    ).toEqual(['2026-05-29', '2026-06-30', '2026-07-31']);
    // Without the rule, the 29th is kept.
    expect(dateSequence({ start: '2026-05-29', count: 3, frequency: 'monthly', convention: 'Following' })).toEqual([
      '2026-05-29',
      '2026-06-29',
      '2026-07-29',
    ]);
  });

  it('datedFlows takes the same options; without them nothing changes', () => {
    const s = installments('25B', 3, { startDate: '2026-01-01' });
    expect(datedFlows(s).map((f) => f.date)).toEqual(['2026-01-01', '2027-01-01', '2028-01-01']);
    expect(datedFlows(s, { calendar: 'kr-settlement' }).map((f) => f.date)).toEqual([
      '2026-01-02',
      '2027-01-04',
      '2028-01-03',
    ]);
    expect(datedFlows(s, { calendar: 'jp', convention: 'Preceding' }).map((f) => f.date)).toEqual([
      '2025-12-30',
      '2026-12-30',
      '2027-12-30',
    ]);
  });

  it('rejects an unknown calendar or convention with its path', () => {
    expect(() => dateSequence({ start: '2025-01-01', count: 2, calendar: 'xx' as CalendarId })).toThrow(
      /calendar: expected a calendar/,
    );
    expect(() => dateSequence({ start: '2025-01-01', count: 2, convention: 'Nearest' as 'Following' })).toThrow(
      /convention/,
    );
  });

  it('every date is a business day of the calendar unless unadjusted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CalendarId>(...CALENDAR_IDS),
        fc.integer({ min: 2001, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean(),
        (calendar, year, month, day, endOfMonth) => {
          const start = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
          for (const d of dateSequence({ start, count: 24, frequency: 'monthly', calendar, endOfMonth }))
            expect(isBusinessDay(d, { calendar })).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});
