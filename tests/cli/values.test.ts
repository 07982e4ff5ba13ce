import { describe, expect, it } from 'vitest';
import { BUSINESS_DAY_CONVENTIONS } from '../../src/dates/businessDays.ts';
import { CALENDAR_IDS } from '../../src/dates/calendar.ts';
import { CALENDAR_FLAG_VALUES, CONVENTION_FLAG_VALUES } from '../../src/cli/values.ts';

// The flags' lists are written out in values.ts (so that reading flags loads no calendar rules);
// they must stay the library's lists.
describe('flag values', () => {
  it('--calendar takes the calendar ids and --convention the conventions, in their order', () => {
    expect(CALENDAR_FLAG_VALUES).toEqual(CALENDAR_IDS);
    expect(CONVENTION_FLAG_VALUES).toEqual(BUSINESS_DAY_CONVENTIONS);
  });
});
