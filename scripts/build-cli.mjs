// Builds the command line with esbuild: dist/cli.js (the `bin`) starts dist/cli/, the command
// line bundled with its dependencies (library, decimal.js, zod) and split into ESM chunks. Each
// command is loaded when it runs, and what only some runs need is loaded by them alone: the deal
// JSON reader (zod), the JSON Schema, the chart. So `dealcalc compare` on presets compiles
// neither zod nor the chart code, and `--version` compiles next to nothing.
//
//   node scripts/build-cli.mjs            build
//   node scripts/build-cli.mjs --if-stale build only when a source is newer than dist/cli.js
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presetData } from './preset-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.js');
const chunks = join(root, 'dist', 'cli');
const inputs = [
  join(root, 'src'),
  join(root, 'package.json'),
  join(root, 'package-lock.json'),
  fileURLToPath(import.meta.url),
  join(root, 'scripts', 'preset-data.mjs'),
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (
  process.argv.includes('--if-stale') &&
  existsSync(out) &&
  existsSync(chunks) &&
  statSync(out).mtimeMs >= Math.max(...inputs.map(newest))
) {
  process.exit(0);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { build } = await import('esbuild');
rmSync(chunks, { recursive: true, force: true }); // no chunks of an earlier build left behind
const { metafile } = await build({
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
  keepNames: true,
  legalComments: 'eof',
  define: { __DEALCALC_VERSION__: JSON.stringify(pkg.version) },
  metafile: true,
  logLevel: 'error',
  plugins: [presetData()],
});
const [main] = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint?.endsWith('src/cli/main.ts')) ?? [];
if (main === undefined) throw new Error('build-cli: esbuild wrote no entry chunk');
// The shebang line esbuild kept from main.ts stays harmless inside the chunk.
writeFileSync(out, `#!/usr/bin/env node\nimport './cli/${basename(main)}';\n`);
chmodSync(out, 0o755);
