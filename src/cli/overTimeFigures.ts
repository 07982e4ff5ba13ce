// The figures over time (`--fx-path`, `--real`): computed by the commands only when those flags
// are given, so `compare` without them loads none of this (see overTime.ts for the flags).
import type { IsoDate } from '../dates/calendarDate.ts';
import type { Deal } from '../deals/deal.ts';
import { INSTRUMENTS } from '../deals/instrument.ts';
import { burden } from '../economics/burden.ts';
import { DealcalcError } from '../errors/DealcalcError.ts';
import type { Decimal } from '../money/decimal.ts';
import { fxPath, type FxExposure, type FxPath } from '../money/fxPath.ts';
import { fxPresetPath } from '../presets/fxPath.ts';
import type { CurrencyRiskResult, OverTime, RealTermsLine, RealTermsResult } from '../report/overTimeReport.ts';
import { currencyRisk } from '../schedules/currencyRisk.ts';
import { merge } from '../schedules/merge.ts';
import { buildSchedule, type Schedule } from '../schedules/schedule.ts';
import { shift } from '../schedules/shift.ts';
import { deflate, nominalRate, realNpv } from '../value/realTerms.ts';
import { quote, UsageError } from './errors.ts';
import type { OverTimeContext } from './overTime.ts';
import type { FxPathFlag } from './values.ts';

/**
 * The currency risk, burden along the path and real terms of one deal, as the flags ask; `{}`
 * when they ask for none.
 *
 * @throws {UsageError} naming `--fx-path` when the path cannot be applied to the deal.
 */
export function overTime(deal: Deal, c: OverTimeContext): OverTime {
  const { fxPath: fx, inflation } = c.flags;
  const out: { currencyRisk?: CurrencyRiskResult; burdenAlongFxPath?: FxExposure; real?: RealTermsResult } = {};
  if (fx !== undefined) {
    const path = pathFor(fx, deal, c.reference);
    out.currencyRisk = risk(deal, path, fx, c);
    if (c.economy !== undefined) {
      const along = onPath(fx, () => burden(deal, c.economy!, { rates: c.rates, fxPath: path }).alongFxPath);
      if (along !== undefined) out.burdenAlongFxPath = along;
    }
  }
  if (inflation !== undefined) out.real = realTerms(deal, inflation, c);
  return { deal: deal.id, ...out };
}

function pathFor(fx: FxPathFlag, deal: Deal, reference: string): FxPath {
  if (fx.rates !== undefined)
    return fxPath({ from: deal.currency, to: fx.to, rates: fx.rates, source: 'given on the command line' });
  const path = fxPresetPath(fx.to);
  if (path.from !== deal.currency)
    throw new UsageError(
      `--fx-path ${fx.to}: the dated rates on record convert ${path.from} to ${fx.to}, but ${quote(reference)} is in ${deal.currency}; give a rate per year instead, such as ${fx.to}:1400,1450`,
    );
  if (path.from === path.to) throw new UsageError(`--fx-path ${fx.to}: ${quote(reference)} is already in ${fx.to}`);
  return path;
}

function risk(deal: Deal, path: FxPath, fx: FxPathFlag, c: OverTimeContext): CurrencyRiskResult {
  const parts = deal.components.filter((p) => p.instrument === c.instrument);
  const base = {
    instrument: c.instrument,
    path,
    given: fx.rates !== undefined ? ('rates' as const) : ('record' as const),
  };
  if (parts.length === 0 || parts.every((p) => p.schedule.installments.length === 0))
    return { ...base, exposure: null };
  let schedule: Schedule = merge(...parts.map((p) => p.schedule));
  let anchoredAt: IsoDate | undefined;
  if (path.by === 'date' && schedule.startDate === undefined) {
    // As burden does: a deal whose schedules are not anchored starts on its date.
    if (deal.date === undefined) {
      throw new UsageError(
        `--fx-path ${fx.to}: the rates on record are dated, but ${quote(c.reference)} has no dates to place its payments on; give a rate per year instead, such as ${fx.to}:1400,1450,1500`,
      );
    }
    anchoredAt = deal.date;
    schedule = buildSchedule(
      { currency: schedule.currency, frequency: schedule.frequency, startDate: deal.date },
      schedule.installments,
    );
  }
  const exposure = onPath(fx, () => currencyRisk(schedule, path));
  return { ...base, exposure, ...(anchoredAt === undefined ? {} : { anchoredAt }) };
}

// A path that does not reach back to the deal's first payment is a mistake on the command line.
function onPath<T>(fx: FxPathFlag, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DealcalcError && error.code === 'invalid_input')
      throw new UsageError(`--fx-path ${fx.text}: ${error.issues[0]?.message ?? error.message}`);
    throw error;
  }
}

function realTerms(deal: Deal, inflation: Decimal, c: OverTimeContext): RealTermsResult {
  let discounting: RealTermsResult['discounting'] = 'real rate on real flows';
  const line = (parts: Deal['components']): Omit<RealTermsLine, 'instrument'> | undefined => {
    const used = parts.filter((p) => p.schedule.installments.length > 0);
    if (used.length === 0) return undefined;
    const merged = merge(...used.map((p) => p.schedule));
    // Paid at the end of its period: one period later, for prices and discounting alike.
    const schedule = c.timing === 'end' ? shift(merged, 1) : merged;
    const real = deflate(schedule, { inflation });
    return {
      nominalTotal: real.nominalTotal,
      realTotal: real.realTotal,
      presentValues: c.rates.map((rate) => {
        const r = realNpv(rate, schedule, { inflation });
        discounting = r.discounting as RealTermsResult['discounting'];
        return { rate, value: r.value, nominalRate: nominalRate(rate, inflation) };
      }),
    };
  };
  const lines: RealTermsLine[] = [];
  for (const i of INSTRUMENTS) {
    const l = line(deal.components.filter((p) => p.instrument === i));
    if (l !== undefined) lines.push({ instrument: i, ...l });
  }
  const all = line(deal.components);
  if (all !== undefined && lines.length > 1) lines.push({ instrument: 'all', ...all });
  return { inflation, base: 0, discounting, deflator: 'constant-inflation', timing: c.timing, lines };
}
