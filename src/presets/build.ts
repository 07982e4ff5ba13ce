import type {
  Component,
  Deal,
  DealRecord,
  Milestone,
  ProfitSharingRule,
  RecordEntry,
  SectorTariff,
  Source,
  TariffEvent,
  TariffLine,
  TariffRate,
  TariffTerms,
} from '../deals/deal.ts';
import type {
  ComponentJson,
  DealJson,
  ProfitSharingJson,
  RecordJson,
  TariffJson,
  TariffLineJson,
  TariffRateJson,
} from '../deals/json.ts';
import { builtDeal } from '../deals/readDeal.ts';
import type { IsoDate } from '../dates/calendarDate.ts';
import { currencyCode, readAmount, type Amount } from '../money/amount.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { decimal } from '../money/decimal.ts';
import { capped } from '../schedules/capped.ts';
import { installments } from '../schedules/installments.ts';
import type { ScheduleRecipeJson } from '../schedules/json.ts';
import { lumpSum } from '../schedules/lumpSum.ts';
import { buildSchedule, type Schedule, type ScheduleOptions } from '../schedules/schedule.ts';
import { spread } from '../schedules/spread.ts';

// The trusted builder of the presets: dealcalc's own data, so it skips the zod schema and its
// checks (parseDeal stays the door for deal JSON from anywhere else) and builds the Deal with
// plain code, field by field as parseDeal's schema builds it: same values, same key order,
// frozen, marked as built. tests/presets/build.test.ts holds it to parseDeal for every preset.
// The schedules still go through the schedule constructors, which check what they build.

/** Builds a preset's Deal from its shipped JSON, as `parseDeal` would. Internal: for `presetDeal`. */
export function buildPreset(json: DealJson): Deal {
  const currency = currencyCode(json.currency ?? 'USD', []);
  const components = json.components.map((c) => component(c, currency));
  const alongside = (json.alongside ?? []).map((c) => component(c, currency));
  const deal: Deal = {
    id: json.id,
    title: text(json.title),
    ...(json.party === undefined ? {} : { party: json.party }),
    counterparty: json.counterparty ?? 'US',
    ...(json.stage === undefined ? {} : { stage: json.stage }),
    ...(json.date === undefined ? {} : { date: json.date as IsoDate }),
    currency,
    headline: readAmount(json.headline).value,
    components: Object.freeze(components),
    alongside: Object.freeze(alongside),
    ...(json.due === undefined ? {} : { due: json.due as IsoDate }),
    ...(json.tariff === undefined ? {} : { tariff: tariff(json.tariff) }),
    ...(json.profitSharing === undefined ? {} : { profitSharing: profitSharing(json.profitSharing) }),
    ...(json.record === undefined ? {} : { record: record(json.record) }),
    notes: texts(json.notes),
    sources: Object.freeze(
      (json.sources ?? []).map(
        (s): Source =>
          Object.freeze({
            id: text(s.id),
            title: text(s.title),
            publisher: text(s.publisher),
            url: s.url,
            date: s.date,
            ...(s.approximate === undefined ? {} : { approximate: s.approximate }),
          }),
      ),
    ),
  };
  return builtDeal(Object.freeze(deal));
}

// The deal format's text fields are trimmed.
function text(value: string): string {
  return value.trim();
}

function texts(values: readonly string[] | undefined): readonly string[] {
  return Object.freeze((values ?? []).map(text));
}

function component(c: ComponentJson, currency: CurrencyCode): Component {
  if (c.terms !== undefined) throw new Error(`preset component ${c.label}: terms need parseDeal`);
  return Object.freeze({
    label: text(c.label),
    instrument: c.instrument,
    schedule: schedule(c.schedule, currency),
    notes: texts(c.notes),
    sources: texts(c.sources),
  });
}

