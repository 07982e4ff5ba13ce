import type { Comparison } from '../compare/compare.ts';
import type { DealMetrics } from '../compare/metrics.ts';
import { BREAK_EVEN_RANGE, dealName, sensibleBreakEven, startOffset } from '../compare/sentences.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import type { CostAtRate, CostLine } from '../economics/economicCost.ts';
import type { Decimal } from '../money/decimal.ts';
import { formatPercent } from '../money/formatPercent.ts';
import type { Frequency } from '../schedules/frequency.ts';
import { optionsObject } from '../errors/options.ts';
import { cellFormat, NONE, type CellFormat, type ReportOptions } from './format.ts';
import { readComparisons } from './records.ts';
import type { Report, ReportColumn, ReportTable } from './report.ts';

/** Singular name of a period, for headers. */
export function periodName(frequency: Frequency): string {
  return { annual: 'year', semiannual: 'half-year', quarterly: 'quarter', monthly: 'month' }[frequency];
}

/** The wording of the discounting convention, for report notes. */
export function conventionNote(c: Pick<Comparison, 'convention'>, frequency: Frequency): string {
  const period = periodName(frequency);
  const when =
    c.convention.timing === 'start'
      ? `at the start of its ${period}, so ${period} 0 is not discounted`
      : `at the end of its ${period}`;
  return `Today's money: each payment discounted to the deal's own start (${period} 0) at the yearly rate shown, compounded yearly, paid ${when}.`;
}

/** How an instrument's face amount is labelled in summaries. */
export const FACE_LABELS: Readonly<Record<Instrument, string>> = {
  cash: 'cash',
  loan: 'loans (amount lent)',
  guarantee: 'guarantees (exposure)',
  purchase: 'purchases',
  private: 'company investment',
  unspecified: 'not yet allocated',
};

/**
 * The report of one or more comparisons that share their first deal, as the CLI prints it:
 * deals named by {@link dealName}, a summary (face amounts by instrument, cash share, the
 * compared instrument's largest year, years and value in today's money, then, when the
 * comparisons carry an economic cost, the cost lines and their total, then the break-even
 * rate between −5% and 50%), the compared instrument year by year with each difference and
 * its running total, and the sentences. Amounts shown together share a unit and enough places
 * to tell different amounts apart; unknown figures show as `–`.
 *
 * @example
 * comparisonReport([compare(a, b)]).tables[0].columns.map((c) => c.label)
 * //=> ['', 'US position (Oct 2025)', "Korea's counter-offer (Oct 2025)", 'difference']
 */
