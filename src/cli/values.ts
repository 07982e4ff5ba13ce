import type { BusinessDayConvention } from '../dates/businessDays.ts';
import type { CalendarId } from '../dates/calendar.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import type { Economy } from '../economics/economy.ts';
import { DealcalcError } from '../errors/DealcalcError.ts';
import { amount, currencyCode, type Amount } from '../money/amount.ts';
import type { ConversionRate } from '../money/convert.ts';
import { CURRENCY_CODES, type CurrencyCode } from '../money/currency.ts';
import { decimal, type Decimal } from '../money/decimal.ts';
import { FX_CONVERSIONS } from '../presets/data/fx.ts';
import { ECONOMY_IDS, economyPreset } from '../presets/economies.ts';
import { readRate } from '../value/rate.ts';
import type { Flags } from './args.ts';
import { quote, UsageError } from './errors.ts';
import { didYouMean } from './suggest.ts';

// The calendar ids and conventions the flags accept, as `CALENDAR_IDS` and
// `BUSINESS_DAY_CONVENTIONS` list them (tests/cli/values.test.ts checks they are the same):
// importing those lists would load every calendar's rules into each command that reads flags.
export const CALENDAR_FLAG_VALUES: readonly CalendarId[] = [
  'weekends-only',
  'target',
  'us-settlement',
  'us-nyse',
  'kr-settlement',
  'kr-krx',
  'jp',
];
export const CONVENTION_FLAG_VALUES: readonly BusinessDayConvention[] = [
  'Following',
  'ModifiedFollowing',
  'Preceding',
  'ModifiedPreceding',
  'Unadjusted',
];

export const FORMATS = ['table', 'markdown', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** `--format`: table (default), markdown, json or csv. */
export function readFormat(value: string | undefined): Format {
  return oneOf('--format', value ?? 'table', FORMATS);
}

/** `--timing`: start or end. */
export function readTiming(value: string | undefined): 'start' | 'end' | undefined {
  return value === undefined ? undefined : oneOf('--timing', value, ['start', 'end'] as const);
}

/** `--instrument`: one instrument name (plurals accepted). */
export function readInstrument(value: string | undefined, flag = '--instrument'): Instrument | undefined {
  if (value === undefined) return undefined;
  const singular = value.trim().toLowerCase().replace(/s$/, '');
  return oneOf(flag, (INSTRUMENTS as readonly string[]).includes(singular) ? singular : value.trim(), INSTRUMENTS);
}

/** `--instruments cash,guarantee`: a list of instruments, or `all`. */
export function readInstruments(value: string | undefined): Instrument[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === 'all') return [...INSTRUMENTS];
  const list = value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (list.length === 0)
    throw new UsageError(`--instruments: expected a list such as cash,guarantee or all, received ${quote(value)}`);
  return [...new Set(list.map((v) => readInstrument(v, '--instruments')!))];
}

/** `--economy`: an economy preset id. */
export function readEconomy(value: string | undefined): Economy | undefined {
  if (value === undefined) return undefined;
  return economyPreset(oneOf('--economy', value.trim().toLowerCase(), ECONOMY_IDS));
}

/** `--places`: a whole number from 0 to 20. */
export function readPlaces(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,2}$/.test(value.trim()) || Number(value) > 20)
    throw new UsageError(`--places: expected a whole number from 0 to 20, received ${quote(value)}`);
  return Number(value);
}

/**
 * One rate as a fraction: `4.5%` or `0.045`. A bare number above 1 (or below −1) is refused
 * as a likely slip: `4.5` would be 450%.
 */
export function readRateText(text: string, flag: string): Decimal {
  const trimmed = text.trim();
  const bare = !trimmed.endsWith('%');
  let value: Decimal;
  try {
    value = readRate(trimmed, [flag]);
  } catch (error) {
    if (!(error instanceof DealcalcError)) throw error;
    if (/^-?\d+(\.\d+)?%?$/.test(trimmed))
      throw new UsageError(`${flag}: expected a rate above -100%, received ${quote(text)}`);
    throw new UsageError(`${flag}: expected a rate such as 4.5% or 0.045, received ${quote(text)}`);
  }
  if (bare && value.abs().gt(1)) {
    throw new UsageError(
      `${flag}: ${trimmed} would be ${value.times(100).toFixed()}%; did you mean ${trimmed}%? (write 4.5% or 0.045)`,
    );
  }
  return value;
}

/** `--rate 3%,4.5% --rate 0.06` → fractions, in order, duplicates kept once. */
export function readRates(values: readonly string[] | undefined): Decimal[] | undefined {
  if (values === undefined) return undefined;
  const list = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  if (list.some((v) => v === ''))
    throw new UsageError(`--rate: expected rates such as 3%,4.5%, received ${quote(values.join(','))}`);
  const rates = list.map((v) => readRateText(v, '--rate'));
  return rates.filter((r, k) => rates.findIndex((x) => x.eq(r)) === k);
}

/** `--yield`: one yearly project yield, 0 or more. */
export function readYield(value: string | undefined): Decimal | undefined {
  if (value === undefined) return undefined;
  if (value.includes(',')) throw new UsageError(`--yield: expected one yield such as 5%, received ${quote(value)}`);
  const y = readRateText(value, '--yield');
  if (y.lt(0)) throw new UsageError(`--yield: expected a yield of 0 or more, received ${quote(value)}`);
  return y;
}

