// The Korean cash proposals of October 2025 side by side, year by year:
// the US asked for $25B a year for 8 years, Korea offered $7B a year for 10 (research K16, K17),
// and the MOU of 14 Nov 2025 settled on $200B at most $20B a year (K29, K31).
import { align, capped, formatAmount, installments, total } from 'dealcalc';

const proposals = [
  ['US ask: $25B x 8', installments('25B', 8)],
  ['Korea: $7B x 10', installments('7B', 10)],
  ['MOU: $200B, cap $20B', capped('200B', '20B')],
];

const rows = align(proposals.map(([, schedule]) => schedule));
const pad = (text, width) => text.padStart(width);
console.log(['year', ...proposals.map(([name]) => name)].map((h, i) => pad(h, i === 0 ? 4 : 22)).join(' '));
for (const row of rows) {
  console.log([pad(String(row.period), 4), ...row.amounts.map((a) => pad(formatAmount(a), 22))].join(' '));
}
console.log([pad('sum', 4), ...proposals.map(([, s]) => pad(formatAmount(total(s)), 22))].join(' '));
