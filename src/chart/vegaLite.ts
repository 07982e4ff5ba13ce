import type { Comparison } from '../compare/compare.ts';
import { toPlainString, type Decimal } from '../money/decimal.ts';
import { FACE_LABELS } from '../report/compareReport.ts';
import {
  chartModel,
  INSTRUMENT_OPACITY,
  readChartModel,
  type ChartModel,
  type ChartOptions,
  type MoneyAxis,
} from './model.ts';

/**
 * A Vega-Lite (v5) spec of the same chart as `comparisonSvg`, for notebooks (Jupyter and
 * Observable render Vega-Lite natively): the same bars in the same deal colours, the same
 * dashed running differences on a right-hand axis sharing its zero with the left, the same
 * tick labels ($B, ₩T) and full deal names in the legend. Amounts stay exact decimal strings in
 * the data (`amount`, `gap`); the spec converts them to numbers in the axis unit for drawing only.
 * When a deal carries a record, the spec is a `vconcat` of that chart and a panel of delivered
 * against pledged to date, one row per line of the record, as the SVG draws it.
 *
 * @throws {DealcalcError} `invalid_input` as `chartModel`.
 *
 * @example
 * const spec = comparisonVegaLite([compare(a, b, { rates: ['4.5%'] })]);
 * spec.layer[0].encoding.color.scale.range //=> ['#0072B2', '#E69F00']
 * // in a Deno/Jupyter notebook: Deno.jupyter.display({ 'application/vnd.vegalite.v5+json': spec }, { raw: true })
 */
export function comparisonVegaLite(comparisons: readonly Comparison[], options?: ChartOptions): VegaLiteSpec {
  return vegaLiteSpec(chartModel(comparisons, options));
}

/** One layer of the spec: its data (exact amounts as strings), transforms, mark and encodings. */
export interface VegaLiteLayer {
  /** Inline data: one row per bar segment or line point. */
  readonly data: {
    /** The rows; money fields (`amount`, `gap`) are exact decimal strings in the chart's currency. */
    readonly values: ReadonlyArray<Record<string, unknown>>;
  };
  /** Vega-Lite transforms: the exact strings turned into numbers in the axis unit, for drawing only. */
  readonly transform: readonly unknown[];
  /** Vega-Lite mark: `bar` for the outflows, a dashed `line` for the running differences. */
  readonly mark: Readonly<Record<string, unknown>>;
  /** Vega-Lite encodings: x (period), y (value in the axis unit), colour by deal, tooltips with the exact amounts. */
  readonly encoding: Readonly<Record<string, unknown>>;
}

/** One view of a concatenated spec: its size and its layers. */
export type VegaLiteView = {
  /** The view's layers: the bars, then the running differences (or the delivery panel's bars). */
  readonly layer: readonly VegaLiteLayer[];
} & Record<string, unknown>;

/** The chart as one view: bars, then running differences, as layers. */
export type VegaLiteLayerSpec = {
  /** The Vega-Lite schema URL (v5). */
  readonly $schema: string;
  /** The bars layer, then the running-differences layer when there is a comparison. */
  readonly layer: readonly VegaLiteLayer[];
} & Record<string, unknown>;

/** The chart above a panel of delivered against pledged to date, when a deal carries a record. */
export type VegaLiteConcatSpec = {
  /** The Vega-Lite schema URL (v5). */
  readonly $schema: string;
  /** The chart, then the panel of delivered against pledged to date. */
  readonly vconcat: readonly [VegaLiteView, VegaLiteView];
} & Record<string, unknown>;

/**
 * A Vega-Lite spec: plain JSON. Without a record, one view whose `layer` holds the bars then the
 * running differences; when a deal carries a record, `vconcat` of that view and a panel of
 * delivered against pledged to date (tell them apart with `'layer' in spec`).
 */
export type VegaLiteSpec = VegaLiteLayerSpec | VegaLiteConcatSpec;

/**
 * The Vega-Lite spec of a chart model (see `chartModel`).
 *
 * @throws {DealcalcError} `invalid_input` at `model` for anything but a chart model.
 *
 * @example
 * vegaLiteSpec(chartModel([compare(a, b)])).layer.length //=> 2
 */
