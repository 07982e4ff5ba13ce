// Start-up benchmark (`npm run bench` runs it after bench/run.mjs): CPU time (user + sys, as the
// kernel accounts it for each finished child) and wall time of whole processes, median of
// several runs after a warm-up, beside `node -e 0`. The cases take turns, one run of each per
// round, so that a busy spell on a shared machine weighs on all of them alike; the fastest run
// (min) is shown too, the figure least moved by other load. Targets from the package's goals: the
// command line within 1.5 × `node -e 0` + 60 ms of CPU, `import('dealcalc')` within 40 ms of it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 9);
if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');

const node = JSON.stringify(process.execPath);
const cases = [
  ['node -e 0', `${node} -e 0`],
  ['dealcalc --version', `${node} dist/cli.js --version`],
  [
    'dealcalc compare (2 Korean presets)',
    `${node} dist/cli.js compare kr-2025-10-us-cash-25x8 kr-2025-10-kr-cash-7x10`,
  ],
  ["import('dealcalc')", `${node} -e "import('dealcalc')"`],
  ["require('dealcalc')", `${node} -e "require('dealcalc')"`],
];

// One run: bash's `times` gives the CPU its finished children used.
function once(command) {
  const start = process.hrtime.bigint();
  const out = execFileSync('bash', ['-c', `${command} >/dev/null; times`], { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const children = out.trim().split('\n').at(-1);
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { cpu: (seconds[0] + seconds[1]) * 1000, wall };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

for (const [, command] of cases) once(command); // warm-up
const samples = new Map(cases.map(([name]) => [name, []]));
for (let round = 0; round < runs; round += 1) {
  for (const [name, command] of cases) samples.get(name).push(once(command));
}
const results = new Map(
  [...samples].map(([name, s]) => [
    name,
    { cpu: median(s.map((x) => x.cpu)), min: Math.min(...s.map((x) => x.cpu)), wall: median(s.map((x) => x.wall)) },
  ]),
);

const base = results.get('node -e 0');
console.log(`\nstart-up, median of ${runs} runs (ms)`);
console.log(
  'process'.padEnd(38),
  'CPU'.padStart(8),
  'wall'.padStart(8),
  'CPU − node'.padStart(12),
  'min CPU'.padStart(9),
  'min − node'.padStart(11),
);
for (const [name, r] of results) {
  console.log(
    name.padEnd(38),
    r.cpu.toFixed(0).padStart(8),
    r.wall.toFixed(0).padStart(8),
    (r.cpu - base.cpu).toFixed(0).padStart(12),
    r.min.toFixed(0).padStart(9),
    (r.min - base.min).toFixed(0).padStart(11),
  );
}
const cli = results.get('dealcalc compare (2 Korean presets)');
const imp = results.get("import('dealcalc')");
console.log(
  `compare: ${cli.cpu.toFixed(0)} ms CPU against a target of 1.5 × ${base.cpu.toFixed(0)} + 60 = ${(1.5 * base.cpu + 60).toFixed(0)} ms`,
);
console.log(`import('dealcalc'): +${(imp.cpu - base.cpu).toFixed(0)} ms CPU against a target of +40 ms`);
