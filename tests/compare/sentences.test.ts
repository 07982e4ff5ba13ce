import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import { dealName, possessive, sensibleBreakEven, startOffset } from '../../src/compare/sentences.ts';
import { deal } from '../../src/deals/build.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { installments } from '../../src/schedules/installments.ts';
import { PRESET_IDS, presetDeal } from '../../src/presets/presets.ts';

describe('dealName', () => {
  it('the title up to its colon, short enough for a column, for every preset', () => {
    expect(dealName(presetDeal('kr-2025-10-us-cash-25x8'))).toBe('US position (Oct 2025)');
    expect(dealName(presetDeal('kr-2025-11-mou'))).toBe('MOU on Strategic Investments');
    for (const id of PRESET_IDS) expect([...dealName(presetDeal(id))].length).toBeLessThanOrEqual(36);
    expect(dealName({ id: 'x', title: 'A'.repeat(80) })).toBe('x');
  });

  it('possessive', () => {
    expect(possessive('Korea')).toBe("Korea's");
    expect(possessive('Investments')).toBe("Investments'");
  });
});

describe('sensibleBreakEven (research K16, K17: the October 2025 positions)', () => {
  it('the US ask against Korea: the only root is -46.97%, outside -5%..50%; the US ask is worth more', () => {
    const be = sensibleBreakEven(compare(presetDeal('kr-2025-10-us-cash-25x8'), presetDeal('kr-2025-10-kr-cash-7x10')));
    expect(be.kind).toBe('none');
    if (be.kind === 'none') {
      expect(be.worthMore).toBe('a');
      expect(be.outside.map((r) => r.toFixed(4))).toEqual(['-0.4697']);
    }
  });

  it('10B x 5 against 5B x 11: equal at 3.38% (5 × 10 = 50 against 55 paid later)', () => {
    const be = sensibleBreakEven(compare(proposal('cash 10B x 5'), proposal('cash 5B x 11')));
    expect(be.kind === 'rates' && be.rates.map((r) => r.toFixed(4))).toEqual(['0.0338']);
  });

  it('identical streams: every rate; the worse deal in every period: the other is worth more', () => {
    expect(sensibleBreakEven(compare(proposal('cash 7B x 8'), proposal('cash 7B x 8'))).kind).toBe('every-rate');
    const be = sensibleBreakEven(compare(proposal('cash 7B x 8'), proposal('cash 25B x 8')));
    expect(be.kind === 'none' && be.worthMore).toBe('b');
  });
});

describe('start offsets', () => {
  const at = (id: string, startDate: string) =>
    deal({
      id,
      title: id,
      headline: '200B',
      components: [{ label: 'Cash', instrument: 'cash', schedule: installments('25B', 8, { startDate }) }],
    });

  it('two identical streams five years apart are said to be lined up by period', () => {
    const c = compare(at('early', '2025-01-01'), at('late', '2030-01-01'), { rates: ['4.5%'] });
    expect(startOffset(c)).toEqual({ periods: 5, a: '2025-01-01', b: '2030-01-01' });
    expect(c.sentences[0]).toBe('early and late ask the same cash, $200.0B.');
    expect(c.sentences[1]).toBe(
      "late starts 5 years after early (2030-01-01 against 2025-01-01); the figures line both up by year from each deal's own start and discount each to its own start.",
    );
    expect(c.sentences).toContain(
      "The two cash streams are the same year by year (counted from each deal's start), so they are worth the same at every rate.",
    );
  });

  it('less than a period apart, or undated: nothing to say', () => {
    expect(startOffset(compare(at('a', '2025-01-01'), at('b', '2025-06-30')))).toBeUndefined();
    expect(startOffset(compare(proposal('cash 7B x 8'), proposal('cash 7B x 8')))).toBeUndefined();
  });
});
