import type { Comparison } from '../compare/compare.ts';
import { dealName, possessive } from '../compare/sentences.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { describeValue, invalid, invalidAt } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { CURRENCY_SYMBOLS, type CurrencyCode } from '../money/currency.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { formatAmount } from '../money/format.ts';
import { formatPercent } from '../money/formatPercent.ts';
import { FACE_LABELS, periodName } from '../report/compareReport.ts';
import { readComparisons } from '../report/records.ts';
import { checkShape, type Shape } from '../report/shapes.ts';
import type { IsoDate } from '../dates/calendarDate.ts';
import { roundTicks, sharedZeroTicks, tickLabels, type AxisUnit } from './ticks.ts';

/** Options of {@link chartModel} and the chart renderers. */
export interface ChartOptions {
  /**
   * Instruments drawn as bars, stacked in this order (default: the compared instrument of the
   * comparisons, cash unless told otherwise). Pass `INSTRUMENTS` for every part of the deals.
   */
  readonly instruments?: readonly Instrument[];
}

/** One deal on the chart: its id, short name and colour. */
export interface ChartDeal {
  /** The deal's id. */
  readonly id: string;
  /** Its short name for legends ({@link dealName}, at most 36 characters). */
  readonly name: string;
  /** CSS colour, `#RRGGBB`, from {@link DEAL_COLORS} in the order deals are given. */
  readonly color: string;
}

/** One bar segment: what one deal pays in one period through one instrument. */
export interface ChartBar {
  /** The deal's id. */
  readonly deal: string;
  /** Whole period counted from the deal's period 0. */
  readonly period: number;
  /** The instrument this segment stacks. */
  readonly instrument: Instrument;
  /** What the deal pays in the period through the instrument, 0 or more, in the chart's currency. */
  readonly amount: Decimal;
}

/** The running difference between the reference deal and one other deal, period by period. */
export interface GapLine {
  /** Id of the other deal (the line takes its colour). */
  readonly deal: string;
  /** Legend text: `'running difference, <first deal> − <this deal>'`. */
  readonly label: string;
  /** CSS colour of the other deal, `#RRGGBB`. */
  readonly color: string;
  /** One point per period of the chart. */
  readonly points: ReadonlyArray<{
    /** Whole period counted from each deal's period 0. */
    readonly period: number;
    /** Running total of (first deal − this deal) up to and including the period: positive while the first deal has paid more. */
    readonly amount: Decimal;
  }>;
}

/**
 * Delivered against pledged to date for one line of a deal's record (see `delivery`): what the
 * record shows delivered by the date, and what the pledge says was due by then.
 */
export interface ChartDelivery {
  /** The deal's id (the row takes its colour). */
  readonly deal: string;
  /** The deal's short name. */
  readonly name: string;
  /** The deal's colour (CSS colour text), as its bars have. */
  readonly color: string;
  /** `'headline'`, or the component or alongside line the record counts towards. */
  readonly line: string;
  /** The date the line is measured to. */
  readonly asOf: IsoDate;
  /** The whole pledge of the line. */
  readonly pledged: Decimal;
  /** What the pledge says should have been delivered by `asOf`. */
  readonly pledgedToDate: Decimal;
  /** Announced and completed entries of the record by `asOf`. */
  readonly delivered: Decimal;
  /** delivered ÷ pledgedToDate, a fraction (`null` when nothing was due yet). */
  readonly againstToDate: Decimal | null;
  /** The row's label: deal, line and date. */
  readonly label: string;
  /** The row's figures: `$36.0B of $82.9B due (43.4%)`. */
  readonly figures: string;
}

/** A money axis: exact ticks and their labels in one unit. */
export interface MoneyAxis {
  /** Axis title with its unit (`'cash paid per year ($B)'`). */
  readonly title: string;
  /** Tick values, exact, ascending, in the chart's currency; zero is one of them. */
  readonly ticks: readonly Decimal[];
  /** One label per tick, in the axis unit (`'$25B'`). */
  readonly labels: readonly string[];
  /** The scale the labels are written in: `'M'`, `'B'`, `'T'`, or `'none'` for full numbers. */
  readonly unit: AxisUnit;
}

