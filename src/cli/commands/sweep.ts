import { sweep, range } from '../../compare/sweep.ts';
import type { Instrument } from '../../deals/instrument.ts';
import { proposal } from '../../deals/proposal.ts';
import type { Amount } from '../../money/amount.ts';
import type { CurrencyCode } from '../../money/currency.ts';
import { formatAmount } from '../../money/format.ts';
import { toPlainString, type Decimal } from '../../money/decimal.ts';
import { cellFormat, NONE } from '../../report/format.ts';
import { csvLine } from '../../report/csv.ts';
import { renderMarkdown } from '../../report/renderMarkdown.ts';
import { renderTable } from '../../report/renderTable.ts';
import { onlyFlags } from '../args.ts';
import { metricsOptions, noArguments, reportOptions, type Command } from '../common.ts';
import { quote, UsageError } from '../errors.ts';
import { readAmount, readFormat, readInstrument, readRates } from '../values.ts';

const FLAGS = ['annual', 'years', 'total', 'cap', 'start', 'headline', 'instrument', 'rate', 'format', 'places', 'timing', 'yes'] as const;

/** Most sweep rows printed without `--yes`; up to this many, the output is built whole before it is printed. */
export const SWEEP_CONFIRM_LIMIT = 10_000;

/** One combination of the grid: which form, and the values. */
interface Scenario {
  readonly annual?: Amount;
  readonly years?: number;
  readonly total?: Amount;
  readonly cap?: Amount;
  readonly start: number;
}

