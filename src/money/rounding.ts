import type { Decimal as DecimalJs } from 'decimal.js';
import { invalidAt, type PathSegment } from '../errors/DealcalcError.ts';

/**
 * How formatting rounds a value to a number of places. Computations never round; only
 * formatting does, and always with one of these named modes.
 *
 * - `half-even`: to nearest, ties to the even digit (banker's rounding; the default). 2.5 → 2, 3.5 → 4.
 * - `half-up`: to nearest, ties away from zero. 2.5 → 3, −2.5 → −3.
 * - `half-down`: to nearest, ties towards zero. 2.5 → 2.
 * - `up`: away from zero. 2.1 → 3, −2.1 → −3.
 * - `down`: towards zero (truncate). 2.9 → 2.
 * - `ceil`: towards +∞. −2.9 → −2.
 * - `floor`: towards −∞. −2.1 → −3.
 */
export type RoundingMode = 'half-even' | 'half-up' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/** Every rounding mode, in the order of the list above. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-even',
  'half-up',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
];

/** decimal.js constant for each named mode. */
export function toDecimalJsRounding(mode: RoundingMode): DecimalJs.Rounding {
  // decimal.js numbers its modes: UP 0, DOWN 1, CEIL 2, FLOOR 3, HALF_UP 4, HALF_DOWN 5, HALF_EVEN 6.
  return [6, 4, 5, 0, 1, 2, 3][ROUNDING_MODES.indexOf(mode)] as DecimalJs.Rounding;
}

/**
 * Validates a rounding mode name (default `'half-even'` when undefined).
 *
 * @throws {DealcalcError} `invalid_input` naming the modes accepted.
 */
export function roundingMode(mode: unknown, path: readonly PathSegment[] = ['rounding']): RoundingMode {
  if (mode === undefined) return 'half-even';
  if (typeof mode === 'string' && (ROUNDING_MODES as readonly string[]).includes(mode)) return mode as RoundingMode;
  return invalidAt(path, `one of ${ROUNDING_MODES.join(', ')}`, mode);
}
