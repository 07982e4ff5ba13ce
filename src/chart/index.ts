/**
 * dealcalc/chart: charts of comparisons, kept out of the core import. An SVG drawn by
 * dealcalc itself and a Vega-Lite spec for notebooks, both from one chart model.
 */
export { comparisonSvg, renderSvg } from './svg.ts';
export type { SvgOptions } from './svg.ts';
export { comparisonVegaLite, vegaLiteSpec } from './vegaLite.ts';
export type { VegaLiteLayer, VegaLiteSpec, VegaLiteLayerSpec, VegaLiteConcatSpec, VegaLiteView } from './vegaLite.ts';
export { chartModel, DEAL_COLORS, INSTRUMENT_OPACITY } from './model.ts';
export type { ChartModel, ChartBar, ChartDeal, ChartDelivery, ChartOptions, GapLine, MoneyAxis } from './model.ts';
export { roundTicks, sharedZeroTicks, tickLabels } from './ticks.ts';
export type { AxisUnit } from './ticks.ts';
