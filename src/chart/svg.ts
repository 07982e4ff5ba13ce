import type { Comparison } from '../compare/compare.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { formatAmount } from '../money/format.ts';
import { chartModel, INSTRUMENT_COLORS, type ChartModel } from './model.ts';
import { roundTicks } from './ticks.ts';

/** Options of {@link comparisonSvg}. */
export interface SvgOptions {
  /** Width in pixels (default 960). */
  readonly width?: number;
  /** Height in pixels (default 540). */
  readonly height?: number;
}

const SHADES = ['1', '0.62', '0.38', '0.24'];

/**
 * A standalone SVG chart of comparisons sharing their first deal: for each period, one bar
 * per deal (side by side), each split by instrument; the cumulative gap a − b of the compared
 * instrument as a line on its own right-hand axis; round ticks, labelled axes, a legend, and
 * a title naming the deals and the first discount rate. Bar heights are in proportion to the
 * amounts (computed with exact decimals, written to 0.001 px). Every bar segment carries
 * `data-deal`, `data-period`, `data-instrument` and `data-amount` (the exact amount).
 *
 * Drawn by dealcalc itself (about 150 lines, no dependency), so the chart needs nothing but
 * the results it shows.
 *
 * @example
 * writeFileSync('k.svg', comparisonSvg([compare(a, b, { rates: ['4.5%'] })]));
 */
export function comparisonSvg(comparisons: readonly Comparison[], options: SvgOptions = {}): string {
  return renderSvg(chartModel(comparisons), options);
}

/**
 * Renders a chart model (see `chartModel`) as standalone SVG text.
 *
 * @example
 * renderSvg(chartModel([compare(a, b)]), { width: 640, height: 360 }).startsWith('<svg') //=> true
 */