/** `dealcalc sweep`: one row per combination of the inputs. */
export const sweepCommand: Command = {
  flags: FLAGS,
  help: `Usage: dealcalc sweep (--annual A --years N | --total T --cap C | --total T --years N)
                      [--start S] [--headline H] [--instrument I] [--rate R] [--format F] [--yes]

Builds the proposal "<instrument> <annual> x <years>" (or "<total> cap <cap>", or "<total> over
<years> years"), from year S, of headline H, for every combination of the values given, and
prints one row per combination: its inputs, the total, the share of the headline and the value
in today's money at each rate. Each value is a list (5B,10B) or a range FROM..TO/STEP
(5B..25B/5B, 6..12, 0..4); amounts keep their currency (5B,₩5T gives a dollar row and a won
row). Grids above 10000 rows need --yes and then print as they are computed.

  dealcalc sweep --annual 5B..25B/5B --years 6..12 --rate 3%,4.5%,6%
  dealcalc sweep --total 200B --cap 10B..25B/5B --start 0,2 --headline 350B --rate 4.5%`,
  run(args, parsed, io) {
    onlyFlags('sweep', parsed, FLAGS);
    noArguments('sweep', args);
    const { flags } = parsed;
    const form = flags.annual !== undefined ? 'annual' : flags.cap !== undefined ? 'cap' : flags.total !== undefined ? 'spread' : undefined;
    if (form === undefined || (form === 'annual' && flags.years === undefined) || (form === 'spread' && flags.years === undefined)) {
      throw new UsageError('sweep needs --annual and --years (5B..25B/5B, 6..12), --total and --cap (200B, 10B..25B/5B), or --total and --years');
    }
    if (form === 'annual' && flags.total !== undefined) throw new UsageError('sweep takes --annual or --total, not both');
    if (form === 'annual' && flags.cap !== undefined) throw new UsageError('--cap goes with --total (a total paid at most CAP a year), not with --annual');
    if (form === 'cap' && flags.years !== undefined) throw new UsageError('--years goes with --annual or with --total alone; with --cap the years follow from the total');
    if (form === 'cap' && flags.total === undefined) throw new UsageError('--cap needs --total: the amount paid at most CAP a year');
    const format = readFormat(flags.format);
    const instrument: Instrument = readInstrument(flags.instrument) ?? 'cash';
    const options = metricsOptions(flags);
    const rates = options.rates ?? readRates(['3%', '4.5%', '6%'])!;
    const report = reportOptions(flags);

    const annual = flags.annual === undefined ? undefined : amountGrid(flags.annual, '--annual');
    const total = flags.total === undefined ? undefined : amountGrid(flags.total, '--total');
    const cap = flags.cap === undefined ? undefined : amountGrid(flags.cap, '--cap');
    const years = flags.years === undefined ? undefined : wholeGrid(flags.years, '--years', 1);
    const start = flags.start === undefined ? [0] : wholeGrid(flags.start, '--start', 0);
    const headline = flags.headline === undefined ? undefined : readAmount(flags.headline, '--headline');
    for (const c of cap ?? []) if (c.value.isZero()) throw new UsageError(`--cap: expected amounts above 0, received ${quote(flags.cap!)}`);

    const grid = { ...(annual === undefined ? {} : { annual }), ...(total === undefined ? {} : { total }), ...(cap === undefined ? {} : { cap }), ...(years === undefined ? {} : { years }), start };
    const size = Object.values(grid).reduce((n, list) => n * list.length, 1);
    if (size > SWEEP_CONFIRM_LIMIT && flags.yes !== true) throw new UsageError(`the grid has ${size} rows, above ${SWEEP_CONFIRM_LIMIT}; add --yes to print them all`);
    checkScenarios(grid, headline);

    const text = (a: Amount): string => `${a.currency} ${toPlainString(a.value)}`;
    const build = (s: Scenario) => {
      const amountPart = s.annual !== undefined ? `${text(s.annual)} x ${s.years}` : s.cap !== undefined ? `${text(s.total!)} cap ${text(s.cap)}` : `${text(s.total!)} over ${s.years} years`;
      return proposal(`${instrument} ${amountPart}${s.start === 0 ? '' : ` from year ${s.start}`}${headline === undefined ? '' : ` of ${text(headline)}`}`);
    };
    const rows = sweep((p: Scenario) => build(p), grid as never, (m) => ({ currency: m.currency, total: m.instruments[instrument].total, share: m.instruments[instrument].share, years: m.instruments[instrument].horizon?.periods ?? 0, values: m.instruments[instrument].presentValues.map((p) => p.value) }), { ...options, rates });

    const inputs = Object.keys(grid).filter((k) => k !== 'start' || flags.start !== undefined) as Array<keyof Scenario>;
    const computedTotal = !inputs.includes('total');
    const headers = [...inputs, ...(form === 'cap' ? ['years'] : []), ...(computedTotal ? ['total'] : []), ...(headline === undefined ? [] : ['share']), ...rates.map((r) => `today's money at ${cellFormat('USD', report).rate(r)}`)];
    type Row = { params: Scenario; value: { currency: CurrencyCode; total: Decimal; share: Decimal | null; years: number; values: Decimal[] } };
    const plain = (r: Row) => ({
      ...Object.fromEntries(inputs.map((k) => [k, typeof r.params[k] === 'number' ? r.params[k] : toPlainString((r.params[k] as Amount).value)])),
      currency: r.value.currency,
      ...(form === 'cap' ? { years: r.value.years } : {}),
      ...(computedTotal ? { total: toPlainString(r.value.total) } : {}),
      ...(headline === undefined ? {} : { share: r.value.share === null ? null : toPlainString(r.value.share) }),
      presentValues: r.value.values.map((v, k) => ({ rate: toPlainString(rates[k]!), value: toPlainString(v) })),
    });
    const csvRow = (r: Row) => csvLine([...inputs.map((k) => (typeof r.params[k] === 'number' ? String(r.params[k]) : toPlainString((r.params[k] as Amount).value))), r.value.currency, ...(form === 'cap' ? [String(r.value.years)] : []), ...(computedTotal ? [toPlainString(r.value.total)] : []), ...(headline === undefined ? [] : [r.value.share === null ? '' : toPlainString(r.value.share)]), ...r.value.values.map(toPlainString)]);
    const csvHeader = csvLine([...inputs, 'currency', ...(form === 'cap' ? ['years'] : []), ...(computedTotal ? ['total'] : []), ...(headline === undefined ? [] : ['share']), ...rates.map((r) => `pv ${toPlainString(r)}`)]);
    const cells = (r: Row, scale?: (column: number, currency: CurrencyCode) => ReturnType<ReturnType<typeof cellFormat>['scale']>) => {
      const f = cellFormat(r.value.currency, report);
      const amounts = inputs.map((k) => r.params[k]);
      return [
        ...amounts.map((x) => (typeof x === 'number' ? String(x) : f.money((x as Amount).value))),
        ...(form === 'cap' ? [String(r.value.years)] : []),
        ...(computedTotal ? [f.money(r.value.total, scale?.(0, r.value.currency))] : []),
        ...(headline === undefined ? [] : [r.value.share === null ? NONE : f.percent(r.value.share)]),
        ...r.value.values.map((v, k) => f.money(v, scale?.(k + 1, r.value.currency))),
      ];
    };

    if (size > SWEEP_CONFIRM_LIMIT) {
      // Too many rows to hold: printed as computed (the checks above catch what would fail midway).
      const stream = function* (): Generator<string> {
        if (format === 'csv') yield `${csvHeader}\n`;
        if (format === 'markdown') yield `| ${headers.join(' | ')} |\n|${headers.map(() => '---:').join('|')}|\n`;
        if (format === 'table') yield `${headers.join('\t')}\n`;
        for (const r of rows as Iterable<Row>) {
          if (format === 'json') yield `${JSON.stringify(plain(r))}\n`;
          else if (format === 'csv') yield `${csvRow(r)}\n`;
          else if (format === 'markdown') yield `| ${cells(r).join(' | ')} |\n`;
          else yield `${cells(r).join('\t')}\n`;
        }
      };
      return { stream: stream() };
    }
    const all = rows.toArray(SWEEP_CONFIRM_LIMIT) as Row[];
    if (format === 'json') return { out: all.map((r) => `${JSON.stringify(plain(r))}\n`).join('') };
    if (format === 'csv') return { out: `${csvHeader}\n${all.map((r) => `${csvRow(r)}\n`).join('')}` };
    // One unit per column and currency, so that different amounts never print alike.
    const scales = new Map<string, ReturnType<ReturnType<typeof cellFormat>['scale']>>();
    const scale = (column: number, currency: CurrencyCode) => {
      const key = `${column}|${currency}`;
      if (!scales.has(key)) scales.set(key, cellFormat(currency, report).scale(all.filter((r) => r.value.currency === currency).map((r) => (column === 0 ? r.value.total : r.value.values[column - 1]))));
      return scales.get(key)!;
    };
    const table = { columns: headers.map((h, k) => ({ label: h, align: k < inputs.length && inputs[k] === 'start' ? ('right' as const) : ('right' as const) })), rows: all.map((r) => cells(r, scale)) };
    const reportModel = { title: `Sweep of ${instrument} proposals`, notes: [`Today's money: each payment discounted to year 0 at the yearly rate shown.${headline === undefined ? '' : ` Share: of the headline ${formatAmount(headline)}.`}`], tables: [table], sentences: [] };
    return { out: format === 'markdown' ? renderMarkdown(reportModel) : renderTable(reportModel, { color: io.color, ...(io.columns === undefined ? {} : { width: io.columns }) }) };
  },
};

