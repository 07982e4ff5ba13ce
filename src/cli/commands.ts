import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { comparisonSvg } from '../chart/svg.ts';
import { compare, type Comparison } from '../compare/compare.ts';
import { metrics, type MetricsOptions } from '../compare/metrics.ts';
import type { Economy } from '../economics/economy.ts';
import { ECONOMY_IDS, economyPreset } from '../presets/economies.ts';
import { range, sweep } from '../compare/sweep.ts';
import { dealJsonSchema } from '../deals/schema.ts';
import { serializeDeal } from '../deals/serialize.ts';
import { INSTRUMENTS, type Instrument } from '../deals/instrument.ts';
import { proposal } from '../deals/proposal.ts';
import { amount } from '../money/amount.ts';

import { formatPercent } from '../money/formatPercent.ts';
import { toPlainString, type Decimal } from '../money/decimal.ts';
import { presetDeal, presets } from '../presets/presets.ts';
import { comparisonReport } from '../report/compareReport.ts';
import { comparisonCsv, metricsCsv } from '../report/csv.ts';
import { cellFormat } from '../report/format.ts';
import { toJson } from '../report/json.ts';
import { metricsReport } from '../report/metricsReport.ts';
import type { Report } from '../report/report.ts';
import { renderMarkdown } from '../report/renderMarkdown.ts';
import { renderTable } from '../report/renderTable.ts';
import { ComputationError, UsageError } from './usage.ts';
import { onlyFlags, readFormat, readPlaces, readRateFlags, readSecondCurrency, readTiming, type Flags, type Format } from './options.ts';
import { resolveDeal } from './resolveDeal.ts';

/** Where a command writes, and how it reads stdin. */
export interface Io {
  readonly out: (text: string) => void;
  readonly readStdin: () => string;
  readonly color: boolean;
}

/** Most sweep rows printed without `--yes`. */
export const SWEEP_CONFIRM_LIMIT = 10_000;

function render(report: Report, format: Format, io: Io): void {
  io.out(format === 'markdown' ? renderMarkdown(report) : renderTable(report, { color: io.color }));
}

export function listCommand(args: string[], flags: Flags, io: Io): void {
  onlyFlags('list', flags, ['format', 'places']);
  if (args.length > 0) throw new UsageError(`dealcalc list takes no arguments, received ${JSON.stringify(args[0])}`);
  const format = readFormat(flags.format);
  const places = readPlaces(flags.places);
  const rows = presets().map((p) => {
    const m = metrics(presetDeal(p.id), { rates: [] });
    return { ...p, cashShare: m.cashShare };
  });
  if (format === 'json') return io.out(`${toJson(rows)}\n`);
  if (format === 'csv') {
    io.out(['id,party,stage,date,currency,headline,cash share', ...rows.map((r) => [r.id, r.party ?? '', r.stage ?? '', r.date ?? '', r.currency, toPlainString(r.headline), r.cashShare === null ? '' : toPlainString(r.cashShare)].join(','))].join('\n') + '\n');
    return;
  }
  const f = (currency: (typeof rows)[number]['currency']) => cellFormat(currency, places === undefined ? {} : { places });
  render(
    {
      title: 'dealcalc presets',
      notes: ['Run `dealcalc show <id>` for a deal\'s figures and sources.'],
      tables: [
        {
          columns: [
            { label: 'id', align: 'left' },
            { label: 'party', align: 'left' },
            { label: 'stage', align: 'left' },
            { label: 'date', align: 'left' },
            { label: 'headline', align: 'right' },
            { label: 'cash share (%)', align: 'right' },
            { label: 'title', align: 'left' },
          ],
          rows: rows.map((r) => [r.id, r.party ?? '', r.stage ?? '', r.date ?? '', f(r.currency).money(r.headline), f(r.currency).percent(r.cashShare), r.title]),
        },
      ],
      sentences: [],
    },
    format,
    io,
  );
}

export function showCommand(args: string[], flags: Flags, io: Io): void {
  onlyFlags('show', flags, ['rate', 'format', 'places', 'timing', 'currency', 'fx', 'economy', 'yield']);
  if (args.length !== 1) throw new UsageError(args.length === 0 ? 'dealcalc show needs a deal: a preset id, a JSON file, - or a quick proposal' : `dealcalc show takes one deal, received ${args.length} (use dealcalc compare)`);
  const format = readFormat(flags.format);
  const options = metricsOptions(flags);
  const deal = resolveDeal(args[0]!, io.readStdin);
  const m = metrics(deal, options);
  if (format === 'json') return io.out(`${toJson({ deal: serializeDeal(deal), metrics: m })}\n`);
  if (format === 'csv') return io.out(metricsCsv(m));
  render(metricsReport(deal, m, reportOptions(flags)), format, io);
}

