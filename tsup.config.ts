import { dirname, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { presetData } from './scripts/preset-data.mjs';

// The library, twice, from the same sources (the command line is built apart by
// scripts/build-cli.mjs into one bundled file):
// - dist/: one output module per source module, ESM (.js) and CJS (.cjs), each importing its
//   neighbours by their output names, so a bundler keeps only the modules an import reaches;
//   declarations (.d.ts, .d.cts) for the two public entries, `index` and `chart`;
// - dist/node/: the same API as one file per entry for Node (the "node" export condition),
//   which starts faster than loading a hundred small modules; what both entries use sits in
//   one shared chunk, so `dealcalc` and `dealcalc/chart` share one copy of it. tsup builds the
//   CommonJS files here (index.cjs, chart.cjs); scripts/build-node.mjs builds the ESM ones
//   (index.mjs, chart.mjs, json.cjs), run after tsup by `npm run build`: there zod and the
//   modules of the JSON boundary (schemas, parseDeal, deal, proposal…) sit apart in json.cjs,
//   loaded on their first use, and index.mjs takes neither zod's compilation nor its start-up
//   work at import (the exported schemas there are zod/mini lazy schemas: src/schemas.ts types
//   them as `DealcalcSchema`, what both kinds give). Measured (`node bench/startup.mjs`, Node
//   20): with zod in index.mjs, `import('dealcalc')` cost +57 ms CPU over `node -e 0`, zod's
//   module ~25 ms of it (its top level defines ~120 classes, and its allocations cost one of two
//   young-generation collections, 3–5 ms each); now +38 (an empty ESM module: +10; one that
//   imports decimal.js: +17). An esbuild lazy-init wrapper (`require` inside one bundle) saved
//   only ~10 ms of the 25: V8 still compiled the wrapped code at ~11 ms per 100 kB. index.mjs
//   loads json.cjs with createRequire, which bundlers do not follow: the `module` export
//   condition, first in package.json, gives bundlers dist/ instead (Node ignores it).
// decimal.js stays external (a dependency) in both; zod too in dist/, but dist/node/ carries its
// own copy of the parts of zod it uses: loading zod's ~95 modules one by one took more time than
// all of dealcalc (`node bench/startup.mjs`). zod 4 keeps its registry (JSON Schema metadata) and
// configuration on globalThis and recognises schemas by their traits, not by class, so schemas
// from this copy and from the caller's own zod compose and convert to JSON Schema as one. esbuild
// drops comments, so the JavaScript carries no JSDoc (the declarations keep it); no source maps.

const entries = { index: 'src/index.ts', chart: 'src/chart/index.ts' };

// Output name (without extension) of every module the entries load at run time: its path under
// src/, except the `chart` entry, which sits beside `index`. Type-only modules are left out
// (esbuild drops type-only imports before it resolves them).
async function outputNames(): Promise<Map<string, string>> {
  const { metafile } = await build({
    entryPoints: Object.values(entries),
    bundle: true,
    write: false,
    outdir: 'out',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
  });
  const names = new Map<string, string>();
  for (const input of Object.keys(metafile.inputs)) {
    if (input.startsWith('src/')) names.set(resolve(input), input.slice('src/'.length).replace(/\.ts$/, ''));
  }
  for (const [name, path] of Object.entries(entries)) names.set(resolve(path), name);
  return names;
}

// Builds each module alone: a relative import of another module stays an import, of that
// module's output file (`./amount.ts` → `./amount.js` in ESM, `./amount.cjs` in CJS).
function perModule(names: Map<string, string>): Plugin {
  return {
    name: 'dealcalc-per-module',
    setup(b) {
      const ext = b.initialOptions.outExtension?.['.js'] ?? '.js';
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const from = names.get(args.importer);
        const to = names.get(resolve(args.resolveDir, args.path));
        if (from === undefined || to === undefined) {
          return { errors: [{ text: `${args.path} (from ${args.importer}) is not a library module` }] };
        }
        const path = relative(dirname(from), to);
        return { path: `${path.startsWith('.') ? '' : './'}${path}${ext}`, external: true };
      });
    },
  };
}

export default defineConfig(async () => {
  const names = await outputNames();
  const common: Options = { format: ['esm', 'cjs'], sourcemap: false, clean: false, silent: true };
  return [
    {
      ...common,
      entry: Object.fromEntries([...names].map(([path, name]) => [name, relative('.', path)])),
      splitting: false,
      dts: { entry: entries },
      platform: 'neutral',
      target: 'es2022',
      esbuildPlugins: [perModule(names)],
    },
    {
      ...common,
      entry: entries,
      format: ['cjs'], // the ESM files: scripts/build-node.mjs
      outDir: 'dist/node',
      outExtension: () => ({ js: '.cjs' }),
      // Code splitting for CJS too. With `treeshake`, rollup writes each of esbuild's ESM
      // chunks in the target format (without it, tsup turns them into CJS with sucrase, which
      // also rewrites every `?.` and `??` into helper calls).
      splitting: true,
      treeshake: true,
      dts: false,
      platform: 'node',
      target: 'node20',
      noExternal: ['zod'],
      minify: true,
      esbuildOptions(options) {
        options.lineLimit = 160; // an uncaught error prints its source line: a short one, not the whole file
      },
      esbuildPlugins: [presetData()],
    },
  ];
});
