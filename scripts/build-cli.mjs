// Builds dist/cli.js with tsup: the whole command line (library, zod and decimal.js included)
// as one bundled, minified ESM file, so starting it reads one file instead of a hundred.
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
const { build } = await import('tsup');
await build({
  config: false, // not tsup.config.ts: that one builds the library
  entry: { cli: join(root, 'src', 'cli', 'main.ts') },
  outDir: join(root, 'dist'),
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // Everything in the one file: tsup leaves dependencies external unless told otherwise.
  noExternal: [/./],
  removeNodeProtocol: false, // keep `node:fs` as written
  splitting: false,
  dts: false,
  sourcemap: false,
  clean: false,
  minify: true,
  keepNames: true,
  define: { __DEALCALC_VERSION__: JSON.stringify(pkg.version) },
  esbuildOptions(options) {
    options.legalComments = 'eof';
  },
  silent: true,
});
