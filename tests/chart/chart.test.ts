import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartModel, DEAL_COLORS } from '../../src/chart/model.ts';
import { comparisonSvg } from '../../src/chart/svg.ts';
import {
  comparisonVegaLite,
  type VegaLiteConcatSpec,
  type VegaLiteLayerSpec,
  type VegaLiteSpec,
} from '../../src/chart/vegaLite.ts';
import { roundTicks, sharedZeroTicks, tickLabels } from '../../src/chart/ticks.ts';
import { compare } from '../../src/compare/compare.ts';
import { INSTRUMENTS } from '../../src/deals/instrument.ts';
import { decimal } from '../../src/money/decimal.ts';
import { presetDeal } from '../../src/presets/presets.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { launch, renderInBrowser, type Rendered } from './browser.ts';

const us = presetDeal('kr-2025-10-us-cash-25x8');
const kr = presetDeal('kr-2025-10-kr-cash-7x10');
const mou = presetDeal('kr-2025-11-mou');
const rates = { rates: ['4.5%'] };
const two = [compare(us, kr, rates)];
const three = [compare(us, kr, rates), compare(us, mou, rates)];
const NAMES = ['US position (Oct 2025)', "Korea's counter-offer (Oct 2025)", 'MOU on Strategic Investments'];
// PNGs of every chart the tests render, for a person to look at.
const OUT = join(tmpdir(), 'dealcalc-charts');
mkdirSync(OUT, { recursive: true });

type Rect = {
  '@_height': string;
  '@_y': string;
  '@_fill': string;
  '@_data-deal': string;
  '@_data-period': string;
  '@_data-instrument': string;
  '@_data-amount': string;
};
type Group = { '@_class'?: string; rect?: Rect[]; circle?: unknown[] };

function parse(svg: string): { groups: Group[] } {
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['rect', 'g', 'circle', 'text'].includes(name),
  }).parse(svg) as { svg: { g: Group[] } };
  return { groups: doc.svg.g };
}
/** The layers of the chart itself: the spec's own, or its first view's when a record adds a panel. */
function layered(spec: VegaLiteSpec): VegaLiteLayerSpec {
  if ('vconcat' in spec && Array.isArray(spec.vconcat))
    return { $schema: spec.$schema, ...(spec as VegaLiteConcatSpec).vconcat[0] };
  return spec as VegaLiteLayerSpec;
}
const bars = (svg: string): Rect[] =>
  parse(svg)
    .groups.filter((g) => g['@_class'] === 'bars')
    .flatMap((g) => g.rect ?? []);

