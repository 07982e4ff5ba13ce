import { addMonths, parseIsoDate, type IsoDate } from '../dates/calendarDate.ts';
import type { DealSummary } from '../deals/summarize.ts';
import { invalidAt } from '../errors/DealcalcError.ts';
import { D, isDecimal, type Decimal } from '../money/decimal.ts';
import { formatAmount } from '../money/format.ts';
import { formatPercent } from '../money/formatPercent.ts';
import { monthsPerPeriod, type Frequency } from '../schedules/frequency.ts';
import type { Comparison } from './comparison.ts';
import type { DealMetrics } from './metrics.ts';

const PERIOD_WORD: Readonly<Record<Frequency, [string, string]>> = {
  annual: ['year', 'years'],
  semiannual: ['half-year', 'half-years'],
  quarterly: ['quarter', 'quarters'],
  monthly: ['month', 'months'],
};

/** Longest name {@link dealName} gives. */
const NAME_LIMIT = 36;

/**
 * A deal's short name for people: its title up to the first colon (`'US position (Oct 2025)'`),
 * without a trailing parenthesis if that is still long, else the whole title when short, else
 * its id. Never longer than 36 characters.
 *
 * @throws {DealcalcError} `invalid_input` at `deal` for anything without a text `id` and `title`.
 *
 * @example
 * dealName(presetDeal('kr-2025-10-us-cash-25x8'))  //=> 'US position (Oct 2025)'
 * dealName(presetDeal('kr-2025-11-mou'))           //=> 'MOU on Strategic Investments'
 * dealName(proposal('cash 7B x 10 of 350B'))       //=> 'cash 7B x 10 of 350B'
 */
export function dealName(deal: Pick<DealSummary, 'id' | 'title'>): string {
  if (typeof deal?.title !== 'string' || typeof deal.id !== 'string')
    invalidAt(['deal'], 'a deal (with id and title)', deal);
  const head = deal.title.split(': ')[0]!.trim();
  for (const candidate of [head, head.replace(/\s*\([^)]*\)$/, '')])
    if (candidate !== '' && [...candidate].length <= NAME_LIMIT) return candidate;
  return [...deal.id].length <= NAME_LIMIT ? deal.id : `${[...deal.id].slice(0, NAME_LIMIT - 1).join('')}…`;
}

/**
 * The possessive of a name: `US position's`, `Investments'`.
 *
 * @throws {DealcalcError} `invalid_input` at `name` for anything but text.
 *
 * @example
 * possessive('MOU on Strategic Investments') //=> "MOU on Strategic Investments'"
 */
