import type { ConversionRate } from '../money/convert.ts';
import { convert } from '../money/convert.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { formatAmount, type AmountUnit } from '../money/format.ts';
import { formatPercent } from '../money/formatPercent.ts';
import { toDecimalJsRounding, type RoundingMode } from '../money/rounding.ts';

/** How report cells are written. */
export interface ReportOptions {
  /** Decimal places of amounts (in their unit) and percentages (default 1); more where two different amounts would otherwise look the same. */
  readonly places?: number;
  /** Rounding mode of every displayed figure (default half-even). */
  readonly rounding?: RoundingMode;
  /** A second currency to show next to every amount, at an explicit rate. */
  readonly second?: ConversionRate;
}

/** The unit and places a group of amounts is shown in, so they read alike and stay distinct. */
export interface MoneyScale {
  readonly unit: AmountUnit | 'none' | 'auto';
  readonly places: number;
}

/** Cell writers bound to one currency and the report options. */
export interface CellFormat {
  /** An amount (`–` for unknown), in `scale` when given (see {@link CellFormat.scale}). */
  money(value: Decimal | null | undefined, scale?: MoneyScale): string;
  /** The same with `+` on positive values, for differences. */
  signedMoney(value: Decimal | null | undefined, scale?: MoneyScale): string;
  /**
   * One unit and number of places for amounts shown together (a row or a column): the unit of
   * the largest, one unit smaller if that makes two different amounts look the same
   * ($1.4T and $1.4T become $1,350.0B and $1,390.0B), and more places if it still does.
   * A non-zero amount never shows as zero.
   */
  scale(values: ReadonlyArray<Decimal | null | undefined>): MoneyScale;
  percent(value: Decimal | null | undefined): string;
  points(value: Decimal | null | undefined): string;
  rate(value: Decimal): string;
  number(value: number | null | undefined, signed?: boolean): string;
  decimal(value: Decimal | null | undefined, places?: number, signed?: boolean): string;
}

/** What a cell shows for a figure that is unknown or does not apply. */
export const NONE = '–';

const EXPONENTS: ReadonlyArray<readonly [AmountUnit, number]> = [
  ['T', 12],
  ['B', 9],
  ['M', 6],
];

/** Builds the cell writers for amounts in `currency`. */
export function cellFormat(currency: CurrencyCode, options: ReportOptions = {}): CellFormat {
  const places = options.places ?? 1;
  const rounding = options.rounding ?? 'half-even';
  const text = (value: Decimal, sign: 'auto' | 'always', scale: MoneyScale): string =>
    formatAmount({ value, currency }, { places: scale.places, rounding, sign, unit: scale.unit });
  const money = (value: Decimal, sign: 'auto' | 'always', scale: MoneyScale = { unit: 'auto', places }): string => {
    const main = text(value, sign, scale);
    if (options.second === undefined) return main;
    const other = convert({ value, currency }, options.second);
    return `${main} / ${formatAmount(other, { places, rounding, sign })}`;
  };
  const distinct = (values: readonly Decimal[], scale: MoneyScale): boolean => {
    const seen = new Map<string, Decimal>();
    for (const v of values) {
      const shown = text(v, 'auto', scale);
      if (!v.isZero() && /^[^1-9]*$/.test(shown)) return false;
      const before = seen.get(shown);
      if (before !== undefined && !before.eq(v)) return false;
      seen.set(shown, v);
    }
    return true;
  };
  // A row of zeros takes the unit of the last row that had one ($0.0B under $180.8B, not $0.0).
  let lastUnit: MoneyScale['unit'] | undefined;
  const scale = (values: ReadonlyArray<Decimal | null | undefined>): MoneyScale => {
    const known = values.filter((v): v is Decimal => v !== null && v !== undefined);
    const largest = known.reduce((a, v) => (v.abs().gt(a) ? v.abs() : a), new D(0));
    if (known.length > 0 && largest.isZero() && lastUnit !== undefined) return { unit: lastUnit, places };
    const chosen = unitScale(known, largest);
    if (chosen.unit !== 'auto') lastUnit = chosen.unit;
    return chosen;
  };
  const unitScale = (known: readonly Decimal[], largest: Decimal): MoneyScale => {
    const at = EXPONENTS.findIndex(([, e]) => largest.gte(new D(10).pow(e)));
    if (at === -1) return { unit: 'auto', places };
    const candidates: MoneyScale[] = [{ unit: EXPONENTS[at]![0], places }];
    const lower = EXPONENTS[at + 1];
    // One unit down only while the largest stays under 10,000 of it ($1,390B, not $1,390,000M).
    if (lower !== undefined && largest.lt(new D(10).pow(lower[1] + 4))) candidates.push({ unit: lower[0], places });
    for (const c of candidates) if (distinct(known, c)) return c;
    for (let extra = 1; extra <= 12; extra += 1) {
      const c = { unit: candidates[candidates.length - 1]!.unit, places: Math.min(20, places + extra) };
      if (distinct(known, c)) return c;
    }
    return { unit: candidates[0]!.unit, places: Math.min(20, places + 12) };
  };
  return {
    money: (v, s) => (v === null || v === undefined ? NONE : money(v, 'auto', s)),
    signedMoney: (v, s) => (v === null || v === undefined ? NONE : money(v, 'always', s)),
    scale,
    percent: (v) => (v === null || v === undefined ? NONE : formatPercent(v, { places, rounding })),
    points: (v) =>
      v === null || v === undefined
        ? NONE
        : formatPercent(v.div(100), { places, rounding, sign: 'always', suffix: ' pts' }),
    rate: (v) => formatPercent(v, { places: rateDigits(v, places), rounding }),
    number: (v, signed = false) => (v === null || v === undefined ? NONE : `${signed && v > 0 ? '+' : ''}${v}`),
    decimal: (v, p = places, signed = false) => {
      if (v === null || v === undefined) return NONE;
      const shown = v.toFixed(p, toDecimalJsRounding(rounding)).replace(/^-(0\.?0*)$/, '$1');
      return signed && v.gt(0) ? `+${shown}` : shown;
    },
  };
}

// A rate shows as many places as it has (4.5%, 4.25%), at least `places` and at most 4.
function rateDigits(rate: Decimal, places: number): number {
  const percent = rate.times(100);
  for (let p = Math.max(places, 1); p < 4; p += 1) if (percent.eq(percent.toDecimalPlaces(p))) return p;
  return 4;
}
