// Builds the library for `import` in Node (the "node" + "import" export condition): dist/node/
// index.mjs and chart.mjs, ESM, minified, decimal.js external, preset data as JSON.parse strings
// (scripts/preset-data.mjs). tsup builds the rest (tsup.config.ts).
//
// Each entry is one file, with no chunk shared between them: importing dealcalc reads and
// compiles one file of ours, not two (2–4 ms less: bench/README.md, start-up). chart.mjs carries
// its own copy of the few modules it shares with index.mjs (money formatting, the error class:
// 11 kB), which is harmless: errors are recognised by their brand, not their class, and every
// Decimal clone shares decimal.js's one prototype.
//
// What sets it apart: zod and the modules of the JSON boundary (the schemas, parseDeal, deal,
// proposal, parseSchedule, parseEconomy…: every library module that reaches `zod`, the
// "JSON modules") are not in index.mjs. They make dist/node/json.cjs, which index.mjs loads with
// `require` the first time one of them is used; importing dealcalc neither compiles nor runs
// zod (it was half of the start-up: `node bench/startup.mjs`). So that first use stays
// synchronous, index.mjs exports in their place:
// - for each function, a function of the same name that loads json.cjs and calls the real one;
// - for each schema (the exports of src/schemas.ts), a `lazy` schema of zod's core (`$ZodLazy`,
//   from zod/v4/core: not zod/mini's `lazy`, whose construction at import cost 21 kB more of the
//   young generation and with it a scavenge) whose inner schema is the real one: a zod schema
//   like any other (`z.array(dealSchema)`, `z.toJSONSchema(dealSchema)`), with the real schema's
//   `parse`, `safeParse`, `parseAsync` and `safeParseAsync`, built when first used.
//   src/schemas.ts types the exported schemas as what both kinds give (`DealcalcSchema`).
// json.cjs is a factory: index.mjs calls it once with its own instances of every library module
// the JSON modules share with it (errors, money, dates, schedules…), so the process has one copy
// of each: one DealcalcError class, one Decimal clone (and a second instance of index.mjs, as
// test runners make on a module reset, gets JSON modules of its own). It carries its own copy of
// the parts of zod it uses (like the CommonJS build, dist/node/index.cjs); zod 4 keeps its
// configuration and registry on globalThis, so its copies work as one.
//
// index.mjs loads json.cjs by a `require` made with `createRequire(import.meta.url)`, written
// into the file after esbuild has built it and in that form (not renamed by the minifier), so
// that file tracers (@vercel/nft, used by Next.js, Vercel and Netlify) find json.cjs. When
// json.cjs is not beside it (or `import.meta.url` is gone), a bundler took this file (one without
// the "module" condition: `bun build`, esbuild with its own `conditions`): then a plain
// `require("./json.cjs")` follows, which that bundler has bundled. The plain call comes second
// because `node -e` and the REPL define a global `require` that resolves from the working
// directory.
//
//   node scripts/build-node.mjs
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { presetData } from './preset-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'node');
const entries = { index: join(root, 'src', 'index.ts'), chart: join(root, 'src', 'chart', 'index.ts') };
const indexPath = entries.index;
const schemasPath = join(root, 'src', 'schemas.ts'); // the exported schemas; every other export a function
const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  lineLimit: 160, // an uncaught error prints its source line: a short one, not the whole file
  platform: 'node',
  target: 'node20',
  external: ['decimal.js'],
  metafile: true,
  logLevel: 'error',
};
const key = (path) => relative(root, path).split('\\').join('/');

// No ESM output of an earlier build left behind (tsup writes only .cjs files here).
mkdirSync(outdir, { recursive: true });
for (const name of readdirSync(outdir)) {
  if (name.endsWith('.mjs') || name === 'json.cjs' || name === 'bridge.cjs') rmSync(join(outdir, name));
}

