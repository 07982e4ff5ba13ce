import type { Comparison } from '../compare/compare.ts';
import { INSTRUMENTS } from '../deals/instrument.ts';
import { CURRENCY_SYMBOLS } from '../money/currency.ts';
import type { Frequency } from '../schedules/frequency.ts';
import type { Decimal } from '../money/decimal.ts';
import { cellFormat, type ReportOptions } from './format.ts';
import type { Report, ReportColumn } from './report.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Singular name of a period, for headers. */
export function periodName(frequency: Frequency): string {
  return { annual: 'year', semiannual: 'half-year', quarterly: 'quarter', monthly: 'month' }[frequency];
}

/** The wording of the discounting convention, for report notes. */
export function conventionNote(c: Pick<Comparison, 'convention'>, frequency: Frequency): string {
  const when = c.convention.timing === 'start' ? 'at the start of each' : 'at the end of each';
  return `Present values at period 0, annual rates compounded annually, money moving ${when} ${periodName(frequency)}.`;
}

/**
 * The report of one or more comparisons that share their first deal (a), as the CLI prints
 * it: a summary table (each deal, then each gap a − b), the compared instrument year by year
 * with the gap and its running total, and the sentences of the first comparison.
 *
 * @example
 * renderTable(comparisonReport([compare(a, b)]))
 */
export function comparisonReport(comparisons: readonly Comparison[], options: ReportOptions = {}): Report {
  const first = comparisons[0];
  if (first === undefined) return { title: 'Nothing to compare', notes: [], tables: [], sentences: [] };
  const deals = [first.a, ...comparisons.map((c) => c.b)];
  const letters = deals.map((_, k) => LETTERS[k] ?? `d${k}`);
  const f = cellFormat(first.a.currency, options);
  const unit = CURRENCY_SYMBOLS[first.a.currency] ?? first.a.currency;
  const period = periodName(first.frequency);
  const focus = first.instrument;
  const used = INSTRUMENTS.filter((i) => deals.some((d) => !d.instruments[i].total.isZero()));

  const columns: ReportColumn[] = [
    { label: 'figure', align: 'left' },
    ...deals.map((d, k) => ({ label: `${letters[k]}: ${d.id}`, align: 'right' as const })),
    ...comparisons.map((_, k) => ({ label: `gap ${letters[0]} - ${letters[k + 1]}`, align: 'right' as const })),
  ];
  const rows: string[][] = [];
  const add = (label: string, each: (k: number) => string, gap: (c: Comparison) => string): void => {
    rows.push([label, ...deals.map((_, k) => each(k)), ...comparisons.map(gap)]);
  };

  add(`headline (${unit})`, (k) => f.money(deals[k]!.headline), (c) => f.signedMoney(c.gaps.headline));
  for (const i of used) add(`${i} (${unit})`, (k) => f.money(deals[k]!.instruments[i].total), (c) => f.signedMoney(c.gaps.instruments[i].total));
  add('cash share (%)', (k) => f.percent(deals[k]!.cashShare), (c) => f.points(c.gaps.cashShare.points));
  if (focus !== 'cash') add(`${focus} share (%)`, (k) => f.percent(deals[k]!.instruments[focus].share), (c) => f.points(c.gaps.instruments[focus].sharePoints));
  add(`peak ${period}, ${focus} (${unit})`, (k) => f.money(deals[k]!.instruments[focus].peak?.amount), (c) => f.signedMoney(c.gaps.peak));
  add(`${period}s of ${focus}`, (k) => f.number(deals[k]!.instruments[focus].horizon?.periods), (c) => f.number(c.gaps.horizonPeriods, true));
  add(`average timing, ${focus} (${period}s)`, (k) => f.decimal(deals[k]!.instruments[focus].averageTiming, 2), (c) => f.decimal(c.gaps.averageTiming, 2, true));
  first.rates.forEach((rate, r) => {
    add(`PV of ${focus} at ${f.rate(rate)} (${unit})`, (k) => f.money(deals[k]!.instruments[focus].presentValues[r]?.value), (c) => f.signedMoney(c.gaps.presentValues[r]?.value));
  });
  first.rates.forEach((rate, r) => {
    add(`PV of all parts at ${f.rate(rate)} (${unit})`, (k) => f.money(deals[k]!.all.presentValues[r]?.value), (c) => f.signedMoney(c.gaps.all.presentValues[r]?.value));
  });
  if (deals.every((d) => d.economicCost !== undefined)) {
    first.rates.forEach((rate, r) => {
      add(`economic cost at ${f.rate(rate)} (${unit})`, (k) => f.money(deals[k]!.economicCost!.byRate[r]?.total), (c) => f.signedMoney(c.gaps.economicCost?.[r]?.value));
    });
  }
  if (deals.every((d) => d.burden !== undefined)) {
    const ratio = (x: { value: Decimal | null }) => (x.value === null ? '–' : f.percent(x.value));
    add('peak year / FX reserves (%)', (k) => ratio(deals[k]!.burden!.ratios.peakToReserves), () => '');
    add('peak year / current account (%)', (k) => ratio(deals[k]!.burden!.ratios.peakToCurrentAccount), () => '');
  }
  add(`break-even rate (%)`, () => '', (c) => breakEvenText(c, f.rate));
  first.rates.forEach((rate, r) => {
    add(`level ${focus} per ${period} over b's horizon at ${f.rate(rate)} (${unit})`, () => '', (c) => f.money(c.levelInstallments[r]?.amount));
  });

  const yearly = {
    title: `${focus} ${period} by ${period} (${unit})`,
    columns: [
      { label: period, align: 'right' as const },
      ...(first.perPeriod.some((p) => p.date !== undefined) ? [{ label: 'date', align: 'left' as const }] : []),
      ...deals.map((_, k) => ({ label: `${letters[k]}`, align: 'right' as const })),
      ...comparisons.flatMap((_, k) => [
        { label: `${letters[0]} - ${letters[k + 1]}`, align: 'right' as const },
        { label: `cumulative ${letters[0]} - ${letters[k + 1]}`, align: 'right' as const },
      ]),
    ],
    rows: periodRows(comparisons).map((row) => [
      String(row.period),
      ...(first.perPeriod.some((p) => p.date !== undefined) ? [row.date ?? ''] : []),
      ...row.amounts.map((x) => f.money(x)),
      ...row.gaps.flatMap(([g, cg]) => [f.signedMoney(g), f.signedMoney(cg)]),
    ]),
  };

  const notes = [
    ...deals.map((d, k) => `${letters[k]} = ${d.id}: ${d.title}`),
    `Gaps are ${letters[0]} minus each other deal. ${conventionNote(first, first.frequency)}`,
  ];
  const sentences = [...first.sentences, ...comparisons.slice(1).map((c) => c.sentences[0] ?? '')];
  return { title: `Comparing ${deals.map((d) => d.id).join(', ')}`, notes, tables: [{ title: 'Summary', columns, rows }, yearly], sentences };
}