export function renderSvg(model: ChartModel, options: SvgOptions = {}): string {
  const width = options.width ?? 960;
  const height = options.height ?? 540;
  const m = { top: 112, right: 96, bottom: 64, left: 88 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const money = (x: Decimal): string => formatAmount({ value: x, currency: model.currency as never });

  // Stacked totals per deal and period fix the left axis.
  const stacks = new Map<string, Decimal>();
  for (const b of model.bars) stacks.set(`${b.deal}|${b.period}`, (stacks.get(`${b.deal}|${b.period}`) ?? new D(0)).plus(b.amount));
  const maxStack = [...stacks.values()].reduce((a, b) => (b.gt(a) ? b : a), new D(0));
  const leftTicks = roundTicks(new D(0), maxStack);
  const leftMax = leftTicks[leftTicks.length - 1]!;
  const gaps = model.cumulativeGap.map((g) => g.amount);
  const rightTicks = roundTicks(gaps.reduce((a, b) => (b.lt(a) ? b : a), new D(0)), gaps.reduce((a, b) => (b.gt(a) ? b : a), new D(0)));
  const rightMin = rightTicks[0]!;
  const rightMax = rightTicks[rightTicks.length - 1]!;
  const yLeft = (v: Decimal): Decimal => new D(m.top + plotH).minus(v.div(leftMax).times(plotH));
  const yRight = (v: Decimal): Decimal => new D(m.top + plotH).minus(v.minus(rightMin).div(rightMax.minus(rightMin)).times(plotH));
  const px = (v: Decimal): string => v.toFixed(3);

  const groups = Math.max(model.periods.length, 1);
  const groupW = new D(plotW).div(groups);
  const barW = groupW.times('0.8').div(Math.max(model.deals.length, 1));
  const x0 = (index: number): Decimal => new D(m.left).plus(groupW.times(index)).plus(groupW.times('0.1'));
  const center = (index: number): Decimal => new D(m.left).plus(groupW.times(index)).plus(groupW.div(2));

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Arial, sans-serif" font-size="12">`);
  out.push(`<title>${esc(model.title)}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${m.left}" y="26" font-size="17" font-weight="600" fill="#222">${esc(model.title)}</text>`);
  out.push(`<text x="${m.left}" y="46" fill="#555">${esc(model.subtitle)}</text>`);

  // Legend: instrument colours, deal shades, the gap line; wrapped to the width.
  const items: Array<{ swatch: (x: number, y: number) => string; label: string }> = [
    ...model.instruments.map((i) => ({ swatch: (x: number, y: number) => `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${INSTRUMENT_COLORS[i]}"/>`, label: i })),
    ...model.deals.map((d, k) => ({ swatch: (x: number, y: number) => `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="#444" fill-opacity="${SHADES[k % SHADES.length]}"/>`, label: d })),
    { swatch: (x: number, y: number) => `<line x1="${x}" y1="${y - 4}" x2="${x + 12}" y2="${y - 4}" stroke="#D55E00" stroke-width="2"/>`, label: model.gapLabel },
  ];
  let lx = m.left;
  let ly = 68;
  for (const item of items) {
    const itemWidth = 24 + item.label.length * 7;
    if (lx + itemWidth > width - 16 && lx > m.left) {
      lx = m.left;
      ly += 18;
    }
    out.push(`${item.swatch(lx, ly)}<text x="${lx + 16}" y="${ly}" fill="#333">${esc(item.label)}</text>`);
    lx += itemWidth;
  }

  // Axes and grid.
  out.push(`<g class="axis-left" fill="#555" text-anchor="end">`);
  for (const t of leftTicks) {
    const y = px(yLeft(t));
    out.push(`<line x1="${m.left}" y1="${y}" x2="${m.left + plotW}" y2="${y}" stroke="#e5e5e5"/><text x="${m.left - 8}" y="${y}" dy="4">${esc(money(t))}</text>`);
  }
  out.push(`</g>`);
  out.push(`<g class="axis-right" fill="#D55E00" text-anchor="start">`);
  for (const t of rightTicks) out.push(`<text x="${m.left + plotW + 8}" y="${px(yRight(t))}" dy="4">${esc(money(t))}</text>`);
  out.push(`</g>`);
  out.push(`<line x1="${m.left}" y1="${m.top + plotH}" x2="${m.left + plotW}" y2="${m.top + plotH}" stroke="#333"/>`);
  out.push(`<text transform="translate(20 ${m.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#333">outflow per ${esc(model.period)} (${esc(model.currency)})</text>`);
  out.push(`<text transform="translate(${width - 16} ${m.top + plotH / 2}) rotate(90)" text-anchor="middle" fill="#D55E00">cumulative gap (${esc(model.currency)})</text>`);
  out.push(`<text x="${m.left + plotW / 2}" y="${height - 14}" text-anchor="middle" fill="#333">${esc(model.period)} (period from each deal's start)</text>`);

  // Bars: one segment per deal, period and instrument, stacked in instrument order.
  out.push(`<g class="bars">`);
  model.periods.forEach((period, index) => {
    out.push(`<text x="${px(center(index))}" y="${m.top + plotH + 18}" text-anchor="middle" fill="#555">${period}</text>`);
    model.deals.forEach((deal, k) => {
      let base = new D(0);
      for (const bar of model.bars.filter((b) => b.deal === deal && b.period === period)) {
        const top = yLeft(base.plus(bar.amount));
        const h = yLeft(base).minus(top);
        out.push(
          `<rect class="bar" x="${px(x0(index).plus(barW.times(k)))}" y="${px(top)}" width="${px(barW.minus('1'))}" height="${px(h)}" fill="${INSTRUMENT_COLORS[bar.instrument]}" fill-opacity="${SHADES[k % SHADES.length]}" data-deal="${esc(deal)}" data-period="${period}" data-instrument="${bar.instrument}" data-amount="${bar.amount.toFixed()}"><title>${esc(`${deal}, ${model.period} ${period}, ${bar.instrument}: ${money(bar.amount)}`)}</title></rect>`,
        );
        base = base.plus(bar.amount);
      }
    });
  });
  out.push(`</g>`);

  // Cumulative gap line on the right axis.
  const points = model.cumulativeGap.map((g) => `${px(center(model.periods.indexOf(g.period)))},${px(yRight(g.amount))}`);
  out.push(`<polyline class="gap" fill="none" stroke="#D55E00" stroke-width="2" points="${points.join(' ')}"/>`);
  for (const g of model.cumulativeGap) {
    out.push(`<circle cx="${px(center(model.periods.indexOf(g.period)))}" cy="${px(yRight(g.amount))}" r="3" fill="#D55E00" data-period="${g.period}" data-gap="${g.amount.toFixed()}"><title>${esc(`${model.period} ${g.period}: ${money(g.amount)}`)}</title></circle>`);
  }
  out.push(`</svg>`);
  return `${out.join('\n')}\n`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
