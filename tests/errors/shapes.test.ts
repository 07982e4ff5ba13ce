// Results passed back in: a comparison, metrics, a sweep or a chart model that has the right keys
// but wrong values (a reviewer's list) must give a DealcalcError naming the bad field, never a
// TypeError; a user's spread copy of a real result must keep working like the result itself.
import { describe, expect, it } from 'vitest';
import * as chart from '../../src/chart/index.ts';
import * as main from '../../src/index.ts';
import { thrown } from './thrown.ts';

function real() {
  const a = main.presetDeal('kr-2025-10-us-cash-25x8');
  const b = main.presetDeal('kr-2025-10-kr-cash-7x10');
  const c = main.compare(a, b, { rates: ['4.5%'] });
  const m = main.metrics(a);
  const model = chart.chartModel([c]);
  return { a, c, m, model };
}

// Keyed fakes: the keys a door used to look for, with values that are not what results hold.
function keyedFakes(): Array<[string, unknown]> {
  const { c, m, model } = real();
  const cs = { ...c };
  const ms = { ...m };
  const row = { ...m.perPeriod[0]! };
  return [
    ['fake comparison', { a: null, b: null, gaps: null, perPeriod: null }],
    ['fake metrics', { instruments: null, perPeriod: null, headline: null }],
    ['fake chart model', { deals: null, bars: null, gapAxis: null }],
    ['comparison, perPeriod [null]', { ...cs, perPeriod: [null] }],
    ['comparison, perPeriod [{}]', { ...cs, perPeriod: [{}] }],
    ['comparison, a without perPeriod', { ...cs, a: { ...ms, perPeriod: null } }],
    ['comparison, a = {}', { ...cs, a: {} }],
    ['comparison, gaps {}', { ...cs, gaps: {} }],
    ['comparison, gaps.instruments {}', { ...cs, gaps: { ...c.gaps, instruments: {} } }],
    ['comparison, breakEven { kind: rate }', { ...cs, breakEven: { kind: 'rate' } }],
    ['comparison, breakEven { kind: several }', { ...cs, breakEven: { kind: 'several' } }],
    ['comparison, rates null', { ...cs, rates: null }],
    ['comparison, instrument x', { ...cs, instrument: 'x' }],
    ['metrics, instruments {}', { ...ms, instruments: {} }],
    ['metrics, perPeriod [null]', { ...ms, perPeriod: [null] }],
    ['metrics, row without byInstrument', { ...ms, perPeriod: [{ ...row, byInstrument: null }] }],
    ['metrics, row byInstrument {}', { ...ms, perPeriod: [{ ...row, byInstrument: {} }] }],
    ['metrics, headline 1', { ...ms, headline: 1 }],
    ['metrics, currency null', { ...ms, currency: null }],
    ['metrics, all null', { ...ms, all: null }],
    [
      'metrics, cash presentValues [null]',
      { ...ms, instruments: { ...m.instruments, cash: { ...m.instruments.cash, presentValues: [null] } } },
    ],
    ['chart model, bars [null]', { ...model, bars: [null] }],
    ['chart model, deals [{}]', { ...model, deals: [{}] }],
    ['chart model, gapAxis {}', { ...model, gapAxis: {} }],
    ['chart model, gaps null', { ...model, gaps: null }],
    ['chart model, barAxis null', { ...model, barAxis: null }],
    ['chart model, delivery null', { ...model, delivery: null }],
    ['chart model, periods null', { ...model, periods: null }],
    [
      'sweep row with fake metrics',
      [{ index: 0, params: {}, value: { instruments: null, perPeriod: null, headline: null } }],
    ],
    ['sweep row with keyed metrics', [{ index: 0, params: {}, value: { ...ms, instruments: {} } }]],
    // Other values the API takes, with their keys and wrong values.
    ['fake FX path', { points: null, by: null, from: null, to: null }],
    ['fake amount', { value: null, currency: null }],
    ['fake schedule', { installments: null }],
    ['fake schedule entry', [{ period: null, amount: null }]],
    ['fake weighted entry', [{ period: null, weight: null }]],
    ['fake dated entry', [{ date: null, value: null }]],
    ['fake nominal rate', { nominal: null }],
    ['fake growth rate', { growth: null }],
    ['fake per-period basis', { perPeriod: null }],
    ['fake report', { title: 't', notes: [], sentences: [], tables: [{ columns: [null], rows: [null] }] }],
  ];
}

