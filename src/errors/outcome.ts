import { DealcalcError, type ErrorCode } from './DealcalcError.ts';

/**
 * The result of a `safe…` function: the value, or the error it would have thrown.
 * Narrow on `ok`.
 */
export type Outcome<T, C extends ErrorCode = ErrorCode> =
  | {
      /** `true`: the call succeeded. */
      readonly ok: true;
      /** What the throwing twin would have returned. */
      readonly value: T;
    }
  | {
      /** `false`: the call failed. */
      readonly ok: false;
      /** What the throwing twin would have thrown. */
      readonly error: DealcalcError<C>;
    };

/**
 * Runs `fn` and returns its value as an {@link Outcome}. Only {@link DealcalcError}s are
 * captured; anything else is a bug and is re-thrown.
 */
export function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof DealcalcError) return { ok: false, error };
    throw error;
  }
}
