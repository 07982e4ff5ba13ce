import { decimal, exactTimes, type DecimalInput } from '../money/decimal.ts';
import { requireNonNegative, buildSchedule, readSchedule, type Schedule } from './schedule.ts';

/**
 * Multiplies every installment by `factor` (≥ 0), exactly: no digit is rounded, so the new
 * total is exactly `factor × total`. To rescale to a new total, use
 * `scale(s, decimal(newTotal).div(total(s)))` and note that the division is rounded to
 * 64 significant digits.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule or a negative or
 *   non-finite factor; `limit_exceeded` for a factor of magnitude above 1e30.
 *
 * @example
 * scale(installments('25B', 8), '0.28').installments[0].amount.toString() //=> '7000000000'
 */
export function scale(schedule: Schedule, factor: DecimalInput): Schedule {
  const s = readSchedule(schedule);
  const f = decimal(factor, { path: ['factor'] });
  requireNonNegative(f, ['factor']);
  return buildSchedule(
    s,
    s.installments.map((i) => ({ period: i.period, amount: exactTimes(i.amount, f) })),
  );
}
