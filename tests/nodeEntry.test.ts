import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';

// The Node ESM entry (dist/node/index.mjs, built by scripts/build-node.mjs) keeps zod and the
// JSON-boundary modules in json.cjs, loaded on first use, with forwarding functions and zod core
// lazy schemas in their place. These tests hold it to the bundler entry (dist/index.js): the same
// exports, the same answers, one copy of the library's modules. Start-up time is measured by
// bench/startup.mjs, not here.
const root = join(import.meta.dirname, '..');
const nodeEntry = join(root, 'dist', 'node', 'index.mjs');
type Lib = typeof import('../src/index.ts');

describe('the Node ESM entry', () => {
  it('is built (`npm run build`)', () => {
    expect(existsSync(nodeEntry)).toBe(true);
  });

  // One non-ASCII character (a '−' in a regular expression did it) makes V8 hold a whole source
  // file as two-byte text: twice the young-generation memory at import, and slower to decode and
  // scan. Written as \u escapes in src/, every built file stays ASCII.
  it('builds files that are ASCII throughout', () => {
    const files = [
      ...readdirSync(join(root, 'dist', 'node')).map((f) => join(root, 'dist', 'node', f)),
      ...readdirSync(join(root, 'dist', 'cli')).map((f) => join(root, 'dist', 'cli', f)),
      join(root, 'dist', 'cli.js'),
      join(root, 'dist', 'index.js'),
    ].filter((f) => /\.(mjs|cjs|js)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    const nonAscii = files.filter((f) => readFileSync(f).some((byte) => byte > 127));
    expect(nonAscii).toEqual([]);
  });

  it('exports what the bundler entry exports, each of the same kind', async () => {
    const node = (await import(pathToFileURL(nodeEntry).href)) as Record<string, unknown>;
    const bundler = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Record<string, unknown>;
    expect(Object.keys(node).sort()).toEqual(Object.keys(bundler).sort());
    for (const name of Object.keys(bundler)) expect([name, typeof node[name]]).toEqual([name, typeof bundler[name]]);
  });

  it('loads neither zod nor json.cjs at import, nor to compare or write JSON, and loads them on first parse', () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(${JSON.stringify(nodeEntry)});
      const loaded = () => Object.keys(require.cache).map((f) => f.split(/[\\\\/]/).pop());
      const lib = await import(${JSON.stringify(pathToFileURL(nodeEntry).href)});
      const before = loaded();
      const d = lib.presetDeal('kr-2025-11-mou');
      lib.compare(d, lib.presetDeal('kr-2025-07-us-demand'));
      lib.serializeDeal(d); // with its tariff and record: writing JSON needs no zod
      lib.serializeSchedule(d.components[0].schedule);
      lib.formatProposal(d);
      const afterPreset = loaded();
      lib.parseDeal(lib.presetJson('kr-2025-07-us-demand'));
      console.log(JSON.stringify({ before, afterPreset, after: loaded() }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { before, afterPreset, after } = JSON.parse(out) as Record<string, string[]>;
    expect(before).not.toContain('json.cjs');
    expect(afterPreset).not.toContain('json.cjs');
    expect(after).toContain('json.cjs');
  });

  it('loads json.cjs from beside it where a global require resolves elsewhere (node -e, the REPL)', () => {
    // `node -e` defines a global `require` that resolves from the working directory (here the
    // system's temporary directory), which must not be the one that loads json.cjs.
    const script = `import(${JSON.stringify(pathToFileURL(nodeEntry).href)}).then((d) => console.log(typeof require, d.parseDeal(d.presetJson('kr-2025-10-us-cash-25x8')).id))`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: tmpdir(), encoding: 'utf8' });
    expect(out.trim()).toBe('function kr-2025-10-us-cash-25x8');
  });

  it('keeps the error class name through minification (ESM and CJS)', async () => {
    const node = (await import(pathToFileURL(nodeEntry).href)) as Lib;
    const cjs = createRequire(import.meta.url)(join(root, 'dist', 'node', 'index.cjs')) as Lib;
    for (const lib of [node, cjs]) {
      expect(lib.DealcalcError.name).toBe('DealcalcError');
      const outcome = lib.safeIrr([1, 2]);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(lib.DealcalcError);
      expect(inspect(error).split('\n')[0]).toMatch(/^DealcalcError: /); // was `F [DealcalcError]: …`
    }
  });

  it('gives the same answers, with one DealcalcError class and one Decimal', async () => {
    const node = (await import(pathToFileURL(nodeEntry).href)) as Lib;
    const bundler = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Lib;
    const json = node.presetJson('kr-2025-07-us-demand');
    const parsed = node.parseDeal(json);
    expect(node.serializeDeal(parsed)).toEqual(bundler.serializeDeal(bundler.parseDeal(json)));
    expect(node.isDecimal(parsed.headline)).toBe(true);
    const total = (lib: Lib) => lib.toPlainString(lib.total(lib.parseDeal(json).components[0]!.schedule));
    expect(total(node)).toBe(total(bundler));
    const thrown = (() => {
      try {
        node.parseDeal({ id: 'x' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(node.DealcalcError);
    expect(node.safeParseDeal({}).ok).toBe(false);
    const built = node.deal({
      id: 'd',
      title: 'D',
      headline: '100',
      components: [{ label: 'Cash', instrument: 'cash', schedule: node.installments('25', 4) }],
    });
    expect(node.compare(built, node.presetDeal('kr-2025-07-us-demand')).a.id).toBe('d');
    expect(node.dealJsonSchema()).toEqual(bundler.dealJsonSchema());
  });

  // dealcalc/chart is its own file (no chunk shared with index.mjs), with its own copy of the
  // error class and money formatting: it must take index.mjs's results and throw errors that
  // index.mjs's DealcalcError recognises.
  it('has a chart entry that draws index.mjs results and throws errors the main entry recognises', async () => {
    const node = (await import(pathToFileURL(nodeEntry).href)) as Lib;
    const chart = (await import(
      pathToFileURL(join(root, 'dist', 'node', 'chart.mjs')).href
    )) as typeof import('../src/chart/index.ts');
    const bundlerChart = (await import(pathToFileURL(join(root, 'dist', 'chart.js')).href)) as typeof chart;
    const bundler = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Lib;
    const pair = (lib: Lib) => [
      lib.compare(lib.presetDeal('kr-2025-10-us-cash-25x8'), lib.presetDeal('kr-2025-10-kr-cash-7x10')),
    ];
    expect(chart.comparisonSvg(pair(node))).toBe(bundlerChart.comparisonSvg(pair(bundler)));
    const thrown = (() => {
      try {
        chart.chartModel([]);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(node.DealcalcError);
    expect(node.isDealcalcError(thrown, 'invalid_input')).toBe(true);
  });

  it('exports zod schemas that parse, embed and convert like the bundler entry', async () => {
    const node = (await import(pathToFileURL(nodeEntry).href)) as Lib;
    const bundler = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Lib;
    const json = node.presetJson('kr-2025-07-us-demand');
    expect(node.dealSchema.parse(json).id).toBe('kr-2025-07-us-demand');
    expect(node.decimalSchema.safeParse('1.5').success).toBe(true);
    expect(node.decimalSchema.safeParse('1e5').success).toBe(false);
    expect(z.array(node.dealSchema).parse([json])).toHaveLength(1);
    expect(z.object({ deal: node.dealSchema }).parse({ deal: json }).deal.id).toBe('kr-2025-07-us-demand');
    for (const name of ['dealSchema', 'scheduleSchema', 'amountSchema', 'economySchema'] as const) {
      expect(z.toJSONSchema(node[name], { io: 'input' })).toEqual(z.toJSONSchema(bundler[name], { io: 'input' }));
    }
  });

  // The exported schemas are zod core lazies in this entry; their own parse methods must still fail
  // with zod's classic ZodError (`format()`, `flatten()`), as DealcalcSchema's type promises.
  it('fails schema parses with zod ZodError, as the bundler entry does', async () => {
    const node = (await import(pathToFileURL(nodeEntry).href)) as Lib;
    const bundler = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Lib;
    for (const lib of [node, bundler]) {
      const thrown = (() => {
        try {
          lib.dealSchema.parse({ id: 1 });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(thrown).toBeInstanceOf(z.ZodError);
      const failed = lib.decimalSchema.safeParse('1e5');
      expect(failed.success).toBe(false);
      expect(failed.error).toBeInstanceOf(z.ZodError);
      expect(typeof failed.error?.flatten).toBe('function');
      await expect(lib.amountSchema.parseAsync({ value: '1' })).rejects.toBeInstanceOf(z.ZodError);
      expect((await lib.currencySchema.safeParseAsync('XYZ1')).error).toBeInstanceOf(z.ZodError);
    }
    expect(node.decimalSchema.safeParse('1e5').error?.issues).toEqual(
      bundler.decimalSchema.safeParse('1e5').error?.issues,
    );
  });

  // A copy of index.mjs without json.cjs beside it (a partial deploy), in an ES module and under
  // `node -e` (whose global require resolves elsewhere): a plain error that says what is missing.
  it('says json.cjs is missing when it is, not a ReferenceError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealcalc-partial-'));
    writeFileSync(join(dir, 'index.mjs'), readFileSync(nodeEntry));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(root, 'node_modules', 'decimal.js'), join(dir, 'node_modules', 'decimal.js'));
    const script = `import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)}).then((d) => {
      console.log(d.npv('0.1', [1]).value.toString());
      try { d.safeParseDeal({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
    })`;
    for (const args of [
      ['--input-type=module', '-e', script],
      ['-e', script],
    ]) {
      const out = execFileSync(process.execPath, args, { cwd: tmpdir(), encoding: 'utf8' }).trim().split('\n');
      expect(out[0]).toBe('1');
      expect(out[1]).toMatch(
        /^Error: dealcalc [\d.]+: dist\/node\/json\.cjs .* is missing beside dist\/node\/index\.mjs/,
      );
    }
  });

  // A bundler that lands on this entry (no "module" condition: `bun build`, esbuild with its own
  // `conditions`) must bundle json.cjs through the entry's plain require, and file tracers must
  // find it: the loader is written out in the forms they follow.
  it('works when a bundler takes it, and names json.cjs where file tracers look', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealcalc-bundle-'));
    const script = join(dir, 'app.mjs');
    writeFileSync(
      script,
      `import { parseDeal, presetJson, safeParseDeal, npv } from ${JSON.stringify(nodeEntry)};
       console.log(JSON.stringify([parseDeal(presetJson('kr-2025-10-us-cash-25x8')).id, safeParseDeal({}).ok, npv('0.1', [1]).value.toString()]));`,
    );
    const out = join(dir, 'bundle.mjs');
    await build({
      entryPoints: [script],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'error',
    });
    const printed = execFileSync(process.execPath, [out], { cwd: dir, encoding: 'utf8' }); // no json.cjs beside it
    expect(JSON.parse(printed)).toEqual(['kr-2025-10-us-cash-25x8', false, '1']);
    // An app's own json.cjs beside the bundle is not taken for dealcalc's.
    writeFileSync(join(dir, 'json.cjs'), 'module.exports = { hello: 1 };\n');
    const beside = execFileSync(process.execPath, [out], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(beside)).toEqual(['kr-2025-10-us-cash-25x8', false, '1']);
    const entry = readFileSync(nodeEntry, 'utf8');
    expect(entry).toContain('const require=createRequire(import.meta.url);return require("./json.cjs")');
    expect(entry).toContain('()=>require("./json.cjs")');
  });
});
