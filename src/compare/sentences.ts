import { formatAmount } from '../money/format.ts';
import { formatPercent } from '../money/formatPercent.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Frequency } from '../schedules/frequency.ts';
import type { Comparison } from './compare.ts';

const PERIOD_WORD: Readonly<Record<Frequency, [string, string]>> = {
  annual: ['year', 'years'],
  semiannual: ['half-year', 'half-years'],
  quarterly: ['quarter', 'quarters'],
  monthly: ['month', 'months'],
};

/**
 * Plain sentences describing a comparison, for notes and reports: the instrument gap with
 * shares and points, peak, horizon, present value at each rate, the break-even rate and the
 * level installment. Amounts are rounded to one place in billions (or as `formatAmount`
 * chooses), shares and points to one decimal place, half-even.
 */
export function describeComparison(c: Omit<Comparison, 'sentences'>): string[] {
  const { instrument } = c;
  // Long titles make unreadable sentences; those deals are named by id.
  const named = (m: Comparison['a']) => ({ ...m, title: m.title.length <= 40 ? m.title : m.id });
  const a = named(c.a);
  const b = named(c.b);
  const money = (x: Decimal): string => formatAmount({ value: x, currency: a.currency });
  const signed = (x: Decimal): string => formatAmount({ value: x, currency: a.currency }, { sign: 'always' });
  const [one, many] = PERIOD_WORD[c.frequency];
  const sa = a.instruments[instrument];
  const sb = b.instruments[instrument];
  const gap = c.gaps.instruments[instrument];
  const out: string[] = [];

  const direction = gap.total.isZero() ? 'the same' : `${money(gap.total.abs())} ${gap.total.gt(0) ? 'more' : 'less'}`;
  let first = `${a.title} asks ${direction} ${instrument} ${gap.total.isZero() ? 'as' : 'than'} ${b.title}`;
  if (sa.share !== null && sb.share !== null && gap.sharePoints !== null) {
    const of = a.headline.eq(b.headline) ? `of ${money(a.headline)}` : `of ${money(a.headline)} and ${money(b.headline)}`;
    first += `: ${formatPercent(sa.share)} against ${formatPercent(sb.share)} ${of}, ${formatPercent(gap.share ?? sa.share.minus(sb.share), { sign: 'always', suffix: ' points' })}`;
  }
  out.push(`${first}.`);

  if (sa.peak !== null || sb.peak !== null) {
    const peak = (p: typeof sa.peak): string => (p === null ? 'nothing' : `${money(p.amount)} (${one} ${p.period})`);
    out.push(`Peak ${one}: ${peak(sa.peak)} against ${peak(sb.peak)}, ${signed(c.gaps.peak)}.`);
  }
  if (sa.horizon !== null && sb.horizon !== null) {
    const diff = c.gaps.horizonPeriods;
    out.push(`Paid over ${sa.horizon.periods} ${sa.horizon.periods === 1 ? one : many} against ${sb.horizon.periods}${diff === 0 ? '' : ` (${diff > 0 ? '+' : ''}${diff})`}.`);
  }
  sa.presentValues.forEach((pv, k) => {
    const other = sb.presentValues[k]!;
    out.push(`In today's money at ${formatPercent(pv.rate)}: ${money(pv.value)} against ${money(other.value)}, ${signed(pv.value.minus(other.value))}.`);
  });

  const be = c.breakEven;
  if (be.kind === 'rate') {
    // Above the break-even rate the stream that pays earlier is worth more.
    const earlier = c.perPeriod.find((r) => !r.gap.isZero());
    const above = earlier === undefined ? '' : `; above it, ${earlier.gap.gt(0) ? a.title : b.title}'s is worth more`;
    out.push(`The two ${instrument} streams have equal present value at a discount rate of ${formatPercent(be.rate, { places: 2 })}${above}.`);
  }
  else if (be.kind === 'several') out.push(`The two ${instrument} streams have equal present value at several discount rates: ${be.rates.map((r) => formatPercent(r, { places: 2 })).join(', ')}.`);
  else if (be.kind === 'every-rate') out.push(`The two ${instrument} streams are the same, so their present values are equal at every rate.`);
  else out.push(`No discount rate makes the two ${instrument} streams equal in present value (${be.reason}).`);

  for (const l of c.levelInstallments) {
    out.push(`Over ${b.title}'s ${l.periods} ${l.periods === 1 ? one : many}, ${money(l.amount)} a ${one} has the present value of ${a.title} at ${formatPercent(l.rate)}.`);
  }
  return out;
}
