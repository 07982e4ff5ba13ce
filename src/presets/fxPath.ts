import { DealcalcError, invalidAt } from '../errors/DealcalcError.ts';
import { fxPath, type FxPath } from '../money/fxPath.ts';
import { FX_CONVERSIONS } from './data/fx.ts';
import { fxPreset } from './economies.ts';

/**
 * The dated exchange rates the reporting used for one currency, as an FX path from US dollars:
 * each rate is the quotient of the two amounts an article printed (as {@link fxPreset}), on the
 * article's date, with its source. For KRW: 31 July, 28 and 29 October and 14 November 2025.
 *
 * @param currency - `'KRW'`, `'EUR'` or `'JPY'`.
 *
 * @throws {DealcalcError} `unknown_deal` for a currency with no dated rate on record;
 *   `invalid_input` at `currency` for anything but text.
 *
 * @example
 * const won = fxPresetPath('KRW');
 * won.points.map((p) => p.date) //=> ['2025-07-31', '2025-10-28', '2025-10-29', '2025-11-14']
 * won.points.map((p) => p.rate.toFixed(2)) //=> ['1391.43', '1428.57', '1400.00', '1454.29']
 */
export function fxPresetPath(currency: string): FxPath {
  const conversions = FX_CONVERSIONS.filter((c) => c.currency === currency);
  if (conversions.length === 0) {
    const known = [...new Set(FX_CONVERSIONS.map((c) => c.currency))];
    if (typeof currency !== 'string') invalidAt(['currency'], `one of ${known.join(', ')}`, currency);
    const message = `no dated exchange rates on record for ${JSON.stringify(currency)}; the currencies are ${known.join(', ')}`;
    throw new DealcalcError(
      'unknown_deal',
      { reference: String(currency), suggestions: known },
      [{ path: ['currency'], expected: `one of ${known.join(', ')}`, received: JSON.stringify(currency), message }],
      message,
    );
  }
  return fxPath({
    from: 'USD',
    to: currency,
    rates: conversions.map((c) => {
      const p = fxPreset(c.id);
      // A conversion the article dates to the month only is placed on the month's first day, and says so.
      const date = p.date ?? `${c.date}-01`;
      return {
        date,
        rate: p.rate,
        source: p.date === undefined ? `${p.source} (dated ${c.date} only; placed on ${date})` : p.source,
      };
    }),
  });
}
