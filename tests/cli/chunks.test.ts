import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain script without declarations
import { cliBuildOptions } from '../../scripts/build-cli.mjs';

// What `dealcalc compare` on two presets loads before it runs: the chunks its command statically
// imports, with theirs. Start-up is measured by bench/startup.mjs, not here; this only keeps zod
// (the deal JSON reader) and the chart code out of that path, so a stray import cannot slow it
// down unnoticed.
describe('the command line chunks', () => {
  it('compare on presets loads neither zod nor the chart code, nor what only some flags need', async () => {
    const { metafile } = (await build({ ...cliBuildOptions(), write: false })) as { metafile: Metafile };
    const outputs = new Map(Object.entries(metafile.outputs).map(([path, o]) => [path.split('/').pop()!, o]));
    const name = (entry: string) =>
      [...outputs].find(([, o]) => o.entryPoint !== undefined && o.entryPoint.endsWith(entry))![0];
    const loaded = (start: string): Set<string> => {
      const seen = new Set<string>();
      const todo = [start];
      while (todo.length > 0) {
        const file = todo.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        for (const i of outputs.get(file)!.imports)
          if (i.kind !== 'dynamic-import' && !i.external) todo.push(i.path.split('/').pop()!);
      }
      return seen;
    };
    const inputs = (files: Set<string>) => [...files].flatMap((f) => Object.keys(outputs.get(f)!.inputs));
    const compare = inputs(loaded(name('src/cli/commands/compare.ts')));
    expect(compare).toContain('src/presets/build.ts');
    expect(compare.filter((i) => i.includes('node_modules/zod/'))).toEqual([]);
    expect(compare.filter((i) => i.startsWith('src/chart/') || i.endsWith('/schema.ts'))).toEqual([]);
    // Nor what only some flags need: CSV, the figures over time (--fx-path, --real), calendars.
    const onDemand = ['src/report/csv.ts', 'src/cli/overTimeFigures.ts', 'src/report/overTimeReport.ts'];
    expect(compare.filter((i) => onDemand.includes(i) || i.startsWith('src/dates/calendars/'))).toEqual([]);
    // --version: the entry and a few small chunks, none of the library's calculations.
    const start = inputs(loaded(name('src/cli/main.ts')));
    expect(start.filter((i) => !i.startsWith('src/cli/') && !i.startsWith('src/errors/'))).toEqual([]);
    // The deal JSON reader does bring zod, when a deal comes as JSON.
    expect(inputs(loaded(name('src/cli/dealJson.ts'))).some((i) => i.includes('node_modules/zod/'))).toBe(true);
  });
});