export function compareCommand(args: string[], flags: Flags, io: Io): void {
  onlyFlags('compare', flags, ['rate', 'format', 'places', 'timing', 'currency', 'fx', 'chart', 'instrument', 'break-even', 'economy', 'yield']);
  if (args.length < 2) throw new UsageError(`dealcalc compare needs at least two deals, received ${args.length}`);
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('only one deal can come from stdin (-)');
  const format = readFormat(flags.format);
  const instrument = readInstrument(flags.instrument);
  const chart = flags.chart === undefined ? undefined : chartPath(flags.chart);
  const deals = args.map((a) => resolveDeal(a, io.readStdin));
  const options = { ...metricsOptions(flags), ...(instrument === undefined ? {} : { instrument }) };
  const comparisons: Comparison[] = deals.slice(1).map((b) => compare(deals[0]!, b, options));
  if (chart !== undefined) writeFileSync(chart, comparisonSvg(comparisons));

  if (flags['break-even'] === true) {
    const lines = comparisons.map((c) => {
      const be = c.breakEven;
      if (be.kind === 'rate') return `${c.a.id} vs ${c.b.id}: ${toPlainString(be.rate)} (${formatPercent(be.rate, { places: 2 })})`;
      if (be.kind === 'several') return `${c.a.id} vs ${c.b.id}: several: ${be.rates.map((r) => formatPercent(r, { places: 2 })).join(', ')}`;
      throw new ComputationError(be.kind === 'every-rate' ? `${c.a.id} vs ${c.b.id}: the ${c.instrument} streams are identical, so every rate breaks even` : `${c.a.id} vs ${c.b.id}: no break-even rate: ${be.reason}`);
    });
    io.out(`${lines.join('\n')}\n`);
    return;
  }
  if (format === 'json') return io.out(`${toJson(comparisons.length === 1 ? comparisons[0] : comparisons)}\n`);
  if (format === 'csv') return io.out(comparisonCsv(comparisons));
  render(comparisonReport(comparisons, reportOptions(flags)), format, io);
  if (chart !== undefined && format === 'table') io.out(`Chart written to ${chart}\n`);
}

export function schemaCommand(args: string[], flags: Flags, io: Io): void {
  onlyFlags('schema', flags, []);
  if (args.length > 0) throw new UsageError(`dealcalc schema takes no arguments, received ${JSON.stringify(args[0])}`);
  io.out(`${JSON.stringify(dealJsonSchema(), null, 2)}\n`);
}

