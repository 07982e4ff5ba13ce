// Bundle budgets: bundles each import named in size-limits.json from the built package (by
// its name, through its "exports") for the browser with esbuild, minified, all dependencies
// included, and compares the gzip size with the budget. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { budgets } = JSON.parse(readFileSync(join(root, 'size-limits.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function bytes(text) {
  const m = /^([\d.]+)\s*kB$/.exec(text);
  if (m === null) throw new Error(`size-limits.json: "${text}" is not a size like "16 kB"`);
  return Math.round(Number(m[1]) * 1000);
}
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

let failed = 0;
for (const budget of budgets) {
  const result = await build({
    stdin: { contents: `export ${budget.import} from '${budget.from ?? pkg.name}';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'error',
  });
  const size = gzipSync(result.outputFiles[0].contents).length;
  const limit = bytes(budget.limit);
  let verdict;
  if (budget.pending === undefined) {
    verdict = size <= limit ? 'ok' : `OVER by ${kB(size - limit)}`;
    if (size > limit) failed += 1;
  } else if (size <= limit) {
    verdict = `now within its limit: remove "pending" from its entry in size-limits.json`;
    failed += 1;
  } else {
    const ceiling = bytes(budget.pending.ceiling);
    verdict =
      size <= ceiling
        ? `NOT MET (held at ${budget.pending.ceiling}): ${budget.pending.why}`
        : `OVER its pending ceiling ${budget.pending.ceiling}`;
    if (size > ceiling) failed += 1;
  }
  console.log(
    `${`import ${budget.import}`.padEnd(34)} ${kB(size).padStart(10)} gzip  limit ${budget.limit.padStart(8)}  ${verdict}`,
  );
}
if (failed > 0) {
  console.error(`${failed} bundle budget(s) failed (size-limits.json)`);
  process.exitCode = 1;
}
