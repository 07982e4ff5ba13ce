// Builds the library for `import` in Node (the "node" + "import" export condition): dist/node/
// index.mjs and chart.mjs (with their shared chunks), ESM, minified, decimal.js external, preset
// data as JSON.parse strings (scripts/preset-data.mjs). tsup builds the rest (tsup.config.ts).
//
// What sets it apart: zod and the modules of the JSON boundary (the schemas, parseDeal, deal,
// proposal, parseSchedule, parseEconomy…: every library module that reaches `zod`, the
// "JSON modules") are not in index.mjs. They make dist/node/json.cjs, which index.mjs loads with
// `require` the first time one of them is used; importing dealcalc neither compiles nor runs
// zod (it was half of the start-up: `node bench/startup.mjs`). So that first use stays
// synchronous, index.mjs exports in their place:
// - for each function, a function of the same name that loads json.cjs and calls the real one;
// - for each schema (the exports of src/schemas.ts), a zod/mini `lazy` schema whose inner schema is
//   the real one: a zod schema like any other (`.parse`, `z.array(dealSchema)`,
//   `z.toJSONSchema(dealSchema)`), built when first used. src/schemas.ts types the exported
//   schemas as what both kinds give (`DealcalcSchema`).
// json.cjs is a factory: index.mjs calls it once with its own instances of every library module
// the JSON modules share with it (errors, money, dates, schedules…), so the process has one copy
// of each: one DealcalcError class, one Decimal clone (and a second instance of index.mjs, as
// test runners make on a module reset, gets JSON modules of its own). It carries its own copy of
// the parts of zod it uses (like the CommonJS build, dist/node/index.cjs); zod 4 keeps its
// configuration and registry on globalThis, so its copies work as one.
//
// dist/node/more.cjs is built and loaded the same way, for the modules off the common paths
// (business-day calendars, text reports, the annuity, IRR and real-terms functions: see MORE
// below): importing dealcalc, reading a preset, `compare`, `metrics` and `npv` load neither file.
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
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  if (name.endsWith('.mjs') || ['json.cjs', 'more.cjs', 'bridge.cjs'].includes(name)) rmSync(join(outdir, name));
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

// The modules off the common paths, loaded on first use like the JSON modules (dist/node/more.cjs):
// the business-day calendars and their holiday rules, the text reports, and the annuity, rate
// conversion, IRR, dated-flow and real-terms functions. Importing dealcalc, reading a preset,
// `compare`, `metrics` and `npv` compile none of them (about a fifth of the code: a few ms of
// start-up). Each may be imported only by the barrel and by modules of its own group, and every
// export of it the barrel takes must be a function (constants live apart: dates/calendarTerms.ts).
const MORE =
  /^src\/(dates\/(calendar|businessDays|rollMonths)\.ts|dates\/calendars\/|report\/(metricsReport|paymentDays|csv|renderTable|renderMarkdown|report)\.ts|value\/(convertRate|annuity|annuityRate|xnpv|xirr|irr|mirr|datedFlows|realTerms)\.ts)/;
const more = new Set([...imports.keys()].filter((p) => MORE.test(key(p)) && !json.has(p)));
const groups = [
  { name: 'json', file: 'json.cjs', load: '__dealcalcLoadJson', modules: json },
  { name: 'more', file: 'more.cjs', load: '__dealcalcLoadMore', modules: more },
];
const groupOf = (path) => groups.find((g) => g.modules.has(path));
for (const [path, list] of imports) {
  if (Object.values(entries).includes(path) && path !== entries.chart) continue;
  const own = groupOf(path);
  for (const i of list) {
    const target = groupOf(resolve(root, i.path));
    if (target !== undefined && target !== own)
      throw new Error(`build-node: ${key(path)} imports ${i.path}, which is loaded on first use (${target.file})`);
  }
}

// What src/index.ts takes from each JSON module (its value exports; `export type` lines aside).
const fromIndex = new Map();
const barrel = readFileSync(indexPath, 'utf8');
for (const m of barrel.matchAll(/^export\s*\{([^}]*)\}\s*from\s*'([^']+)'/gm)) {
  const path = resolve(dirname(indexPath), m[2]);
  if (groupOf(path) === undefined) continue;
  const names = m[1]
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.startsWith('type '));
  if (names.some((n) => /\sas\s/.test(n))) throw new Error(`build-node: rename in the export of ${m[2]}`);
  fromIndex.set(path, [...(fromIndex.get(path) ?? []), ...names]);
}
// Every name the barrel takes from a module loaded on first use is forwarded: a function (the
// schemas aside), as dist/index.js, built by tsup before this script, shows.
const bundlerEntry = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
for (const [path, names] of fromIndex) {
  for (const name of names) {
    if (path !== schemasPath && typeof bundlerEntry[name] !== 'function')
      throw new Error(`build-node: ${name} (${key(path)}) is not a function; it cannot be loaded on first use`);
  }
}
const forwarded = [...fromIndex.keys()];
const slot = (path) => `m${forwarded.indexOf(path)}`;

