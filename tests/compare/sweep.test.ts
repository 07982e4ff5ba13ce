import { describe, expect, it } from 'vitest';
import { range, sweep } from '../../src/compare/sweep.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { formatPercent } from '../../src/money/formatPercent.ts';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';

describe('sweep', () => {
  const build = ({ annual, years }: { annual: string; years: number }) => proposal(`cash ${annual} x ${years} of 350B`);

  it('tries every combination, the last parameter fastest', () => {
    const s = sweep(build, { annual: ['7B', '25B'], years: [8, 10] }, (m) => formatPercent(m.cashShare!));
    expect(s.size).toBe(4);
    expect(s.toArray().map((r) => [r.index, r.params.annual, r.params.years, r.value])).toEqual([
      [0, '7B', 8, '16.0%'],
      [1, '7B', 10, '20.0%'],
      [2, '25B', 8, '57.1%'],
      [3, '25B', 10, '71.4%'],
    ]);
  });

  it('is lazy: a million combinations are never built at once', () => {
    let built = 0;
    const s = sweep(
      ({ a }) => {
        built += 1;
        return proposal(`cash ${a}B`);
      },
      { a: range('1', '1000', '1').map(String), b: range('1', '1000', '1') },
      (m) => m.headline,
      { rates: [] },
    );
    expect(s.size).toBe(1_000_000);
    let seen = 0;
    for (const row of s) {
      seen += 1;
      if (row.index === 2) break;
    }
    expect([seen, built]).toEqual([3, 3]);
    expect(() => s.toArray()).toThrow(expect.objectContaining({ code: 'limit_exceeded' }));
  });

  it('refuses empty grids and value lists, and surfaces build errors as DealcalcError', () => {
    expect(() => sweep(build, {} as never)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => sweep(build, { annual: [], years: [8] })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    const bad = sweep(build, { annual: ['25X'], years: [8] });
    expect(() => bad.toArray()).toThrow(DealcalcError);
  });
});

describe('range', () => {
  it('gives exact evenly spaced values', () => {
    expect(range('5', '25', '5').map(String)).toEqual(['5', '10', '15', '20', '25']);
    expect(range('0.03', '0.06', '0.015').map(String)).toEqual(['0.03', '0.045', '0.06']);
    expect(range('0.1', '0.3', '0.1').map(String)).toEqual(['0.1', '0.2', '0.3']); // 0.1 + 0.2 is exactly 0.3 here
    expect(range('1', '1', '1').map(String)).toEqual(['1']);
  });

  it('refuses bad steps and huge ranges', () => {
    expect(() => range('1', '5', '0')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => range('5', '1', '1')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => range('0', '1', '0.000001')).toThrow(expect.objectContaining({ code: 'limit_exceeded' }));
  });
});
