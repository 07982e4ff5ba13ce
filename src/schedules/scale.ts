import { limitExceeded } from '../errors/DealcalcError.ts';
import { decimal, exactTimes, inRange, type DecimalInput } from '../money/decimal.ts';
import { requireNonNegative, buildSchedule, readSchedule, type Schedule } from './schedule.ts';

/**
 * Multiplies every installment by `factor` (≥ 0), exactly: no digit is rounded, so the new
 * total is exactly `factor × total`. To rescale to a new total, use
 * `scale(s, decimal(newTotal).div(total(s)))` and note that the division is rounded to
 * 64 significant digits.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule or a negative or
 *   non-finite factor; `limit_exceeded` for a factor of magnitude above 1e30, or one that takes
 *   an installment beyond 1e30 or (non-zero) below 1e-30.
 *
 * @example
 * scale(installments('25B', 8), '0.28').installments[0].amount.toString() //=> '7000000000'
 */
export function scale(schedule: Schedule, factor: DecimalInput): Schedule {
  const s = readSchedule(schedule);
  const f = decimal(factor, { path: ['factor'] });
  requireNonNegative(f, ['factor']);
  const scaled = s.installments.map((i) => ({ period: i.period, amount: exactTimes(i.amount, f) }));
  const out = scaled.find((i) => !inRange(i.amount));
  if (out !== undefined)
    limitExceeded(
      ['factor'],
      '1e30',
      'a factor keeping every amount between 1e-30 and 1e30 (or zero)',
      `${f.toString()} (period ${out.period} would hold ${out.amount.toExponential(3)})`,
    );
  return buildSchedule(s, scaled);
}