export function sweepCommand(args: string[], flags: Flags, io: Io): void {
  onlyFlags('sweep', flags, ['annual', 'years', 'headline', 'instrument', 'rate', 'format', 'places', 'timing', 'yes']);
  if (args.length > 0) throw new UsageError(`dealcalc sweep takes flags only, received ${JSON.stringify(args[0])}`);
  if (flags.annual === undefined || flags.years === undefined) throw new UsageError('dealcalc sweep needs --annual (e.g. 5B..25B/5B) and --years (e.g. 6..12)');
  const format = readFormat(flags.format);
  const annual = amountGrid(flags.annual, '--annual');
  const years = yearGrid(flags.years);
  const instrument = readInstrument(flags.instrument) ?? 'cash';
  const headline = flags.headline === undefined ? undefined : amountText(flags.headline, '--headline');
  const options = metricsOptions(flags);
  const size = annual.length * years.length;
  if (size > SWEEP_CONFIRM_LIMIT && flags.yes !== true) throw new UsageError(`the grid has ${size} rows, above ${SWEEP_CONFIRM_LIMIT}; add --yes to print them all`);
  const rates = options.rates ?? readRateFlags(['3%', '4.5%', '6%'])!;
  const currency = amount(annual[0]!).currency;
  const f = cellFormat(currency, reportOptions(flags));
  const rows = sweep(({ a, n }) => proposal(`${instrument} ${a} x ${n}${headline === undefined ? '' : ` of ${headline}`}`), { a: annual, n: years }, (m) => m, { ...options, rates });

  const headers = ['annual', 'years', 'total', ...(headline === undefined ? [] : ['share (%)']), ...rates.map((r) => `PV at ${f.rate(r)}`)];
  const widths = headers.map((h) => Math.max(h.length, 12));
  const line = (cells: string[]): string => cells.map((c, k) => (format === 'csv' ? csvCell(c) : c.padStart(widths[k]!))).join(format === 'csv' ? ',' : '  ');
  if (format === 'table') io.out(`${line(headers)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  if (format === 'markdown') io.out(`| ${headers.join(' | ')} |\n|${headers.map(() => '---:').join('|')}|\n`);
  if (format === 'csv') io.out(`${['annual', 'years', 'total', ...(headline === undefined ? [] : ['share']), ...rates.map((r) => `pv ${toPlainString(r)}`)].join(',')}\n`);
  for (const row of rows) {
    const s = row.value.instruments[instrument];
    if (format === 'json') {
      io.out(`${JSON.stringify({ annual: toPlainString(amount(row.params.a).value), years: row.params.n, total: toPlainString(s.total), ...(headline === undefined ? {} : { share: s.share === null ? null : toPlainString(s.share) }), presentValues: s.presentValues.map((p) => ({ rate: toPlainString(p.rate), value: toPlainString(p.value) })) })}\n`);
      continue;
    }
    if (format === 'csv') {
      io.out(`${[toPlainString(amount(row.params.a).value), String(row.params.n), toPlainString(s.total), ...(headline === undefined ? [] : [s.share === null ? '' : toPlainString(s.share)]), ...s.presentValues.map((p) => toPlainString(p.value))].join(',')}\n`);
      continue;
    }
    const cells = [f.money(amount(row.params.a).value), String(row.params.n), f.money(s.total), ...(headline === undefined ? [] : [f.percent(s.share)]), ...s.presentValues.map((p) => f.money(p.value))];
    io.out(format === 'markdown' ? `| ${cells.join(' | ')} |\n` : `${line(cells)}\n`);
  }
}

function metricsOptions(flags: Flags): MetricsOptions & { rates?: Decimal[] } {
  const rates = readRateFlags(flags.rate);
  const timing = readTiming(flags.timing);
  const economy = flags.economy === undefined ? undefined : readEconomy(flags.economy);
  const projectYield = flags.yield === undefined ? undefined : readYield(flags.yield);
  return {
    ...(rates === undefined ? {} : { rates }),
    ...(timing === undefined ? {} : { timing }),
    ...(economy === undefined ? {} : { economy }),
    ...(projectYield === undefined ? {} : { economics: { project: { yield: projectYield } } }),
  };
}

function readEconomy(id: string): Economy {
  if (!(ECONOMY_IDS as readonly string[]).includes(id)) throw new UsageError(`--economy: expected one of ${ECONOMY_IDS.join(', ')}, received ${JSON.stringify(id)}`);
  return economyPreset(id);
}

function readYield(text: string): Decimal {
  const rates = readRateFlags([text]);
  const value = rates?.[0];
  if (value === undefined || value.lt(0) || rates!.length !== 1) throw new UsageError(`--yield: expected one yearly project yield such as 5%, received ${JSON.stringify(text)}`);
  return value;
}

function reportOptions(flags: Flags): { places?: number; second?: ReturnType<typeof readSecondCurrency> & object } {
  const places = readPlaces(flags.places);
  const second = readSecondCurrency(flags);
  return { ...(places === undefined ? {} : { places }), ...(second === undefined ? {} : { second }) };
}

function readInstrument(value: string | undefined): Instrument | undefined {
  if (value === undefined) return undefined;
  if ((INSTRUMENTS as readonly string[]).includes(value)) return value as Instrument;
  throw new UsageError(`--instrument: expected one of ${INSTRUMENTS.join(', ')}, received ${JSON.stringify(value)}`);
}

function chartPath(path: string): string {
  if (!/\.svg$/i.test(path)) throw new UsageError(`--chart: expected a file name ending in .svg, received ${JSON.stringify(path)}`);
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--chart: no such directory: ${dirname(path)}`);
  return path;
}

function amountText(text: string, flag: string): string {
  try {
    const a = amount(text);
    return `${a.currency === 'USD' ? '' : `${a.currency} `}${toPlainString(a.value)}`;
  } catch {
    throw new UsageError(`${flag}: expected an amount such as 350B, received ${JSON.stringify(text)}`);
  }
}

// "5B..25B/5B" or "5B,10B,25B" → exact amount texts.
function amountGrid(text: string, flag: string): string[] {
  const m = /^(.+?)\.\.(.+?)\/(.+)$/.exec(text);
  if (m === null) return text.split(',').map((t) => amountText(t.trim(), flag));
  try {
    const [from, to, step] = [amount(m[1]!), amount(m[2]!), amount(m[3]!)];
    return range(from.value, to.value, step.value).map((v) => `${from.currency === 'USD' ? '' : `${from.currency} `}${toPlainString(v)}`);
  } catch (error) {
    throw new UsageError(`${flag}: expected FROM..TO/STEP such as 5B..25B/5B, received ${JSON.stringify(text)}${error instanceof Error ? ` (${error.message})` : ''}`);
  }
}

// "6..12", "6..12/2" or "8,10" → whole numbers of years.
function yearGrid(text: string): number[] {
  const m = /^(\d+)\.\.(\d+)(?:\/(\d+))?$/.exec(text);
  const list = m === null ? text.split(',').map((t) => t.trim()) : range(m[1]!, m[2]!, m[3] ?? '1').map(String);
  return list.map((t) => {
    if (!/^\d{1,5}$/.test(t) || Number(t) < 1 || Number(t) > 10_000) throw new UsageError(`--years: expected whole numbers from 1 to 10000 (6..12, 6..12/2 or 8,10), received ${JSON.stringify(text)}`);
    return Number(t);
  });
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

