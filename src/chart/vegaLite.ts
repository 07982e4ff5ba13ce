import type { Comparison } from '../compare/compare.ts';
import { INSTRUMENTS } from '../deals/instrument.ts';
import { toPlainString } from '../money/decimal.ts';
import { chartModel, INSTRUMENT_COLORS } from './model.ts';

/**
 * A Vega-Lite (v5) spec of the same chart as `comparisonSvg`, for notebooks (Jupyter and
 * Observable render Vega-Lite natively): bars per deal and period split by instrument, and
 * the cumulative gap as a line on an independent axis. Amounts stay exact decimal strings in
 * the data; the spec converts them to numbers for drawing only.
 *
 * @example
 * const spec = comparisonVegaLite([compare(a, b, { rates: ['4.5%'] })]);
 * // in a Deno/Jupyter notebook: Deno.jupyter.display({ 'application/vnd.vegalite.v5+json': spec }, { raw: true })
 */
export function comparisonVegaLite(comparisons: readonly Comparison[]): Record<string, unknown> {
  const model = chartModel(comparisons);
  const order = INSTRUMENTS.filter((i) => model.instruments.includes(i));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: model.title, subtitle: model.subtitle },
    width: 720,
    height: 360,
    resolve: { scale: { y: 'independent' } },
    layer: [
      {
        data: { values: model.bars.map((b) => ({ deal: b.deal, period: b.period, instrument: b.instrument, amount: toPlainString(b.amount) })) },
        transform: [{ calculate: 'toNumber(datum.amount)', as: 'value' }],
        mark: 'bar',
        encoding: {
          x: { field: 'period', type: 'ordinal', title: `${model.period} (period from each deal's start)` },
          xOffset: { field: 'deal', sort: [...model.deals] },
          y: { field: 'value', type: 'quantitative', stack: 'zero', title: `outflow per ${model.period} (${model.currency})` },
          color: { field: 'instrument', sort: order, scale: { domain: order, range: order.map((i) => INSTRUMENT_COLORS[i]) } },
          opacity: { field: 'deal', sort: [...model.deals], legend: { title: 'deal' } },
          tooltip: [{ field: 'deal' }, { field: 'period' }, { field: 'instrument' }, { field: 'amount', title: `amount (${model.currency})` }],
        },
      },
      {
        data: { values: model.cumulativeGap.map((g) => ({ period: g.period, gap: toPlainString(g.amount) })) },
        transform: [{ calculate: 'toNumber(datum.gap)', as: 'value' }],
        mark: { type: 'line', color: '#D55E00', point: true },
        encoding: {
          x: { field: 'period', type: 'ordinal' },
          y: { field: 'value', type: 'quantitative', title: `${model.gapLabel} (${model.currency})` },
          tooltip: [{ field: 'period' }, { field: 'gap', title: `cumulative gap (${model.currency})` }],
        },
      },
    ],
  };
}