function misbehaviour(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): string | undefined {
  try {
    fn(...args);
    return undefined;
  } catch (error) {
    if (main.isDealcalcError(error)) return undefined;
    return `threw ${(error as Error)?.constructor?.name}: ${String((error as Error)?.message).slice(0, 100)}`;
  }
}

describe('results with the right keys and wrong values', () => {
  const { a } = real();
  const functions = [
    ...Object.entries(main).map(([k, v]) => [k, v] as const),
    ...Object.entries(chart).map(([k, v]) => [`chart.${k}`, v] as const),
  ].filter(
    ([name, v]) => typeof v === 'function' && !/^[A-Z]/.test(name.replace('chart.', '')) && !name.startsWith('safe'),
  );

  it.each(keyedFakes())('%s: every function returns or throws a DealcalcError', (_, fake) => {
    const found: string[] = [];
    for (const [name, fn] of functions)
      for (const args of [[fake], [[fake]], [a, fake], [[fake], {}]]) {
        const wrong = misbehaviour(fn as (...args: unknown[]) => unknown, args);
        if (wrong !== undefined) found.push(`${name} ${wrong}`);
      }
    expect(found).toEqual([]);
  });

  it.each([
    [
      'toRecords(fake comparison)',
      () => main.toRecords({ a: null, b: null, gaps: null, perPeriod: null } as never),
      ['input', 'a'],
    ],
    [
      'comparisonCsv([fake])',
      () => main.comparisonCsv([{ a: null, b: null, gaps: null, perPeriod: null }] as never),
      ['comparisons', 0, 'a'],
    ],
    [
      'metricsCsv(fake)',
      () => main.metricsCsv({ instruments: null, perPeriod: null, headline: null } as never),
      ['metrics', 'instruments'],
    ],
    ['renderSvg(fake)', () => chart.renderSvg({ deals: null, bars: null, gapAxis: null } as never), ['model', 'title']],
    [
      'chartModel([{ ...c, perPeriod: [null] }])',
      () => chart.chartModel([{ ...real().c, perPeriod: [null] }] as never),
      ['comparisons', 0, 'perPeriod', 0],
    ],
  ])('%s is invalid_input at the first bad field', (_, run, path) => {
    const caught = thrown(run);
    expect(main.isDealcalcError(caught, 'invalid_input')).toBe(true);
    expect((caught as main.DealcalcError).issues[0]!.path).toEqual(path);
  });
});

describe('spread copies of real results', () => {
  it('work like the results themselves', () => {
    const { a, c, m, model } = real();
    const cs = { ...c };
    const ms = { ...m, perPeriod: [...m.perPeriod] };
    expect(main.toRecords(cs)).toEqual(main.toRecords(c));
    expect(main.toRecords([cs, { ...c }])).toEqual(main.toRecords([c, c]));
    expect(main.toRecords(ms)).toEqual(main.toRecords(m));
    expect(main.comparisonReport([cs])).toEqual(main.comparisonReport([c]));
    expect(main.metricsReport(a, ms)).toEqual(main.metricsReport(a, m));
    expect(main.comparisonCsv([cs])).toBe(main.comparisonCsv([c]));
    expect(main.metricsCsv(ms)).toBe(main.metricsCsv(m));
    expect(main.sensibleBreakEven(cs)).toEqual(main.sensibleBreakEven(c));
    expect(chart.chartModel([cs])).toEqual(model);
    expect(chart.comparisonSvg([cs])).toBe(chart.comparisonSvg([c]));
    expect(chart.comparisonVegaLite([cs])).toEqual(chart.comparisonVegaLite([c]));
    expect(chart.renderSvg({ ...model })).toBe(chart.renderSvg(model));
    expect(chart.vegaLiteSpec({ ...model })).toEqual(chart.vegaLiteSpec(model));
    const sweep: main.SweepLikeRow[] = [
      { index: 0, params: { rate: main.decimal('0.05') }, value: ms } as main.SweepLikeRow,
    ];
    expect(main.toRecords(sweep)).toEqual(
      main.toRecords([{ index: 0, params: { rate: main.decimal('0.05') }, value: m } as main.SweepLikeRow]),
    );
  });
});
