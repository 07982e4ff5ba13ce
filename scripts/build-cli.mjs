// Builds the command line with esbuild: dist/cli.js (the `bin`) starts dist/cli/, the command
// line bundled with its dependencies (library, decimal.js, zod) and split into ESM chunks. Each
// command is loaded when it runs, and what only some runs need is loaded by them alone: the deal
// JSON reader (zod), the JSON Schema, the chart. So `dealcalc compare` on presets compiles
// neither zod nor the chart code, and `--version` compiles next to nothing. Minified, names
// too (keeping them costs a call per function at start-up); tests/cli/chunks.test.ts checks
// which chunks `compare` loads.
//
//   node scripts/build-cli.mjs            build
//   node scripts/build-cli.mjs --if-stale build only when a source is newer than dist/cli.js
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presetData } from './preset-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.js');
const chunks = join(root, 'dist', 'cli');

/** esbuild's options for the command line (also used by the test of its chunks). */
export function cliBuildOptions() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    absWorkingDir: root,
    entryPoints: { cli: join(root, 'src', 'cli', 'main.ts') },
    outdir: chunks,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true, // dependencies too: one install-free copy, read from a few files
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    lineLimit: 160, // an uncaught error prints its source line: a short one, not the whole file
    legalComments: 'eof',
    define: { __DEALCALC_VERSION__: JSON.stringify(pkg.version) },
    metafile: true,
    logLevel: 'error',
    plugins: [presetData()],
  };
}

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

async function main() {
  const inputs = [
    join(root, 'src'),
    join(root, 'package.json'),
    join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
    join(root, 'scripts', 'preset-data.mjs'),
  ];
  if (
    process.argv.includes('--if-stale') &&
    existsSync(out) &&
    existsSync(chunks) &&
    statSync(out).mtimeMs >= Math.max(...inputs.map(newest))
  ) {
    return;
  }
  const { build } = await import('esbuild');
  rmSync(chunks, { recursive: true, force: true }); // no chunks of an earlier build left behind
  const { metafile } = await build(cliBuildOptions());
  const [entry] = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint?.endsWith('src/cli/main.ts')) ?? [];
  if (entry === undefined) throw new Error('build-cli: esbuild wrote no entry chunk');
  // The shebang line esbuild kept from main.ts stays harmless inside the chunk.
  writeFileSync(out, `#!/usr/bin/env node\nimport './cli/${basename(entry)}';\n`);
  chmodSync(out, 0o755);
}

// Run as a script (not imported by the test): build.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
