// Every public function checks its arguments at the door (README, "Errors"): whatever it is
// given, a function of dealcalc or dealcalc/chart returns or throws a DealcalcError, never a
// plain TypeError; a `safe…` twin never throws at all. Each function is called with every
// argument list below (a reviewer's list: nothing, null, wrong types, empty and odd objects),
// then with a good first argument of each kind followed by bad ones (null options and the
// like), so that a door behind the first argument is tried too.
import { describe, expect, it } from 'vitest';
import * as chart from '../../src/chart/index.ts';
import * as main from '../../src/index.ts';
import { thrown } from './thrown.ts';

const BAD_ARGUMENTS: readonly (readonly unknown[])[] = [
  [],
  [null],
  [undefined, undefined],
  ['x'],
  [{}],
  [[]],
  [[null]],
  [1, null],
  ['1', 'x'],
  [Symbol('s')],
  [{ a: 1 }, null],
  [[{}]],
  [Number.NaN],
  [() => 1],
  [Object.create(null)],
  ['1', null],
  ['2020-01-01', null],
  [[], null],
  [null, null],
  [{}, {}, null],
  [{ a: 1 }, 'x', null],
  [[Symbol('s')]],
  [[Object.create(null)]],
  [1n],
  [true],
];

// Good first arguments, one of each kind the API takes (built on first use).
function goodFirsts(): Array<[string, unknown]> {
  const a = main.presetDeal('kr-2025-10-us-cash-25x8');
  const c = main.compare(a, main.presetDeal('kr-2025-10-kr-cash-7x10'));
  const schedule = main.installments('1B', 3);
  return [
    ['"1"', '1'],
    ['1', 1],
    ['flows', [-100, 60, 60]],
    ['a deal', a],
    ['a comparison', c],
    ['[a comparison]', [c]],
    ['metrics', main.metrics(a)],
    ['a schedule', schedule],
    ['[a schedule]', [schedule]],
    ['an FX path', main.fxPath({ to: 'KRW', rates: [1400] })],
    ['"2020-01-01"', '2020-01-01'],
    ['"5%"', '5%'],
    ['"USD"', 'USD'],
    ['"kr"', 'kr'],
    ['an amount', main.amount('1B')],
    ['a chart model', chart.chartModel([c])],
    ['a Decimal', main.decimal(1)],
    ['["a"]', ['a']],
  ];
}

// What follows a good first argument.
const BAD_REST: readonly (readonly unknown[])[] = [
  [null],
  [{}],
  ['x'],
  [Symbol('s')],
  [[null]],
  [{ a: null }],
  [undefined, null],
  [undefined, undefined, null],
  [Object.create(null)],
  [1, null],
  ['1', null],
  ['2020-01-01', null],
];

const label = (args: readonly unknown[]): string =>
  args
    .map((a) =>
      typeof a === 'symbol'
        ? 'Symbol()'
        : typeof a === 'bigint'
          ? `${a}n`
          : typeof a === 'function'
            ? '() => 1'
            : a === undefined
              ? 'undefined'
              : JSON.stringify(a),
    )
    .join(', ');

// What a call gave, or undefined when it behaved: returned (a safe twin: an outcome), or threw
// a DealcalcError (not a safe twin).
function misbehaviour(name: string, fn: (...args: unknown[]) => unknown, args: readonly unknown[]): string | undefined {
  try {
    const result = fn(...args);
    if (!name.startsWith('safe')) return undefined;
    const ok = typeof result === 'object' && result !== null && 'ok' in result;
    return ok ? undefined : `returned ${String(result)}, not an outcome`;
  } catch (error) {
    if (main.isDealcalcError(error) && !name.startsWith('safe')) return undefined;
    return `threw ${(error as Error)?.constructor?.name}: ${String((error as Error)?.message).slice(0, 100)}`;
  }
}

function functionsOf(barrel: Record<string, unknown>): [string, (...args: unknown[]) => unknown][] {
  // Classes and constants (upper-case names) are not front doors.
  return Object.entries(barrel)
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
    .map(([name, value]) => [name, value as (...args: unknown[]) => unknown]);
}

