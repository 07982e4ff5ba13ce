import type { DealMetrics } from '../compare/metrics.ts';
import type { Deal, TariffLine, TariffRate } from '../deals/deal.ts';
import type { Delivery } from '../economics/delivery.ts';
import { INSTRUMENTS } from '../deals/instrument.ts';
import { CURRENCY_SYMBOLS } from '../money/currency.ts';
import { total } from '../schedules/total.ts';
import { boundText, conventionNote, FACE_LABELS, periodName } from './compareReport.ts';
import { readDeal } from '../deals/readDeal.ts';
import { optionsObject } from '../errors/options.ts';
import { cellFormat, NONE, type CellFormat, type ReportOptions } from './format.ts';
import { readMetrics } from './records.ts';
import type { StreamMetrics } from '../compare/metrics.ts';
import type { CostAtRate } from '../economics/economicCost.ts';
import type { Ratio } from '../economics/burden.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Report, ReportTable } from './report.ts';
import { paymentDay, paymentDayLabel, wantsPaymentDays, type PaymentDayOptions } from './paymentDays.ts';

/**
 * Options of {@link metricsReport}: how cells are written and, with a `calendar` or a
 * `convention`, a column of payment dates moved to business days beside the scheduled dates.
 */
export interface MetricsReportOptions extends ReportOptions, PaymentDayOptions {}

/**
 * The report of one deal, as `dealcalc show` prints it: its components, the figures by
 * instrument (total, share, peak, horizon, present value at each rate), the outflow period by
 * period, what was announced alongside, the tariff terms (applied, threatened and after, with
 * legal basis and dated events) and profit-sharing rule, delivered against pledged with the
 * record and milestones when the deal carries a record, and its notes and sources. With a
 * `calendar` or `convention` (QuantLib's names), the period table of a deal anchored to the
 * calendar adds each date moved to a business day (`paid on`).
 *
 * @throws {DealcalcError} `invalid_input` for an unknown calendar or convention;
 *   `limit_exceeded` for dates outside the calendar's years.
 *
 * @example
 * const d = presetDeal('jp-2025-09-mou');
 * metricsReport(d, metrics(d)).tables.map((t) => t.title.split(' (')[0])
 * //=> ['Components', 'By instrument', 'Year by year', 'Tariff terms', 'Delivered against pledged', 'Record', 'Milestones']
 */
