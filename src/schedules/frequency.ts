import { describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';

/** How long one period is. Annual unless a schedule says otherwise. */
export type Frequency = 'annual' | 'semiannual' | 'quarterly' | 'monthly';

/** Every frequency, longest period first. */
export const FREQUENCIES: readonly Frequency[] = ['annual', 'semiannual', 'quarterly', 'monthly'];

/**
 * Periods in a year: 1, 2, 4 or 12.
 *
 * @throws {DealcalcError} `invalid_input` for a frequency that is not one of {@link FREQUENCIES}.
 *
 * @example
 * periodsPerYear('monthly') //=> 12
 */
export function periodsPerYear(frequency: Frequency): number {
  return 12 / monthsPerPeriod(frequency);
}

/**
 * Calendar months in one period: 12, 6, 3 or 1.
 *
 * @throws {DealcalcError} `invalid_input` for a frequency that is not one of {@link FREQUENCIES}.
 *
 * @example
 * monthsPerPeriod('quarterly') //=> 3
 */
export function monthsPerPeriod(value: Frequency): number {
  switch (value) {
    case 'annual':
      return 12;
    case 'semiannual':
      return 6;
    case 'quarterly':
      return 3;
    case 'monthly':
      return 1;
    default:
      // Not a frequency (or none at all): `frequency` says what is accepted.
      return monthsPerPeriod(frequency(value ?? null));
  }
}

/**
 * Validates a frequency name (default `'annual'` when undefined).
 *
 * @throws {DealcalcError} `invalid_input` listing the frequencies accepted.
 */
export function frequency(value: unknown, path: readonly PathSegment[] = ['frequency']): Frequency {
  if (value === undefined) return 'annual';
  if (typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value)) return value as Frequency;
  const expected = `one of ${FREQUENCIES.join(', ')}`;
  return invalid([
    {
      path,
      expected,
      received: describeValue(value),
      message: `expected ${expected}, received ${describeValue(value)}`,
    },
  ]);
}
