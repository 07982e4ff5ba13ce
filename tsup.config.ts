import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Plain options only, so a later move to tsdown is a one-file change.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', chart: 'src/chart/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The command line: ESM only, for Node; never imported by the library.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    define: { __DEALCALC_VERSION__: JSON.stringify(pkg.version) },
  },
]);
