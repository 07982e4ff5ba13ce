import { describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import { isDecimal } from '../money/decimal.ts';
import type { Deal } from './deal.ts';

const HINT = 'a deal built by parseDeal, deal() or presetDeal (parse deal JSON with parseDeal first)';

// Deals this copy of dealcalc built (every builder ends in parseDeal's schema): frozen and
// checked, so the front door takes them at once, whatever their size.
const built = new WeakSet<object>();

/** Marks a deal the schema has just built and checked (internal: for `parseDeal`'s builder). */
export function builtDeal<T extends Deal>(deal: T): T {
  built.add(deal);
  return deal;
}

/**
 * The front door of functions that take a built {@link Deal}: checks its shape (headline,
 * currency, components with built schedules of Decimal amounts) without re-validating what the
 * builders already checked, so that deal JSON passed by mistake gets a typed error naming the
 * field instead of a TypeError deep inside.
 *
 * @throws {DealcalcError} `invalid_input` naming the first field that is not what a built deal has.
 */
export function readDeal(value: unknown, path: readonly PathSegment[]): Deal {
  if (typeof value === 'object' && value !== null && built.has(value)) return value as Deal;
  const fail = (at: readonly PathSegment[], received: unknown, what = HINT): never =>
    invalid([
      {
        path: at,
        expected: what,
        received: describeValue(received),
        message: `expected ${what}, received ${describeValue(received)}`,
      },
    ]);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, value);
  const deal = value as Partial<Record<keyof Deal, unknown>>;
  if (!isDecimal(deal.headline)) return fail([...path, 'headline'], deal.headline);
  if (typeof deal.currency !== 'string') return fail([...path, 'currency'], deal.currency);
  for (const key of ['components', 'alongside'] as const) {
    const list = deal[key];
    if (!Array.isArray(list)) return fail([...path, key], list);
    list.forEach((component: unknown, index: number) => {
      const at = [...path, key, index];
      const c = component as { instrument?: unknown; schedule?: { installments?: unknown } } | null;
      if (typeof c !== 'object' || c === null || typeof c.instrument !== 'string') return fail(at, component);
      const installments = c.schedule?.installments;
      if (!Array.isArray(installments))
        return fail([...at, 'schedule'], c.schedule, 'a built schedule (installments with Decimal amounts)');
      installments.forEach((i: { period?: unknown; amount?: unknown } | null, k: number) => {
        if (typeof i !== 'object' || i === null || !Number.isSafeInteger(i.period) || !isDecimal(i.amount))
          fail([...at, 'schedule', 'installments', k], i, 'an installment { period, amount: Decimal }');
      });
      return undefined;
    });
  }
  return value as Deal;
}