describe('chartModel', () => {
  it('shows cash by default, names deals by their short titles, one colour each', () => {
    const m = chartModel(three);
    expect(m.instruments).toEqual(['cash']);
    expect(m.deals.map((d) => d.name)).toEqual(NAMES);
    expect(m.deals.map((d) => d.color)).toEqual(DEAL_COLORS.slice(0, 3));
    expect(m.title).toBe('Cash paid each year, and the running difference');
    expect(m.subtitle).toEqual([
      "At 4.5% a year, US position (Oct 2025)'s cash is worth $114.4B more than Korea's counter-offer (Oct 2025)'s in today's money",
      "At 4.5% a year, US position (Oct 2025)'s cash is worth $6.9B more than MOU on Strategic Investments' in today's money",
    ]);
  });

  it('draws one running difference per deal after the first, against the first', () => {
    const m = chartModel(three);
    expect(m.gaps.map((g) => g.deal)).toEqual(['kr-2025-10-kr-cash-7x10', 'kr-2025-11-mou']);
    expect(m.gaps.map((g) => g.points.at(-1)!.amount.toFixed())).toEqual(['130000000000', '0']);
    expect(m.gaps[1]!.color).toBe(m.deals[2]!.color);
  });

  it('the two money axes share their zero and label ticks in one unit', () => {
    for (const cs of [two, three, [compare(kr, us, rates)]]) {
      const m = chartModel(cs);
      const zeroLeft = m.barAxis.ticks.findIndex((t) => t.isZero());
      const zeroRight = m.gapAxis.ticks.findIndex((t) => t.isZero());
      expect(zeroLeft).toBeGreaterThanOrEqual(0);
      expect(zeroLeft).toBe(zeroRight);
      expect(m.barAxis.ticks).toHaveLength(m.gapAxis.ticks.length);
      expect(m.barAxis.labels.every((l) => /^-?\$\d+(\.\d+)?B$/.test(l))).toBe(true);
    }
    // Korea against the US: the running difference is negative, so zero sits above the bottom.
    const reversed = chartModel([compare(kr, us, rates)]);
    expect(reversed.gapAxis.ticks[0]!.lt(0)).toBe(true);
    expect(reversed.gapAxis.labels[0]).toMatch(/^-\$/);
  });

  it('adds instruments on request, in a fixed order', () => {
    expect(chartModel(three, { instruments: ['unspecified', 'cash', 'guarantee'] }).instruments).toEqual([
      'cash',
      'guarantee',
      'unspecified',
    ]);
    expect(chartModel(three, { instruments: INSTRUMENTS }).instruments).toEqual(['cash', 'guarantee', 'unspecified']);
    expect(() => chartModel(three, { instruments: ['gold' as never] })).toThrow(/instruments/);
  });
});