export function vegaLiteSpec(model: ChartModel): VegaLiteSpec {
  readChartModel(model);
  const names = model.deals.map((d) => d.name);
  const colors = model.deals.map((d) => d.color);
  const nameOf = new Map(model.deals.map((d) => [d.id, d.name]));
  const several = model.instruments.length > 1;
  const color = {
    field: 'deal',
    type: 'nominal',
    sort: names,
    scale: { domain: names, range: colors },
    legend: { title: null, orient: 'top', direction: 'vertical', labelLimit: 0, symbolType: 'square' },
  };
  const bars = {
    data: {
      values: model.bars.map((b) => ({
        deal: nameOf.get(b.deal),
        id: b.deal,
        period: b.period,
        instrument: b.instrument,
        part: FACE_LABELS[b.instrument],
        amount: toPlainString(b.amount),
      })),
    },
    transform: [{ calculate: `toNumber(datum.amount) / ${divisor(model.barAxis)}`, as: 'value' }],
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: model.xTitle, sort: [...model.periods], axis: { labelAngle: 0 } },
      xOffset: { field: 'deal', sort: names },
      y: {
        field: 'value',
        type: 'quantitative',
        stack: 'zero',
        title: model.barAxis.title,
        scale: scale(model.barAxis),
        axis: axisOf(model.barAxis, 'left'),
      },
      color,
      ...(several
        ? {
            opacity: {
              field: 'part',
              type: 'nominal',
              sort: model.instruments.map((i) => FACE_LABELS[i]),
              scale: {
                domain: model.instruments.map((i) => FACE_LABELS[i]),
                range: model.instruments.map((i) => INSTRUMENT_OPACITY[i]),
              },
              legend: { title: null, orient: 'top', labelLimit: 0 },
            },
            order: { field: 'instrument', sort: 'ascending' },
          }
        : {}),
      tooltip: [
        { field: 'deal' },
        { field: 'period', title: model.period },
        { field: 'part' },
        { field: 'amount', title: `amount (${model.currency}, exact)` },
      ],
    },
  };
  const lines = {
    data: {
      values: model.gaps.flatMap((g) =>
        g.points.map((p) => ({
          deal: nameOf.get(g.deal),
          line: g.label,
          period: p.period,
          gap: toPlainString(p.amount),
        })),
      ),
    },
    transform: [{ calculate: `toNumber(datum.gap) / ${divisor(model.gapAxis)}`, as: 'value' }],
    mark: {
      type: 'line',
      color: '#555',
      strokeDash: [7, 4],
      strokeWidth: 2.5,
      point: { filled: false, fill: 'white', size: 40 },
    },
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: [...model.periods] },
      y: {
        field: 'value',
        type: 'quantitative',
        title: model.gapAxis.title,
        scale: scale(model.gapAxis),
        axis: axisOf(model.gapAxis, 'right'),
      },
      color,
      strokeDash: {
        field: 'line',
        type: 'nominal',
        sort: model.gaps.map((g) => g.label),
        scale: { domain: model.gaps.map((g) => g.label), range: model.gaps.map(() => [7, 4]) },
        legend: {
          title: null,
          orient: 'top',
          direction: 'vertical',
          labelLimit: 0,
          symbolType: 'stroke',
          symbolStrokeWidth: 2.5,
          symbolSize: 400,
          encode: { symbols: { update: { stroke: { value: '#555' } } } },
        },
      },
      tooltip: [
        { field: 'line', title: 'line' },
        { field: 'period', title: model.period },
        { field: 'gap', title: `running difference (${model.currency}, exact)` },
      ],
    },
  };
  const top = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: model.title, subtitle: [...model.subtitle], anchor: 'start' },
    config: { font: 'system-ui, -apple-system, Segoe UI, DejaVu Sans, Arial, sans-serif', legend: { labelLimit: 0 } },
  };
  const chart = {
    width: 720,
    height: 340,
    resolve: { scale: { y: 'independent' } },
    layer: model.gaps.length === 0 ? [bars] : [bars, lines],
  };
  const panel = deliveryView(model, names, colors);
  if (panel === undefined) return { ...top, ...chart };
  // The panel draws no legend of its own: the chart's names the deals.
  return {
    ...top,
    vconcat: [chart, panel],
    spacing: 28,
    resolve: { legend: { color: 'independent', stroke: 'independent' } },
  };
}

