// The bad-input catalogue, CLI side: hostile arguments, files and stdin, as a user would type or
// pipe them. Each case asserts the exit code (2 for bad input), the part of the input the message
// names, and one line under 1 kB on stderr with no stack trace. The library's cases are in
// tests/errors/catalogue.test.ts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dealcalc-catalogue-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const directory = join(tmp, 'a-directory.json');
mkdirSync(directory);
const okDeal = {
  id: 'x',
  title: 'X',
  headline: '10B',
  components: [{ label: 'c', instrument: 'cash', schedule: { lumpSum: '10B' } }],
};
const withSchedule = (schedule: unknown) =>
  JSON.stringify({ ...okDeal, components: [{ label: 'c', instrument: 'cash', schedule }] });

/** args, stdin, exit code, text the message must contain (the path or the word at fault). */
type CliCase = readonly [name: string, args: readonly string[], stdin: string | undefined, exit: number, names: string];

const US = 'kr-2025-10-us-cash-25x8';

const cases: CliCase[] = [
  ['a file that is not JSON', ['show', file('bad.json', '{not json')], undefined, 2, 'is not valid JSON'],
  ['an empty file', ['show', file('empty.json', '')], undefined, 2, 'is empty: expected a deal as JSON'],
  ['a file holding null', ['show', file('null.json', 'null')], undefined, 2, '(root)'],
  ['a file holding an array', ['show', file('array.json', '[1, 2]')], undefined, 2, '(root)'],
  ['a missing file', ['show', join(tmp, 'missing.json')], undefined, 2, 'no such deal file'],
  [
    'a negative installment',
    ['show', file('negative.json', withSchedule({ each: '-25B', count: 2 }))],
    undefined,
    2,
    'components[0].schedule.each',
  ],
  [
    'a negative lump sum',
    ['show', file('lump.json', withSchedule({ lumpSum: '$-5B' }))],
    undefined,
    2,
    'components[0].schedule.lumpSum',
  ],
  [
    'a EUR component in a USD deal',
    ['show', file('eur.json', withSchedule({ lumpSum: '10B', currency: 'EUR' }))],
    undefined,
    2,
    'components[0].schedule.currency',
  ],
  [
    'a count of 1e9',
    ['show', file('count.json', withSchedule({ each: '1', count: 1e9 }))],
    undefined,
    2,
    'components[0].schedule.count',
  ],
  ['a headline of 1e400', ['show', '-'], JSON.stringify({ ...okDeal, headline: '1e400' }), 2, 'headline'],
  [
    'a __proto__ key on stdin',
    ['show', '-'],
    `{"__proto__": {"polluted": 1}, ${JSON.stringify(okDeal).slice(1)}`,
    2,
    '__proto__',
  ],
  ['arrays nested 100,000 deep on stdin', ['show', '-'], `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 2, '(root)'],
  ['nothing on stdin', ['show', '-'], '', 2, 'stdin is empty'],
  ['a 1 MB id on stdin', ['show', '-'], JSON.stringify({ ...okDeal, id: 'x'.repeat(1_000_000) }), 2, 'id'],
  ['a proposal with an unknown unit', ['show', 'cash 25X x 8'], undefined, 2, '"25X" (word 2'],
  ['a proposal of 20,000 installments', ['show', 'cash 1B x 20000'], undefined, 2, '"20000" (word 4'],
  ['a proposal of a negative amount', ['show', 'cash -5B'], undefined, 2, '"-5B" (word 2'],
  [
    'a proposal over 10,000 characters',
    ['show', `cash ${'1'.repeat(50_000)}`],
    undefined,
    2,
    'at most 10000 characters',
  ],
  ['a 100,000-character word', ['show', 'x'.repeat(100_000)], undefined, 2, 'unknown deal'],
  ['an unknown preset', ['show', 'kr-2025-10-us-cash'], undefined, 2, 'did you mean "kr-2025-10-us-cash-25x8"'],
  ['a preset id "__proto__"', ['show', '__proto__'], undefined, 2, 'unknown deal "__proto__"'],
  ['deals in two currencies', ['compare', 'cash 1B', 'cash ₩1T'], undefined, 2, 'b.currency'],
  ['--rate abc', ['compare', US, 'cash 1B', '--rate', 'abc'], undefined, 2, '--rate'],
  ['--rate 1e400', ['show', US, '--rate', '1e400'], undefined, 2, '"1e400"'],
  ['--rate NaN', ['show', US, '--rate', 'NaN'], undefined, 2, '"NaN"'],
  ['--rate 0x10 (hex)', ['show', US, '--rate', '0x10'], undefined, 2, '"0x10"'],
  ['--rate=-150%', ['show', US, '--rate=-150%'], undefined, 2, '"-150%"'],
  ['--places 99', ['show', US, '--places', '99'], undefined, 2, '--places'],
  ['--format xml', ['show', US, '--format', 'xml'], undefined, 2, '--format'],
  ['--timing middle', ['show', US, '--timing', 'middle'], undefined, 2, '--timing'],
  ['--fx 0', ['compare', US, 'cash 1B', '--currency', 'KRW', '--fx', '0'], undefined, 2, '--fx'],
  ['--economy zz', ['show', US, '--economy', 'zz'], undefined, 2, '--economy'],
  ['sweep --years 0', ['sweep', '--annual', '1B', '--years', '0'], undefined, 2, '--years'],
  ['sweep --years 1.5', ['sweep', '--annual', '1B', '--years', '1.5'], undefined, 2, '--years'],
  ['sweep --annual abc', ['sweep', '--annual', 'abc', '--years', '2'], undefined, 2, '--annual'],
  ['an unknown command', ['frobnicate'], undefined, 2, 'unknown command'],
  ['an unknown flag', ['show', US, '--frobnicate'], undefined, 2, '--frobnicate'],
];

// Found before the CLI rewrite (issue 11), now held.
const rewritten: CliCase[] = [
  // A directory is not "no such deal file": say what it is.
  ['a deal file that is a directory', ['show', directory], undefined, 2, 'is a directory'],
  // The flag at fault is --yield, not --rate.
  ['--yield abc', ['show', US, '--yield', 'abc'], undefined, 2, '--yield'],
];

function check([, args, stdin, exit, names]: CliCase): void {
  const r = cli(args, stdin);
  expect({ code: r.code, names: r.stderr.includes(names) }).toEqual({ code: exit, names: true });
  expect(r.stderr).toMatch(/^dealcalc: /);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr.length).toBeLessThan(1024);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toContain('internal error');
}

describe('bad-input catalogue (CLI)', () => {
  it.each(cases.map((c) => [c[0], c] as const))('%s', (_name, c) => check(c));

  it.each(rewritten.map((c) => [c[0], c] as const))('%s', (_name, c) => check(c));

  // A byte-order mark is how some editors start a UTF-8 file: it is not an error.
  it('reads a BOM-prefixed deal file', () => {
    const r = cli(['show', file('bom.json', `\uFEFF${JSON.stringify(okDeal)}`), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
