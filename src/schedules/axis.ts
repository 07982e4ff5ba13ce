import { DealcalcError, invalid } from '../errors/DealcalcError.ts';
import type { IsoDate } from '../dates/calendarDate.ts';
import type { Frequency } from './frequency.ts';
import type { Schedule } from './schedule.ts';

/**
 * The period axis several schedules share: one frequency and, where any is anchored, one
 * start date. Periods of schedules with different frequencies or start dates are different
 * stretches of time and cannot be added or lined up.
 *
 * @throws {DealcalcError} `frequency_mismatch` naming the first schedule that differs;
 *   `invalid_input` when two start dates differ.
 */
export function commonAxis(
  schedules: readonly Schedule[],
  argument = 'schedules',
): { frequency: Frequency; startDate?: IsoDate } | undefined {
  const first = schedules[0];
  if (first === undefined) return undefined;
  let startDate = first.startDate;
  schedules.forEach((s, index) => {
    if (s.frequency !== first.frequency) {
      const message = `expected every schedule to be ${first.frequency}, received ${s.frequency} at index ${index}`;
      throw new DealcalcError('frequency_mismatch', { expected: first.frequency, received: s.frequency }, [
        { path: [argument, index, 'frequency'], expected: first.frequency, received: s.frequency, message },
      ]);
    }
    if (s.startDate !== undefined) {
      if (startDate !== undefined && s.startDate !== startDate) {
        invalid([
          {
            path: [argument, index, 'startDate'],
            expected: startDate,
            received: s.startDate,
            message: `expected every anchored schedule to start on ${startDate}, received ${s.startDate} at index ${index}`,
          },
        ]);
      }
      startDate = s.startDate;
    }
  });
  return startDate === undefined ? { frequency: first.frequency } : { frequency: first.frequency, startDate };
}
