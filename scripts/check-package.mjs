// What the published package holds and how npm takes it: `npm publish --dry-run` must not
// correct package.json, and the tarball must hold the built modules, their declarations, the
// command line, README, LICENSE and CHANGELOG, and nothing users do not need (no sources, no
// source maps, no tests).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];

const publish = spawnSync('npm', ['publish', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' });
if (publish.status !== 0) problems.push(`npm publish --dry-run exited with ${publish.status}: ${publish.stderr}`);
for (const line of publish.stderr.split('\n')) {
  if (/auto-corrected|errors corrected|invalid|removed/i.test(line)) problems.push(`npm publish: ${line.trim()}`);
}
const pack = JSON.parse(publish.stdout.slice(publish.stdout.indexOf('{')));
const info = pack.files === undefined ? Object.values(pack)[0] : pack;

const files = info.files.map((f) => f.path);
const needed = ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'dist/cli.js'];
for (const entry of ['index', 'chart']) {
  needed.push(`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`);
  needed.push(`dist/node/${entry}.mjs`, `dist/node/${entry}.cjs`);
}
for (const file of needed) if (!files.includes(file)) problems.push(`missing from the package: ${file}`);
for (const file of files) {
  if (/\.map$/.test(file) || /^(src|tests|bench|scripts|examples)\//.test(file) || /\.tsbuildinfo$/.test(file)) {
    problems.push(`not needed by users: ${file}`);
  }
}
const kB = (n) => `${(n / 1000).toFixed(0)} kB`;
console.log(
  `package: ${info.name}@${info.version}, ${files.length} files, ${kB(info.size)} packed, ${kB(info.unpackedSize)} unpacked`,
);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exitCode = 1;
}
