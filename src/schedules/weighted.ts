import { describeValue, invalid } from '../errors/DealcalcError.ts';
import { allocateExact, readRatios, ALLOCATION_METHODS, type AllocationMethod } from '../money/allocate.ts';
import type { AmountInput } from '../money/amount.ts';
import type { DecimalInput } from '../money/decimal.ts';
import { lastPeriod } from './limits.ts';
import {
  buildSchedule,
  MAX_INSTALLMENTS,
  MAX_PERIOD,
  readAmounts,
  readScheduleOptions,
  requireNonNegative,
  type Schedule,
  type ScheduleOptions,
} from './schedule.ts';

/** A weight for one period, for {@link weighted}. */
export interface PeriodWeight {
  /** Whole period counted from period 0 (0 to 10,000) that receives this weight's share. */
  readonly period: number;
  /** Relative weight, 0 or more: a decimal, an integer or percentage text (`'25%'`); only ratios between weights matter. */
  readonly weight: DecimalInput;
}

/** Options of {@link weighted}. */
export interface WeightedOptions extends ScheduleOptions {
  /** Smallest step of an installment (default 1 unit of currency; `'1B'` for round billions). */
  readonly quantum?: AmountInput;
  /** Who gets the quanta left after rounding down (default `'largest-remainder'`; see `allocate`). */
  readonly method?: AllocationMethod;
}

/**
 * `total` spread over periods in proportion to weights, by `allocate`'s rule: every installment
 * is a whole number of quanta (but for a part of the total smaller than one quantum), within one
 * quantum of its exact share, and the installments add up to `total` exactly. A zero weight gives
 * a zero installment in its period, so the schedule keeps one entry per weight.
 *
 * Weights are either a plain list, placed in consecutive periods from `options.start`, or
 * `{ period, weight }` entries placed where they say (any order, one per period).
 *
 * @param total - Amount to spread, ≥ 0.
 * @param weights - Non-negative weights (decimals, integers or percentage text), at least one
 *   above 0; up to 10,000.
 * @param options - `quantum`, `method`, and the {@link ScheduleOptions}.
 *
 * @throws {DealcalcError} `invalid_input` for a negative total, a bad or negative weight (with
 *   its index), all weights zero, two weights in one period, a quantum ≤ 0 or an unknown method;
 *   `limit_exceeded` above 10,000 weights or past period 10,000.
 *
 * @example
 * // A $350B headline over four years, back-loaded 10/20/30/40.
 * weighted('350B', [10, 20, 30, 40]).installments.map((i) => formatAmount(i.amount)) //=> ['$35.0B', '$70.0B', '$105.0B', '$140.0B']
 * weighted('100', ['1', '1', '1']).installments.map((i) => i.amount.toString())      //=> ['34', '33', '33']
 * weighted('20B', [{ period: 2, weight: '25%' }, { period: 5, weight: '75%' }]).installments.map((i) => i.period) //=> [2, 5]
 */
export function weighted(
  total: AmountInput,
  weights: ReadonlyArray<DecimalInput | PeriodWeight>,
  options?: WeightedOptions,
): Schedule {
  const read = readScheduleOptions(options);
  const {
    currency,
    values: [whole, quantum],
  } = readAmounts(
    [
      [['total'], total],
      [['quantum'], options?.quantum ?? '1'],
    ] as const,
    read.currency,
  );
  requireNonNegative(whole, ['total']);
  requireNonNegative(quantum, ['quantum'], true);
  const method = options?.method ?? 'largest-remainder';
  if (!ALLOCATION_METHODS.includes(method)) {
    const expected = `one of ${ALLOCATION_METHODS.join(', ')}`;
    invalid([
      {
        path: ['method'],
        expected,
        received: describeValue(method),
        message: `expected ${expected}, received ${describeValue(method)}`,
      },
    ]);
  }
  if (!Array.isArray(weights)) {
    invalid([
      {
        path: ['weights'],
        expected: 'a list of weights or { period, weight } entries',
        received: describeValue(weights),
        message: `expected a list of weights or { period, weight } entries, received ${describeValue(weights)}`,
      },
    ]);
  }
  const explicit = weights.map(isPeriodWeight);
  if (explicit.some((e) => e) && !explicit.every((e) => e)) {
    const index = explicit.indexOf(!explicit[0]);
    invalid([
      {
        path: ['weights', index],
        expected: 'the same form as the first entry',
        received: describeValue(weights[index]),
        message: 'expected every entry to be a plain weight, or every entry a { period, weight } object, not a mix',
      },
    ]);
  }
  const ratios = readRatios(
    weights.map((w) => (isPeriodWeight(w) ? w.weight : w)),
    ['weights'],
  );
  if (!explicit[0]) lastPeriod(read.start, Math.min(ratios.length, MAX_INSTALLMENTS), MAX_PERIOD);
  const parts = allocateExact(whole, ratios, quantum, method);
  const list = weights.map((w, index) => ({
    period: isPeriodWeight(w) ? w.period : read.start + index,
    amount: parts[index]!,
  }));
  return buildSchedule({ currency, frequency: read.frequency, startDate: read.startDate }, list, ['weights']);
}

function isPeriodWeight(item: unknown): item is PeriodWeight {
  return typeof item === 'object' && item !== null && 'period' in item && 'weight' in item;
}
