// A tour of amounts and schedules: exact shorthand, the constructors, JSON that round-trips.
import {
  amount,
  capped,
  formatAmount,
  installments,
  lumpSum,
  merge,
  parseSchedule,
  periodTable,
  safeAmount,
  serializeSchedule,
  spread,
  total,
} from 'dealcalc';

// Shorthand people write, read exactly.
for (const text of ['$25bn', '7 billion', '₩500T', '500 trillion won', '1.5T']) {
  const a = amount(text);
  console.log(`${text.padEnd(18)} -> ${a.value.toFixed()} ${a.currency} (${formatAmount(a)})`);
}
const bad = safeAmount('25X');
console.log('25X ->', bad.ok ? 'accepted?!' : bad.error.code);

// "$200B, at most $20B a year" is 10 installments; "$350B at most $20B" is 17 of $20B and one of $10B.
console.log('200B cap 20B:', capped('200B', '20B').installments.length, 'installments');
const c = capped('350B', '20B');
console.log('350B cap 20B:', c.installments.length, 'installments, last', formatAmount(c.installments.at(-1).amount));

// EU energy purchases, $750B through 2028, in whole billions over four years.
console.log(
  '750B over 4:',
  spread('750B', 4, { quantum: '1B' })
    .installments.map((i) => formatAmount(i.amount))
    .join(', '),
);

// Calendar-anchored, with a running total.
const mou = capped('200B', '20B', { startDate: '2026-01-01' });
for (const row of periodTable(mou).slice(0, 3)) {
  console.log(row.date, formatAmount(row.amount), 'cumulative', formatAmount(row.cumulative));
}

// Merging keeps every dollar; JSON round-trips exactly.
const both = merge(installments('7B', 10), lumpSum('100B', { start: 1 }));
console.log('merged total:', formatAmount(total(both)));
const json = JSON.stringify(serializeSchedule(both));
console.log('round trip equal:', JSON.stringify(serializeSchedule(parseSchedule(JSON.parse(json)))) === json);
