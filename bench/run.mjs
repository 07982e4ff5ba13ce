// dealcalc engine benchmarks: `npm run bench` (builds first); `node bench/run.mjs --quick` only
// checks that every case runs (CI). Each row is timed in this one process beside a peer (the
// `financial` package, plain floats) or a float baseline, and printed with its goal from issue
// #9, the median time over several samples, and the ratio to the peer. Speed is judged here,
// never by a timed unit test.
import { irr as floatIrr, npv as floatNpv } from 'financial';
import { compare, guaranteeFlows, installments, irr, npv, presetDeal, sweep, xirr } from 'dealcalc';

const quick = process.argv.includes('--quick');

/** Median milliseconds per call of fn over `samples` samples of at least `minMs` each. */
function time(fn, options) {
  return timePair(fn, undefined, options)[0];
}

/**
 * Medians of fn and of its peer, their samples taken in turns, so that a change in the machine's
 * load during the run falls on both. The clock is read once per batch of calls (a batch lasts at
 * least about 1 ms), not once per call: reading it costs about 0.07 µs, as much as a fast peer's
 * call, and once per call it would flatter every ratio to that peer.
 */
function timePair(fn, peer, { minMs = 200, samples = 7, warmups = 3 } = {}) {
  const fns = peer === undefined ? [fn] : [fn, peer];
  if (quick) {
    return fns.map((f) => {
      const start = process.hrtime.bigint();
      f();
      return Number(process.hrtime.bigint() - start) / 1e6;
    });
  }
  // Warm up for at least `warmups` calls and 300 ms: on a loaded machine the optimising
  // compiler runs late, and three calls left the first case measured on unoptimised code (4× slower).
  // The warm-up also sizes each batch.
  const batches = fns.map((f) => {
    const warm = process.hrtime.bigint();
    let batch = 1;
    for (let k = 0; k < warmups || process.hrtime.bigint() - warm < 300_000_000n; k += batch) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i += 1) f();
      if (process.hrtime.bigint() - start < 1_000_000n) batch *= 2;
    }
    return batch;
  });
  const results = fns.map(() => []);
  for (let s = 0; s < samples; s += 1)
    fns.forEach((f, j) => {
      let runs = 0;
      const start = process.hrtime.bigint();
      let elapsed = 0n;
      do {
        for (let i = 0; i < batches[j]; i += 1) f();
        runs += batches[j];
        elapsed = process.hrtime.bigint() - start;
      } while (elapsed < BigInt(minMs) * 1_000_000n);
      results[j].push(Number(elapsed) / 1e6 / runs);
    });
  return results.map((r) => r.sort((a, b) => a - b)[Math.floor(r.length / 2)]);
}