function breakEvenText(c: Comparison, rate: (r: Comparison['rates'][number]) => string): string {
  const b = c.breakEven;
  if (b.kind === 'rate') return rate(b.rate);
  if (b.kind === 'several') return b.rates.map(rate).join(', ');
  if (b.kind === 'every-rate') return 'any';
  return 'none';
}

/** Every comparison's per-period rows merged on one axis (the union of their periods). */
function periodRows(comparisons: readonly Comparison[]) {
  const periods = new Set<number>();
  for (const c of comparisons) for (const r of c.perPeriod) periods.add(r.period);
  const sorted = [...periods].sort((x, y) => x - y);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const rows = [];
  for (let p = first; p <= last; p += 1) {
    const at = comparisons.map((c) => c.perPeriod.find((r) => r.period === p));
    const before = comparisons.map((c) => [...c.perPeriod].reverse().find((r) => r.period <= p));
    const zero = comparisons[0]!.a.headline.minus(comparisons[0]!.a.headline);
    const date = at.find((r) => r?.date !== undefined)?.date;
    rows.push({
      period: p,
      ...(date === undefined ? {} : { date }),
      amounts: [at[0]?.a ?? zero, ...at.map((r) => r?.b ?? zero)],
      gaps: comparisons.map((_, k) => [at[k]?.gap ?? zero, before[k]?.cumulativeGap ?? zero] as const),
    });
  }
  return rows;
}

