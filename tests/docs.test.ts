import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';

// Every `@example` in src/ runs against the built package. A line `expr //=> value` (or an
// expression followed by a line `//=> value`) asserts that expr equals value; other lines run
// as they are. Decimals compare by their plain text.
const root = join(import.meta.dirname, '..');
// The built package (npm test builds first), typed by its sources.
const lib = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../src/index.ts');
const chart = (await import(
  pathToFileURL(join(root, 'dist', 'chart.js')).href
)) as typeof import('../src/chart/index.ts');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of files(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const start = lines.findIndex((l) => l.startsWith('@example'));
      if (start === -1) continue;
      const body: string[] = [];
      for (const l of lines.slice(start + 1)) {
        if (/^@\w/.test(l)) break;
        body.push(l);
      }
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ file: relative(root, file), line, code: body.join('\n') });
    }
  }
  return out;
}

// Turns `expr //=> expected` into a check, keeping statements as they are.
function instrument(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  let pending: string[] = [];
  for (const raw of lines) {
    const marker = raw.indexOf('//=>');
    if (marker === -1) {
      if (/^\s*\/\//.test(raw)) continue;
      pending.push(raw);
      if (/;\s*$/.test(raw) || /^\s*$/.test(raw) || /\{\s*$/.test(raw) || /^\s*\}/.test(raw)) {
        out.push(...pending);
        pending = [];
      }
      continue;
    }
    const before = raw.slice(0, marker);
    const expected = raw.slice(marker + 4).trim();
    if (before.trim() !== '') pending.push(before);
    const expression = pending.join('\n').trim();
    pending = [];
    if (expression === '' || expected.includes('…')) continue;
    out.push(`__check((${expression}), (${expected}), ${JSON.stringify(expression.slice(0, 80))});`);
  }
  out.push(...pending);
  return out.join('\n');
}

const plain = (value: unknown): unknown => JSON.parse(lib.toJson(value) ?? 'null');

describe('JSDoc examples', () => {
  const all = examples();

  it('every exported function and class has JSDoc with an @example', () => {
    const source = files(join(root, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const missing = Object.entries({ ...lib, ...chart })
      .filter(([, v]) => typeof v === 'function')
      .map(([name]) => name)
      .filter((name) => {
        const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*?)\\*/\\s*export (?:function|class|const) ${name}\\b`).exec(
          source,
        );
        return m === null || !m[1]!.includes('@example');
      });
    expect(missing).toEqual([]);
  });

  it('there are examples to run', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', (_name, example) => {
    const checks: Array<{ actual: unknown; expected: unknown; expression: string }> = [];
    const scope: Record<string, unknown> = {
      ...lib,
      ...chart,
      a: lib.presetDeal('kr-2025-10-us-cash-25x8'),
      b: lib.presetDeal('kr-2025-10-kr-cash-7x10'),
      writeFileSync: () => undefined,
      console: { log: () => undefined },
      Deno: { jupyter: { display: () => undefined } },
      __check: (actual: unknown, expected: unknown, expression: string) =>
        checks.push({ actual, expected, expression }),
    };
    const names = Object.keys(scope);
    const run = new Function(...names, instrument(example.code));
    run(...names.map((n) => scope[n]));
    for (const c of checks) expect(plain(c.actual), c.expression).toEqual(plain(c.expected));
  });
});
