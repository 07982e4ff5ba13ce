import { invalidAt, type PathSegment } from '../errors/DealcalcError.ts';

/** How long one period is. Annual unless a schedule says otherwise. */
export type Frequency = 'annual' | 'semiannual' | 'quarterly' | 'monthly';

/** Every frequency, longest period first. */
export const FREQUENCIES: readonly Frequency[] = ['annual', 'semiannual', 'quarterly', 'monthly'];

const MONTHS = [12, 6, 3, 1];

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
  // Months in a period, in the order of FREQUENCIES; not a frequency (or none at all): `frequency` says what is accepted.
  const k = FREQUENCIES.indexOf(value);
  return k < 0 ? monthsPerPeriod(frequency(value ?? null)) : MONTHS[k]!;
}

/**
 * Validates a frequency name (default `'annual'` when undefined).
 *
 * @throws {DealcalcError} `invalid_input` listing the frequencies accepted.
 */
export function frequency(value: unknown, path: readonly PathSegment[] = ['frequency']): Frequency {
  if (value === undefined) return 'annual';
  if (typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value)) return value as Frequency;
  return invalidAt(path, `one of ${FREQUENCIES.join(', ')}`, value);
}
