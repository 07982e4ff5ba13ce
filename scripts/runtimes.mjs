// The package in three more runtimes, each for real (run after `npm run build`):
//   browser  headless Chromium (Debian's, at /usr/bin/chromium; scripts/ensure-chromium.sh
//            installs it) loads dealcalc bundled as one ESM file, compares two presets, parses
//            one and solves an IRR;
//   deno     Deno (the `deno` npm package) imports the tarball `npm pack` makes, installed
//            into a scratch project as a user would, and does the same (through Node's ESM
//            build, so json.cjs is loaded on first use);
//   bun      Bun (the `bun` npm package) runs the command line.
// Each must give what Node gives. `node scripts/runtimes.mjs [browser|deno|bun ...]`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compare, irr, parseDeal, presetDeal, presetJson } from 'dealcalc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const A = 'kr-2025-10-us-cash-25x8';
const B = 'kr-2025-10-kr-cash-7x10';
// What every runtime must print: the comparison's first sentences, exact to the digit, then a
// parsed deal (in Node's ESM build, loaded from dist/node/json.cjs on first use) and an IRR.
const program = (from) => `import { compare, presetDeal, parseDeal, presetJson, irr } from '${from}';
const c = compare(presetDeal('${A}'), presetDeal('${B}'), { rates: ['4.5%'] });
export const answer = [...c.sentences.slice(0, 4), c.gaps.cashShare.points.toFixed(), c.breakEven.kind, parseDeal(presetJson('${A}')).id, irr([-100, 60, 60]).toFixed(6)].join('\\n');`;
const c = compare(presetDeal(A), presetDeal(B), { rates: ['4.5%'] });
const expected = [
  ...c.sentences.slice(0, 4),
  c.gaps.cashShare.points.toFixed(),
  c.breakEven.kind,
  parseDeal(presetJson(A)).id,
  irr([-100, 60, 60]).toFixed(6),
].join('\n');

// A binary shipped inside an npm package. Its postinstall links it into place; if install
// scripts did not run, take it from the platform package it came in.
function binary(name, candidates) {
  for (const candidate of candidates) {
    let path;
    try {
      path = require.resolve(candidate);
    } catch {
      continue;
    }
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    closeSync(fd);
    if (
      head.toString('latin1') === '\x7fELF' ||
      head.toString('latin1', 0, 2) === 'MZ' ||
      head.readUInt32BE(0) === 0xcffaedfe
    )
      return path;
  }
  throw new Error(`no ${name} binary found in node_modules (is the ${name} npm package installed?)`);
}

async function browser() {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: run scripts/ensure-chromium.sh`);
  // The ESM bundle a web app would ship: dealcalc with decimal.js and zod, one file.
  const bundle = await build({
    stdin: { contents: program('dealcalc'), resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const page = `<!doctype html><meta charset="utf-8"><title>dealcalc</title><pre id="out"></pre>
<script type="module">
import('./dealcalc.js').then((m) => { document.getElementById('out').textContent = m.answer; }, (e) => { document.getElementById('out').textContent = 'ERROR ' + e; });
</script>`;
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/dealcalc.js')
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle.outputFiles[0].contents);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'dealcalc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => document.getElementById('out')?.textContent !== '', null, { timeout: 30_000 });
    const got = await tab.textContent('#out');
    if (errors.length > 0) throw new Error(errors.join('\n'));
    return {
      got,
      detail: `Chromium ${context.browser()?.version() ?? ''}, ${(bundle.outputFiles[0].contents.length / 1000).toFixed(0)} kB bundle`,
    };
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

function deno() {
  const exe = binary('deno', [
    'deno/deno',
    `@deno/${process.platform}-${process.arch === 'arm64' ? 'arm64' : 'x64'}-glibc/deno`,
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-deno-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const tarball = join(dir, packed[0].filename);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'deno-user', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    writeFileSync(join(dir, 'main.mjs'), `${program('dealcalc')}\nconsole.log(answer);\n`);
    const env = { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
    const got = execFileSync(exe, ['run', '--node-modules-dir=manual', '--no-remote', '--allow-read=.', 'main.mjs'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    }).trimEnd();
    const version = execFileSync(exe, ['--version'], { env, encoding: 'utf8' }).split('\n')[0];
    return { got, detail: `${version}, ${packed[0].filename} (${packed[0].entryCount} files)` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function bun() {
  const exe = binary('bun', [
    'bun/bin/bun.exe',
    `@oven/bun-${process.platform}-${process.arch === 'arm64' ? 'aarch64' : 'x64'}/bin/bun`,
  ]);
  const args = [join(root, 'dist', 'cli.js'), 'compare', A, B, '--rate', '4.5%', '--format', 'json'];
  const env = { ...process.env, NO_COLOR: '1' };
  const got = execFileSync(exe, args, { cwd: root, env, encoding: 'utf8' });
  const want = execFileSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  const version = execFileSync(exe, ['--version'], { encoding: 'utf8' }).trim();
  return { got, want, detail: `Bun ${version} running dist/cli.js compare --format json (${got.length} bytes)` };
}

const checks = { browser, deno, bun };
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(checks);
let passed = 0;
let failed = 0;
for (const name of names) {
  try {
    const { got, want = expected, detail } = await checks[name]();
    if (got !== want) throw new Error(`printed something else than Node:\n--- got\n${got}\n--- Node\n${want}`);
    passed += 1;
    console.log(`ok ${name}: ${detail}`);
  } catch (error) {
    failed += 1;
    console.error(`FAIL ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
console.log(`runtimes: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