export function comparisonReport(comparisons: readonly Comparison[], options: ReportOptions = {}): Report {
  readComparisons(comparisons);
  options = optionsObject(options);
  const first = comparisons[0];
  if (first === undefined) return { title: 'Nothing to compare', notes: [], tables: [], sentences: [] };
  const deals = [first.a, ...comparisons.map((c) => c.b)];
  const names = deals.map((d) => dealName(d));
  const f = cellFormat(first.a.currency, options);
  const period = periodName(first.frequency);
  const focus = first.instrument;
  const used = INSTRUMENTS.filter((i) => deals.some((d) => !d.instruments[i].total.isZero()));
  const several = comparisons.length > 1;

  const columns: ReportColumn[] = [
    { label: '', align: 'left', keep: true },
    ...names.map((n) => ({ label: n, align: 'right' as const })),
    ...comparisons.map((_, k) => ({
      label: several ? `difference from ${names[k + 1]}` : 'difference',
      align: 'right' as const,
    })),
  ];
  const rows: string[][] = [];
  const moneyRow = (
    label: string,
    each: (d: DealMetrics) => Decimal | null | undefined,
    gap: (c: Comparison) => Decimal | null | undefined,
  ): void => {
    const values = deals.map(each);
    const gaps = comparisons.map(gap);
    const scale = f.scale([...values, ...gaps]);
    rows.push([label, ...values.map((v) => f.money(v, scale)), ...gaps.map((g) => f.signedMoney(g, scale))]);
  };
  const row = (label: string, each: (d: DealMetrics, k: number) => string, gap: (c: Comparison) => string): void => {
    rows.push([label, ...deals.map(each), ...comparisons.map(gap)]);
  };

  moneyRow(
    'headline',
    (d) => d.headline,
    (c) => c.gaps.headline,
  );
  for (const i of used)
    moneyRow(
      `  ${FACE_LABELS[i]}`,
      (d) => d.instruments[i].total,
      (c) => c.gaps.instruments[i].total,
    );
  row(
    'cash share',
    (d) => cashShare(d, f),
    (c) => (hasCash(c.a) && hasCash(c.b) ? f.points(c.gaps.cashShare.points) : NONE),
  );
  if (focus !== 'cash')
    row(
      `${focus} share`,
      (d) => f.percent(d.instruments[focus].share),
      (c) => f.points(c.gaps.instruments[focus].sharePoints),
    );
  moneyRow(
    `largest ${period} of ${focus}`,
    (d) => d.instruments[focus].peak?.amount,
    (c) => c.gaps.peak,
  );
  row(
    `${period}s with ${focus}`,
    (d) => f.number(d.instruments[focus].horizon?.periods),
    (c) => f.number(c.gaps.horizonPeriods, true),
  );
  first.rates.forEach((rate, r) => {
    moneyRow(
      `${focus} in today's money at ${f.rate(rate)}`,
      (d) => d.instruments[focus].presentValues[r]?.value,
      (c) => c.gaps.presentValues[r]?.value,
    );
  });

  const notes = deals.map((d, k) =>
    names[k] === d.id
      ? `${d.id}: ${d.title}`
      : d.title.startsWith(names[k]!)
        ? `${d.title} [${d.id}]`
        : `${names[k]}: ${d.title} [${d.id}]`,
  );
  notes.push(
    several ? `Differences are ${names[0]} minus each other deal.` : `Difference: ${names[0]} minus ${names[1]}.`,
  );
  notes.push(conventionNote(first, first.frequency));
  for (const c of comparisons) {
    const offset = startOffset(c);
    if (offset !== undefined) {
      const n = Math.abs(offset.periods);
      const [later, earlier] = offset.periods > 0 ? [dealName(c.b), dealName(c.a)] : [dealName(c.a), dealName(c.b)];
      notes.push(
        `${later} starts ${n} ${period}${n === 1 ? '' : 's'} after ${earlier} (${offset.periods > 0 ? offset.b : offset.a} against ${offset.periods > 0 ? offset.a : offset.b}); ${period}s are counted from each deal's own start.`,
      );
    }
  }

  if (deals.every((d) => d.economicCost !== undefined)) {
    const costs = deals.map((d) => d.economicCost!.byRate);
    const anyLoan = deals.some((d) => !d.instruments.loan.total.isZero());
    const anyGuarantee = deals.some((d) => !d.instruments.guarantee.total.isZero());
    const anyReturns = costs.some((c) => c.some((x) => x.returns.value === null || !x.returns.value.isZero()));
    first.rates.forEach((rate, r) => {
      const at = (k: number): CostAtRate | undefined => costs[k]?.[r];
      const line = (label: string, pick: (x: CostAtRate) => CostLine): void => {
        const values = deals.map((_, k) => (at(k) === undefined ? null : pick(at(k)!).value));
        const scale = f.scale(values);
        rows.push([
          label,
          ...values.map((v) => f.money(v, scale)),
          ...comparisons.map((_, k) =>
            values[0] == null || values[k + 1] == null ? NONE : f.signedMoney(values[0]!.minus(values[k + 1]!), scale),
          ),
        ]);
      };
      const rateText = f.rate(rate);
      if (anyLoan) line(`  loan subsidy at ${rateText}`, (x) => x.loanSubsidy);
      if (anyGuarantee) line(`  guarantees at expected cost, ${rateText}`, (x) => x.guaranteeCost);
      if (anyReturns) line(`  returns to the pledging side at ${rateText}`, (x) => x.returns);
      const totals = deals.map((_, k) => at(k));
      const scale = f.scale(totals.map((x) => x?.total));
      const shown = totals.map((x) => (x === undefined ? NONE : boundText(x, f.money(x.total, scale))));
      rows.push([
        `economic cost at ${rateText}`,
        ...shown,
        ...comparisons.map((_, k) => {
          const x = totals[0];
          const y = totals[k + 1];
          if (x === undefined || y === undefined) return NONE;
          // a ≥ A and b = B gives a − b ≥ A − B; a = A and b ≥ B gives a − b ≤ A − B.
          const bound = combine(bounds(x), flip(bounds(y)));
          return bound === null ? NONE : `${bound}${f.signedMoney(x.total.minus(y.total), scale)}`;
        }),
      ]);
    });
    notes.push(
      "Economic cost: cash in today's money, plus loan subsidies and the expected cost of guarantees, minus returns to the pledging side. Guarantee exposure, purchases, company investment and the part not yet allocated are shown at face value above and never counted as paid.",
    );
    const missing = new Set<string>();
    deals.forEach((d, k) => {
      const x = d.economicCost!.byRate[0];
      if (x === undefined) return;
      for (const l of [x.loanSubsidy, x.guaranteeCost, x.returns])
        if (l.value === null) missing.add(`${names[k]}: ${l.assumption}`);
    });
    if (missing.size > 0)
      notes.push(
        `${NONE} marks a line that needs terms nobody gave, and ≥ or ≤ a total that leaves it out. ${[...missing].join(' ')}`,
      );
  }

  row(
    'break-even rate',
    () => '',
    (c) => breakEvenCell(c),
  );

  const dated = first.perPeriod.some((p) => p.date !== undefined);
  const yearly = periodRows(comparisons);
  const yearlyScale = f.scale(yearly.flatMap((r) => [...r.amounts, ...r.gaps.flat()]));
  const focusTitle = `${focus[0]!.toUpperCase()}${focus.slice(1)}`;
  const table: ReportTable = {
    title: `${focusTitle} ${period} by ${period}`,
    columns: [
      { label: period, align: 'right' },
      ...(dated ? [{ label: 'date', align: 'left' as const }] : []),
      ...names.map((n) => ({ label: n, align: 'right' as const })),
      ...comparisons.flatMap((_, k) => [
        { label: several ? `difference from ${names[k + 1]}` : 'difference', align: 'right' as const },
        { label: several ? `running total from ${names[k + 1]}` : 'running total', align: 'right' as const },
      ]),
    ],
    rows: yearly.map((r) => [
      String(r.period),
      ...(dated ? [r.date ?? ''] : []),
      ...r.amounts.map((x) => f.money(x, yearlyScale)),
      ...r.gaps.flatMap(([g, cg]) => [f.signedMoney(g, yearlyScale), f.signedMoney(cg, yearlyScale)]),
    ]),
  };

  const sentences = [...first.sentences, ...comparisons.slice(1).map((c) => c.sentences[0] ?? '')];
  const title = several
    ? `${names[0]} against ${names.slice(1, -1).join(', ')} and ${names[names.length - 1]}`
    : `${names[0]} against ${names[1]}`;
  const delivered = deliveryTable(deals, names, f);
  const tables = [{ title: 'Summary', columns, rows }, table, ...(delivered === undefined ? [] : [delivered])];
  return { title, notes, tables, sentences };
}

