// dealcalc benchmarks: `npm run bench` (builds first). Times are machine-dependent, so each
// result is also given as a ratio to a baseline measured in the same process: 1,000
// multiplications and additions of 64-digit decimals with decimal.js itself.
import { Decimal } from 'decimal.js';
import { amount, compare, installments, irr, metrics, presetDeal, proposal, total, xirr } from 'dealcalc';

const D64 = Decimal.clone({ precision: 64 });

function time(fn, minMs = 300) {
  fn(); // warm up
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  do {
    fn();
    runs += 1;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < BigInt(minMs) * 1_000_000n);
  return Number(elapsed) / 1e6 / runs; // ms per run
}

const baseline = time(() => {
  let x = new D64('1.000000001');
  let s = new D64(0);
  for (let k = 0; k < 1000; k += 1) {
    x = x.times('1.0000000003');
    s = s.plus(x);
  }
  return s;
});

const long = ['-1e15', ...Array(600).fill('1e13')];
const dated = [
  { date: '2008-01-01', amount: -10000 }, { date: '2008-03-01', amount: 2750 }, { date: '2008-10-30', amount: 4250 },
  { date: '2009-02-15', amount: 3250 }, { date: '2009-04-01', amount: 2750 },
];
const us = presetDeal('kr-2025-10-us-cash-25x8');
const kr = presetDeal('kr-2025-10-kr-cash-7x10');

const cases = [
  ['amount("$25bn")', () => amount('$25bn')],
  ['installments("25B", 8) + total', () => total(installments('25B', 8))],
  ['proposal("cash 25B x 8 of 350B")', () => proposal('cash 25B x 8 of 350B')],
  ['metrics(kr-2025-11-mou), 3 rates', () => metrics(presetDeal('kr-2025-11-mou'))],
  ['compare(US ask, Korea offer), 3 rates', () => compare(us, kr)],
  ['irr, 5 flows (spreadsheet example)', () => irr([-70000, 12000, 15000, 18000, 21000, 26000])],
  ['irr, 601 flows', () => irr(long)],
  ['xirr, 5 dated flows', () => xirr(dated)],
];

console.log(`baseline (1,000 decimal.js multiply-adds at 64 digits): ${baseline.toFixed(3)} ms`);
console.log('case'.padEnd(42), 'ms/op'.padStart(10), '× baseline'.padStart(12));
for (const [name, fn] of cases) {
  const ms = time(fn);
  console.log(name.padEnd(42), ms.toFixed(3).padStart(10), (ms / baseline).toFixed(2).padStart(12));
}
