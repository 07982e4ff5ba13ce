import type { Comparison } from '../compare/compare.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { formatAmount } from '../money/format.ts';
import { FACE_LABELS } from '../report/compareReport.ts';
import { optionsObject } from '../errors/options.ts';
import { wholeNumber } from '../money/integer.ts';
import { chartModel, INSTRUMENT_OPACITY, readChartModel, type ChartModel, type ChartOptions } from './model.ts';

/** Options of {@link comparisonSvg}. */
export interface SvgOptions extends ChartOptions {
  /** Width in pixels, a whole number from 1 to 100,000 (default 960). */
  readonly width?: number;
  /** Height in pixels, a whole number from 1 to 100,000 (default 560). */
  readonly height?: number;
}

/**
 * A standalone SVG chart of comparisons sharing their first deal: for each period, one bar per
 * deal side by side in the deal's colour (cash unless `instruments` says otherwise; several
 * instruments stack, lighter for each), and for each other deal the running difference
 * (first deal − that deal) as a dashed line in that deal's colour on the right-hand axis. Both
 * axes share their zero and label their ticks in one unit ($B, ₩T); a legend names every deal.
 * Bar heights are in proportion to the amounts (computed with exact decimals, written to
 * 0.001 px). Every bar carries `data-deal` (id), `data-period`, `data-instrument` and
 * `data-amount` (the exact amount); every point of a line `data-deal`, `data-period` and
 * `data-gap`.
 *
 * When a deal carries a record, a panel under the plot draws delivered against pledged to date,
 * one row per line of the record: the part pledged to date as an outlined bar with a dark mark
 * at its end, and what was delivered as a solid bar over it, in the deal's colour, with the
 * figures beside it. Each row is a `g.delivery` with `data-deal` and `data-line`; its bars carry
 * `data-delivered` and `data-pledged-to-date` (exact amounts).
 *
 * Drawn by dealcalc itself (no dependency), so the chart needs nothing but the results it shows.
 *
 * @throws {DealcalcError} `invalid_input` as `chartModel`, and for a `width` or `height` that is
 *   not a whole number of pixels from 1 to 100,000.
 *
 * @example
 * writeFileSync('k.svg', comparisonSvg([compare(a, b, { rates: ['4.5%'] })]));
 */
export function comparisonSvg(comparisons: readonly Comparison[], options?: SvgOptions): string {
  return renderSvg(chartModel(comparisons, options), options);
}

/**
 * Renders a chart model (see `chartModel`) as standalone SVG text.
 *
 * @throws {DealcalcError} `invalid_input` at `model` for anything but a chart model, at
 *   `options` for options that are not an object, and for a `width` or `height` that is not a
 *   whole number of pixels from 1 to 100,000.
 *
 * @example
 * renderSvg(chartModel([compare(a, b)]), { width: 640, height: 360 }).startsWith('<svg') //=> true
 */