// As the recipe forms of the schedule schema: the schedule's currency is the one stated, else
// the one its main amount names, else the deal's; the explicit form defaults to USD.
function schedule(r: ScheduleRecipeJson, dealCurrency: CurrencyCode): Schedule {
  const stated = r.currency === undefined ? undefined : currencyCode(r.currency, []);
  if ('installments' in r) {
    return buildSchedule(
      { currency: stated ?? 'USD', frequency: r.frequency ?? 'annual', startDate: r.startDate },
      r.installments.map((i) => ({ period: i.period, amount: readAmount(i.amount).value })),
    );
  }
  const main = readAmount('lumpSum' in r ? r.lumpSum : 'each' in r ? r.each : 'spread' in r ? r.spread : r.capped);
  const code = stated ?? main.currency ?? dealCurrency;
  const options: ScheduleOptions = {
    currency: code,
    ...(r.frequency === undefined ? {} : { frequency: r.frequency }),
    ...(r.startDate === undefined ? {} : { startDate: r.startDate }),
    ...(r.start === undefined ? {} : { start: r.start }),
  };
  const value: Amount = { value: main.value, currency: main.currency ?? code };
  if ('lumpSum' in r) return lumpSum(value, options);
  if ('each' in r) return installments(value, r.count, options);
  if ('spread' in r) {
    return spread(value, r.count, {
      ...options,
      ...(r.quantum === undefined ? {} : { quantum: money(r.quantum, code) }),
      ...(r.remainder === undefined ? {} : { remainder: r.remainder }),
    });
  }
  return capped(value, money(r.cap, code), options);
}

function money(input: string, fallback: CurrencyCode): Amount {
  const read = readAmount(input);
  return { value: read.value, currency: read.currency ?? fallback };
}

function rate(r: TariffRateJson): TariffRate {
  if (typeof r === 'string') return Object.freeze({ rate: decimal(r) });
  return Object.freeze({
    rate: decimal(r.rate),
    ...(r.basis === undefined ? {} : { basis: r.basis }),
    ...(r.from === undefined ? {} : { from: r.from as IsoDate }),
    ...(r.until === undefined ? {} : { until: r.until as IsoDate }),
  });
}

function line(l: TariffLineJson): TariffLine {
  return {
    before: rate(l.before),
    ...(l.threatened === undefined ? {} : { threatened: rate(l.threatened) }),
    after: rate(l.after),
    ...(l.exportsCovered === undefined ? {} : { exportsCovered: readAmount(l.exportsCovered).value }),
    notes: texts(l.notes),
    sources: texts(l.sources),
  };
}

function tariff(t: TariffJson): TariffTerms {
  const sectors = (t.sectors ?? []).map((s): SectorTariff => Object.freeze({ sector: text(s.sector), ...line(s) }));
  const events = (t.events ?? []).map(
    (e): TariffEvent =>
      Object.freeze({
        date: e.date as IsoDate,
        effect: e.effect,
        basis: e.basis,
        label: text(e.label),
        ...(e.rate === undefined ? {} : { rate: decimal(e.rate) }),
        ...(e.until === undefined ? {} : { until: e.until as IsoDate }),
        notes: texts(e.notes),
        sources: texts(e.sources),
      }),
  );
  return Object.freeze({ ...line(t), sectors: Object.freeze(sectors), events: Object.freeze(events) });
}

function profitSharing(p: ProfitSharingJson): ProfitSharingRule {
  const recovery =
    p.recovery.target === 'principal'
      ? Object.freeze({ target: 'principal' as const })
      : Object.freeze({
          target: 'principal-plus-interest' as const,
          rate: decimal(p.recovery.rate),
          ...(p.recovery.note === undefined ? {} : { note: text(p.recovery.note) }),
        });
  return Object.freeze({
    appliesTo: p.appliesTo ?? 'cash',
    tiers: Object.freeze(
      p.tiers.map((t) =>
        Object.freeze({
          partyShare: decimal(t.partyShare),
          counterpartyShare: decimal(t.counterpartyShare),
          ...(t.until === undefined ? {} : { until: t.until }),
        }),
      ),
    ),
    recovery,
    notes: texts(p.notes),
    sources: texts(p.sources),
  });
}

function record(r: RecordJson): DealRecord {
  const entries = (r.entries ?? []).map(
    (e): RecordEntry =>
      Object.freeze({
        date: e.date as IsoDate,
        ...(e.from === undefined ? {} : { from: e.from as IsoDate }),
        label: text(e.label),
        amount: readAmount(e.amount).value,
        status: e.status ?? 'announced',
        ...(e.against === undefined ? {} : { against: text(e.against) }),
        notes: texts(e.notes),
        sources: texts(e.sources),
      }),
  );
  const milestones = (r.milestones ?? []).map(
    (m): Milestone =>
      Object.freeze({
        date: m.date as IsoDate,
        label: text(m.label),
        notes: texts(m.notes),
        sources: texts(m.sources),
      }),
  );
  return Object.freeze({
    asOf: r.asOf as IsoDate,
    status: text(r.status),
    entries: Object.freeze(entries),
    milestones: Object.freeze(milestones),
    notes: texts(r.notes),
    sources: texts(r.sources),
  });
}