/** `--currency KRW --fx 1428.57`: both or neither. */
export function readSecondCurrency(flags: Flags): ConversionRate | undefined {
  if (flags.currency === undefined && flags.fx === undefined) return undefined;
  if (flags.currency === undefined || flags.fx === undefined)
    throw new UsageError(
      '--currency and --fx go together: --currency KRW --fx 1428.57 (units of KRW per unit of the deal currency)',
    );
  const code = flags.currency.trim().toUpperCase();
  let to: string;
  try {
    to = currencyCode(code, ['--currency']);
  } catch {
    throw new UsageError(
      `--currency: expected an ISO 4217 code such as KRW, received ${quote(flags.currency)}${didYouMean(code, CURRENCY_CODES)}`,
    );
  }
  let rate: Decimal;
  try {
    rate = decimal(flags.fx.trim(), { path: ['--fx'] });
  } catch {
    throw new UsageError(
      `--fx: expected a number of ${to} per unit of the deal currency, such as 1428.57, received ${quote(flags.fx)}`,
    );
  }
  if (!rate.gt(0)) throw new UsageError(`--fx: expected a rate greater than 0, received ${quote(flags.fx)}`);
  return { to, rate, source: 'given on the command line' };
}

/** An amount such as `350B` or `₩5T`, naming the flag when it is not one. */
export function readAmount(text: string, flag: string): Amount {
  try {
    const a = amount(text.trim());
    if (a.value.lt(0)) throw new UsageError(`${flag}: expected an amount of 0 or more, received ${quote(text)}`);
    return a;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${flag}: expected an amount such as 350B, $7bn or ₩5T, received ${quote(text)}`);
  }
}

/** A value from a fixed list, or a usage error naming the flag with the nearest valid value. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  const hint = didYouMean(value, allowed);
  throw new UsageError(`${flag}: expected ${allowed.join(', ')}, received ${quote(value)}${hint}`);
}

/** What `--fx-path` says: a currency and either a rate per period or the preset's dated rates. */
export interface FxPathFlag {
  /** As typed, for messages. */
  readonly text: string;
  readonly to: CurrencyCode;
  /** Units of `to` per unit of the deal's currency, period 0 first; absent: the dated rates on record. */
  readonly rates?: readonly Decimal[];
}

/** Currencies with dated rates on record (`--fx-path KRW`). */
export function fxPathCurrencies(): CurrencyCode[] {
  return [...new Set(FX_CONVERSIONS.map((c) => c.currency as CurrencyCode))];
}

/**
 * `--fx-path KRW:1400,1450,1500` (a rate per period from period 0, each > 0; the last holds
 * after) or `--fx-path KRW` (the dated rates the reporting used, see `fxPresetPath`).
 */
export function readFxPathFlag(value: string | undefined): FxPathFlag | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const colon = text.indexOf(':');
  const code = (colon === -1 ? text : text.slice(0, colon)).trim().toUpperCase();
  const dated = fxPathCurrencies();
  if (colon === -1) {
    if ((dated as readonly string[]).includes(code)) return { text, to: code as CurrencyCode };
    const hint = didYouMean(code, dated);
    const known = (CURRENCY_CODES as readonly string[]).includes(code);
    throw new UsageError(
      `--fx-path: ${known ? `no dated rates on record for ${code}` : `expected a currency code`}; give ${dated.join(', ')} for the dated rates on record, or a rate per year such as KRW:1400,1450,1500, received ${quote(value)}${known ? '' : hint}`,
    );
  }
  if (!(CURRENCY_CODES as readonly string[]).includes(code)) {
    throw new UsageError(
      `--fx-path: expected an ISO 4217 code before the colon, such as KRW:1400,1450,1500, received ${quote(value)}${didYouMean(code, CURRENCY_CODES)}`,
    );
  }
  const list = text
    .slice(colon + 1)
    .split(',')
    .map((r) => r.trim());
  if (list.some((r) => r === ''))
    throw new UsageError(
      `--fx-path: expected rates after the colon, one a year, such as KRW:1400,1450,1500, received ${quote(value)}`,
    );
  if (list.length > 1000) throw new UsageError(`--fx-path: expected at most 1000 rates, received ${list.length}`);
  const rates = list.map((r, k) => {
    let rate: Decimal;
    try {
      rate = decimal(r, { path: ['--fx-path', k] });
    } catch {
      throw new UsageError(
        `--fx-path: rate ${k + 1} is not a number of ${code} per unit of the deal's currency: ${quote(r)}`,
      );
    }
    if (!rate.gt(0)) throw new UsageError(`--fx-path: rate ${k + 1} must be greater than 0, received ${quote(r)}`);
    return rate;
  });
  return { text, to: code as CurrencyCode, rates };
}

/** `--real 2%`: one constant yearly inflation rate, above −100%. */
export function readInflation(value: string | undefined): Decimal | undefined {
  if (value === undefined) return undefined;
  if (value.includes(','))
    throw new UsageError(`--real: expected one yearly inflation rate such as 2%, received ${quote(value)}`);
  return readRateText(value, '--real');
}

/** `--calendar`: a business-day calendar id. */
export function readCalendarFlag(value: string | undefined): CalendarId | undefined {
  return value === undefined ? undefined : oneOf('--calendar', value.trim(), CALENDAR_FLAG_VALUES);
}

/** `--convention`: a business-day convention, as QuantLib names it (any letter case). */
export function readConventionFlag(value: string | undefined): BusinessDayConvention | undefined {
  if (value === undefined) return undefined;
  const typed = value.trim();
  const found = CONVENTION_FLAG_VALUES.find((c) => c.toLowerCase() === typed.toLowerCase().replace(/[\s_-]/g, ''));
  return found ?? oneOf('--convention', typed, CONVENTION_FLAG_VALUES);
}