// 2. dist/node/json.cjs and more.cjs: each group's modules that src/index.ts uses and what only
//    they reach, as a factory of the library modules it shares with index.mjs (`shared(name)`
//    inside it).
const eager = new Set([...imports.keys()].filter((p) => groupOf(p) === undefined));
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
for (const group of groups) {
  const file = join(outdir, group.file);
  const { metafile } = await build({
    ...common,
    stdin: {
      contents: forwarded
        .filter((p) => group.modules.has(p))
        .map((p) => `export * as ${slot(p)} from ${JSON.stringify(p)};`)
        .join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: `${group.name}-modules.ts`,
    },
    outfile: file,
    format: 'cjs',
    plugins: [handOver, presetData()],
  });
  for (const [input, info] of Object.entries(metafile.inputs)) {
    if (info.imports.some((i) => i.path === 'decimal.js'))
      throw new Error(`build-node: ${input} imports decimal.js, which must come from index.mjs`);
  }
  const code = readFileSync(file, 'utf8');
  if (/\brequire\(/.test(code))
    throw new Error(`build-node: ${group.file} requires a module; it must take them from index.mjs`);
  writeFileSync(
    file,
    `"use strict";module.exports=function(${SHARED}){var module={exports:{}},exports=module.exports;${code}\nreturn module.exports};\n`,
  );
}

// 3. dist/node/index.mjs and chart.mjs, with forwarding modules in place of the modules loaded on
//    first use. Each group's loader (`__dealcalcLoadJson`, `__dealcalcLoadMore`) is defined in
//    the output file after the build (see the top).
const sharedList = [...shared];
const loader = `${sharedList.map((p, i) => `import * as s${i} from ${JSON.stringify(p)};`).join('\n')}
const handed = { ${sharedList.map((p, i) => `${JSON.stringify(key(p))}: s${i}`).join(', ')} };
const share = (name) => {
  const m = handed[name];
  if (m === undefined) throw new Error('dealcalc: ' + name + ' was not handed over');
  return m;
};
${groups.map((g) => `let ${g.name}Modules;\nexport function ${g.name}() {\n  return (${g.name}Modules ??= ${g.load}()(share));\n}`).join('\n')}
`;
const loaderOf = (g) =>
  `function ${g.load}(){try{const require=createRequire(import.meta.url);return require("./${g.file}")}catch(e){if(!["MODULE_NOT_FOUND","ERR_INVALID_ARG_VALUE","ERR_INVALID_ARG_TYPE"].includes(e?.code))throw e}return require("./${g.file}")}`;
const forward = {
  name: 'dealcalc-forward',
  setup(b) {
    b.onResolve({ filter: /^dealcalc:lazy$/ }, () => ({ path: 'lazy', namespace: 'dealcalc-lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'dealcalc-lazy' }, () => ({
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
      const group = groupOf(args.path).name;
      const m = `${group}().${slot(args.path)}`;
      const lines = fromIndex
        .get(args.path)
        .map((name) =>
          args.path === schemasPath
            ? `export const ${name} = /* @__PURE__ */ lazy(() => ${m}.${name});`
            : `export function ${name}(...args) {\n  return ${m}.${name}(...args);\n}`,
        );
      const zodMini = args.path === schemasPath ? "import { lazy } from 'zod/mini';\n" : '';
      return {
        contents: `${zodMini}import { ${group} } from 'dealcalc:lazy';\n${lines.join('\n')}\n`,
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
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  splitting: true,
  plugins: [forward, presetData()],
});
for (const input of Object.keys(nodeMeta.inputs)) {
  const group = groupOf(resolve(root, input));
  if (group !== undefined || /node_modules\/zod\/v4\/classic\//.test(input)) {
    throw new Error(`build-node: ${input} is in index.mjs; it belongs in ${group?.file ?? 'json.cjs'}`);
  }
}
// The loaders' definitions, in the one output file that calls them.
const outputs = Object.keys(nodeMeta.outputs).filter((f) => f.endsWith('.mjs'));
const callers = outputs.filter((f) => groups.some((g) => readFileSync(join(root, f), 'utf8').includes(`${g.load}()`)));
if (callers.length !== 1) throw new Error(`build-node: the loaders are called from ${callers.length} files, not one`);
const code = readFileSync(join(root, callers[0]), 'utf8');
for (const g of groups) {
  if (!code.includes(`${g.load}()`)) throw new Error(`build-node: ${g.load} is not called from ${callers[0]}`);
}
writeFileSync(
  join(root, callers[0]),
  `import{createRequire}from"node:module";${groups.map(loaderOf).join('')}\n${code}`,
);
