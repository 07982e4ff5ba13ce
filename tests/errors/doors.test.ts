// Every public function checks its arguments at the door (README, "Errors"): whatever it is
// given, a function of dealcalc or dealcalc/chart returns or throws a DealcalcError, never a
// plain TypeError; a `safe…` twin never throws at all. Each function is called with every
// argument list below (a reviewer's list: nothing, null, wrong types, empty and odd objects).
import { describe, expect, it } from 'vitest';
import * as chart from '../../src/chart/index.ts';
import * as main from '../../src/index.ts';

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
];

const label = (args: readonly unknown[]): string =>
  args
    .map((a) =>
      typeof a === 'symbol'
        ? 'Symbol()'
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
});