export function possessive(name: string): string {
  if (typeof name !== 'string') invalidAt(['name'], 'text', name);
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** The range in which break-even rates are worth reporting, as fractions: −5% to 50% a year. A rate outside it is a root of the equation, not a discount rate anyone uses. */
export const BREAK_EVEN_RANGE = {
  /** Lowest rate reported: −5% a year, as a fraction. */
  low: '-0.05',
  /** Highest rate reported: 50% a year, as a fraction. */
  high: '0.5',
} as const;

/** A break-even rate as a person should read it (what {@link sensibleBreakEven} gives). */
export type SensibleBreakEven =
  | {
      /** One or more break-even rates inside {@link BREAK_EVEN_RANGE}. */
      readonly kind: 'rates';
      /** Those rates, annual effective, as fractions, ascending. */
      readonly rates: readonly Decimal[];
    }
  | {
      /** No break-even rate inside the range: one deal is worth more at every rate in it. */
      readonly kind: 'none';
      /** The deal worth more (the larger present value) at every rate in the range. */
      readonly worthMore: 'a' | 'b';
      /** Break-even rates found outside the range (roots nobody would discount at), ascending; often empty. */
      readonly outside: readonly Decimal[];
    }
  | {
      /** The streams are identical: equal at every rate. */
      readonly kind: 'every-rate';
    };

/**
 * The break-even rate of a comparison as a person should read it: the rates from −5% to 50%
 * (`'rates'`), or none in that range with the deal worth more at every rate in it (`'none'`,
 * `worthMore` being `'a'` or `'b'`, and `outside` the rates found beyond the range), or
 * identical streams (`'every-rate'`).
 *
 * @throws {DealcalcError} `invalid_input` at `comparison` for anything without a comparison's
 *   `breakEven` (its rates Decimals) and `perPeriod` (each period's `gap` a Decimal).
 *
 * @example
 * sensibleBreakEven(compare(a, b)).kind      //=> 'none'
 * sensibleBreakEven(compare(a, b)).worthMore //=> 'a'
 */
export function sensibleBreakEven(c: Pick<Comparison, 'breakEven' | 'perPeriod'>): SensibleBreakEven {
  const be = c?.breakEven;
  const found = be?.kind === 'rate' ? [be.rate] : be?.kind === 'several' ? be.rates : [];
  if (
    typeof be?.kind !== 'string' ||
    !Array.isArray(found) ||
    !found.every(isDecimal) ||
    !Array.isArray(c.perPeriod) ||
    !c.perPeriod.every((r) => isDecimal(r?.gap))
  )
    invalidAt(['comparison'], 'a comparison (from compare())', c);
  if (be.kind === 'every-rate') return { kind: 'every-rate' };
  const inside = found.filter((r) => r.gte(BREAK_EVEN_RANGE.low) && r.lte(BREAK_EVEN_RANGE.high));
  if (inside.length > 0) return { kind: 'rates', rates: inside };
  // No root in the range: the gap's present value keeps one sign there, the sign it has at 0%.
  const atZero = c.perPeriod.reduce((s, r) => s.plus(r.gap), new D(0));
  return { kind: 'none', worthMore: atZero.gte(0) ? 'a' : 'b', outside: found };
}

/**
 * The date of a deal's period 0: from its dated schedule when it has one, else the deal's date.
 */
export function periodZeroDate(m: Pick<DealMetrics, 'perPeriod' | 'date'>, frequency: Frequency): IsoDate | undefined {
  const row = m.perPeriod.find((r) => r.date !== undefined);
  if (row?.date !== undefined) return addMonths(row.date, -row.period * monthsPerPeriod(frequency));
  return m.date;
}

/**
 * How far b's period 0 is from a's, in whole periods (positive when b starts later), when both
 * have a start date and they are at least one period apart; otherwise `undefined`.
 */
export function startOffset(
  c: Pick<Comparison, 'a' | 'b' | 'frequency'>,
): { readonly periods: number; readonly a: IsoDate; readonly b: IsoDate } | undefined {
  const a = periodZeroDate(c.a, c.frequency);
  const b = periodZeroDate(c.b, c.frequency);
  if (a === undefined || b === undefined) return undefined;
  const x = parseIsoDate(a);
  const y = parseIsoDate(b);
  const months = (y.year - x.year) * 12 + (y.month - x.month) - (y.day < x.day ? 1 : 0);
  const periods = Math.trunc(months / monthsPerPeriod(c.frequency));
  return periods === 0 ? undefined : { periods, a, b };
}

/**
 * Plain sentences describing a comparison, for notes and reports: the instrument gap with
 * shares and points, any offset between the deals' start dates, peak, horizon, value in
 * today's money at each rate, the break-even rate (only from −5% to 50%) and the level
 * installment. Deals are named by {@link dealName}. Amounts are rounded to one place in
 * billions (or as `formatAmount` chooses), shares and points to one decimal place, half-even.
 */
export function describeComparison(c: Omit<Comparison, 'sentences'>): string[] {
  const { instrument } = c;
  const a = dealName(c.a);
  const b = dealName(c.b);
  const money = (x: Decimal): string => formatAmount({ value: x, currency: c.a.currency });
  const signed = (x: Decimal): string => formatAmount({ value: x, currency: c.a.currency }, { sign: 'always' });
  const [one, many] = PERIOD_WORD[c.frequency];
  const sa = c.a.instruments[instrument];
  const sb = c.b.instruments[instrument];
  const gap = c.gaps.instruments[instrument];
  const offset = startOffset(c);
  const out: string[] = [];

  let first = gap.total.isZero()
    ? `${a} and ${b} ask the same ${instrument}, ${money(sa.total)}`
    : `${a} asks ${money(gap.total.abs())} ${gap.total.gt(0) ? 'more' : 'less'} ${instrument} than ${b}`;
  if (
    sa.share !== null &&
    sb.share !== null &&
    gap.sharePoints !== null &&
    !(gap.total.isZero() && gap.sharePoints.isZero())
  ) {
    const of = c.a.headline.eq(c.b.headline)
      ? `of ${money(c.a.headline)}`
      : `of ${money(c.a.headline)} and ${money(c.b.headline)}`;
    first += `: ${formatPercent(sa.share)} against ${formatPercent(sb.share)} ${of}, ${formatPercent(gap.share ?? sa.share.minus(sb.share), { sign: 'always', suffix: ' points' })}`;
  }
  out.push(`${first}.`);
  if (offset !== undefined) {
    const n = Math.abs(offset.periods);
    out.push(
      `${offset.periods > 0 ? b : a} starts ${n} ${n === 1 ? one : many} after ${offset.periods > 0 ? a : b} (${offset.periods > 0 ? offset.b : offset.a} against ${offset.periods > 0 ? offset.a : offset.b}); the figures line both up by ${one} from each deal's own start and discount each to its own start.`,
    );
  }

  if (sa.peak !== null || sb.peak !== null) {
    const peak = (p: typeof sa.peak): string => (p === null ? 'nothing' : `${money(p.amount)} (${one} ${p.period})`);
    out.push(`Largest ${one}: ${peak(sa.peak)} against ${peak(sb.peak)}, ${signed(c.gaps.peak)}.`);
  }
  if (sa.horizon !== null && sb.horizon !== null) {
    const diff = c.gaps.horizonPeriods;
    out.push(
      `Paid over ${sa.horizon.periods} ${sa.horizon.periods === 1 ? one : many} against ${sb.horizon.periods}${diff === 0 ? '' : ` (${diff > 0 ? '+' : ''}${diff})`}.`,
    );
  }
  sa.presentValues.forEach((pv, k) => {
    const other = sb.presentValues[k]!;
    out.push(
      `In today's money at ${formatPercent(pv.rate, { places: rateDigits(pv.rate) })} a year: ${money(pv.value)} against ${money(other.value)}, ${signed(pv.value.minus(other.value))}.`,
    );
  });

  const be = sensibleBreakEven(c);
  const range = `${formatPercent(BREAK_EVEN_RANGE.low, { places: 0 })} and ${formatPercent(BREAK_EVEN_RANGE.high, { places: 0 })}`;
  if (be.kind === 'rates' && be.rates.length === 1) {
    // Above the break-even rate the stream that pays earlier is worth more.
    const earlier = c.perPeriod.find((r) => !r.gap.isZero());
    const above =
      earlier === undefined ? '' : `; above it, ${earlier.gap.gt(0) ? possessive(a) : possessive(b)} is worth more`;
    out.push(
      `The two ${instrument} streams are worth the same in today's money at ${formatPercent(be.rates[0]!, { places: 2 })} a year${above}.`,
    );
  } else if (be.kind === 'rates')
    out.push(
      `The two ${instrument} streams are worth the same in today's money at several rates: ${be.rates.map((r) => formatPercent(r, { places: 2 })).join(', ')}.`,
    );
  else if (be.kind === 'every-rate')
    out.push(
      `The two ${instrument} streams are the same ${one} by ${one}${offset === undefined ? '' : " (counted from each deal's start)"}, so they are worth the same at every rate.`,
    );
  else
    out.push(
      `No break-even rate between ${range}: ${possessive(be.worthMore === 'a' ? a : b)} ${instrument} is worth more at every rate in that range.`,
    );

  for (const l of c.levelInstallments) {
    out.push(
      `Over ${possessive(b)} ${l.periods} ${l.periods === 1 ? one : many}, ${money(l.amount)} a ${one} is worth as much as ${possessive(a)} ${instrument} at ${formatPercent(l.rate, { places: rateDigits(l.rate) })}.`,
    );
  }
  return out;
}

function rateDigits(rate: Decimal): number {
  const percent = rate.times(100);
  for (let p = 1; p < 4; p += 1) if (percent.eq(percent.toDecimalPlaces(p))) return p;
  return 4;
}
