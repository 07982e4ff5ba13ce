// Type-checks every ```js block of README.md as a strict TypeScript module against the built
// package's declarations (import 'dealcalc' resolves through the package's own "exports"),
// once with node16 and once with bundler module resolution. Each block is a module of its own,
// so it imports what it uses. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.readme-types');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const blocks = [];
for (const m of readme.matchAll(/^```js\n([\s\S]*?)^```/gm)) {
  const line = readme.slice(0, m.index).split('\n').length;
  blocks.push({ line, code: m[1] });
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
const files = blocks.map(({ line, code }) => {
  const name = `readme-line-${line}.ts`;
  writeFileSync(join(dir, name), `${code}\nexport {};\n`);
  return name;
});

const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: false,
  target: 'ES2022',
  lib: ['ES2022'],
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
  skipLibCheck: false,
  noEmit: true,
};
const modes = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'preserve', moduleResolution: 'bundler' },
};
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
let failed = false;
for (const [mode, options] of Object.entries(modes)) {
  const config = join(dir, `tsconfig.${mode}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...strict, ...options }, files }, null, 2));
  try {
    execFileSync(process.execPath, [tsc, '-p', config], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    console.log(`README: ${files.length} code blocks compile under strict TypeScript (${mode} resolution)`);
  } catch (error) {
    failed = true;
    console.error(
      `README code blocks fail under strict TypeScript (${mode} resolution); file names give the README line:`,
    );
    console.error(String(error.stdout ?? error));
  }
}
if (failed) process.exitCode = 1;
