import { describeValue, invalid, type Issue } from '../errors/DealcalcError.ts';
import { currencyCode } from '../money/amount.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { D, exactTimes, isDecimal, toPlainString, type Decimal } from '../money/decimal.ts';
import { readSchedule, type Schedule } from '../schedules/schedule.ts';
import { total } from '../schedules/total.ts';
import type { Deal } from './deal.ts';
import { INSTRUMENTS, type Instrument } from './instrument.ts';
import { UNALLOCATED_LABEL } from './unallocated.ts';

// The writing half of the proposal text form (the reading half, `proposal`, is in proposal.ts):
// no zod here, so that formatting a deal never loads the JSON boundary.

/**
 * The canonical proposal text of a deal: each headline component as `instrument spec`, joined
 * by `+`, then `of HEADLINE` when a `'Not yet allocated'` remainder exists. Amounts are written
 * exactly in the shortest unit form (`25B`, `1.5T`, `KRW 500T`). Schedules that fit no
 * shorthand are written as explicit lists (`[]` for an empty one).
 *
 * @throws {DealcalcError} `invalid_input` for a value that is not a deal.
 *
 * @example
 * formatProposal(proposal('cash $25bn × 8 of 350 billion')) //=> 'cash 25B x 8 of 350B'
 */
export function formatProposal(d: Pick<Deal, 'components' | 'headline' | 'currency'>): string {
  return proposalText(readDealParts(d));
}

type Described = {
  readonly components: ReadonlyArray<Pick<Deal['components'][number], 'label' | 'instrument' | 'schedule'>>;
  readonly headline: Decimal;
  readonly currency: CurrencyCode;
};

function readDealParts(d: unknown): Described {
  const expected = 'a deal (from deal(), parseDeal(), proposal() or presetDeal())';
  const bad = (path: Issue['path'], received: unknown): never =>
    invalid([
      {
        path,
        expected,
        received: describeValue(received),
        message: `expected ${expected}, received ${describeValue(received)}`,
      },
    ]);
  if (typeof d !== 'object' || d === null) return bad(['deal'], d);
  const { components, headline, currency } = d as Partial<Record<keyof Described, unknown>>;
  if (!Array.isArray(components)) return bad(['deal', 'components'], components);
  if (!isDecimal(headline) || !headline.isFinite()) return bad(['deal', 'headline'], headline);
  const list = components.map((c: unknown, index) => {
    if (typeof c !== 'object' || c === null) return bad(['deal', 'components', index], c);
    const { label, instrument, schedule } = c as Record<string, unknown>;
    if (typeof label !== 'string') return bad(['deal', 'components', index, 'label'], label);
    if (!(INSTRUMENTS as readonly unknown[]).includes(instrument))
      return bad(['deal', 'components', index, 'instrument'], instrument);
    return {
      label,
      instrument: instrument as Instrument,
      schedule: readSchedule(schedule, ['deal', 'components', index, 'schedule']),
    };
  });
  return { components: list, headline: headline as Decimal, currency: currencyCode(currency, ['deal', 'currency']) };
}

/** The canonical text of deal parts already read (also the title `proposal` gives a deal). */
export function proposalText(d: Described): string {
  const remainder = d.components.find(
    (c) => c.label === UNALLOCATED_LABEL && c.instrument === 'unspecified' && isLump(c.schedule),
  );
  const parts = d.components
    .filter((c) => c !== remainder)
    .map((c) => `${c.instrument} ${spec(c.schedule, d.currency)}`);
  return remainder === undefined ? parts.join(' + ') : `${parts.join(' + ')} of ${compact(d.headline, d.currency)}`;
}

function isLump(s: Schedule): boolean {
  return s.installments.length === 1 && s.installments[0]!.period === 0;
}

function spec(s: Schedule, currency: CurrencyCode): string {
  const list = s.installments;
  const first = list[0];
  if (first === undefined) return `[]`;
  const from = first.period === 0 ? '' : ` from period ${first.period}`;
  const consecutive = list.every((i, k) => i.period === first.period + k);
  const money = (x: Decimal): string => compact(x, currency);
  if (consecutive && list.length === 1) return `${money(first.amount)}${from}`;
  if (consecutive && list.every((i) => i.amount.eq(first.amount)))
    return `${money(first.amount)} x ${list.length}${from}`;
  const last = list[list.length - 1]!;
  if (
    consecutive &&
    list.slice(0, -1).every((i) => i.amount.eq(first.amount)) &&
    last.amount.lt(first.amount) &&
    last.amount.gt(0)
  ) {
    return `${money(total(s))} cap ${money(first.amount)}${from}`;
  }
  const span = last.period - first.period + 1;
  const byPeriod = new Map(list.map((i) => [i.period, i.amount]));
  const values = Array.from({ length: span }, (_, k) => money(byPeriod.get(first.period + k) ?? new D(0)));
  return `[${values.join(', ')}]${from}`;
}

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['T', 12],
  ['B', 9],
  ['M', 6],
  ['K', 3],
];

// Exact shortest text: 25000000000 → "25B", 1500000000000 → "1.5T", non-USD with its code.
// Dividing by a power of ten is done exactly (a product by 10^-k keeps every digit).
function compact(value: Decimal, currency: CurrencyCode): string {
  const prefix = currency === 'USD' ? '' : `${currency} `;
  const magnitude = value.abs();
  for (const [unit, exponent] of UNITS) {
    if (magnitude.gte(new D(10).pow(exponent)))
      return `${prefix}${toPlainString(exactTimes(value, new D(`1e-${exponent}`)))}${unit}`;
  }
  return `${prefix}${toPlainString(value)}`;
}