export function metricsReport(deal: Deal, m: DealMetrics, options: MetricsReportOptions = {}): Report {
  readDeal(deal, ['deal']);
  readMetrics(m);
  options = optionsObject(options);
  const f = cellFormat(m.currency, options);
  const unit = CURRENCY_SYMBOLS[m.currency] ?? m.currency;
  const frequency = deal.components[0]?.schedule.frequency ?? 'annual';
  const period = periodName(frequency);
  const used = INSTRUMENTS.filter((i) => !m.instruments[i].total.isZero());
  const tables: ReportTable[] = [];

  tables.push({
    title: 'Components',
    columns: [
      { label: 'component', align: 'left' },
      { label: 'instrument', align: 'left' },
      { label: `amount (${unit})`, align: 'right' },
      { label: 'share (%)', align: 'right' },
      { label: `${period}s`, align: 'right' },
      { label: 'installments', align: 'left' },
    ],
    rows: [...deal.components, ...deal.alongside.map((c) => ({ ...c, label: `${c.label} (alongside)` }))].map((c) => {
      const list = c.schedule.installments;
      const span = list.length === 0 ? '–' : `${list[0]!.period}–${list[list.length - 1]!.period}`;
      const amounts = new Set(list.map((i) => i.amount.toString()));
      const shape =
        list.length === 0
          ? 'none'
          : amounts.size === 1
            ? `${list.length} x ${f.money(list[0]!.amount)}`
            : `${list.length} installments`;
      const amount = total(c.schedule);
      return [
        c.label,
        c.instrument,
        f.money(amount),
        c.label.endsWith('(alongside)') || m.headline.isZero() ? '–' : f.percent(amount.div(m.headline)),
        span,
        shape,
      ];
    }),
  });

  const byInstrument = [
    ...used.map((i) => [FACE_LABELS[i], m.instruments[i]] as const),
    ['all parts, at face value', m.all] as const,
  ];
  const column = (pick: (s: StreamMetrics) => Decimal | null | undefined): string[] => {
    const scale = f.scale(byInstrument.map(([, s]) => pick(s)));
    return byInstrument.map(([, s]) => f.money(pick(s), scale));
  };
  const totals = column((s) => s.total);
  const peaks = column((s) => s.peak?.amount);
  const values = m.rates.map((_, r) => column((s) => s.presentValues[r]?.value));
  tables.push({
    title: 'By instrument',
    columns: [
      { label: 'instrument', align: 'left' },
      { label: 'total', align: 'right' },
      { label: 'share', align: 'right' },
      { label: `largest ${period}`, align: 'right' },
      { label: `${period}s`, align: 'right' },
      ...m.rates.map((r) => ({ label: `as paid, today's money at ${f.rate(r)}`, align: 'right' as const })),
    ],
    rows: byInstrument.map(([name, s], k) => [
      name,
      totals[k]!,
      name === FACE_LABELS.cash && s.total.isZero() ? NONE : f.percent(s.share),
      peaks[k]!,
      f.number(s.horizon?.periods),
      ...values.map((v) => v[k]!),
    ]),
  });

  const dated = m.perPeriod.some((r) => r.date !== undefined);
  const paid = dated && wantsPaymentDays(options);
  const yearly = f.scale(m.perPeriod.flatMap((r) => [r.total, r.cumulative, ...used.map((i) => r.byInstrument[i])]));
  tables.push({
    title: `${period[0]!.toUpperCase()}${period.slice(1)} by ${period}`,
    columns: [
      { label: period, align: 'right' },
      ...(dated ? [{ label: 'date', align: 'left' as const }] : []),
      ...(paid ? [{ label: paymentDayLabel(options), align: 'left' as const }] : []),
      ...used.map((i) => ({ label: i, align: 'right' as const })),
      { label: 'total', align: 'right' },
      { label: 'cumulative', align: 'right' },
    ],
    rows: m.perPeriod.map((r) => [
      String(r.period),
      ...(dated ? [r.date ?? ''] : []),
      ...(paid ? [r.date === undefined ? '' : paymentDay(r.date, options)] : []),
      ...used.map((i) => f.money(r.byInstrument[i], yearly)),
      f.money(r.total, yearly),
      f.money(r.cumulative, yearly),
    ]),
  });

  if (deal.tariff !== undefined) {
    const t = deal.tariff;
    const rate = (r: TariffRate | undefined) => (r === undefined ? '–' : f.percent(r.rate));
    const basis = (l: TariffLine) => [l.before.basis ?? '?', l.after.basis ?? '?'].join(' → ');
    tables.push({
      title: 'Tariff terms (rate before: as applied; threatened: announced, never applied)',
      columns: [
        { label: 'sector', align: 'left' },
        { label: 'applied before (%)', align: 'right' },
        { label: 'threatened (%)', align: 'right' },
        { label: 'after (%)', align: 'right' },
        { label: 'basis', align: 'left' },
        { label: 'after from', align: 'left' },
        { label: `exports covered (${unit} a year)`, align: 'right' },
      ],
      rows: [['all goods', t] as const, ...t.sectors.map((x) => [x.sector, x] as const)].map(([name, l]) => [
        name,
        rate(l.before),
        rate(l.threatened),
        rate(l.after),
        basis(l),
        l.after.from ?? '',
        f.money(l.exportsCovered),
      ]),
    });
  }

  if (m.economicCost !== undefined) tables.push(costTable(m, f, unit));
  if (m.tariff !== undefined) {
    const t = m.tariff;
    tables.push({
      title: `Tariff side (${unit}): duty saved accrues to exporters, the cost to the state`,
      columns: [
        { label: 'year', align: 'right' },
        { label: 'duty saved', align: 'right' },
        { label: 'cumulative duty saved', align: 'right' },
        { label: 'state cost', align: 'right' },
        { label: 'cumulative state cost', align: 'right' },
      ],
      rows: t.years.map((y) => [
        y.start === undefined ? String(y.year) : `${y.year} (${y.start})`,
        f.money(y.dutySaved),
        f.money(y.cumulativeDutySaved),
        f.money(y.stateCost),
        f.money(y.cumulativeStateCost),
      ]),
    });
  }
  if (m.burden !== undefined) tables.push(burdenTable(m, f));
  if (m.delivery !== undefined) tables.push(...deliveryTables(m.delivery, f, unit));

  const notes = [
    [deal.party === undefined ? undefined : `${deal.party} → ${deal.counterparty}`, deal.stage, deal.date]
      .filter((x) => x !== undefined)
      .join(', '),
    `Headline ${f.money(m.headline)}; cash share ${m.instruments.cash.total.isZero() ? `${NONE} (no cash part)` : f.percent(m.cashShare)}.`,
    `${conventionNote(m, frequency)} "As paid" values count every part as paid when scheduled, at face value; guarantees are exposure, not payments, and the part not yet allocated is not a payment${m.economicCost === undefined ? '' : ' (the economic cost below counts each part as what it costs)'}.`,
  ].filter((n) => n !== '');
  const sentences: string[] = [];
  if (deal.profitSharing !== undefined) {
    const p = deal.profitSharing;
    const tiers = p.tiers
      .map(
        (t) =>
          `${f.percent(t.partyShare)} to ${deal.party ?? 'the party'} / ${f.percent(t.counterpartyShare)} to ${deal.counterparty}${t.until === undefined ? '' : ' until recovery'}`,
      )
      .join(', then ');
    const target =
      p.recovery.target === 'principal' ? 'of principal' : `of principal plus interest at ${f.rate(p.recovery.rate)}`;
    sentences.push(`Returns on ${p.appliesTo}: ${tiers} (recovery ${target}).`);
  }
  if (m.economicCost !== undefined) {
    const first = m.economicCost.byRate[0];
    if (first !== undefined)
      for (const line of [first.cash, first.loanSubsidy, first.guaranteeCost, first.returns])
        sentences.push(line.assumption);
    sentences.push(
      `Cash-equivalent total ${f.money(m.economicCost.cashEquivalent.total)} (weights: ${Object.entries(
        m.economicCost.cashEquivalent.weights,
      )
        .map(([i, w]) => `${i} ${w.toString()}`)
        .join(', ')}).`,
    );
  }
  if (deal.tariff !== undefined) {
    for (const e of deal.tariff.events)
      sentences.push(
        `Tariff event ${e.date}: ${e.label} (${e.effect === 'voided' ? `voids every ${e.basis} rate` : `${e.basis} rate ${e.rate === undefined ? '' : f.percent(e.rate)} imposed with or without the deal${e.until === undefined ? '' : ` until ${e.until}`}`}) [${e.sources.join(', ')}].`,
      );
  }
  if (m.tariff !== undefined) {
    sentences.push(
      `Tariff side, ${m.tariff.view} rates: ${f.money(m.tariff.yearly)} a year at the rates as agreed.`,
      ...m.tariff.assumptions,
    );
    sentences.push(
      m.tariff.crossoverYear === null
        ? `Cumulative duty saved does not reach the state's cumulative cost within ${m.tariff.years.length} years.`
        : `Cumulative duty saved passes the state's cumulative cost in year ${m.tariff.crossoverYear}.`,
    );
  }
  if (m.burden !== undefined) {
    const a = m.burden.abilityToPay;
    const d = m.burden.discountedPledge;
    sentences.push(
      `${a.method}. Here ${f.money(a.pledgeCounted)} of investment${a.purchasesLeftOut.isZero() ? '' : ` (${f.money(a.purchasesLeftOut)} of purchases left out)`} over ${a.horizonYears} years${a.defaultHorizon ? " (PIIE's default, the timing not being given)" : ''}: ${f.money(a.annualPledge)} a year.`,
    );
    if (d.byRate.length > 0)
      sentences.push(
        `${d.method}: ${d.byRate.map((x) => `${f.money(x.annualPayment)} at ${f.rate(x.rate)}`).join(', ')}.`,
      );
    for (const c of m.burden.conversions) sentences.push(`Converted ${c}.`);
  }
  if (m.delivery !== undefined) {
    sentences.push(...m.delivery.assumptions);
    if (deal.record !== undefined) sentences.push(...deal.record.notes);
  }
  sentences.push(...deal.notes);
  for (const s of deal.sources)
    sentences.push(
      `[${s.id}] ${s.publisher}, ${s.date}${s.approximate === true ? ' (approx.)' : ''}: "${s.title}". ${s.url}`,
    );
  return { title: `${deal.id}: ${deal.title}`, notes, tables, sentences };
}

