import type { ConversionRate } from '../money/convert.ts';
import { convert } from '../money/convert.ts';
import type { CurrencyCode } from '../money/currency.ts';
import type { Decimal } from '../money/decimal.ts';
import { formatAmount } from '../money/format.ts';
import { formatPercent } from '../money/formatPercent.ts';
import { toDecimalJsRounding, type RoundingMode } from '../money/rounding.ts';

/** How report cells are written. */
export interface ReportOptions {
  /** Decimal places of amounts (in their unit) and percentages (default 1). */
  readonly places?: number;
  /** Rounding mode of every displayed figure (default half-even). */
  readonly rounding?: RoundingMode;
  /** A second currency to show next to every amount, at an explicit rate. */
  readonly second?: ConversionRate;
}

/** Cell writers bound to one currency and the report options. */
export interface CellFormat {
  money(value: Decimal | null | undefined): string;
  signedMoney(value: Decimal | null | undefined): string;
  percent(value: Decimal | null | undefined): string;
  points(value: Decimal | null | undefined): string;
  rate(value: Decimal): string;
  number(value: number | null | undefined, signed?: boolean): string;
  decimal(value: Decimal | null | undefined, places?: number, signed?: boolean): string;
}

const NONE = '–';

/** Builds the cell writers for amounts in `currency`. */
export function cellFormat(currency: CurrencyCode, options: ReportOptions = {}): CellFormat {
  const places = options.places ?? 1;
  const rounding = options.rounding ?? 'half-even';
  const money = (value: Decimal, sign: 'auto' | 'always'): string => {
    const main = formatAmount({ value, currency }, { places, rounding, sign });
    if (options.second === undefined) return main;
    const other = convert({ value, currency }, options.second);
    return `${main} / ${formatAmount(other, { places, rounding, sign })}`;
  };
  return {
    money: (v) => (v === null || v === undefined ? NONE : money(v, 'auto')),
    signedMoney: (v) => (v === null || v === undefined ? NONE : money(v, 'always')),
    percent: (v) => (v === null || v === undefined ? NONE : formatPercent(v, { places, rounding })),
    points: (v) => (v === null || v === undefined ? NONE : formatPercent(v.div(100), { places, rounding, sign: 'always', suffix: ' pts' })),
    rate: (v) => formatPercent(v, { places: Math.max(places, 1), rounding }),
    number: (v, signed = false) => (v === null || v === undefined ? NONE : `${signed && v > 0 ? '+' : ''}${v}`),
    decimal: (v, p = places, signed = false) => {
      if (v === null || v === undefined) return NONE;
      const text = v.toFixed(p, toDecimalJsRounding(rounding)).replace(/^-(0\.?0*)$/, '$1');
      return signed && v.gt(0) ? `+${text}` : text;
    },
  };
}
