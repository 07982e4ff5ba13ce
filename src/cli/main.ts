#!/usr/bin/env node
// The dealcalc command: wiring only; everything it does is in run.ts and the library.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { run } from './run.ts';

// A run of the command line is short: V8's optimising compiler, started on the functions that
// get warm in the first tenth of a second, mostly works for nothing before the process ends
// (about 35 ms of CPU in `compare` on two presets). Four times the default interrupt budget
// (67,584) lets it start later; long runs (a sweep of 10,000 rows) are no slower. A runtime that
// does not take the flag runs as usual.
try {
  setFlagsFromString('--interrupt-budget=270336');
} catch {}

const tty = process.stdout.isTTY === true;
const color = tty && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
  color,
  ...(tty && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
}).then((code) => {
  process.exitCode = code;
  // Nothing left to do once everything written has gone out (always so on Linux, where writes
  // to files, terminals and pipes are synchronous): exit now rather than idle into a collection.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
});
