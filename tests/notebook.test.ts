import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The notebooks under examples/ are for Deno's Jupyter kernel. This runs their code cells, in
// order and in one scope as the kernel does, with Deno from the `deno` npm package (its binary
// ships inside the package), against the built package: `npm:dealcalc` is mapped to dist/.
// Outside a kernel Deno.jupyter is unavailable, so `display` is recorded instead.
const root = join(import.meta.dirname, '..');
const deno = join(root, 'node_modules', 'deno', 'bin.cjs');
const notebooks = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.ipynb'))
  .sort();

interface Notebook {
  readonly metadata: { readonly kernelspec: { readonly name: string } };
  readonly cells: ReadonlyArray<{ readonly cell_type: string; readonly source: readonly string[] }>;
}

function script(nb: Notebook): string {
  const cells = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
  const shim = `const __displayed: Array<{ bundle: Record<string, unknown>; options: unknown }> = [];
const Deno = new Proxy(globalThis.Deno, { get: (target, key) => (key === 'jupyter' ? { display: async (bundle: Record<string, unknown>, options: unknown) => { __displayed.push({ bundle, options }); } } : Reflect.get(target, key)) });
`;
  const report = `\nconsole.log('__DISPLAYED__' + JSON.stringify(__displayed.map((d) => Object.keys(d.bundle))));\n`;
  return shim + cells.map((source, k) => `// cell ${k + 1}\n${source}\n`).join('') + report;
}

describe('notebooks', () => {
  it('there is a notebook for the Deno kernel', () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });

  it.each(notebooks)(
    'examples/%s: every code cell runs with Deno against the build',
    (file) => {
      const nb = JSON.parse(readFileSync(join(root, 'examples', file), 'utf8')) as Notebook;
      expect(nb.metadata.kernelspec.name).toBe('deno');
      const dir = mkdtempSync(join(tmpdir(), 'dc-notebook-'));
      try {
        const main = join(dir, 'notebook.ts');
        const map = join(dir, 'import-map.json');
        writeFileSync(main, script(nb));
        writeFileSync(
          map,
          JSON.stringify({
            imports: {
              'npm:dealcalc': join(root, 'dist', 'index.js'),
              'npm:dealcalc/chart': join(root, 'dist', 'chart.js'),
            },
          }),
        );
        const out = execFileSync(
          process.execPath,
          [
            deno,
            'run',
            '--no-remote',
            '--no-lock',
            '--node-modules-dir=manual',
            '--import-map',
            map,
            '--allow-read',
            main,
          ],
          {
            cwd: root,
            encoding: 'utf8',
            env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(dir, 'deno-dir'), NO_COLOR: '1' },
            timeout: 240_000,
          },
        );
        expect(out).toContain('US position (Oct 2025) asks $130.0B more cash than');
        const displayed = JSON.parse(out.split('__DISPLAYED__')[1]!) as string[][];
        expect(displayed.flat()).toEqual(
          expect.arrayContaining(['text/markdown', 'application/vnd.vegalite.v5+json', 'image/svg+xml']),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
