import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

// Runs a README code block against the built package (import 'dealcalc' resolves to dist/
// through the package's own "exports") and returns what it printed.
function run(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
}

describe('README', () => {
  it('shows the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('the first example prints what it says, in at most 10 lines', () => {
    const block = /```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const code = block
      .split('\n')
      .filter((l) => !l.startsWith('// '))
      .join('\n');
    const expected = block
      .split('\n')
      .filter((l) => l.startsWith('// '))
      .map((l) => l.slice(3));
    expect(code.trim().split('\n').length).toBeLessThanOrEqual(10);
    expect(run(code).trim().split('\n')).toEqual(expected);
  });
});