// 1. The module graph, and the JSON modules: those that import zod (not zod/mini), and those that
//    import a JSON module (the entries aside).
const { metafile: graph } = await build({
  ...common,
  entryPoints: Object.values(entries),
  write: false,
  outdir: join(root, 'out'),
  format: 'esm',
  splitting: true,
  plugins: [presetData()],
});
const imports = new Map();
for (const [input, info] of Object.entries(graph.inputs)) {
  if (input.startsWith('src/')) imports.set(resolve(root, input), info.imports);
}
const json = new Set();
for (let grew = true; grew; ) {
  grew = false;
  for (const [path, list] of imports) {
    if (json.has(path) || Object.values(entries).includes(path)) continue;
    const reachesZod = list.some((i) => /node_modules\/zod\//.test(i.path) && !/\/mini\//.test(i.path));
    if (reachesZod || list.some((i) => json.has(resolve(root, i.path)))) {
      json.add(path);
      grew = true;
    }
  }
}
for (const i of imports.get(entries.chart)) {
  if (json.has(resolve(root, i.path)))
    throw new Error(`build-node: dealcalc/chart imports ${i.path}, which reaches zod`);
}

// What src/index.ts takes from each JSON module (its value exports; `export type` lines aside).
const fromIndex = new Map();
const barrel = readFileSync(indexPath, 'utf8');
for (const m of barrel.matchAll(/^export\s*\{([^}]*)\}\s*from\s*'([^']+)'/gm)) {
  const path = resolve(dirname(indexPath), m[2]);
  if (!json.has(path)) continue;
  const names = m[1]
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.startsWith('type '));
  if (names.some((n) => /\sas\s/.test(n))) throw new Error(`build-node: rename in the export of ${m[2]}`);
  fromIndex.set(path, [...(fromIndex.get(path) ?? []), ...names]);
}
const forwarded = [...fromIndex.keys()];
const slot = (path) => `m${forwarded.indexOf(path)}`;