function costTable(m: DealMetrics, f: CellFormat, unit: string): ReportTable {
  const c = m.economicCost!;
  const line = (pick: (x: CostAtRate) => Decimal | null) =>
    c.byRate.map((x) => f.money(pick(x), f.scale(c.byRate.map((y) => pick(y)))));
  return {
    title: `Economic cost to the state (${unit}, present value)`,
    columns: [
      { label: 'line', align: 'left' },
      ...c.byRate.map((x) => ({ label: `at ${f.rate(x.rate)}`, align: 'right' as const })),
    ],
    rows: [
      ['cash paid', ...line((x) => x.cash.value)],
      ['+ loan subsidy', ...line((x) => x.loanSubsidy.value)],
      ['+ expected guarantee cost', ...line((x) => x.guaranteeCost.value)],
      ['- returns to the state', ...line((x) => x.returns.value)],
      [
        '= economic cost',
        ...c.byRate.map((x) => boundText(x, f.money(x.total, f.scale(c.byRate.map((y) => y.total))))),
      ],
      ['purchases (not a cost)', ...line((x) => x.purchases)],
      ['company investment (not a cost)', ...line((x) => x.private)],
      ['not yet allocated', ...line((x) => x.unspecified)],
    ],
  };
}

function burdenTable(m: DealMetrics, f: CellFormat): ReportTable {
  const b = m.burden!;
  const ratio = (r: Ratio, as: 'percent' | 'days' | 'times' = 'percent') =>
    r.value === null
      ? `– (${r.reason})`
      : as === 'days'
        ? `${f.decimal(r.value, 2)} days`
        : as === 'times'
          ? `${f.decimal(r.value, 2)}x`
          : f.percent(r.value);
  const r = b.ratios;
  const a = b.abilityToPay.capacityToPledge;
  return {
    title: `Burden against ${b.economy.toUpperCase()} (peak year ${b.peakYear === null ? '–' : `${b.peakYear.year}: ${f.money(b.peakYear.amount)} of cash and loans`})`,
    columns: [
      { label: 'measure', align: 'left' },
      { label: 'ratio', align: 'right' },
    ],
    rows: [
      ['peak year / FX reserves', ratio(r.peakToReserves)],
      ['peak year / current-account surplus', ratio(r.peakToCurrentAccount)],
      ['peak year / income on reserves', ratio(r.peakToReserveIncome)],
      ['peak year in days of FX turnover', ratio(r.peakInFxTurnoverDays, 'days')],
      ['headline / GDP', ratio(r.headlineToGdp)],
      ['headline / yearly exports to the counterparty', ratio(r.headlineToExports)],
      ['PIIE: 25% of outward FDI / yearly pledge', ratio(a.outwardFdi, 'times')],
      ['PIIE: 25% of imports / yearly pledge', ratio(a.imports, 'times')],
      ['PIIE: 25% of foreign assets / yearly pledge', ratio(a.foreignAssets, 'times')],
    ],
  };
}

