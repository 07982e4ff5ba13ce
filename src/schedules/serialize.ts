import { toPlainString } from '../money/decimal.ts';
import type { SerializedScheduleJson } from './json.ts';
import { readSchedule, type Schedule } from './schedule.ts';

/**
 * The JSON form of a schedule: every field written out, decimals as plain strings.
 * `parseSchedule(serializeSchedule(s))` equals `s`.
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a schedule.
 *
 * @example
 * serializeSchedule(installments('25B', 2)).installments
 * //=> [{ period: 0, amount: '25000000000' }, { period: 1, amount: '25000000000' }]
 */
export function serializeSchedule(schedule: Schedule): SerializedScheduleJson {
  schedule = readSchedule(schedule);
  return {
    currency: schedule.currency,
    frequency: schedule.frequency,
    ...(schedule.startDate === undefined ? {} : { startDate: schedule.startDate }),
    installments: schedule.installments.map((i) => ({ period: i.period, amount: toPlainString(i.amount) })),
  };
}
