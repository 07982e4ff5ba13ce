// The README's error-code tables and the code agree: the same codes, the same data fields (as
// declared in ErrorDataByCode and as carried by a real error of each code), and every code a
// JSDoc `@throws` names exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DealcalcError, ERROR_CODES, type ErrorCode } from '../../src/errors/DealcalcError.ts';
import { amount } from '../../src/money/amount.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { merge } from '../../src/schedules/merge.ts';
import { parseDeal } from '../../src/deals/schema.ts';
import { presetDeal } from '../../src/presets/presets.ts';
import { safeIrr } from '../../src/value/irr.ts';
import { safeXirr } from '../../src/value/xirr.ts';
import { pmt } from '../../src/value/annuity.ts';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const source = readFileSync(join(root, 'src', 'errors', 'DealcalcError.ts'), 'utf8');

const ticks = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

// Rows of the first markdown table after `heading` whose header starts with `| code |`.
function table(heading: RegExp): Array<{ codes: string[]; data: string }> {
  const at = readme.search(heading);
  expect(at, `README has a section matching ${heading}`).toBeGreaterThan(-1);
  const lines = readme.slice(at).split('\n');
  const start = lines.findIndex((l) => /^\|\s*code\s*\|/.test(l));
  const rows: Array<{ codes: string[]; data: string }> = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1);
    rows.push({ codes: ticks(cells[0] ?? ''), data: cells[cells.length - 1] ?? '' });
  }
  return rows;
}

// code → data fields, from the README (the Errors table, and the Solvers table it points to).
function readmeData(): Map<string, string[]> {
  const solvers = new Map(table(/^### Solvers/m).flatMap((r) => r.codes.map((c) => [c, ticks(r.data)] as const)));
  const out = new Map<string, string[]>();
  for (const row of table(/^## Errors/m)) {
    for (const code of row.codes)
      out.set(code, /see \*Solvers\*/.test(row.data) ? (solvers.get(code) ?? []) : ticks(row.data));
  }
  return out;
}

// code → data fields, from the ErrorDataByCode interface in the source.
function declaredData(): Map<string, string[]> {
  const body = /interface ErrorDataByCode \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  const out = new Map<string, string[]>();
  for (const m of body.matchAll(/^\s{2}(\w+): \{([\s\S]*?)\};/gm))
    out.set(
      m[1]!,
      [...m[2]!.matchAll(/readonly (\w+)\??:/g)].map((f) => f[1]!),
    );
  return out;
}

function caught(run: () => unknown): DealcalcError {
  try {
    const r = run() as { ok?: boolean; error?: DealcalcError };
    if (r?.ok === false && r.error !== undefined) return r.error;
  } catch (error) {
    if (error instanceof DealcalcError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

// One real error of each code.
const examples: Record<ErrorCode, () => unknown> = {
  invalid_input: () => amount('25X'),
  limit_exceeded: () => installments('1', 10_001),
  currency_mismatch: () => amount('₩5T', 'USD'),
  frequency_mismatch: () => merge(lumpSum('1B'), lumpSum('1B', { frequency: 'monthly' })),
  unbalanced_deal: () =>
    parseDeal({
      id: 'x',
      title: 'X',
      headline: '2B',
      components: [{ label: 'c', instrument: 'cash', schedule: { lumpSum: '1B' } }],
    }),
  unknown_deal: () => presetDeal('nope' as never),
  no_sign_change: () => safeIrr([1, 2]),
  no_root_in_range: () => safeIrr([-100, 110], { low: '0.5', high: '0.9' }),
  several_roots: () => safeIrr([-50, -100, 600, 300, -100]),
  did_not_converge: () =>
    safeXirr(
      [
        { date: '2024-01-01', amount: -100 },
        { date: '2024-07-01', amount: 103 },
      ],
      { maxIterations: 1 },
    ),
  not_computable: () => pmt({ rate: '0.1', periods: 0, presentValue: 100 }),
};

describe('the README error codes and the code agree', () => {
  it('lists exactly the codes of ERROR_CODES', () => {
    expect([...readmeData().keys()].sort()).toEqual([...ERROR_CODES].sort());
  });

  it('gives each code the data fields ErrorDataByCode declares', () => {
    const declared = declaredData();
    expect([...declared.keys()].sort()).toEqual([...ERROR_CODES].sort());
    for (const [code, fields] of readmeData())
      expect({ code, fields: [...fields].sort() }).toEqual({ code, fields: [...(declared.get(code) ?? [])].sort() });
  });

  it.each([...ERROR_CODES])('a real %s error carries the README data fields', (code) => {
    const e = caught(examples[code]);
    expect(e.code).toBe(code);
    expect(Object.keys(e.data).sort()).toEqual([...(readmeData().get(code) ?? [])].sort());
    expect(e.issues.length).toBeGreaterThan(0);
  });

  it('every code a JSDoc @throws names is a code', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : [],
      );
    const named = new Set<string>();
    for (const file of files(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /@throws \{DealcalcError\}([\s\S]*?)(?=\n\s*\*\s*(?:@|\/)|\*\/)/g,
      )) {
        for (const word of ticks(m[1]!)) if (/^[a-z]+(_[a-z]+)+$/.test(word)) named.add(word);
      }
    }
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((c) => !(ERROR_CODES as readonly string[]).includes(c))).toEqual([]);
  });
});
