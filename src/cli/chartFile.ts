// The --chart file of `dealcalc compare`: loaded only when a chart is asked for.
import { chartModel } from '../chart/model.ts';
import { renderSvg } from '../chart/svg.ts';
import { vegaLiteSpec } from '../chart/vegaLite.ts';
import type { Comparison } from '../compare/compare.ts';
import type { Instrument } from '../deals/instrument.ts';

/** The chart of `comparisons` as SVG, or as a Vega-Lite spec when `path` ends in `.json`. */
export function chartText(
  comparisons: readonly Comparison[],
  instruments: readonly Instrument[] | undefined,
  path: string,
): string {
  const model = chartModel(comparisons, instruments === undefined ? {} : { instruments });
  return path.toLowerCase().endsWith('.json') ? `${JSON.stringify(vegaLiteSpec(model), null, 2)}\n` : renderSvg(model);
}
