import { describeValue, invalid } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { isoDate, type DateInput, type IsoDate } from '../dates/calendarDate.ts';
import { amount, currencyCode, readAmount, type Amount, type AmountInput } from './amount.ts';
import type { CurrencyCode } from './currency.ts';
import { decimal, exactTimes, type Decimal, type DecimalInput } from './decimal.ts';
import { fxRateAt, isFxPath, requirePathCurrency, type FxPath } from './fxPath.ts';

/** An explicit exchange rate: how many units of `to` one unit of the amount's currency buys. */
export interface ConversionRate {
  /** Currency converted into (ISO 4217). */
  readonly to: string;
  /** Units of `to` per one unit of the source currency, > 0 (`'1428.57'` won per dollar). */
  readonly rate: DecimalInput;
  /** Date the rate applies to, `YYYY-MM-DD` (recorded, not looked up). */
  readonly date?: DateInput;
  /** Where the rate comes from (recorded with the result). */
  readonly source?: string;
}

/** A converted amount, carrying the conversion that made it. */
export interface ConvertedAmount extends Amount {
  /** The amount before conversion. */
  readonly from: Amount;
  /** Units of `currency` per unit of `from.currency`. */
  readonly rate: Decimal;
  /** Date the rate was observed, when the rate (or the path point it came from) has one. */
  readonly date?: IsoDate;
  /** Period of the rate, for a rate taken from a path by period. */
  readonly period?: number;
  /** Where the rate comes from, when the rate (or the path point) says. */
  readonly source?: string;
}

/** Options of {@link convert}. */
export interface ConvertOptions {
  /** With an {@link FxPath}: the period (paths by period) or date (paths by date) whose rate to use. */
  readonly at?: number | string;
}

/**
 * Converts an amount at an explicit rate, exactly (no digit is rounded): dealcalc never looks
 * up or assumes a rate. The result records the rate, its date and its source.
 *
 * The rate may also come from an {@link FxPath}: pass the path and `{ at }`, the period or date
 * whose rate applies (the latest rate of the path at or before it).
 *
 * @param value - The amount to convert (its currency is the source currency; with a path, the
 *   path's `from` when the amount names none).
 * @param conversion - Target currency, rate (units of target per unit of source), date, source;
 *   or an {@link FxPath}.
 * @param options - `at`: the period or date of the path's rate (required with a path).
 *
 * @throws {DealcalcError} `invalid_input` when the rate is missing, not a number or ≤ 0, the
 *   target is not an ISO 4217 code, the date is not a date, or (with a path) `at` is missing,
 *   of the wrong kind or before the path starts; `currency_mismatch` when the amount is not in
 *   the path's `from` currency.
 *
 * @example
 * const won = convert(amount('350B'), { to: 'KRW', rate: '1428.57', date: '2025-10-29', source: 'reporting of "$350B ≈ ₩500T"' });
 * formatAmount(won) //=> '₩500.0T'
 * const path = fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] });
 * formatAmount(convert('20B', path, { at: 2 })) //=> '₩30.0T'
 */
export function convert(
  value: AmountInput,
  conversion: ConversionRate | FxPath,
  options?: ConvertOptions,
): ConvertedAmount {
  const o = optionsObject(options);
  if (isFxPath(conversion)) return convertAlong(value, conversion, o.at);
  const from = amount(value, undefined, { path: ['value'] });
  if (typeof conversion !== 'object' || conversion === null) {
    return invalid([
      {
        path: ['conversion'],
        expected: 'an explicit conversion { to, rate }',
        received: describeValue(conversion),
        message: `expected an explicit conversion { to, rate }, received ${describeValue(conversion)}`,
      },
    ]);
  }
  const to: CurrencyCode = currencyCode(conversion.to, ['conversion', 'to']);
  if (conversion.rate === undefined) {
    return invalid([
      {
        path: ['conversion', 'rate'],
        expected: 'an explicit exchange rate',
        received: 'none',
        message: 'expected an explicit exchange rate, received none (dealcalc never assumes one)',
      },
    ]);
  }
  const rate = decimal(conversion.rate, { path: ['conversion', 'rate'] });
  if (!rate.gt(0)) {
    return invalid([
      {
        path: ['conversion', 'rate'],
        expected: 'a rate greater than 0',
        received: rate.toString(),
        message: `expected a rate greater than 0, received ${rate.toString()}`,
      },
    ]);
  }
  const date = conversion.date === undefined ? undefined : isoDate(conversion.date, ['conversion', 'date']);
  if (conversion.source !== undefined && typeof conversion.source !== 'string') {
    invalid([
      {
        path: ['conversion', 'source'],
        expected: 'text naming the source',
        received: describeValue(conversion.source),
        message: `expected text naming the source, received ${describeValue(conversion.source)}`,
      },
    ]);
  }
  return Object.freeze({
    value: exactTimes(from.value, rate),
    currency: to,
    from,
    rate,
    ...(date === undefined ? {} : { date }),
    ...(conversion.source === undefined ? {} : { source: conversion.source }),
  });
}

function convertAlong(value: AmountInput, path: FxPath, at: number | string | undefined): ConvertedAmount {
  const read = readAmount(value, ['value']);
  const from: Amount = Object.freeze({ value: read.value, currency: read.currency ?? path.from });
  requirePathCurrency(path, from.currency, ['value']);
  if (at === undefined) {
    return invalid([
      {
        path: ['at'],
        expected: `the ${path.by === 'period' ? 'period' : 'date'} whose rate to use`,
        received: 'none',
        message: `expected the ${path.by === 'period' ? 'period' : 'date'} whose rate to use (options.at), received none`,
      },
    ]);
  }
  const point = fxRateAt(path, at, ['at']);
  return Object.freeze({
    value: exactTimes(from.value, point.rate),
    currency: path.to,
    from,
    rate: point.rate,
    ...(point.date === undefined ? {} : { date: point.date }),
    ...(point.period === undefined ? {} : { period: point.period }),
    ...(point.source === undefined ? {} : { source: point.source }),
  });
}