// 2. dist/node/json.cjs: the JSON modules src/index.ts uses and what only they reach, as a
//    factory of the library modules it shares with index.mjs (`shared(name)` inside it).
const eager = new Set([...imports.keys()].filter((p) => !json.has(p)));
const shared = new Set();
const SHARED = '__dealcalcShared';
const handOver = {
  name: 'dealcalc-shared',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point' || args.namespace !== 'file') return undefined;
      const path = resolve(args.resolveDir, args.path);
      if (!eager.has(path)) return undefined;
      shared.add(path);
      return { path: key(path), namespace: 'dealcalc-shared' };
    });
    b.onLoad({ filter: /.*/, namespace: 'dealcalc-shared' }, (args) => ({
      contents: `module.exports = ${SHARED}(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
const jsonPath = join(outdir, 'json.cjs');
const { metafile: jsonMeta } = await build({
  ...common,
  stdin: {
    contents: forwarded.map((p) => `export * as ${slot(p)} from ${JSON.stringify(p)};`).join('\n'),
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'json-modules.ts',
  },
  outfile: jsonPath,
  format: 'cjs',
  plugins: [handOver, presetData()],
});
for (const [input, info] of Object.entries(jsonMeta.inputs)) {
  if (info.imports.some((i) => i.path === 'decimal.js'))
    throw new Error(`build-node: ${input} imports decimal.js, which must come from index.mjs`);
}
const jsonCode = readFileSync(jsonPath, 'utf8');
if (/\brequire\(/.test(jsonCode))
  throw new Error('build-node: json.cjs requires a module; it must take them from index.mjs');
// The factory carries a brand with the package's version, so that the loader takes this file and
// no other `json.cjs` (a bundle of index.mjs written beside an app's own file of that name).
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const BRAND = `Symbol.for("dealcalc.json")`;
writeFileSync(
  jsonPath,
  `"use strict";module.exports=function(${SHARED}){var module={exports:{}},exports=module.exports;${jsonCode}\nreturn module.exports};\nmodule.exports[${BRAND}]=${JSON.stringify(version)};\n`,
);

// 3. dist/node/index.mjs and chart.mjs, with forwarding modules in place of the JSON modules.
//    `__dealcalcLoadJson` is defined in the output file after the build (see the top).
const sharedList = [...shared];
const LOAD = '__dealcalcLoadJson';
const loader = `${sharedList.map((p, i) => `import * as s${i} from ${JSON.stringify(p)};`).join('\n')}
const handed = { ${sharedList.map((p, i) => `${JSON.stringify(key(p))}: s${i}`).join(', ')} };
let modules;
export function json() {
  return (modules ??= ${LOAD}()((name) => {
    const m = handed[name];
    if (m === undefined) throw new Error('dealcalc: ' + name + ' was not handed to json.cjs');
    return m;
  }));
}
`;
// The loader, written on short lines (an uncaught error prints its source line). It takes the
// first of these that is this version's json.cjs: the file beside index.mjs; a bundler's copy
// (the plain require, which a bundler that took index.mjs has bundled; in plain Node's ES module
// scope there is no `require`); else it throws an error that says what is missing, not a
// ReferenceError, and never another file's exports.
const loadJson = `import{createRequire}from"node:module";
function __dealcalcNodeJson(){const require=createRequire(import.meta.url);return require("./json.cjs")}
function __dealcalcOwnJson(load){
try{const m=load();if(m?.[${BRAND}]===${JSON.stringify(version)})return m}
catch(e){if(!(e instanceof ReferenceError&&/\\brequire\\b/.test(e.message)||["MODULE_NOT_FOUND","ERR_INVALID_ARG_VALUE","ERR_INVALID_ARG_TYPE"].includes(e?.code)))throw e}}
function ${LOAD}(){
return __dealcalcOwnJson(__dealcalcNodeJson)??__dealcalcOwnJson(()=>require("./json.cjs"))??
(()=>{throw new Error("dealcalc ${version}: dist/node/json.cjs (zod and the functions that read JSON) is missing beside dist/node/index.mjs: reinstall dealcalc, or let your bundler take the whole package")})()}
`;
const forward = {
  name: 'dealcalc-forward',
  setup(b) {
    b.onResolve({ filter: /^dealcalc:json$/ }, () => ({ path: 'json', namespace: 'dealcalc-json' }));
    b.onLoad({ filter: /.*/, namespace: 'dealcalc-json' }, () => ({
      contents: loader,
      loader: 'js',
      resolveDir: root,
    }));
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.importer !== indexPath) return undefined;
      const path = resolve(args.resolveDir, args.path);
      return fromIndex.has(path) ? { path, namespace: 'dealcalc-forward' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'dealcalc-forward' }, (args) => {
      const m = `json().${slot(args.path)}`;
      // A schema's own parse methods are the real (classic) schema's, so that its errors are
      // zod's ZodError, with `format()` and `flatten()`, as in the other builds.
      const lines = fromIndex
        .get(args.path)
        .map((name) =>
          args.path === schemasPath
            ? `export const ${name} = /* @__PURE__ */ parsedBy(new $ZodLazy({ type: 'lazy', getter: () => ${m}.${name} }), () => ${m}.${name});`
            : `export function ${name}(...args) {\n  return ${m}.${name}(...args);\n}`,
        );
      const parsedBy = `function parsedBy(schema, real) {
  for (const method of ['parse', 'safeParse', 'parseAsync', 'safeParseAsync']) {
    schema[method] = (...args) => real()[method](...args);
  }
  return schema;
}`;
      return {
        contents: `import { $ZodLazy } from 'zod/v4/core';\nimport { json } from 'dealcalc:json';\n${args.path === schemasPath ? parsedBy : ''}\n${lines.join('\n')}\n`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};
const { metafile: nodeMeta } = await build({
  ...common,
  entryPoints: entries,
  outdir,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  plugins: [forward, presetData()],
});
const written = Object.keys(nodeMeta.outputs).filter((f) => f.endsWith('.mjs'));
if (written.length !== Object.keys(entries).length)
  throw new Error(`build-node: wrote ${written.join(', ')}: one file per entry, no shared chunk`);
for (const input of Object.keys(nodeMeta.inputs)) {
  if (json.has(resolve(root, input)) || /node_modules\/zod\/v4\/classic\//.test(input)) {
    throw new Error(`build-node: ${input} is in index.mjs; it belongs in json.cjs`);
  }
}
// The loader's definition, in the one output file that calls it.
const callers = Object.keys(nodeMeta.outputs).filter((f) => readFileSync(join(root, f), 'utf8').includes(`${LOAD}()`));
if (callers.length !== 1) throw new Error(`build-node: ${LOAD} is called from ${callers.length} files, not one`);
writeFileSync(join(root, callers[0]), loadJson + readFileSync(join(root, callers[0]), 'utf8'));
