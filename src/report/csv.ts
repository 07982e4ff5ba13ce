import type { Comparison } from '../compare/compare.ts';
import type { DealMetrics } from '../compare/metrics.ts';
import { INSTRUMENTS } from '../deals/instrument.ts';
import { invalidAt } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { toPlainString } from '../money/decimal.ts';
import { readComparisons, readMetrics } from './records.ts';
import { paymentDay, wantsPaymentDays, type PaymentDayOptions } from './paymentDays.ts';

/**
 * CSV of comparisons sharing their first deal, one row per period, for spreadsheets: each
 * deal's outflow of the compared instrument (after the period, its date and the currency code) and its running total, then each gap (a − b) and
 * its running total. Exact plain decimals, no rounding; the columns sum to the totals.
 *
 * @example
 * comparisonCsv([compare(a, b)]).split('\n')[1].split(',').slice(0, 4) //=> ['0', '', 'USD', '25000000000']
 */
export function comparisonCsv(comparisons: readonly Comparison[]): string {
  readComparisons(comparisons);
  const first = comparisons[0];
  if (first === undefined) return '';
  const ids = [first.a.id, ...comparisons.map((c) => c.b.id)];
  const header = [
    'period',
    'date',
    'currency',
    ...ids.flatMap((id) => [`${id} ${first.instrument}`, `${id} cumulative`]),
    ...comparisons.flatMap((c) => [`gap ${first.a.id} - ${c.b.id}`, `cumulative gap ${first.a.id} - ${c.b.id}`]),
  ];
  const periods = [...new Set(comparisons.flatMap((c) => c.perPeriod.map((r) => r.period)))].sort((x, y) => x - y);
  const lines = [header];
  const zero = '0';
  const running = ids.map(() => first.a.headline.minus(first.a.headline));
  const runningGap = comparisons.map(() => first.a.headline.minus(first.a.headline));
  const start = periods[0];
  const end = periods[periods.length - 1];
  if (start !== undefined && end !== undefined) {
    for (let p = start; p <= end; p += 1) {
      const rows = comparisons.map((c) => c.perPeriod.find((r) => r.period === p));
      const amounts = [rows[0]?.a, ...rows.map((r) => r?.b)];
      const cells: string[] = [String(p), rows.find((r) => r?.date !== undefined)?.date ?? '', first.a.currency];
      amounts.forEach((x, k) => {
        if (x !== undefined) running[k] = running[k]!.plus(x);
        cells.push(x === undefined ? zero : toPlainString(x), toPlainString(running[k]!));
      });
      rows.forEach((r, k) => {
        if (r !== undefined) runningGap[k] = runningGap[k]!.plus(r.gap);
        cells.push(r === undefined ? zero : toPlainString(r.gap), toPlainString(runningGap[k]!));
      });
      lines.push(cells);
    }
  }
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * CSV of one deal's metrics, one row per period: the period, its date, the currency code, the outflow of each instrument, the total
 * and the running total. Exact plain decimals. With a `calendar` or `convention`, a `paid on`
 * column after the date: the date moved to a business day.
 *
 * @throws {DealcalcError} `invalid_input` for an unknown calendar or convention;
 *   `limit_exceeded` for dates outside the calendar's years.
 *
 * @example
 * metricsCsv(metrics(proposal('cash 25B x 2'))).split('\n')[1] //=> '0,,USD,25000000000,0,0,0,0,0,25000000000,25000000000'
 */
export function metricsCsv(m: DealMetrics, options: PaymentDayOptions = {}): string {
  readMetrics(m);
  options = optionsObject(options);
  const paid = wantsPaymentDays(options);
  const header = ['period', 'date', ...(paid ? ['paid on'] : []), 'currency', ...INSTRUMENTS, 'total', 'cumulative'];
  const rows = m.perPeriod.map((r) => [
    String(r.period),
    r.date ?? '',
    ...(paid ? [r.date === undefined ? '' : paymentDay(r.date, options)] : []),
    m.currency,
    ...INSTRUMENTS.map((i) => toPlainString(r.byInstrument[i])),
    toPlainString(r.total),
    toPlainString(r.cumulative),
  ]);
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * One CSV line (no line break): cells quoted when they hold a comma, a quote or a line break.
 *
 * @throws {DealcalcError} `invalid_input` at `cells` for anything but a list, or at the first
 *   cell that is not text.
 *
 * @example
 * csvLine(['a', 'b,c', 'say "hi"']) //=> 'a,"b,c","say ""hi"""'
 */
export function csvLine(cells: readonly string[]): string {
  if (!Array.isArray(cells)) invalidAt(['cells'], 'a list of text cells', cells);
  cells.forEach((cell, k) => typeof cell === 'string' || invalidAt(['cells', k], 'text', cell));
  return cells.map(csvCell).join(',');
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
