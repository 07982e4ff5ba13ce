// An esbuild plugin for the Node and command-line builds: each module of preset data
// (src/presets/data/<group>.ts, one exported function that makes plain JSON data) is evaluated at
// build time and shipped as that function returning `JSON.parse('…')` of its value. V8 skims a
// string literal far faster than it pre-parses the same data written as object literals, and
// JSON.parse builds the objects faster than running the literals; the data stays made on each call.
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const GROUPS = /[\\/]src[\\/]presets[\\/]data[\\/](korea|japan|eu|gulf|others|tradeDeals|economies)\.ts$/;

export function presetData() {
  return {
    name: 'dealcalc-preset-data',
    setup(b) {
      b.onLoad({ filter: GROUPS }, async (args) => {
        const { outputFiles } = await build({
          entryPoints: [args.path],
          bundle: true,
          format: 'esm',
          platform: 'neutral',
          write: false,
          logLevel: 'error',
        });
        const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
        const exports = Object.entries(await import(url));
        if (exports.length !== 1 || typeof exports[0][1] !== 'function')
          return { errors: [{ text: `${args.path}: expected one exported function making the data` }] };
        const [name, make] = exports[0];
        const value = make();
        const json = JSON.stringify(value);
        if (!isDeepStrictEqual(JSON.parse(json), value))
          return { errors: [{ text: `${args.path}: the data does not survive JSON (undefined, or not plain data)` }] };
        return {
          loader: 'js',
          contents: `export function ${name}() {\n  return JSON.parse(${JSON.stringify(json)});\n}\n`,
        };
      });
    },
  };
}