describe.each([
  ['dealcalc', main],
  ['dealcalc/chart', chart],
] as const)('every function of %s, given bad arguments', (entry, barrel) => {
  const functions = functionsOf(barrel as Record<string, unknown>);

  it('has functions to check', () => {
    expect(functions.length).toBeGreaterThan(entry === 'dealcalc' ? 100 : 5);
  });

  it('returns or throws a DealcalcError (a safe… twin returns an outcome)', () => {
    const found: string[] = [];
    for (const [name, fn] of functions)
      for (const args of BAD_ARGUMENTS) {
        const wrong = misbehaviour(name, fn, args);
        if (wrong !== undefined) found.push(`${name}(${label(args)}) ${wrong}`);
      }
    expect(found).toEqual([]);
  });

  it('given a good first argument and bad others, returns or throws a DealcalcError', () => {
    const found: string[] = [];
    for (const [name, fn] of functions)
      for (const [first, value] of goodFirsts())
        for (const rest of BAD_REST) {
          const wrong = misbehaviour(name, fn, [value, ...rest]);
          if (wrong !== undefined) found.push(`${name}(${first}, ${label(rest)}) ${wrong}`);
        }
    expect(found).toEqual([]);
  });
});

// What the reviewer found throwing TypeErrors, and what each says now: the argument it names.
describe('the doors a review found open', () => {
  const cases: Array<[string, () => unknown, readonly (string | number)[], string]> = [
    ['chartModel(null)', () => chart.chartModel(null as never), ['comparisons'], 'a list of comparisons'],
    ['chartModel([{}])', () => chart.chartModel([{}] as never), ['comparisons', 0], 'a comparison (from compare())'],
    ['chartModel([null])', () => chart.chartModel([null] as never), ['comparisons', 0], 'a comparison'],
    ['comparisonSvg("x")', () => chart.comparisonSvg('x' as never), ['comparisons'], 'a list of comparisons'],
    ['comparisonVegaLite()', () => (chart.comparisonVegaLite as () => unknown)(), ['comparisons'], 'a list'],
    ['renderSvg(null)', () => chart.renderSvg(null as never), ['model'], 'a chart model (from chartModel())'],
    ['vegaLiteSpec({})', () => chart.vegaLiteSpec({} as never), ['model'], 'a chart model'],
    ['roundTicks(null)', () => chart.roundTicks(null as never, null as never), ['min'], 'a finite decimal'],
    [
      'sharedZeroTicks("x")',
      () => chart.sharedZeroTicks('x' as never, 1 as never, 2 as never),
      ['leftMax'],
      'a finite decimal',
    ],
    ['tickLabels([null])', () => chart.tickLabels([null] as never, 'USD'), ['ticks', 0], 'a finite decimal'],
    ['deal(null)', () => main.deal(null as never), [], 'a deal object'],
    ['deal({ a: 1 }, null)', () => main.deal({ a: 1 } as never, null as never), ['options'], 'an options object'],
    ['currencyCode(1, null)', () => main.currencyCode(1, null as never), ['path'], 'an array'],
    ['isoDate("x", null)', () => main.isoDate('x', null as never), ['path'], 'an array'],
    ['parseIsoDate("x", {})', () => main.parseIsoDate('x', {} as never), ['path'], 'an array'],
    ['readRate("x", "rate")', () => main.readRate('x', 'rate' as never), ['path'], 'an array'],
    ['formatPath(null)', () => main.formatPath(null as never), ['path'], 'an array of keys'],
    ['formatPath([Symbol()])', () => main.formatPath([Symbol('s')] as never), ['path'], 'an array of keys'],
    ['mirr(flows, null)', () => main.mirr([-100, 60, 60], null as never), ['options'], 'an object'],
    ['possessive({})', () => main.possessive({} as never), ['name'], 'text'],
    ['fxPresetPath({})', () => main.fxPresetPath({} as never), ['currency'], 'one of KRW'],
    ['csvLine(null)', () => main.csvLine(null as never), ['cells'], 'a list of text cells'],
    ['csvLine(["a", 1])', () => main.csvLine(['a', 1] as never), ['cells', 1], 'text'],
    ['dealName(null)', () => main.dealName(null as never), ['deal'], 'a deal (with id and title)'],
    ['fxRateAt(null)', () => main.fxRateAt(null as never, 1), ['path'], 'an FX path (from fxPath)'],
    ['sensibleBreakEven(null)', () => main.sensibleBreakEven(null as never), ['comparison'], 'a comparison'],
  ];
  it('toJson writes a bigint as a decimal string, and refuses a cycle', () => {
    expect(main.toJson({ n: 12n })).toBe('{\n  "n": "12"\n}');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [cycle, undefined, () => 1]) {
      try {
        main.toJson(value);
        expect.unreachable();
      } catch (error) {
        expect(main.isDealcalcError(error, 'invalid_input') && error.issues[0]!.path).toEqual(['value']);
      }
    }
  });

  it.each(cases)('%s is invalid_input naming the argument', (_, run, path, expected) => {
    const caught = thrown(run);
    expect(main.isDealcalcError(caught, 'invalid_input')).toBe(true);
    const issue = (caught as main.DealcalcError).issues[0]!;
    expect(issue.path).toEqual(path);
    expect(issue.expected).toContain(expected);
  });
});