describe('comparisonSvg', () => {
  const svg = comparisonSvg(three);

  it('is well-formed standalone SVG naming the deals, not their ids', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const texts = svg.match(/<text[^>]*>[^<]*<\/text>/g)!.join('\n');
    for (const name of NAMES) expect(texts).toContain(name.replace("'", '&#39;').replace('&#39;', "'"));
    expect(texts).not.toContain('kr-2025-10-us-cash-25x8');
  });

  it('has one cash bar per deal and period, each deal in its own colour', () => {
    const rects = bars(svg);
    expect(rects).toHaveLength(3 * 10);
    expect(new Set(rects.map((r) => r['@_data-instrument']))).toEqual(new Set(['cash']));
    const colours = new Map(rects.map((r) => [r['@_data-deal'], r['@_fill']]));
    expect([...colours.values()]).toEqual(DEAL_COLORS.slice(0, 3));
  });

  it('bar heights are in proportion to the amounts, and cash fills the plot', () => {
    const rects = bars(svg).filter((r) => r['@_data-amount'] !== '0');
    const ratios = rects.map((r) => decimal(r['@_height']).div(r['@_data-amount']));
    for (const ratio of ratios) expect(ratio.div(ratios[0]!).minus(1).abs().lt('0.001')).toBe(true);
    // Korea's $7B a year is well over 40 px tall: cash sets the scale, not guarantees.
    const small = rects.find((r) => r['@_data-amount'] === '7000000000')!;
    expect(decimal(small['@_height']).gt(40)).toBe(true);
  });

  it('draws one dashed running difference per deal after the first', () => {
    const gaps = parse(svg).groups.filter((g) => g['@_class'] === 'gap');
    expect(gaps).toHaveLength(2);
    expect(svg.match(/data-gap="/g)).toHaveLength(20);
    expect(svg).toContain('data-gap="130000000000"');
  });
});

describe('comparisonVegaLite', () => {
  it('keeps exact amounts in the data and converts only to draw', () => {
    const spec = layered(comparisonVegaLite([compare(proposal('cash 25B x 8'), proposal('cash 7B x 10'), rates)]));
    expect(spec.layer[0]!.data.values[0]).toEqual({
      deal: 'cash 25B x 8',
      id: 'cash-25b-x-8',
      period: 0,
      instrument: 'cash',
      part: 'cash',
      amount: '25000000000',
    });
    expect(spec.layer[0]!.transform).toEqual([{ calculate: 'toNumber(datum.amount) / 1e9', as: 'value' }]);
    expect(spec.layer[1]!.data.values.at(-1)).toMatchObject({ period: 9, gap: '130000000000' });
  });

  it('uses the SVG chart colours and full names', () => {
    const spec = layered(comparisonVegaLite(three));
    expect((spec.layer[0]!.encoding['color'] as { scale: unknown }).scale).toEqual({
      domain: NAMES,
      range: DEAL_COLORS.slice(0, 3),
    });
    expect((spec.layer[0]!.encoding['color'] as { legend: { labelLimit: number } }).legend.labelLimit).toBe(0);
  });

  it('compiles with vega-lite and renders with vega: formatted axes, the names, the colours', async () => {
    for (const [name, cs] of [
      ['two', two],
      ['three', three],
    ] as const) {
      const svg = await vegaSvg(comparisonVegaLite(cs));
      expect(XMLValidator.validate(svg)).toBe(true);
      for (const label of ['$0B', '$25B', '$150B']) expect(svg).toContain(`>${label}<`);
      expect(svg).not.toMatch(/>\d{1,3}(,\d{3}){3}</);
      for (const deal of NAMES.slice(0, cs.length + 1))
        expect(svg.replace(/&#39;|&#x27;|&apos;/g, "'")).toContain(deal);
      for (const colour of DEAL_COLORS.slice(0, cs.length + 1))
        expect(svg.toLowerCase()).toContain(colour.toLowerCase());
      writeFileSync(join(OUT, `${name}-vega-lite.svg`), svg);
    }
  });
});

async function vegaSvg(spec: unknown): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
  return view.toSVG();
}

describe('delivered against pledged to date (deals that carry a record)', () => {
  const jp = presetDeal('jp-2025-09-mou');
  const record = [compare(jp, mou, rates)];
  // Japan's record to 8 Mar 2026: three projects of the first tranche, 17 Feb 2026 (J19):
  // $33.3B + $2.1B + $0.6B = $36.0B. Its $550B is due straight-line from 4 Sep 2025 to 19 Jan 2029,
  // both days counted: 186 of 1,234 days had passed (worked out by hand from the calendar).
  const japanDue = decimal('550e9').times(186).div(1234);

  it('the model has one row per line of each record, in the deal colours; none without a record', () => {
    const m = chartModel(record);
    expect(m.delivery.map((d) => [d.deal, d.line, d.asOf])).toEqual([
      ['jp-2025-09-mou', 'headline', '2026-03-08'],
      ['kr-2025-11-mou', 'headline', '2026-03-12'],
    ]);
    expect(m.delivery[0]!.delivered.toFixed()).toBe('36000000000');
    expect(m.delivery[0]!.pledgedToDate.eq(japanDue)).toBe(true);
    expect(m.delivery[0]!.figures).toBe('$36.0B of $82.9B due (43.4%)');
    expect(m.delivery[1]!.figures).toBe('$0 of $55.4B due (0.0%)');
    expect(m.delivery.map((d) => d.color)).toEqual(DEAL_COLORS.slice(0, 2));
    expect(m.deliveryAxis!.labels).toEqual(['$0B', '$20B', '$40B', '$60B', '$80B', '$100B']);
    expect(chartModel(two).delivery).toEqual([]);
    expect(chartModel(two).deliveryAxis).toBeNull();
    // The EU's energy purchases are a line of their own (alongside the headline).
    expect(
      chartModel([compare(us, presetDeal('eu-2025-08-joint-statement'), rates)]).delivery.map((d) => d.line),
    ).toEqual(['headline', 'US energy purchases (LNG, oil, nuclear)']);
  });

  it('the SVG draws each row: delivered solid over the part pledged to date, a mark at its end, bars in proportion', () => {
    const svg = comparisonSvg(record);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("Delivered against pledged to date, from each deal's record");
    const rows = [...svg.matchAll(/<g class="delivery" data-deal="([^"]+)"[\s\S]*?<\/g>/g)];
    expect(rows.map((r) => r[1])).toEqual(['jp-2025-09-mou', 'kr-2025-11-mou']);
    const japan = rows[0]![0];
    const due =
      /class="pledged-to-date" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-pledged-to-date="([\d.]+)"/.exec(
        japan,
      )!;
    const done = /class="delivered" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-delivered="([\d.]+)"/.exec(
      japan,
    )!;
    const mark = /class="pledged-mark" x1="([\d.]+)"/.exec(japan)!;
    expect(done[3]).toBe('36000000000');
    expect(decimal(due[3]!).eq(japanDue)).toBe(true);
    // Widths in proportion to the amounts (to the 0.001 px they are written to), the mark at the end of the part due.
    expect(decimal(done[2]!).div(due[2]!).minus(decimal('36e9').div(japanDue)).abs().lt('0.0001')).toBe(true);
    expect(decimal(due[1]!).plus(due[2]!).minus(mark[1]!).abs().lte('0.001')).toBe(true);
    expect(japan).toContain('$36.0B of $82.9B due (43.4%)');
    expect(comparisonSvg(two)).not.toContain('class="delivery"');
  });

  it('the Vega-Lite spec adds the panel under the chart, compiles and renders with the same figures', async () => {
    const spec = comparisonVegaLite(record);
    expect('vconcat' in spec).toBe(true);
    const panel = (spec as VegaLiteConcatSpec).vconcat[1];
    expect(panel.layer[0]!.data.values[0]).toMatchObject({
      id: 'jp-2025-09-mou',
      line: 'headline',
      delivered: '36000000000',
      figures: '$36.0B of $82.9B due (43.4%)',
    });
    expect(decimal(panel.layer[0]!.data.values[0]!.pledgedToDate as string).eq(japanDue)).toBe(true);
    expect('layer' in comparisonVegaLite(two)).toBe(true);
    const svg = await vegaSvg(spec);
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const text of [
      "Delivered against pledged to date, from each deal's record",
      '$36.0B of $82.9B due (43.4%)',
      '$0 of $55.4B due (0.0%)',
      '$80B',
    ])
      expect(svg).toContain(text);
    writeFileSync(join(OUT, 'record-vega-lite.svg'), svg);
  });
});

describe('in a real browser (Chromium, headless)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  // Text boxes that overlap, beyond a pixel of anti-aliasing.
  const overlaps = (r: Rendered): string[] => {
    const t = r.texts.filter((x) => x.width > 0 && x.text.trim() !== '');
    const out: string[] = [];
    for (let i = 0; i < t.length; i += 1) {
      for (let j = i + 1; j < t.length; j += 1) {
        const a = t[i]!;
        const b = t[j]!;
        if (a.x + a.width - 1 > b.x && b.x + b.width - 1 > a.x && a.y + a.height - 1 > b.y && b.y + b.height - 1 > a.y)
          out.push(`${a.text} / ${b.text}`);
      }
    }
    return out;
  };

  it.each([
    ['two', two],
    ['three', three],
    ['record', [compare(presetDeal('jp-2025-09-mou'), mou, rates)]],
    [
      'records',
      [compare(us, presetDeal('eu-2025-08-joint-statement'), rates), compare(us, presetDeal('jp-2025-09-mou'), rates)],
    ],
  ] as const)(
    'the SVG chart of %s deals: every label inside the picture, none on another, the cash bars tall',
    async (name, cs) => {
      const svg = comparisonSvg(cs);
      const r = await renderInBrowser(browser, svg);
      writeFileSync(join(OUT, `${name}.png`), r.png);
      expect(r.png.subarray(1, 4).toString()).toBe('PNG');
      expect(r.width).toBe(960);
      for (const t of r.texts) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width, t.text).toBeLessThanOrEqual(r.width + 1);
      }
      expect(overlaps(r)).toEqual([]);
      for (const deal of chartModel(cs).deals.map((d) => d.name)) expect(r.texts.map((t) => t.text)).toContain(deal);
      // A record adds its panel, inside the picture like the rest.
      const panel = r.texts.find((t) => t.text.startsWith('Delivered against pledged to date'));
      if (chartModel(cs).delivery.length > 0) expect(panel!.y + panel!.height).toBeLessThanOrEqual(r.height);
      else expect(panel).toBeUndefined();
    },
    60_000,
  );

  it.each([
    ['two', two],
    ['three', three],
  ] as const)(
    'the Vega-Lite chart of %s deals renders the same names and axes',
    async (name, cs) => {
      const r = await renderInBrowser(browser, await vegaSvg(comparisonVegaLite(cs)));
      writeFileSync(join(OUT, `${name}-vega-lite.png`), r.png);
      const texts = r.texts.map((t) => t.text);
      for (const deal of NAMES.slice(0, cs.length + 1)) expect(texts).toContain(deal);
      for (const label of ['$0B', '$25B', '$150B']) expect(texts).toContain(label);
      expect(r.width).toBeGreaterThan(700);
    },
    60_000,
  );

  it('the Vega-Lite chart with a record renders its panel of delivered against pledged to date', async () => {
    const cs = [compare(presetDeal('jp-2025-09-mou'), mou, rates)];
    const r = await renderInBrowser(browser, await vegaSvg(comparisonVegaLite(cs)));
    writeFileSync(join(OUT, 'record-vega-lite.png'), r.png);
    const texts = r.texts.map((t) => t.text);
    for (const text of [
      "Delivered against pledged to date, from each deal's record",
      '$36.0B of $82.9B due (43.4%)',
      '$0 of $55.4B due (0.0%)',
      'MOU of 4 Sep 2025, headline, to 2026-03-08',
    ])
      expect(texts).toContain(text);
    for (const t of r.texts) expect(t.x + t.width, t.text).toBeLessThanOrEqual(r.width + 1);
  }, 60_000);
});

