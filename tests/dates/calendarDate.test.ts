import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, daysBetween, fromDayNumber, parseIsoDate, formatIsoDate, isLeapYear } from '../../src/dates/calendarDate.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('calendar dates', () => {
  it('reads real dates and refuses others', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-13-01', '2025-2-3', '20250101', '2025-01-01T00:00:00Z', new Date(), 20250101]) {
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
    expect([1, 2, 3, 4, 5].map((m) => addMonths('2025-01-31', m))).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30']);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    // End-of-month rule: a month-end anchor stays on month ends.
    expect(addMonths('2025-02-28', 1, { endOfMonth: true })).toBe('2025-03-31');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-28');
  });

  it('day numbers round-trip for every day 1900-2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber({ year: 1900, month: 1, day: 1 }), max: dayNumber({ year: 2200, month: 12, day: 31 }) }), (n) => {
        const date = fromDayNumber(n);
        expect(dayNumber(parseIsoDate(formatIsoDate(date)))).toBe(n);
      }),
    );
  });
});