/** What both chart renderers draw. */
export interface ChartModel {
  /** Chart title (`'Cash paid each year, and the running difference'`). */
  readonly title: string;
  /** One line per comparison: what the gap is worth in today's money. */
  readonly subtitle: readonly string[];
  /** ISO 4217 code of every amount on the chart (the deals'). */
  readonly currency: CurrencyCode;
  /** `'year'`, `'quarter'` … */
  readonly period: string;
  /** The deals, the reference deal first, each with its name and colour. */
  readonly deals: readonly ChartDeal[];
  /** The periods on the x axis: consecutive whole numbers from the first period with money to the last. */
  readonly periods: readonly number[];
  /** The instruments drawn, in stacking order (those with no money in any deal are left out, except the compared one). */
  readonly instruments: readonly Instrument[];
  /** One segment per deal, period and instrument drawn (zero amounts included). */
  readonly bars: readonly ChartBar[];
  /** One line per deal after the first: the running difference first deal − that deal, of the compared instrument. */
  readonly gaps: readonly GapLine[];
  /** Left axis (bars); its zero is at the same height as the right axis's. */
  readonly barAxis: MoneyAxis;
  /** Right axis (running differences). */
  readonly gapAxis: MoneyAxis;
  /** Title of the x axis (`"year, counted from each deal's start"`). */
  readonly xTitle: string;
  /** One row per line of each deal's record (deals that carry one): delivered against pledged to date. Empty when no deal carries a record. */
  readonly delivery: readonly ChartDelivery[];
  /** The axis of the delivery rows, from zero (`null` without rows). */
  readonly deliveryAxis: MoneyAxis | null;
}

/** Deal colours, colour-blind safe (Okabe–Ito), in the order deals are given. */
export const DEAL_COLORS: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#000000',
];

/** Opacity of each instrument's part of a deal's bar (cash solid, the others lighter). */
export const INSTRUMENT_OPACITY: Readonly<Record<Instrument, number>> = {
  cash: 1,
  loan: 0.72,
  guarantee: 0.5,
  purchase: 0.36,
  private: 0.26,
  unspecified: 0.16,
};

/**
 * The chart of comparisons sharing their first deal: each deal's outflows of the chosen
 * instruments period by period (cash unless told otherwise), in the deal's colour, and for each
 * other deal the running difference (first deal − that deal) of the compared instrument, in
 * that deal's colour. Deals are named by their short names; both money axes share their zero
 * and label their ticks in one unit ($B, ₩T). For every deal that carries a record, one row
 * per line of it: delivered against pledged to date (`delivery`, as `metrics(deal).delivery`).
 * Both chart renderers draw from it; use it to draw your own.
 *
 * @throws {DealcalcError} `invalid_input` for anything but a non-empty list of comparisons (at
 *   `comparisons`, or at the first entry that is not one), options that are not an object, or
 *   an unknown instrument.
 *
 * @example
 * const m = chartModel([compare(a, b, { rates: ['4.5%'] })]);
 * m.deals.map((d) => d.name)                   //=> ['US position (Oct 2025)', "Korea's counter-offer (Oct 2025)"]
 * m.gaps[0].points.at(-1).amount.toString()    //=> '130000000000'
 * m.barAxis.labels                             //=> ['$0B', '$5B', '$10B', '$15B', '$20B', '$25B', '$30B']
 * m.gapAxis.labels.at(-1)                      //=> '$150B'
 */
