// Builds dist/cli.js: the whole command line (library, zod and decimal.js included) as one
// bundled ESM file, so starting it reads one file instead of a hundred.
//
//   node scripts/build-cli.mjs            build
//   node scripts/build-cli.mjs --if-stale build only when a source is newer than dist/cli.js
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.js');
const inputs = [join(root, 'src'), join(root, 'package.json'), join(root, 'package-lock.json')];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (
  process.argv.includes('--if-stale') &&
  existsSync(out) &&
  statSync(out).mtimeMs >= Math.max(...inputs.map(newest))
) {
  process.exit(0);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { build } = await import('esbuild');
await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  keepNames: true,
  legalComments: 'eof',
  define: { __DEALCALC_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
