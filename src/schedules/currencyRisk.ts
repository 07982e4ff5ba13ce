import { fxExposure, type FxExposure, type FxPath } from '../money/fxPath.ts';
import { pathKeys } from './convertSchedule.ts';
import type { Schedule } from './schedule.ts';

/**
 * The currency risk of a schedule paid from another currency: the schedule converted along the
 * path, and the same schedule at the path's best and worst rate. "Best" and "worst" are from the
 * payer's side: someone who earns the path's `to` currency (won) and pays the schedule's
 * currency (dollars) does best at the lowest rate and worst at the highest.
 *
 * @param schedule - A schedule in the path's `from` currency.
 * @param path - The exchange-rate path.
 * @returns Rows per installment (rate and converted amount), the total at the path, at the best
 *   and worst rates, and the range between them, all in the path's `to` currency.
 *
 * @throws {DealcalcError} as `convertSchedule`.
 *
 * @example
 * const risk = currencyRisk(installments('20B', 3), fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] }));
 * formatAmount({ value: risk.atPath, currency: 'KRW' })      //=> '₩87.0T'
 * formatAmount({ value: risk.best.total, currency: 'KRW' })  //=> '₩84.0T'
 * formatAmount({ value: risk.worst.total, currency: 'KRW' }) //=> '₩90.0T'
 * formatAmount({ value: risk.range, currency: 'KRW' })       //=> '₩6.0T'
 */
export function currencyRisk(schedule: Schedule, path: FxPath): FxExposure {
  const keys = pathKeys(schedule, path, ['path']);
  return fxExposure(
    schedule.installments.map((i, k) => ({ at: keys[k]!, amount: i.amount })),
    path,
    ['schedule', 'installments'],
  );
}
