/**
 * dealcalc/chart: charts of comparisons, kept out of the core import. An SVG drawn by
 * dealcalc itself and a Vega-Lite spec for notebooks.
 */
export { comparisonSvg, renderSvg } from './svg.ts';
export type { SvgOptions } from './svg.ts';
export { comparisonVegaLite } from './vegaLite.ts';
export { chartModel, INSTRUMENT_COLORS } from './model.ts';
export type { ChartModel, ChartBar } from './model.ts';
export { roundTicks } from './ticks.ts';
