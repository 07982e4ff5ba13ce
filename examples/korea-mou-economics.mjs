// The agreed Korean deal (MOU of 14 Nov 2025: $200B of cash at most $20B a year, returns split
// 50/50 until Korea recovers its principal, then 10/90) against paying the $200B at once and
// against the two October positions: what each costs in today's money, what Korea gets back
// at project yields of 0%, 5% and 8%, the peak-year burden on Korea, and the won equivalent.
import {
  burden,
  convert,
  deal,
  economyPreset,
  formatAmount,
  formatPercent,
  fxPreset,
  metrics,
  npv,
  presetDeal,
  serializeDeal,
  shareReturns,
} from 'dealcalc';

const mou = presetDeal('kr-2025-11-mou');
const mouJson = serializeDeal(mou);
// The same deal with the $200B paid at once.
const atOnce = deal({
  ...mouJson,
  id: 'kr-mou-at-once',
  title: 'MOU cash paid at once',
  components: mouJson.components.map((c) => (c.instrument === 'cash' ? { ...c, schedule: { lumpSum: '200B' } } : c)),
});
const deals = [mou, atOnce, presetDeal('kr-2025-10-us-cash-25x8'), presetDeal('kr-2025-10-kr-cash-7x10')];
const rates = ['3%', '4.5%', '6%'];
const korea = economyPreset('kr');
const won = fxPreset('krw-2025-10-28'); // $350B ≈ ₩500T (October 2025 reporting)

const money = (x) => formatAmount({ value: x, currency: 'USD' });
const cell = (text, width = 14) => String(text).padStart(width);
console.log(['', ...deals.map((d) => d.id)].map((h, i) => (i === 0 ? h.padEnd(34) : cell(h, 26))).join(''));
const row = (label, values) => console.log([label.padEnd(34), ...values.map((v) => cell(v, 26))].join(''));

const m = deals.map((d) => metrics(d, { rates, economy: korea }));
row(
  'cash',
  m.map((x) => money(x.instruments.cash.total)),
);
row(
  'years of cash',
  m.map((x) => x.instruments.cash.horizon.periods),
);
rates.forEach((r, k) =>
  row(
    `cash PV at ${r}`,
    m.map((x) => money(x.instruments.cash.presentValues[k].value)),
  ),
);
for (const [label, y] of [
  ['0%', '0'],
  ['5%', '0.05'],
  ['8%', '0.08'],
]) {
  // Every position under the MOU's rule, so the comparison is like for like.
  const returns = deals.map((d) => shareReturns(d, { rule: mou.profitSharing, project: { yield: y } }));
  row(
    `returns to Korea, ${label} yield`,
    returns.map(
      (s) =>
        `${money(s.totals.party)}, PV ${money(
          npv(
            '4.5%',
            s.rows.map((r) => r.party),
          ).value,
        )}`,
    ),
  );
}
row(
  'peak year / FX reserves',
  m.map((x) => formatPercent(x.burden.ratios.peakToReserves.value)),
);
row(
  'peak year / current account',
  m.map((x) => formatPercent(x.burden.ratios.peakToCurrentAccount.value)),
);
row(
  'cash PV at 4.5% in won',
  m.map((x) => formatAmount(convert({ value: x.instruments.cash.presentValues[1].value, currency: 'USD' }, won))),
);
console.log();
const exact = (x) => formatAmount({ value: x, currency: 'USD' }, { places: 2 });
console.log(
  `Korea: FX reserves ${exact(korea.figures.fxReserves.value)} (${korea.figures.fxReserves.period}), current-account surplus ${exact(korea.figures.currentAccount.value)} (${korea.figures.currentAccount.period}).`,
);
console.log(`Won at ${won.rate.toFixed(2)} per dollar (${won.source}).`);
console.log(
  'Returns: nominal total and PV at 4.5%. The project is assumed to pay the yield on invested cash from the year after each installment, for 20 years, with no principal back.',
);