export function renderSvg(model: ChartModel, options?: SvgOptions): string {
  readChartModel(model);
  const o = optionsObject(options);
  const width = wholeNumber(o.width ?? 960, { path: ['width'], min: 1, max: 100_000 });
  const height = wholeNumber(o.height ?? 560, { path: ['height'], min: 1, max: 100_000 });
  const money = (x: Decimal): string => formatAmount({ value: x, currency: model.currency });

  // Legend: deals (colour), instruments (shade) when several, one dashed line per difference.
  const items: Array<{ swatch: (x: number, y: number) => string; label: string }> = [
    ...model.deals.map((d) => ({
      swatch: (x: number, y: number) => `<rect x="${x}" y="${y - 10}" width="14" height="12" fill="${d.color}"/>`,
      label: d.name,
    })),
    ...(model.instruments.length > 1
      ? model.instruments.map((i) => ({
          swatch: (x: number, y: number) =>
            `<rect x="${x}" y="${y - 10}" width="14" height="12" fill="#555" fill-opacity="${INSTRUMENT_OPACITY[i]}"/>`,
          label: FACE_LABELS[i],
        }))
      : []),
    ...model.gaps.map((g) => ({
      swatch: (x: number, y: number) =>
        `<line x1="${x}" y1="${y - 4}" x2="${x + 14}" y2="${y - 4}" stroke="${g.color}" stroke-width="2.5" stroke-dasharray="5 3"/>`,
      label: g.label,
    })),
  ];
  const legend: string[] = [];
  const left = 84;
  let lx = left;
  let ly = 50 + 18 * model.subtitle.length + 10;
  for (const item of items) {
    const itemWidth = 26 + textWidth(item.label);
    if (lx + itemWidth > width - 16 && lx > left) {
      lx = left;
      ly += 20;
    }
    legend.push(
      `<g class="legend-item">${item.swatch(lx, ly)}<text x="${lx + 19}" y="${ly}" fill="#222">${esc(item.label)}</text></g>`,
    );
    lx += itemWidth;
  }

  const m = { top: ly + 24, right: 84, bottom: 58, left };
  const plotW = width - m.left - m.right;
  const plotH = Math.max(80, height - m.top - m.bottom);
  const panel = deliveryPanel(model, {
    left: m.left,
    top: m.top + plotH + m.bottom,
    width: width - m.left - m.right,
    figuresWidth: m.right,
  });
  const total = m.top + plotH + m.bottom + panel.height;
  const lTicks = model.barAxis.ticks;
  const rTicks = model.gapAxis.ticks;
  const y = (v: Decimal, ticks: readonly Decimal[]): Decimal => {
    const lo = ticks[0]!;
    const hi = ticks[ticks.length - 1]!;
    return new D(m.top + plotH).minus(v.minus(lo).div(hi.minus(lo)).times(plotH));
  };
  const px = (v: Decimal): string => v.toFixed(3);

  const groups = Math.max(model.periods.length, 1);
  const groupW = new D(plotW).div(groups);
  const barW = groupW.times('0.8').div(Math.max(model.deals.length, 1));
  const x0 = (index: number): Decimal => new D(m.left).plus(groupW.times(index)).plus(groupW.times('0.1'));
  const center = (index: number): Decimal => new D(m.left).plus(groupW.times(index)).plus(groupW.div(2));

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif" font-size="12">`,
  );
  out.push(`<title>${esc(`${model.title}: ${model.deals.map((d) => d.name).join(' vs ')}`)}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${total}" fill="#ffffff"/>`);
  out.push(
    `<text class="title" x="${m.left}" y="28" font-size="17" font-weight="600" fill="#222">${esc(model.title)}</text>`,
  );
  model.subtitle.forEach((line, k) =>
    out.push(`<text class="subtitle" x="${m.left}" y="${50 + 18 * k}" fill="#444">${esc(line)}</text>`),
  );
  out.push(`<g class="legend">`, ...legend, `</g>`);

  // Grid lines (shared by both axes) and tick labels.
  out.push(`<g class="axis-left" fill="#444" text-anchor="end">`);
  lTicks.forEach((t, k) => {
    const yy = px(y(t, lTicks));
    out.push(
      `<line x1="${m.left}" y1="${yy}" x2="${m.left + plotW}" y2="${yy}" stroke="${t.isZero() ? '#333' : '#e3e3e3'}"/><text x="${m.left - 8}" y="${yy}" dy="4">${esc(model.barAxis.labels[k]!)}</text>`,
    );
  });
  out.push(`</g>`);
  if (model.gaps.length > 0) {
    out.push(`<g class="axis-right" fill="#444" text-anchor="start">`);
    rTicks.forEach((t, k) =>
      out.push(
        `<text x="${m.left + plotW + 8}" y="${px(y(t, rTicks))}" dy="4">${esc(model.gapAxis.labels[k]!)}</text>`,
      ),
    );
    out.push(`</g>`);
    out.push(
      `<text transform="translate(${width - 14} ${m.top + plotH / 2}) rotate(90)" text-anchor="middle" fill="#333">${esc(model.gapAxis.title)}</text>`,
    );
  }
  out.push(
    `<text transform="translate(18 ${m.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#333">${esc(model.barAxis.title)}</text>`,
  );
  out.push(
    `<text x="${m.left + plotW / 2}" y="${m.top + plotH + 44}" text-anchor="middle" fill="#333">${esc(model.xTitle)}</text>`,
  );

  // Bars: one per deal and period, its instruments stacked in order, from the shared zero.
  const zero = y(new D(0), lTicks);
  out.push(`<g class="bars">`);
  model.periods.forEach((period, index) => {
    out.push(
      `<text x="${px(center(index))}" y="${m.top + plotH + 18}" text-anchor="middle" fill="#444">${period}</text>`,
    );
    model.deals.forEach((deal, k) => {
      let base = new D(0);
      for (const bar of model.bars.filter((b) => b.deal === deal.id && b.period === period)) {
        const top = y(base.plus(bar.amount), lTicks);
        const h = y(base, lTicks).minus(top);
        out.push(
          `<rect class="bar" x="${px(x0(index).plus(barW.times(k)))}" y="${px(top)}" width="${px(D.max(barW.minus('1'), new D('0.5')))}" height="${px(h)}" fill="${deal.color}" fill-opacity="${model.instruments.length > 1 ? INSTRUMENT_OPACITY[bar.instrument] : 1}" data-deal="${esc(deal.id)}" data-period="${period}" data-instrument="${bar.instrument}" data-amount="${bar.amount.toFixed()}"><title>${esc(`${deal.name}, ${model.period} ${period}, ${bar.instrument}: ${money(bar.amount)}`)}</title></rect>`,
        );
        base = base.plus(bar.amount);
      }
    });
  });
  out.push(`</g>`);
  out.push(`<line x1="${m.left}" y1="${px(zero)}" x2="${m.left + plotW}" y2="${px(zero)}" stroke="#333"/>`);

  // Running differences on the right axis.
  for (const g of model.gaps) {
    const points = g.points.map((p) => `${px(center(model.periods.indexOf(p.period)))},${px(y(p.amount, rTicks))}`);
    out.push(`<g class="gap" data-deal="${esc(g.deal)}">`);
    out.push(
      `<polyline fill="none" stroke="${g.color}" stroke-width="2.5" stroke-dasharray="7 4" points="${points.join(' ')}"/>`,
    );
    for (const p of g.points) {
      out.push(
        `<circle cx="${px(center(model.periods.indexOf(p.period)))}" cy="${px(y(p.amount, rTicks))}" r="3.5" fill="#fff" stroke="${g.color}" stroke-width="2" data-deal="${esc(g.deal)}" data-period="${p.period}" data-gap="${p.amount.toFixed()}"><title>${esc(`${g.label}, ${model.period} ${p.period}: ${formatAmount({ value: p.amount, currency: model.currency }, { sign: 'always' })}`)}</title></circle>`,
      );
    }
    out.push(`</g>`);
  }
  out.push(...panel.parts);
  out.push(`</svg>`);
  return `${out.join('\n')}\n`;
}

