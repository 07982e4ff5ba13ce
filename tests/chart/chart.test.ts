import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { comparisonSvg } from '../../src/chart/svg.ts';
import { comparisonVegaLite } from '../../src/chart/vegaLite.ts';
import { roundTicks } from '../../src/chart/ticks.ts';
import { compare } from '../../src/compare/compare.ts';
import { decimal } from '../../src/money/decimal.ts';
import { presetDeal } from '../../src/presets/presets.ts';
import { proposal } from '../../src/deals/proposal.ts';

const us = presetDeal('kr-2025-10-us-cash-25x8');
const kr = presetDeal('kr-2025-10-kr-cash-7x10');
const mou = presetDeal('kr-2025-11-mou');

type Rect = { '@_class'?: string; '@_height': string; '@_data-deal': string; '@_data-period': string; '@_data-instrument': string; '@_data-amount': string };

function bars(svg: string): Rect[] {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'rect' || name === 'g' }).parse(svg) as { svg: { g: Array<{ '@_class'?: string; rect?: Rect[] }> } };
  return doc.svg.g.filter((g) => g['@_class'] === 'bars').flatMap((g) => g.rect ?? []);
}

describe('comparisonSvg', () => {
  const svg = comparisonSvg([compare(us, kr, { rates: ['4.5%'] }), compare(us, mou, { rates: ['4.5%'] })]);

  it('is well-formed standalone SVG with a title naming the deals and the rate', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('kr-2025-10-us-cash-25x8 vs kr-2025-10-kr-cash-7x10 vs kr-2025-11-mou');
    expect(svg).toContain('Discount rate 4.5%');
  });

  it('has one bar per deal, period and instrument', () => {
    const rects = bars(svg);
    // 3 deals × 10 years × 3 instruments in use (cash, guarantee, unspecified).
    expect(rects).toHaveLength(3 * 10 * 3);
    const keys = new Set(rects.map((r) => `${r['@_data-deal']}|${r['@_data-period']}|${r['@_data-instrument']}`));
    expect(keys.size).toBe(rects.length);
  });

  it('bar heights are in proportion to the amounts', () => {
    const rects = bars(svg).filter((r) => r['@_data-amount'] !== '0');
    const ratios = rects.map((r) => decimal(r['@_height']).div(r['@_data-amount']));
    const first = ratios[0]!;
    // Heights are written to 0.001 px; the smallest bar is 7B → about 10 px, so 1e-3 relative is ample.
    for (const ratio of ratios) expect(ratio.div(first).minus(1).abs().lt('0.001')).toBe(true);
    const cash = rects.find((r) => r['@_data-deal'] === 'kr-2025-10-us-cash-25x8' && r['@_data-period'] === '0' && r['@_data-instrument'] === 'cash');
    expect(cash?.['@_data-amount']).toBe('25000000000');
  });

  it('draws the cumulative gap as a line with a point per period', () => {
    expect(svg).toContain('<polyline class="gap"');
    expect(svg.match(/data-gap="/g)).toHaveLength(10);
    expect(svg).toContain('data-gap="130000000000"');
  });
});

describe('comparisonVegaLite', () => {
  it('keeps exact amounts in the data and converts only to draw', () => {
    const spec = comparisonVegaLite([compare(proposal('cash 25B x 8'), proposal('cash 7B x 10'), { rates: ['4.5%'] })]) as { layer: Array<{ data: { values: Array<Record<string, unknown>> }; transform: unknown[] }> };
    expect(spec.layer[0]!.data.values[0]).toEqual({ deal: 'cash-25b-x-8', period: 0, instrument: 'cash', amount: '25000000000' });
    expect(spec.layer[0]!.transform).toEqual([{ calculate: 'toNumber(datum.amount)', as: 'value' }]);
    expect(spec.layer[1]!.data.values.at(-1)).toEqual({ period: 9, gap: '130000000000' });
  });
});

describe('roundTicks', () => {
  it.each([
    ['0', '25e9', ['0', '5000000000', '10000000000', '15000000000', '20000000000', '25000000000']],
    ['0', '175e9', ['0', '50000000000', '100000000000', '150000000000', '200000000000']],
    ['-7e9', '144e9', ['-50000000000', '0', '50000000000', '100000000000', '150000000000']],
    ['0', '0', ['0', '1']],
  ])('[%s, %s]', (min, max, expected) => {
    expect(roundTicks(decimal(min), decimal(max)).map((t) => t.toFixed())).toEqual(expected);
  });
});
