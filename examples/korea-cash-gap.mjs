// The Korean cash proposals of October 2025 and the agreed deal, side by side:
// the US asked for $25B a year for 8 years (the rest of $350B in guarantees), Korea offered
// $7B a year for 10 years (research K16, K17); the MOU of 14 Nov 2025 settled on $200B of cash
// at most $20B a year plus $150B for shipbuilding (K29, K31).
import { compare, formatAmount, formatPercent, proposal } from 'dealcalc';

const usAsk = proposal('cash 25B x 8 + guarantee 150B', { title: 'US ask' });
const koreaOffer = proposal('cash 7B x 10 of 350B', { title: 'Korea offer' });
const mou = proposal('cash 200B cap 20B + private 150B', { title: 'MOU' });

const rates = ['3%', '4.5%', '6%'];
const c = compare(usAsk, koreaOffer, { rates });
const withMou = compare(mou, koreaOffer, { rates });

const money = (x) => formatAmount({ value: x, currency: 'USD' });
const signed = (x) => formatAmount({ value: x, currency: 'USD' }, { sign: 'always' });
const row = (cells) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(22) : cell.padStart(12))).join(' '));

row(['', 'US ask', 'Korea offer', 'gap', 'MOU']);
row(['headline', money(c.a.headline), money(c.b.headline), signed(c.gaps.headline), money(withMou.a.headline)]);
row([
  'cash',
  money(c.a.instruments.cash.total),
  money(c.b.instruments.cash.total),
  signed(c.gaps.instruments.cash.total),
  money(withMou.a.instruments.cash.total),
]);
row([
  'cash share',
  formatPercent(c.a.cashShare),
  formatPercent(c.b.cashShare),
  formatPercent(c.gaps.cashShare.fraction, { sign: 'always', suffix: ' pts' }),
  formatPercent(withMou.a.cashShare),
]);
row([
  'peak year (cash)',
  money(c.a.instruments.cash.peak.amount),
  money(c.b.instruments.cash.peak.amount),
  signed(c.gaps.peak),
  money(withMou.a.instruments.cash.peak.amount),
]);
row([
  'years of cash',
  String(c.a.instruments.cash.horizon.periods),
  String(c.b.instruments.cash.horizon.periods),
  String(c.gaps.horizonPeriods),
  String(withMou.a.instruments.cash.horizon.periods),
]);
c.rates.forEach((rate, k) => {
  row([
    `cash PV at ${formatPercent(rate)}`,
    money(c.a.instruments.cash.presentValues[k].value),
    money(c.b.instruments.cash.presentValues[k].value),
    signed(c.gaps.presentValues[k].value),
    money(withMou.a.instruments.cash.presentValues[k].value),
  ]);
});
console.log();
console.log('year  US ask  Korea offer  gap  cumulative gap');
for (const r of c.perPeriod) {
  console.log(
    `${String(r.period).padStart(4)}  ${money(r.a).padStart(6)}  ${money(r.b).padStart(11)}  ${signed(r.gap).padStart(7)}  ${signed(r.cumulativeGap).padStart(14)}`,
  );
}
console.log();
for (const sentence of c.sentences) console.log(sentence);
