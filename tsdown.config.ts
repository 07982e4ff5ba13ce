import { defineConfig } from 'tsdown';

// The library, twice, from the same sources (the command line is built apart by
// scripts/build-cli.mjs into one bundled file):
// - dist/: one output module per source module (unbundle), ESM (.js, .d.ts) and CJS (.cjs,
//   .d.cts), so a bundler keeps only the modules an import reaches;
// - dist/node/: the same API as one file per entry for Node (the "node" export condition),
//   which starts faster than loading a hundred small modules.
// decimal.js and zod stay external (dependencies) in both.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', chart: 'src/chart/index.ts' },
    format: ['esm', 'cjs'],
    unbundle: true,
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    clean: false,
    logLevel: 'warn',
    checks: { pluginTimings: false },
    // Declarations keep the JSDoc; the JavaScript need not carry it twice.
    outputOptions: { comments: { legal: true, annotation: true, jsdoc: false } },
  },
  {
    entry: { index: 'src/index.ts', chart: 'src/chart/index.ts' },
    format: ['esm', 'cjs'],
    outDir: 'dist/node',
    dts: false,
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    clean: false,
    logLevel: 'warn',
    checks: { pluginTimings: false },
    // Declarations keep the JSDoc; the JavaScript need not carry it twice.
    outputOptions: { comments: { legal: true, annotation: true, jsdoc: false } },
  },
]);