// Delivered against pledged to date, one row per deal, when at least one deal carries a record
// (the headline line of each; `show` gives the lines and the record itself).
function deliveryTable(
  deals: readonly DealMetrics[],
  names: readonly string[],
  f: CellFormat,
): ReportTable | undefined {
  if (deals.every((d) => d.delivery === undefined)) return undefined;
  return {
    title: "Delivered against pledged to date (headline), from each deal's record",
    columns: [
      { label: 'deal', align: 'left', keep: true },
      { label: 'as of', align: 'left' },
      { label: 'pledged', align: 'right' },
      { label: 'pledged to date', align: 'right' },
      { label: 'delivered', align: 'right' },
      { label: 'delivered / to date (%)', align: 'right' },
      { label: 'delivered / pledged (%)', align: 'right' },
      { label: 'under negotiation', align: 'right' },
    ],
    rows: deals.map((d, k) => {
      const line = d.delivery?.lines.find((l) => l.kind === 'headline');
      if (d.delivery === undefined || line === undefined)
        return [names[k]!, 'no record', NONE, NONE, NONE, NONE, NONE, NONE];
      return [
        names[k]!,
        d.delivery.asOf,
        f.money(line.pledged),
        f.money(line.pledgedToDate),
        f.money(line.delivered),
        f.percent(line.againstToDate),
        f.percent(line.share),
        f.money(line.candidates),
      ];
    }),
  };
}

function hasCash(d: DealMetrics): boolean {
  return !d.instruments.cash.total.isZero() || d.cashShare === null;
}

// A deal with no cash at all has no known cash share: it shows "–", not 0%.
function cashShare(d: DealMetrics, f: CellFormat): string {
  return d.instruments.cash.total.isZero() ? NONE : f.percent(d.cashShare);
}

/** "≥ $172.3B" when cost lines are missing (the total leaves them out), "≤" when only returns are, "–" when both. */
export function boundText(x: CostAtRate, text: string): string {
  const costMissing = x.loanSubsidy.value === null || x.guaranteeCost.value === null;
  const returnsMissing = x.returns.value === null;
  if (costMissing && returnsMissing) return NONE;
  if (costMissing) return `≥ ${text}`;
  if (returnsMissing) return `≤ ${text}`;
  return text;
}

type Bound = '' | '≥ ' | '≤ ' | null;

function bounds(x: CostAtRate): Bound {
  const text = boundText(x, '');
  return text === NONE ? null : (text as Bound);
}

function flip(b: Bound): Bound {
  return b === '≥ ' ? '≤ ' : b === '≤ ' ? '≥ ' : b;
}

function combine(x: Bound, y: Bound): Bound {
  if (x === null || y === null) return null;
  if (x === '' || x === y) return y;
  if (y === '') return x;
  return null;
}

function breakEvenCell(c: Comparison): string {
  const be = sensibleBreakEven(c);
  if (be.kind === 'every-rate') return 'any rate';
  if (be.kind === 'rates') return be.rates.map((r) => formatPercent(r, { places: 2 })).join(', ');
  return `none, ${formatPercent(BREAK_EVEN_RANGE.low, { places: 0 })} to ${formatPercent(BREAK_EVEN_RANGE.high, { places: 0 })}`;
}

/** Every comparison's per-period rows merged on one axis (the union of their periods). */
function periodRows(comparisons: readonly Comparison[]) {
  const periods = new Set<number>();
  for (const c of comparisons) for (const r of c.perPeriod) periods.add(r.period);
  const sorted = [...periods].sort((x, y) => x - y);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const zero = comparisons[0]!.a.headline.minus(comparisons[0]!.a.headline);
  const rows = [];
  for (let p = first; p <= last; p += 1) {
    const at = comparisons.map((c) => c.perPeriod.find((r) => r.period === p));
    const before = comparisons.map((c) => [...c.perPeriod].reverse().find((r) => r.period <= p));
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