// Delivered against pledged to date, one row per line of a record: the part pledged to date as an
// outlined bar with a dark tick at its end, what was delivered as a solid bar over it.
function deliveryView(
  model: ChartModel,
  names: readonly string[],
  colors: readonly string[],
): VegaLiteView | undefined {
  const axis = model.deliveryAxis;
  if (model.delivery.length === 0 || axis === null) return undefined;
  const rows = model.delivery.map((d) => d.label);
  const values = model.delivery.map((d) => ({
    deal: d.name,
    id: d.deal,
    line: d.line,
    row: d.label,
    asOf: d.asOf,
    pledged: toPlainString(d.pledged),
    pledgedToDate: toPlainString(d.pledgedToDate),
    delivered: toPlainString(d.delivered),
    figures: d.figures,
  }));
  const transform = [
    { calculate: `toNumber(datum.pledgedToDate) / ${divisor(axis)}`, as: 'due' },
    { calculate: `toNumber(datum.delivered) / ${divisor(axis)}`, as: 'done' },
  ];
  // Rows are named by a label above each bar (as in the SVG), not on an axis that would push the chart right.
  const y = { field: 'row', type: 'nominal', sort: rows, title: null, axis: null };
  const color = { field: 'deal', type: 'nominal', scale: { domain: [...names], range: [...colors] }, legend: null };
  const x = (field: string, titled: boolean) => ({
    field,
    type: 'quantitative',
    scale: scale(axis),
    ...(titled ? { title: axis.title, axis: { ...axisOf(axis, 'bottom'), grid: true } } : {}),
  });
  const tooltip = [
    { field: 'deal' },
    { field: 'line' },
    { field: 'asOf', title: 'to' },
    { field: 'delivered', title: `delivered (${model.currency}, exact)` },
    { field: 'pledgedToDate', title: `pledged to date (${model.currency}, exact)` },
    { field: 'pledged', title: `pledged in all (${model.currency}, exact)` },
  ];
  return {
    width: 720,
    height: { step: 46 },
    title: {
      text: "Delivered against pledged to date, from each deal's record",
      subtitle:
        'solid: delivered (announced and completed); outline and dark tick: what the pledge had due by that date',
      anchor: 'start',
      fontSize: 13,
    },
    layer: [
      {
        data: { values },
        transform,
        mark: { type: 'bar', fillOpacity: 0.15, strokeWidth: 1.5, height: { band: 0.34 }, yOffset: 8 },
        encoding: { x: x('due', true), y, color, stroke: color, tooltip },
      },
      {
        data: { values },
        transform,
        mark: { type: 'bar', height: { band: 0.17 }, yOffset: 8 },
        encoding: { x: x('done', false), y, color, tooltip },
      },
      {
        data: { values },
        transform,
        mark: { type: 'tick', color: '#222', thickness: 2.5, size: 24, yOffset: 8 },
        encoding: { x: x('due', false), y },
      },
      {
        data: { values },
        transform,
        mark: { type: 'text', align: 'left', dx: 10, yOffset: 8, color: '#222', fontSize: 12 },
        encoding: {
          x: { datum: inUnit(axis, axis.ticks[axis.ticks.length - 1]!), type: 'quantitative', scale: scale(axis) },
          y,
          text: { field: 'figures' },
        },
      },
      {
        data: { values },
        transform,
        mark: { type: 'text', align: 'left', baseline: 'bottom', yOffset: -2, color: '#222', fontSize: 12 },
        encoding: {
          x: { datum: inUnit(axis, axis.ticks[0]!), type: 'quantitative', scale: scale(axis) },
          y,
          text: { field: 'row' },
        },
      },
    ],
  };
}

function divisor(axis: MoneyAxis): string {
  return axis.unit === 'T' ? '1e12' : axis.unit === 'B' ? '1e9' : axis.unit === 'M' ? '1e6' : '1';
}

function inUnit(axis: MoneyAxis, value: Decimal): number {
  // For drawing only: the exact tick in the axis unit as a JS number.
  return Number(toPlainString(value.div(divisor(axis))));
}

function scale(axis: MoneyAxis): Record<string, unknown> {
  return {
    domain: [inUnit(axis, axis.ticks[0]!), inUnit(axis, axis.ticks[axis.ticks.length - 1]!)],
    nice: false,
    zero: true,
  };
}

// Ticks at the model's values, labelled with the model's text (so both renderers read alike).
function axisOf(axis: MoneyAxis, orient: 'left' | 'right' | 'bottom'): Record<string, unknown> {
  const values = axis.ticks.map((t) => inUnit(axis, t));
  const labelExpr = values.reduceRight(
    (rest, v, k) => `datum.value == ${v} ? ${JSON.stringify(axis.labels[k])} : ${rest}`,
    "''",
  );
  return { orient, values, labelExpr, grid: orient !== 'right', gridColor: '#e3e3e3', titleFontWeight: 'normal' };
}
