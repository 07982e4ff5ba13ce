import { toPlainString } from '../money/decimal.ts';
import { serializeSchedule } from '../schedules/serialize.ts';
import type { Component, Deal, DealRecord, TariffLine, TariffRate, TariffTerms } from './deal.ts';
import type { RecordJson, TariffJson } from './json.ts';
import type { DealJson } from './schema.ts';
import { readDeal } from './readDeal.ts';
import type { GuaranteeTerms, LoanTerms } from './terms.ts';

function serializeTerms(t: LoanTerms | GuaranteeTerms): NonNullable<DealJson['components'][number]['terms']> {
  return t.kind === 'loan'
    ? { kind: 'loan', rate: toPlainString(t.rate), tenor: t.tenor, grace: t.grace, amortization: t.amortization }
    : {
        kind: 'guarantee',
        tenor: t.tenor,
        fee: toPlainString(t.fee),
        callProbability: toPlainString(t.callProbability),
        lossGivenCall: toPlainString(t.lossGivenCall),
        recoveryLag: t.recoveryLag,
      };
}

// A rate with nothing but its value is written as the plain fraction string.
function rateJson(r: TariffRate): TariffJson['before'] {
  if (r.basis === undefined && r.from === undefined && r.until === undefined) return toPlainString(r.rate);
  return {
    rate: toPlainString(r.rate),
    ...(r.basis === undefined ? {} : { basis: r.basis }),
    ...(r.from === undefined ? {} : { from: r.from }),
    ...(r.until === undefined ? {} : { until: r.until }),
  };
}

function lineJson(l: TariffLine): Omit<TariffJson, 'sectors' | 'events'> {
  return {
    before: rateJson(l.before),
    ...(l.threatened === undefined ? {} : { threatened: rateJson(l.threatened) }),
    after: rateJson(l.after),
    ...(l.exportsCovered === undefined ? {} : { exportsCovered: toPlainString(l.exportsCovered) }),
    notes: [...l.notes],
    sources: [...l.sources],
  };
}

// Tariff terms back to their JSON form (keys in a fixed order).
function serializeTariff(t: TariffTerms): TariffJson {
  return {
    ...lineJson(t),
    sectors: t.sectors.map((s) => ({ sector: s.sector, ...lineJson(s) })),
    events: t.events.map((e) => ({
      date: e.date,
      effect: e.effect,
      basis: e.basis,
      label: e.label,
      ...(e.rate === undefined ? {} : { rate: toPlainString(e.rate) }),
      ...(e.until === undefined ? {} : { until: e.until }),
      notes: [...e.notes],
      sources: [...e.sources],
    })),
  };
}

// A deal's record back to its JSON form (keys in a fixed order).
function serializeRecord(r: DealRecord): RecordJson {
  return {
    asOf: r.asOf,
    status: r.status,
    entries: r.entries.map((e) => ({
      date: e.date,
      ...(e.from === undefined ? {} : { from: e.from }),
      label: e.label,
      amount: toPlainString(e.amount),
      status: e.status,
      ...(e.against === undefined ? {} : { against: e.against }),
      notes: [...e.notes],
      sources: [...e.sources],
    })),
    milestones: r.milestones.map((m) => ({
      date: m.date,
      label: m.label,
      notes: [...m.notes],
      sources: [...m.sources],
    })),
    notes: [...r.notes],
    sources: [...r.sources],
  };
}

/**
 * The JSON form of a deal: decimals as plain strings, dates as `YYYY-MM-DD`, schedules in
 * explicit form. `parseDeal(serializeDeal(d))` equals `d`, and `JSON.stringify` of the result
 * is stable (keys in a fixed order).
 *
 * @example
 * serializeDeal(presetDeal('kr-2025-10-us-cash-25x8')).headline //=> '350000000000'
 */
export function serializeDeal(deal: Deal): DealJson {
  readDeal(deal, ['deal']);
  const component = (c: Component): DealJson['components'][number] => ({
    label: c.label,
    instrument: c.instrument,
    schedule: serializeSchedule(c.schedule),
    ...(c.terms === undefined ? {} : { terms: serializeTerms(c.terms) }),
    notes: [...c.notes],
    sources: [...c.sources],
  });
  const json: DealJson = {
    id: deal.id,
    title: deal.title,
    ...(deal.party === undefined ? {} : { party: deal.party }),
    counterparty: deal.counterparty,
    ...(deal.stage === undefined ? {} : { stage: deal.stage }),
    ...(deal.date === undefined ? {} : { date: deal.date }),
    currency: deal.currency,
    headline: toPlainString(deal.headline),
    components: deal.components.map(component),
    alongside: deal.alongside.map(component),
    ...(deal.due === undefined ? {} : { due: deal.due }),
    notes: [...deal.notes],
    sources: deal.sources.map((s) => ({ ...s })),
  };
  if (deal.tariff !== undefined) json.tariff = serializeTariff(deal.tariff);
  if (deal.profitSharing !== undefined) {
    const p = deal.profitSharing;
    json.profitSharing = {
      appliesTo: p.appliesTo,
      tiers: p.tiers.map((t) => ({
        partyShare: toPlainString(t.partyShare),
        counterpartyShare: toPlainString(t.counterpartyShare),
        ...(t.until === undefined ? {} : { until: t.until }),
      })),
      recovery:
        p.recovery.target === 'principal'
          ? { target: 'principal' }
          : {
              target: 'principal-plus-interest',
              rate: toPlainString(p.recovery.rate),
              ...(p.recovery.note === undefined ? {} : { note: p.recovery.note }),
            },
      notes: [...p.notes],
      sources: [...p.sources],
    };
  }
  if (deal.record !== undefined) json.record = serializeRecord(deal.record);
  return json;
}
