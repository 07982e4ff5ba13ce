import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import { metrics } from '../../src/compare/metrics.ts';
import { sweep } from '../../src/compare/sweep.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { decimal } from '../../src/money/decimal.ts';
import { presetDeal } from '../../src/presets/presets.ts';
import { comparisonReport } from '../../src/report/compareReport.ts';
import { cellFormat } from '../../src/report/format.ts';
import { metricsReport } from '../../src/report/metricsReport.ts';
import { toRecords } from '../../src/report/records.ts';
import { renderTable } from '../../src/report/renderTable.ts';
import type { Report } from '../../src/report/report.ts';

const us = presetDeal('kr-2025-10-us-cash-25x8');
const kr = presetDeal('kr-2025-10-kr-cash-7x10');
const mou = presetDeal('kr-2025-11-mou');

describe('cellFormat.scale: amounts shown together share a unit and stay distinct', () => {
  const f = cellFormat('USD');
  const show = (values: string[]) => {
    const ds = values.map((v) => decimal(v));
    const s = f.scale(ds);
    return ds.map((d) => f.money(d, s));
  };

  it('the EU headlines: $1,350.0B and $1,390.0B, not $1.4T twice', () => {
    expect(show(['1350e9', '1390e9', '84.8e9'])).toEqual(['$1,350.0B', '$1,390.0B', '$84.8B']);
  });

  it('one unit for a column; more places only when needed', () => {
    expect(show(['350e9', '70e9', '0'])).toEqual(['$350.0B', '$70.0B', '$0.0B']);
    expect(show(['172317523510', '172317523511'])).toEqual(['$172.317523510B', '$172.317523511B']);
    expect(show(['1.5e12', '0.5e9'])).toEqual(['$1,500.0B', '$0.5B']);
  });

  it('unknown is "–"', () => {
    expect(f.money(null)).toBe('–');
    expect(f.percent(undefined)).toBe('–');
  });

  it('property: different amounts never print the same, and none prints as zero', () => {
    const amounts = fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(amounts, (list) => {
        const ds = list.map((x) => decimal(x.toString()));
        const s = f.scale(ds);
        const seen = new Map<string, string>();
        for (const d of ds) {
          const text = f.money(d, s);
          if (!d.isZero()) expect(text).toMatch(/[1-9]/);
          const before = seen.get(text);
          if (before !== undefined) expect(before).toBe(d.toFixed());
          seen.set(text, d.toFixed());
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderTable width', () => {
  const report: Report = {
    title: 'Presets',
    notes: ['A note long enough to wrap when the terminal is narrow, at a space and never in a word.'],
    tables: [
      {
        columns: [
          { label: 'id', align: 'left', keep: true },
          { label: 'headline', align: 'right' },
          { label: 'title', align: 'left' },
        ],
        rows: [
          [
            'eu-2025-08-joint-statement',
            '$1,390.0B',
            'Joint Statement (21 Aug 2025): $750B energy purchases and $600B company investment through 2028',
          ],
        ],
      },
    ],
    sentences: [],
  };

  it('on a terminal: fits, cuts titles with …, never ids or figures', () => {
    const text = renderTable(report, { width: 60 });
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(text).toContain('eu-2025-08-joint-statement');
    expect(text).toContain('$1,390.0B');
    expect(text).toMatch(/Joint Statement .*…/);
    expect(text).toContain('A note long enough to wrap when the terminal is narrow, at a\nspace and never in a word.');
  });

  it('piped (no width): everything in full', () => {
    const text = renderTable(report);
    expect(text).toContain('through 2028');
    expect(text).not.toContain('…');
  });

  it('right-aligned headers longer than their figures are cut before text columns', () => {
    const text = renderTable(comparisonReport([compare(us, kr, { rates: ['4.5%'], economics: {} })]), { width: 80 });
    for (const line of text
      .trimEnd()
      .split('\n')
      .filter((l) => l.startsWith('  ') || /^[a-z]/.test(l))) {
      if (line.includes('$') || line.includes('%')) expect([...line].length).toBeLessThanOrEqual(80);
    }
    expect(text).toMatch(/\n {2}guarantees at expected cost, 4\.5% +–/);
  });
});

describe('comparisonReport: the first screen', () => {
  const c = compare(us, kr, { rates: ['4.5%'], economics: {} });
  const report = comparisonReport([c]);
  const summary = report.tables[0]!;
  const row = (label: string) => summary.rows.find((r) => r[0] === label);

  it('plain headers: deal names, "difference"', () => {
    expect(report.title).toBe("US position (Oct 2025) against Korea's counter-offer (Oct 2025)");
    expect(summary.columns.map((x) => x.label)).toEqual([
      '',
      'US position (Oct 2025)',
      "Korea's counter-offer (Oct 2025)",
      'difference',
    ]);
    expect(report.notes).toContain("Difference: US position (Oct 2025) minus Korea's counter-offer (Oct 2025).");
  });

  it('face values listed, never valued as paid; the economic cost instead of "PV of all parts"', () => {
    expect(row('  guarantees (exposure)')).toEqual(['  guarantees (exposure)', '$150.0B', '$0.0B', '+$150.0B']);
    expect(row('  not yet allocated')).toEqual(['  not yet allocated', '$0.0B', '$280.0B', '-$280.0B']);
    expect(summary.rows.some((r) => /all parts/.test(r[0]!))).toBe(false);
    expect(row("cash in today's money at 4.5%")).toEqual([
      "cash in today's money at 4.5%",
      '$172.3B',
      '$57.9B',
      '+$114.4B',
    ]);
    expect(row('economic cost at 4.5%')).toEqual(['economic cost at 4.5%', '≥ $172.3B', '$57.9B', '≥ +$114.4B']);
  });

  it('with guarantee terms, guarantees count at their expected cost', () => {
    const terms = {
      guarantee: { tenor: 10, fee: '0.005', callProbability: '0.02', lossGivenCall: '0.6', recoveryLag: 2 },
    };
    const r = comparisonReport([compare(us, kr, { rates: ['4.5%'], economics: terms })]);
    const cost = r.tables[0]!.rows.find((x) => x[0] === 'economic cost at 4.5%')!;
    expect(cost[1]).toMatch(/^\$180\.\dB$/);
    expect(r.tables[0]!.rows.find((x) => x[0] === '  guarantees at expected cost, 4.5%')![1]).toBe('$8.1B');
  });

  it('break-even: a rate inside -5%..50%, otherwise "none"', () => {
    expect(row('break-even rate')?.at(-1)).toBe('none, -5% to 50%');
    const inside = comparisonReport([compare(proposal('cash 10B x 5'), proposal('cash 5B x 11'), { rates: ['4.5%'] })]);
    expect(inside.tables[0]!.rows.find((r) => r[0] === 'break-even rate')?.at(-1)).toBe('3.38%');
  });

  it('no cash part: cash share "–", not 0%', () => {
    const r = comparisonReport([compare(proposal('purchase 1350B'), proposal('purchase 1390B'), { rates: ['4.5%'] })]);
    expect(r.tables[0]!.rows.find((x) => x[0] === 'cash share')).toEqual(['cash share', '–', '–', '–']);
    expect(r.tables[0]!.rows.find((x) => x[0] === 'headline')).toEqual([
      'headline',
      '$1,350.0B',
      '$1,390.0B',
      '-$40.0B',
    ]);
  });

  it('delivered against pledged to date, when a deal carries a record; none for deals without one', () => {
    expect(report.tables.map((t) => t.title)).toHaveLength(2);
    const r = comparisonReport([compare(presetDeal('jp-2025-09-mou'), us)]);
    const table = r.tables.find((t) => t.title?.startsWith('Delivered against pledged'))!;
    // Japan: $36B of projects selected 17 Feb 2026 (J19, J20) against $550B due straight-line by
    // 19 Jan 2029, measured to the record's last entry (8 Mar 2026); $100B of candidates (R04).
    expect(table.rows).toEqual([
      ['MOU of 4 Sep 2025', '2026-03-08', '$550.0B', '$82.9B', '$36.0B', '43.4%', '6.5%', '$100.0B'],
      ['US position (Oct 2025)', 'no record', '–', '–', '–', '–', '–', '–'],
    ]);
  });

  it('three deals: a difference column per other deal', () => {
    const r = comparisonReport([compare(us, kr), compare(us, mou)]);
    expect(r.tables[0]!.columns.map((x) => x.label).slice(-2)).toEqual([
      "difference from Korea's counter-offer (Oct 2025)",
      'difference from MOU on Strategic Investments',
    ]);
    expect(r.tables[1]!.columns).toHaveLength(1 + 3 + 4);
  });
});

describe('metricsReport', () => {
  it('labels the "as paid" values and shows the economic cost with unknown lines as "–"', () => {
    const report = metricsReport(us, metrics(us, { rates: ['4.5%'], economics: {} }));
    expect(report.notes.join(' ')).toContain('guarantees are exposure, not payments');
    const cost = report.tables.find((t) => t.title?.startsWith('Economic cost'))!;
    expect(cost.rows.find((r) => r[0] === '+ expected guarantee cost')).toEqual(['+ expected guarantee cost', '–']);
  });
});

describe('toRecords: plain rows for notebooks', () => {
  it('a comparison: numbers to plot and exact strings, deals then differences', () => {
    const rows = toRecords(compare(us, kr, { rates: ['4.5%'] }));
    expect(rows).toHaveLength(8 + 10 + 10);
    expect(rows[0]).toEqual({
      series: 'deal',
      deal: 'US position (Oct 2025)',
      id: 'kr-2025-10-us-cash-25x8',
      period: 0,
      date: null,
      instrument: 'cash',
      currency: 'USD',
      amount: 25e9,
      amountExact: '25000000000',
      cumulative: 25e9,
      cumulativeExact: '25000000000',
    });
    const last = rows.at(-1)!;
    expect(last).toMatchObject({
      series: 'difference',
      period: 9,
      amountExact: '-7000000000',
      cumulativeExact: '130000000000',
    });
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('several comparisons, metrics', () => {
    expect(toRecords([compare(us, kr), compare(us, mou)]).filter((r) => r.series === 'difference')).toHaveLength(20);
    const m = toRecords(metrics(mou));
    expect(new Set(m.map((r) => r.instrument))).toEqual(new Set(['cash', 'unspecified']));
  });

  it('a sweep: one record per row and rate, with exact strings', () => {
    const s = sweep(
      ({ annual, years }) => proposal(`cash ${annual} x ${years} of 350B`),
      { annual: ['7B', '25B'], years: [8, 10] },
      undefined,
      { rates: ['3%', '4.5%'] },
    );
    const rows = toRecords(s);
    expect(rows).toHaveLength(4 * 2);
    expect(rows[1]).toMatchObject({
      index: 0,
      annual: '7B',
      years: 8,
      currency: 'USD',
      cashExact: '56000000000',
      cashShareExact: '0.16',
      rateExact: '0.045',
    });
    expect(typeof rows[1]!.presentValue).toBe('number');
    const picked = toRecords(
      sweep(
        ({ years }) => proposal(`cash 7B x ${years}`),
        { years: [8, 10] },
        (m) => m.instruments.cash.presentValues,
        { rates: ['4.5%'] },
      ),
    );
    expect(picked[0]).toMatchObject({ index: 0, years: 8, rateExact: '0.045' });
  });

  it('refuses what it cannot read', () => {
    expect(() => toRecords(42 as never)).toThrow(/a comparison/);
  });
});