export function chartModel(comparisons: readonly Comparison[], options?: ChartOptions): ChartModel {
  readComparisons(comparisons);
  const first = comparisons[0];
  if (first === undefined)
    return invalid([
      {
        path: ['comparisons'],
        expected: 'at least one comparison',
        received: 'none',
        message: 'expected at least one comparison, received none',
      },
    ]);
  const metrics = [first.a, ...comparisons.map((c) => c.b)];
  const chosen = optionsObject(options).instruments ?? [first.instrument];
  if (!Array.isArray(chosen)) invalidAt(['instruments'], 'a list of instruments', chosen);
  for (const [k, i] of chosen.entries()) {
    if (!(INSTRUMENTS as readonly string[]).includes(i))
      invalid([
        {
          path: ['instruments', k],
          expected: `one of ${INSTRUMENTS.join(', ')}`,
          received: describeValue(i),
          message: `expected one of ${INSTRUMENTS.join(', ')}, received ${describeValue(i)}`,
        },
      ]);
  }
  const instruments = INSTRUMENTS.filter(
    (i) => chosen.includes(i) && (i === first.instrument || metrics.some((m) => !m.instruments[i].total.isZero())),
  );
  const deals = metrics.map((m, k) => ({ id: m.id, name: dealName(m), color: DEAL_COLORS[k % DEAL_COLORS.length]! }));

  const periodSet = new Set<number>();
  for (const m of metrics)
    for (const r of m.perPeriod) if (instruments.some((i) => !r.byInstrument[i].isZero())) periodSet.add(r.period);
  for (const c of comparisons) for (const r of c.perPeriod) periodSet.add(r.period);
  const sorted = [...periodSet].sort((x, y) => x - y);
  const periods =
    sorted.length === 0
      ? [0]
      : Array.from({ length: sorted[sorted.length - 1]! - sorted[0]! + 1 }, (_, k) => sorted[0]! + k);

  const bars: ChartBar[] = [];
  for (const m of metrics) {
    const byPeriod = new Map(m.perPeriod.map((r) => [r.period, r]));
    for (const period of periods)
      for (const instrument of instruments)
        bars.push({
          deal: m.id,
          period,
          instrument,
          amount: byPeriod.get(period)?.byInstrument[instrument] ?? new D(0),
        });
  }
  const gaps: GapLine[] = comparisons.map((c, k) => {
    const byPeriod = new Map(c.perPeriod.map((r) => [r.period, r.gap]));
    let running = new D(0);
    return {
      deal: c.b.id,
      label: `running difference, ${deals[0]!.name} − ${deals[k + 1]!.name}`,
      color: deals[k + 1]!.color,
      points: periods.map((period) => {
        running = running.plus(byPeriod.get(period) ?? new D(0));
        return { period, amount: running };
      }),
    };
  });

  const stacks = new Map<string, Decimal>();
  for (const b of bars)
    stacks.set(`${b.deal}|${b.period}`, (stacks.get(`${b.deal}|${b.period}`) ?? new D(0)).plus(b.amount));
  const barMax = [...stacks.values()].reduce((a, v) => (v.gt(a) ? v : a), new D(0));
  const gapValues = gaps.flatMap((g) => g.points.map((p) => p.amount));
  const gapMin = gapValues.reduce((a, v) => (v.lt(a) ? v : a), new D(0));
  const gapMax = gapValues.reduce((a, v) => (v.gt(a) ? v : a), new D(0));
  const { left, right } = sharedZeroTicks(barMax, gapMin, gapMax);
  const period = periodName(first.frequency);
  const focus = first.instrument;
  const what = instruments.length === 1 ? FACE_LABELS[instruments[0]!].replace(/ \(.*\)$/, '') : 'money';
  const symbol = CURRENCY_SYMBOLS[first.a.currency] ?? `${first.a.currency} `;
  const barLabels = tickLabels(left, first.a.currency);
  const gapLabels = tickLabels(right, first.a.currency);

  const rate = first.rates[0];
  const money = (x: Decimal): string => formatAmount({ value: x.abs(), currency: first.a.currency });
  const subtitle = comparisons.map((c) => {
    const pv = c.gaps.presentValues[0]?.value;
    const a = dealName(c.a);
    const b = dealName(c.b);
    if (rate === undefined || pv === undefined)
      return `${a} − ${b}: ${formatAmount({ value: c.gaps.instruments[focus].total, currency: c.a.currency }, { sign: 'always' })} of ${focus} in all`;
    if (pv.isZero())
      return `At ${formatPercent(rate)} a year, ${possessive(a)} ${focus} is worth the same as ${possessive(b)} in today's money`;
    return `At ${formatPercent(rate)} a year, ${possessive(a)} ${focus} is worth ${money(pv)} ${pv.gt(0) ? 'more' : 'less'} than ${possessive(b)} in today's money`;
  });
  const deliveryRows: ChartDelivery[] = metrics.flatMap((m, k) =>
    (m.delivery?.lines ?? []).map((l) => ({
      deal: m.id,
      name: deals[k]!.name,
      color: deals[k]!.color,
      line: l.label,
      asOf: l.measuredTo,
      pledged: l.pledged,
      pledgedToDate: l.pledgedToDate,
      delivered: l.delivered,
      againstToDate: l.againstToDate,
      label: `${deals[k]!.name}, ${l.kind === 'headline' ? 'headline' : l.kind === 'alongside' ? `${l.label} (alongside)` : l.label}, to ${l.measuredTo}`,
      figures: `${formatAmount({ value: l.delivered, currency: m.currency })} of ${formatAmount({ value: l.pledgedToDate, currency: m.currency })} due${l.againstToDate === null ? '' : ` (${formatPercent(l.againstToDate)})`}`,
    })),
  );
  const deliveryMax = deliveryRows.reduce((a, r) => D.max(a, r.pledgedToDate, r.delivered), new D(0));
  const deliveryTicks = deliveryRows.length === 0 ? [] : roundTicks(new D(0), deliveryMax);
  const deliveryLabels = tickLabels(deliveryTicks, first.a.currency);
  return {
    title: `${what[0]!.toUpperCase()}${what.slice(1)} paid each ${period}${gaps.length === 0 ? '' : ', and the running difference'}`,
    subtitle,
    currency: first.a.currency,
    period,
    deals,
    periods,
    instruments,
    bars,
    gaps,
    barAxis: {
      title: `${what} paid per ${period} (${symbol.trim()}${barLabels.unit === 'none' ? '' : barLabels.unit})`,
      ticks: left,
      labels: barLabels.labels,
      unit: barLabels.unit,
    },
    gapAxis: {
      title: `running difference in ${focus} (${symbol.trim()}${gapLabels.unit === 'none' ? '' : gapLabels.unit})`,
      ticks: right,
      labels: gapLabels.labels,
      unit: gapLabels.unit,
    },
    xTitle: `${period}, counted from each deal's start`,
    delivery: deliveryRows,
    deliveryAxis:
      deliveryRows.length === 0
        ? null
        : {
            title: `delivered against pledged to date (${symbol.trim()}${deliveryLabels.unit === 'none' ? '' : deliveryLabels.unit})`,
            ticks: deliveryTicks,
            labels: deliveryLabels.labels,
            unit: deliveryLabels.unit,
          },
  };
}