// Rows per line of the records: delivered (solid) against pledged to date (outline and mark).
function deliveryPanel(
  model: ChartModel,
  at: { left: number; top: number; width: number; figuresWidth: number },
): { height: number; parts: string[] } {
  const axis = model.deliveryAxis;
  if (model.delivery.length === 0 || axis === null) return { height: 0, parts: [] };
  const money = (x: Decimal): string => formatAmount({ value: x, currency: model.currency });
  const rowH = 44;
  const head = 46;
  const barH = 14;
  // The bars leave room on the right for their figures.
  const barW = at.width - 150;
  const lo = axis.ticks[0]!;
  const hi = axis.ticks[axis.ticks.length - 1]!;
  const x = (v: Decimal): Decimal => new D(at.left).plus(v.minus(lo).div(hi.minus(lo)).times(barW));
  const px = (v: Decimal): string => v.toFixed(3);
  const bottom = at.top + head + rowH * model.delivery.length;
  const parts: string[] = [`<g class="delivery-panel">`];
  parts.push(`<line x1="${at.left}" y1="${at.top + 4}" x2="${at.left + at.width}" y2="${at.top + 4}" stroke="#ccc"/>`);
  parts.push(
    `<text class="delivery-title" x="${at.left}" y="${at.top + 24}" font-size="14" font-weight="600" fill="#222">Delivered against pledged to date, from each deal's record</text>`,
  );
  parts.push(
    `<text x="${at.left}" y="${at.top + 40}" fill="#555">${esc(`Solid: delivered (announced and completed); outline and dark mark: what the pledge had due by that date (${symbolOf(axis)})`)}</text>`,
  );
  // Grid lines behind the bars only (the labels above them stay clear), tick labels under the last row.
  axis.ticks.forEach((t, k) => {
    const xx = px(x(t));
    model.delivery.forEach((_, r) => {
      const y = at.top + head + rowH * r + 20;
      parts.push(
        `<line x1="${xx}" y1="${y - 6}" x2="${xx}" y2="${y + barH + 6}" stroke="${t.isZero() ? '#333' : '#e3e3e3'}"/>`,
      );
    });
    parts.push(`<text x="${xx}" y="${bottom + 16}" text-anchor="middle" fill="#444">${esc(axis.labels[k]!)}</text>`);
  });
  const maxChars = Math.floor((at.width + at.figuresWidth - 16) / 7);
  model.delivery.forEach((d, k) => {
    const y = at.top + head + rowH * k;
    const barY = y + 20;
    const label = [...d.label].length > maxChars ? `${[...d.label].slice(0, maxChars - 1).join('')}…` : d.label;
    parts.push(`<g class="delivery" data-deal="${esc(d.deal)}" data-line="${esc(d.line)}">`);
    parts.push(`<text x="${at.left}" y="${y + 14}" fill="#222">${esc(label)}</text>`);
    parts.push(
      `<rect class="pledged-to-date" x="${at.left}" y="${barY}" width="${px(x(d.pledgedToDate).minus(at.left))}" height="${barH}" fill="${d.color}" fill-opacity="0.15" stroke="${d.color}" stroke-width="1.5" data-pledged-to-date="${d.pledgedToDate.toFixed()}"><title>${esc(`${d.name}, ${d.line}: ${money(d.pledgedToDate)} pledged to ${d.asOf} (of ${money(d.pledged)})`)}</title></rect>`,
    );
    parts.push(
      `<rect class="delivered" x="${at.left}" y="${barY + 3}" width="${px(x(d.delivered).minus(at.left))}" height="${barH - 6}" fill="${d.color}" data-delivered="${d.delivered.toFixed()}"><title>${esc(`${d.name}, ${d.line}: ${money(d.delivered)} delivered by ${d.asOf}`)}</title></rect>`,
    );
    parts.push(
      `<line class="pledged-mark" x1="${px(x(d.pledgedToDate))}" y1="${barY - 4}" x2="${px(x(d.pledgedToDate))}" y2="${barY + barH + 4}" stroke="#222" stroke-width="2.5"/>`,
    );
    parts.push(`<text x="${at.left + barW + 12}" y="${barY + 11}" fill="#222">${esc(d.figures)}</text>`);
    parts.push(`</g>`);
  });
  parts.push(`</g>`);
  return { height: head + rowH * model.delivery.length + 34, parts };
}

function symbolOf(axis: NonNullable<ChartModel['deliveryAxis']>): string {
  return axis.title.replace(/^.*\((.*)\)$/, '$1');
}

// Rough width of text at 12px in a sans-serif font, for laying out the legend.
function textWidth(text: string): number {
  return Math.ceil([...text].length * 7);
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
