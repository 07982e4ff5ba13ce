import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isoDate,
  parseIsoDate,
  formatIsoDate,
  isLeapYear,
} from '../../src/dates/calendarDate.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('calendar dates', () => {
  it('reads real dates and refuses others', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-2-3',
      '20250101',
      '2025-01-01T00:00:00Z',
      new Date(),
      20250101,
    ]) {
      expect(() => parseIsoDate(bad)).toThrow(DealcalcError);
    }
  });

  it('counts days with integers (1970-01-01 is day 0)', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    // The US deadline of 1 Aug 2025 to the Korean MOU of 14 Nov 2025.
    expect(daysBetween('2025-08-01', '2025-11-14')).toBe(105);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it('adds months from the anchor (research E5: 31 Jan monthly gives 28 Feb then 31 Mar)', () => {
    expect([1, 2, 3, 4, 5].map((m) => addMonths('2025-01-31', m))).toEqual([
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
    ]);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    // End-of-month rule: a month-end anchor stays on month ends.
    expect(addMonths('2025-02-28', 1, { endOfMonth: true })).toBe('2025-03-31');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-28');
  });

  it('day numbers round-trip for every day 1900-2200', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: dayNumber({ year: 1900, month: 1, day: 1 }),
          max: dayNumber({ year: 2200, month: 12, day: 31 }),
        }),
        (n) => {
          const date = fromDayNumber(n);
          expect(dayNumber(parseIsoDate(formatIsoDate(date)))).toBe(n);
        },
      ),
    );
  });

  it('month counts are whole numbers and dates stay in 1000–9999 (issue 12, finding 9)', () => {
    const code = (run: () => unknown) => {
      try {
        run();
        return 'none';
      } catch (e) {
        return `${(e as DealcalcError).code} ${(e as DealcalcError).issues[0]?.path.join('.')}`;
      }
    };
    // These returned '2024-2.5-31' and '0NaN-NaN-31' before.
    expect(code(() => addMonths('2024-01-31', 1.5))).toBe('invalid_input months');
    expect(code(() => addMonths('2024-01-31', NaN))).toBe('invalid_input months');
    expect(code(() => addMonths('9999-12-31', 1))).toBe('limit_exceeded months');
    expect(code(() => addMonths('1000-01-31', -1))).toBe('limit_exceeded months');
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(addMonths('1000-02-28', -1)).toBe('1000-01-28');
    expect(code(() => daysInMonth(2024, 13))).toBe('invalid_input month');
    expect(code(() => isLeapYear(2024.5))).toBe('invalid_input year');
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
  });

  it('every date addMonths returns reads back (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: dayNumber({ year: 1000, month: 1, day: 1 }),
          max: dayNumber({ year: 9999, month: 12, day: 31 }),
        }),
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.boolean(),
        (n, months, endOfMonth) => {
          const anchor = formatIsoDate(fromDayNumber(n));
          try {
            const date = addMonths(anchor, months, { endOfMonth });
            expect(formatIsoDate(parseIsoDate(date))).toBe(date);
          } catch (e) {
            expect((e as DealcalcError).code).toBe('limit_exceeded');
          }
        },
      ),
    );
  });
});