const ms = (x) =>
  x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(2)} µs`;
const rows = [];
function row(work, dealcalcMs, peer, goal) {
  rows.push({
    work,
    dealcalc: ms(dealcalcMs),
    peer: peer.label,
    ratio: peer.ms === undefined ? '' : `${(dealcalcMs / peer.ms).toFixed(1)}×`,
    goal: goal.text,
    met: quick ? 'ran' : goal.met(dealcalcMs, peer.ms) ? 'yes' : 'NO',
  });
}

// NPV, 10 flows: against financial.npv on the same inputs.
const ten = [-10000, 3000, 4200, 6800, 1000, 1200, 1500, 1600, 1700, 1800];
{
  const [d, f] = timePair(
    () => npv(0.1, ten),
    () => floatNpv(0.1, ten),
  );
  row(
    'NPV, 10 flows',
    d,
    { label: `financial.npv ${ms(f)}`, ms: f },
    { text: '≤ 5× financial.npv', met: (x, p) => x <= 5 * p },
  );
}
// IRR, 10 flows.
const irr10 = [-70000, 12000, 15000, 18000, 21000, 26000, 1000, 2000, 3000, 4000];
{
  const [d, f] = timePair(
    () => irr(irr10),
    () => floatIrr(irr10),
  );
  row(
    'IRR, 10 flows',
    d,
    { label: `financial.irr ${ms(f)}`, ms: f },
    { text: '≤ 0.25 ms, every root certified', met: (x) => x <= 0.25 },
  );
}
// IRR, 601 and 10,000 flows.
const long601 = ['-1e15', ...Array(600).fill('1e13')];
row(
  'IRR, 601 flows',
  time(() => irr(long601)),
  { label: '—' },
  { text: '≤ 20 ms', met: (x) => x <= 20 },
);
const long10k = ['-1e15', ...Array(9999).fill('1e12')];
row(
  'IRR, 10,000 flows',
  time(() => irr(long10k), { minMs: 1000, samples: 3 }),
  { label: '—' },
  { text: '≤ 0.5 s', met: (x) => x <= 500 },
);
// XIRR, 5 dated flows (the spreadsheet XIRR documentation example).
const dated = [
  { date: '2008-01-01', amount: -10000 },
  { date: '2008-03-01', amount: 2750 },
  { date: '2008-10-30', amount: 4250 },
  { date: '2009-02-15', amount: 3250 },
  { date: '2009-04-01', amount: 2750 },
];
row(
  'XIRR, 5 dated flows',
  time(() => xirr(dated)),
  { label: '—' },
  { text: '≤ 2 ms', met: (x) => x <= 2 },
);
// compare of two presets at 3 rates: fresh deal objects (spread copies: new deal objects sharing the
// built, deeply frozen component lists, as an app that keeps its deals and edits a field makes),
// deep copies, and the same objects.
// Some fields of a comparison are made when first read (each side's metrics, the per-period rows,
// the sentences, the shares and present values of the gaps not compared), so each call reads what
// an app showing the comparison reads: the gaps' totals, the cash share gap, the present-value gap
// at each rate, the break-even rate and the level installments.
const us = presetDeal('kr-2025-10-us-cash-25x8');
const kr = presetDeal('kr-2025-10-kr-cash-7x10');
function shown(c) {
  const g = c.gaps;
  const read = [g.headline, g.all.total, g.cashShare.fraction, g.cashShare.points, c.breakEven];
  for (const i of Object.keys(g.instruments)) read.push(g.instruments[i].total);
  for (const p of g.presentValues) read.push(p.value);
  for (const l of c.levelInstallments) read.push(l.amount);
  return read.length;
}
{
  const fresh = time(() => shown(compare({ ...us }, { ...kr })));
  row(
    'compare, two presets, 3 rates (fresh objects)',
    fresh,
    { label: `${Math.round(1000 / fresh).toLocaleString('en-US')}/s` },
    { text: '≥ 20,000/s', met: (x) => 1000 / x >= 20_000 },
  );
  // Stricter: every array and plain object copied anew, unfrozen (only the immutable Decimals
  // shared). No cache can answer for these: the ledger is kept only for deeply frozen component
  // lists, so each call reads them afresh, just as for copies made anew on every call.
  const deep = (x) =>
    Array.isArray(x)
      ? x.map(deep)
      : x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype
        ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, deep(v)]))
        : x;
  const [usCopy, krCopy] = [deep(us), deep(kr)];
  const copied = time(() => shown(compare(usCopy, krCopy)));
  row(
    'compare, unfrozen deep copies (nothing cached)',
    copied,
    { label: `${Math.round(1000 / copied).toLocaleString('en-US')}/s` },
    { text: '≥ 20,000/s', met: (x) => 1000 / x >= 20_000 },
  );
  const same = time(() => shown(compare(us, kr)));
  row(
    'compare, same objects (ledger cached)',
    same,
    { label: `${Math.round(1000 / same).toLocaleString('en-US')}/s` },
    { text: '—', met: () => true },
  );
}
// sweep: rate × annual amount × years, 100 × 100 × 100 = 1,000,000 scenarios, iterated lazily.
{
  const n = quick ? 10 : 100;
  const grid = {
    rate: Array.from({ length: n }, (_, k) => `${(k * 0.1).toFixed(1)}%`),
    annual: Array.from({ length: n }, (_, k) => `${k + 1}B`),
    years: Array.from({ length: n }, (_, k) => k + 1),
  };
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const d = time(
    () => {
      let count = 0;
      for (const r of sweep(grid)) {
        if ((count += 1) % 100_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        if (r.presentValue.isNeg()) throw new Error('negative present value');
      }
    },
    { minMs: 1, samples: 3, warmups: 1 },
  );
  const f = time(
    () => {
      let s = 0;
      for (let a = 0; a < n; a += 1) {
        const r = a * 0.001;
        for (let b = 0; b < n; b += 1)
          for (let y = 1; y <= n; y += 1) s += (b + 1) * 1e9 * (r === 0 ? y : ((1 - (1 + r) ** -y) / r) * (1 + r));
      }
      return s;
    },
    { minMs: 50, samples: 3 },
  );
  row(
    `sweep, ${(n ** 3).toLocaleString('en-US')} scenarios (heap +${Math.round((peakHeap - heapBefore) / 1e6)} MB)`,
    d,
    { label: `float loop ${ms(f)}`, ms: f },
    { text: '≤ 2 s, memory flat', met: (x) => x <= 2000 },
  );
}
// guaranteeFlows: 10,000 monthly tranches, tenor 100 years.
{
  const tranches = installments('1B', quick ? 100 : 10_000, { frequency: 'monthly' });
  const terms = { tenor: 100, fee: '0.005', callProbability: '0.01', lossGivenCall: '0.6', recoveryLag: 2 };
  row(
    'guaranteeFlows, 10,000 monthly tranches, tenor 100',
    time(() => guaranteeFlows(tranches, terms), { minMs: 1, samples: 3, warmups: 1 }),
    { label: '—' },
    { text: '≤ 1 s', met: (x) => x <= 1000 },
  );
}

const columns = ['work', 'dealcalc', 'peer', 'ratio', 'goal', 'met'];
const width = Object.fromEntries(columns.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]));
console.log(`dealcalc engine benchmark (${quick ? 'quick: each case once' : 'medians'}), node ${process.version}`);
console.log(columns.map((c) => c.padEnd(width[c])).join('  '));
for (const r of rows) console.log(columns.map((c) => String(r[c]).padEnd(width[c])).join('  '));
