import { DealcalcError, invalidAt } from '../errors/DealcalcError.ts';
import type { Economy } from '../economics/economy.ts';
import { buildEconomy } from './buildEconomy.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { amount } from '../money/amount.ts';
import type { Decimal } from '../money/decimal.ts';
import { economies } from './data/economies.ts';
import { FX_CONVERSIONS } from './data/fx.ts';

/** Ids of the economy presets: `kr`, `jp`, `eu`, `tw`, `ch`. */
export const ECONOMY_IDS = ['kr', 'jp', 'eu', 'tw', 'ch'] as const;

/** One of {@link ECONOMY_IDS}: `kr` (South Korea), `jp` (Japan), `eu` (the EU-27), `tw` (Taiwan), `ch` (Switzerland). */
export type EconomyId = (typeof ECONOMY_IDS)[number];

const parsed = new Map<string, Economy>();

/**
 * An economy preset: the figures on record for a party (GDP, reserves, current account,
 * exports to the US, FX turnover, reserve income, and PIIE's 2024 inputs: outward FDI, imports,
 * foreign assets), each with unit, period (vintage) and source. `eu` is the EU-27, not the euro area.
 *
 * @param id - One of {@link ECONOMY_IDS}. Other text is still checked when it comes at run time.
 * @throws {DealcalcError} `unknown_deal` for an unknown id (with the ids as suggestions);
 *   `invalid_input` for an id that is not text.
 *
 * @example
 * economyPreset('kr').figures.fxReserves.value.toString() //=> '428050000000'
 */
export function economyPreset(id: EconomyId): Economy {
  const cached = parsed.get(id);
  if (cached !== undefined) return cached;
  const json = economies().find((e) => e.id === id);
  if (json === undefined) {
    if (typeof id !== 'string') invalidAt(['economy'], `one of ${ECONOMY_IDS.join(', ')}`, id);
    const message = `unknown economy ${JSON.stringify(id)}; the presets are ${ECONOMY_IDS.join(', ')}`;
    throw new DealcalcError(
      'unknown_deal',
      { reference: id, suggestions: [...ECONOMY_IDS] },
      [{ path: ['economy'], expected: `one of ${ECONOMY_IDS.join(', ')}`, received: JSON.stringify(id), message }],
      message,
    );
  }
  const economy = buildEconomy(json);
  parsed.set(id, economy);
  return economy;
}

/** Ids of the exchange-rate presets. */
export const FX_PRESET_IDS = [
  'krw-2025-07-31',
  'krw-2025-10-28',
  'krw-2025-11-14',
  'krw-2025-10-29',
  'eur-2025-08-21',
  'jpy-2025-12',
] as const;

/** One of {@link FX_PRESET_IDS}: the currency converted into and the date (or month) of the reporting. */
export type FxPresetId = (typeof FX_PRESET_IDS)[number];

/** An exchange rate from the reporting, ready for `convert`. */
export interface FxPreset {
  /** Currency converted into, from US dollars (`'KRW'`). */
  readonly to: CurrencyCode;
  /** Units of `to` per US dollar, exactly the quotient of the two amounts the article printed. */
  readonly rate: Decimal;
  /** Day of the conversion, `YYYY-MM-DD`, when the article gives one (absent when it gives only the month). */
  readonly date?: string;
  /** The source id and what the article printed (`'K17: $350B = ~500 trillion won'`). */
  readonly source: string;
}

/**
 * An exchange rate the reporting used, such as `$350B ≈ ₩500T` in October 2025
 * (`'krw-2025-10-28'`): the rate is the quotient of the two printed amounts, and carries its
 * date and source, ready to pass to `convert`.
 *
 * @param id - One of {@link FX_PRESET_IDS}. Other text is still checked when it comes at run time.
 * @throws {DealcalcError} `unknown_deal` for an unknown id (with the ids as suggestions);
 *   `invalid_input` for an id that is not text.
 *
 * @example
 * formatAmount(convert(amount('350B'), fxPreset('krw-2025-10-28'))) //=> '₩500.0T'
 * fxPreset('krw-2025-10-28').rate.toFixed(2)                        //=> '1428.57'
 */
export function fxPreset(id: FxPresetId): FxPreset {
  const c = FX_CONVERSIONS.find((x) => x.id === id);
  if (c === undefined) {
    if (typeof id !== 'string') invalidAt(['fx'], `one of ${FX_PRESET_IDS.join(', ')}`, id);
    const message = `unknown exchange-rate preset ${JSON.stringify(id)}; the presets are ${FX_PRESET_IDS.join(', ')}`;
    throw new DealcalcError(
      'unknown_deal',
      { reference: id, suggestions: [...FX_PRESET_IDS] },
      [{ path: ['fx'], expected: `one of ${FX_PRESET_IDS.join(', ')}`, received: JSON.stringify(id), message }],
      message,
    );
  }
  const rate = amount(c.to, c.currency).value.div(amount(c.from).value);
  return Object.freeze({
    to: c.currency,
    rate,
    ...(c.date.length === 10 ? { date: c.date } : {}),
    source: `${c.source}: ${c.note}`,
  });
}
