import { defineConfig } from 'tsdown';

// The library: one output module per source module (unbundle), ESM (.js, .d.ts) and CJS
// (.cjs, .d.cts) side by side, so a bundler keeps only the modules an import reaches.
// decimal.js and zod stay external (dependencies). The command line is built apart by
// scripts/build-cli.mjs into one bundled file.
export default defineConfig({
  entry: { index: 'src/index.ts', chart: 'src/chart/index.ts' },
  format: ['esm', 'cjs'],
  unbundle: true,
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  clean: true,
  logLevel: 'warn',
  checks: { pluginTimings: false },
});