// Every combination must make a valid proposal: one currency with the headline, totals within it.
function checkScenarios(grid: { annual?: Amount[]; total?: Amount[]; cap?: Amount[]; years?: number[] }, headline: Amount | undefined): void {
  const amounts = [...(grid.annual ?? []), ...(grid.total ?? []), ...(grid.cap ?? [])];
  if (grid.total !== undefined && grid.cap !== undefined) {
    for (const t of grid.total) for (const c of grid.cap) if (t.currency !== c.currency) throw new UsageError(`--total ${formatAmount(t)} and --cap ${formatAmount(c)} are in different currencies (${t.currency} and ${c.currency})`);
  }
  if (headline === undefined) return;
  const other = amounts.find((a) => a.currency !== headline.currency);
  if (other !== undefined) throw new UsageError(`--headline ${formatAmount(headline)} is in ${headline.currency} but the sweep has ${formatAmount(other)} in ${other.currency}: a sweep with --headline needs one currency`);
  const largest = grid.annual !== undefined ? grid.annual.reduce((m, a) => (a.value.gt(m) ? a.value : m), grid.annual[0]!.value).times(Math.max(...grid.years!)) : grid.total!.reduce((m, a) => (a.value.gt(m) ? a.value : m), grid.total![0]!.value);
  if (largest.gt(headline.value)) throw new UsageError(`--headline ${formatAmount(headline)} is less than the largest total in the sweep, ${formatAmount({ value: largest, currency: headline.currency })}`);
}

// "5B..25B/5B" or "5B,10B,₩5T" → amounts, each keeping its currency.
function amountGrid(text: string, flag: string): Amount[] {
  const m = /^(.+?)\.\.(.+?)\/(.+)$/.exec(text.trim());
  if (m === null) {
    const parts = text.split(',').map((t) => t.trim());
    if (parts.some((p) => p === '')) throw new UsageError(`${flag}: expected a list such as 5B,10B or a range such as 5B..25B/5B, received ${quote(text)}`);
    return parts.map((t) => readAmount(t, flag));
  }
  const [from, to, step] = [readAmount(m[1]!, flag), readAmount(m[2]!, flag), readAmount(m[3]!, flag)];
  if (from.currency !== to.currency || from.currency !== step.currency) throw new UsageError(`${flag}: a range's FROM, TO and STEP need one currency, received ${quote(text)}`);
  if (!step.value.gt(0)) throw new UsageError(`${flag}: the step of ${quote(text)} must be above 0`);
  if (to.value.lt(from.value)) throw new UsageError(`${flag}: the range ${quote(text)} ends below where it starts`);
  const count = to.value.minus(from.value).div(step.value).floor().plus(1);
  if (count.gt(100_000)) throw new UsageError(`${flag}: the range ${quote(text)} has ${count.toFixed()} values, above 100000`);
  return range(from.value, to.value, step.value).map((value) => ({ value, currency: from.currency }));
}

// "6..12", "6..12/2" or "8,10" → whole numbers from `min` to 10,000.
function wholeGrid(text: string, flag: string, min: number): number[] {
  const m = /^(-?\d+)\.\.(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
  const bad = (): never => {
    throw new UsageError(`${flag}: expected whole numbers from ${min} to 10000 (such as 6..12, 6..12/2 or 8,10), received ${quote(text)}`);
  };
  if (m !== null && (Number(m[2]) < Number(m[1]) || m[3] === '0')) bad();
  if (m !== null && (Number(m[2]) - Number(m[1])) / Number(m[3] ?? '1') > 100_000) bad();
  const list = m === null ? text.split(',').map((t) => t.trim()) : range(m[1]!, m[2]!, m[3] ?? '1').map((d) => d.toFixed());
  return list.map((t) => (/^-?\d{1,5}$/.test(t) && Number(t) >= min && Number(t) <= 10_000 ? Number(t) : bad()));
}