function deliveryTables(d: Delivery, f: CellFormat, unit: string): ReportTable[] {
  const tables: ReportTable[] = [
    {
      title: `Delivered against pledged (${unit}), as of ${d.asOf}: ${d.status}`,
      columns: [
        { label: 'line', align: 'left' },
        { label: 'pledged', align: 'right' },
        { label: 'to', align: 'left' },
        { label: 'pledged to date', align: 'right' },
        { label: 'delivered', align: 'right' },
        { label: 'delivered / to date (%)', align: 'right' },
        { label: 'delivered / pledged (%)', align: 'right' },
        { label: 'under negotiation', align: 'right' },
        { label: 'pace', align: 'left' },
      ],
      rows: d.lines.map((l) => [
        l.kind === 'alongside' ? `${l.label} (alongside)` : l.label,
        f.money(l.pledged),
        l.measuredTo,
        f.money(l.pledgedToDate),
        f.money(l.delivered),
        f.percent(l.againstToDate),
        f.percent(l.share),
        f.money(l.candidates),
        l.pace,
      ]),
    },
  ];
  const entries = [...new Set(d.lines.flatMap((l) => l.entries))].sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
  );
  if (entries.length > 0) {
    tables.push({
      title: 'Record',
      columns: [
        { label: 'date', align: 'left' },
        { label: 'what', align: 'left' },
        { label: `amount (${unit})`, align: 'right' },
        { label: 'status', align: 'left' },
        { label: 'sources', align: 'left' },
      ],
      rows: entries.map((e) => [
        e.from === undefined ? e.date : `${e.from} to ${e.date}`,
        e.label,
        f.money(e.amount),
        e.status === 'candidate' ? 'candidate (not counted)' : e.status,
        e.sources.join(', '),
      ]),
    });
  }
  if (d.milestones.length > 0) {
    tables.push({
      title: 'Milestones',
      columns: [
        { label: 'date', align: 'left' },
        { label: 'what', align: 'left' },
        { label: 'sources', align: 'left' },
      ],
      rows: d.milestones.map((x) => [x.date, x.label, x.sources.join(', ')]),
    });
  }
  return tables;
}
