import { DealcalcError } from '../errors/DealcalcError.ts';

/**
 * Checks that `count` installments from period `start` end at or before `max`, and returns
 * the last period.
 *
 * @throws {DealcalcError} `limit_exceeded` naming `count`.
 */
export function lastPeriod(start: number, count: number, max: number): number {
  const last = start + count - 1;
  if (last > max) {
    const received = `${count} installments from period ${start} (last period ${last})`;
    throw new DealcalcError('limit_exceeded', { argument: 'count', limit: String(max), received }, [
      {
        path: ['count'],
        expected: `a last period of at most ${max}`,
        received,
        message: `expected a last period of at most ${max}, received ${received}`,
      },
    ]);
  }
  return last;
}