/**
 * Front door of a chart model argument (as {@link chartModel} gives it).
 *
 * @throws {DealcalcError} `invalid_input` at `model` for anything without a chart model's keys,
 *   or at the first field that is not what a chart model has (`model.bars[0].amount`: a Decimal).
 */
export function readChartModel(model: unknown): void {
  if (model === null || typeof model !== 'object' || !('deals' in model && 'bars' in model && 'gapAxis' in model))
    invalidAt(['model'], 'a chart model (from chartModel())', model);
  // Checked every time (a model is a plain, unfrozen object, and walking it costs little next
  // to drawing it): every field a renderer reads, with its type.
  checkShape(model, CHART_MODEL, ['model']);
}

const AXIS: Shape = { title: 's', ticks: ['D'], labels: ['s'], unit: 's' };
const CHART_MODEL: Shape = {
  title: 's',
  subtitle: ['s'],
  currency: 's',
  period: 's',
  deals: [{ id: 's', name: 's', color: 's' }],
  periods: ['n'],
  instruments: ['i'],
  bars: [{ deal: 's', period: 'n', instrument: 'i', amount: 'D' }],
  gaps: [{ deal: 's', label: 's', color: 's', points: [{ period: 'n', amount: 'D' }] }],
  barAxis: AXIS,
  gapAxis: AXIS,
  xTitle: 's',
  delivery: [
    {
      deal: 's',
      name: 's',
      color: 's',
      line: 's',
      asOf: 's',
      pledged: 'D',
      pledgedToDate: 'D',
      delivered: 'D',
      'againstToDate~': 'D',
      label: 's',
      figures: 's',
    },
  ],
  'deliveryAxis~': AXIS,
};
