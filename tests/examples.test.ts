import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Examples import the package by its name, so they run against the built dist/ through the
// real "exports" map (Node resolves a package's own name from inside it).
const root = join(import.meta.dirname, '..');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => /\.(mjs|cjs)$/.test(f))
  .sort();

describe('examples', () => {
  it('the package is built (npm test builds before running the tests)', () => {
    expect(existsSync(join(root, 'dist', 'index.js')), 'run `npm run build` first').toBe(true);
    expect(existsSync(join(root, 'dist', 'index.cjs'))).toBe(true);
  });

  it.each(examples)('examples/%s runs and prints what its snapshot says', (file) => {
    const out = execFileSync(process.execPath, [join('examples', file)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(out.length).toBeGreaterThan(0);
    expect(out).toMatchSnapshot();
  });
});
