// The EU, Japan and Korea deals side by side: the headline, how much of it is government money
// (cash, loans, guarantees) against company intentions and purchases (announced beside the
// headline), the cash share, the peak year, the present value of all parts at 3%, 4.5% and 6%,
// and what has been delivered to date on the record. Schedules the sources do not
// give are the presets' stated assumptions (see `dealcalc show <id>`).
import { formatAmount, formatPercent, GOVERNMENT_INSTRUMENTS, metrics, presetDeal } from 'dealcalc';

const ids = ['eu-2025-08-joint-statement', 'jp-2025-09-mou', 'kr-2025-11-mou'];
const rates = ['3%', '4.5%', '6%'];
const all = ids.map((id) => metrics(presetDeal(id), { rates }));

const money = (x) => formatAmount({ value: x, currency: 'USD' }, { unit: 'B' });
const sum = (m, instruments) =>
  instruments.reduce((a, i) => a.plus(m.instruments[i].total), m.headline.minus(m.headline));
const row = (label, cells) => console.log([label.padEnd(30), ...cells.map((c) => String(c).padStart(28))].join(''));

row('', ids);
row(
  'party, stage, date',
  all.map((m) => `${m.party} ${m.stage} ${m.date}`),
);
row(
  'headline',
  all.map((m) => money(m.headline)),
);
row(
  'government money',
  all.map((m) => money(sum(m, GOVERNMENT_INSTRUMENTS))),
);
row(
  '  of which cash',
  all.map((m) => money(m.instruments.cash.total)),
);
row(
  'company investment',
  all.map((m) => money(m.instruments.private.total)),
);
row(
  'purchases (incl. beside it)',
  all.map((m) => money(m.instruments.purchase.total.plus(m.alongside.purchase))),
);
row(
  'not yet allocated',
  all.map((m) => money(m.instruments.unspecified.total)),
);
row(
  'cash share',
  all.map((m) => formatPercent(m.cashShare)),
);
row(
  'peak year (all parts)',
  all.map((m) => `${money(m.all.peak.amount)} in year ${m.all.peak.period}`),
);
rates.forEach((r, k) =>
  row(
    `PV of all parts at ${r}`,
    all.map((m) => money(m.all.presentValues[k].value)),
  ),
);
// Headline entries plus those on lines beside it (entries on headline components are in the headline's).
const delivered = (m) =>
  m.delivery.lines
    .filter((l) => l.kind !== 'component')
    .reduce((a, l) => a.plus(l.delivered), m.headline.minus(m.headline));
row(
  'delivered on the record',
  all.map((m) => `${money(delivered(m))} by ${m.delivery.asOf}`),
);