describe('ticks', () => {
  it.each([
    ['0', '25e9', ['0', '5000000000', '10000000000', '15000000000', '20000000000', '25000000000']],
    ['0', '175e9', ['0', '50000000000', '100000000000', '150000000000', '200000000000']],
    ['-7e9', '144e9', ['-50000000000', '0', '50000000000', '100000000000', '150000000000']],
    ['0', '0', ['0', '1']],
  ])('roundTicks [%s, %s]', (min, max, expected) => {
    expect(roundTicks(decimal(min), decimal(max)).map((t) => t.toFixed())).toEqual(expected);
  });

  it('sharedZeroTicks: the same intervals below and above zero on both axes, covering both ranges', () => {
    for (const [l, rmin, rmax] of [
      ['25e9', '0', '144e9'],
      ['25e9', '-144e9', '0'],
      ['7e9', '-30e9', '5e9'],
      ['0', '0', '0'],
      ['1.39e12', '-40e9', '1e9'],
    ]) {
      const t = sharedZeroTicks(decimal(l!), decimal(rmin!), decimal(rmax!));
      expect(t.left.findIndex((x) => x.isZero())).toBe(t.right.findIndex((x) => x.isZero()));
      expect(t.left.at(-1)!.gte(l!)).toBe(true);
      expect(t.right[0]!.lte(rmin!)).toBe(true);
      expect(t.right.at(-1)!.gte(rmax!)).toBe(true);
    }
  });

  it('tickLabels: one unit, no more places than the ticks need', () => {
    expect(tickLabels([decimal('-5e11'), decimal(0), decimal('1e12'), decimal('1.5e12')], 'USD').labels).toEqual([
      '-$0.5T',
      '$0.0T',
      '$1.0T',
      '$1.5T',
    ]);
    expect(tickLabels([decimal(0), decimal('5e12')], 'KRW').labels).toEqual(['₩0T', '₩5T']);
  });
});
