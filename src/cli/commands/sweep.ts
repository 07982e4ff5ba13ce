import type { ScenarioRow } from '../../compare/scenarios.ts';
import { range, sweep } from '../../compare/sweep.ts';
import type { Instrument } from '../../deals/instrument.ts';
import type { Amount } from '../../money/amount.ts';
import type { CurrencyCode } from '../../money/currency.ts';
import { formatAmount } from '../../money/format.ts';
import { toPlainString, type Decimal } from '../../money/decimal.ts';
import { MAX_INSTALLMENTS, MAX_PERIOD } from '../../schedules/schedule.ts';
import { cellFormat, NONE, type MoneyScale } from '../../report/format.ts';
import { csvLine } from '../../report/csv.ts';
import { renderMarkdown } from '../../report/renderMarkdown.ts';
import { renderTable } from '../../report/renderTable.ts';
import { onlyFlags } from '../args.ts';
import { metricsOptions, noArguments, reportOptions, type Command } from '../common.ts';
import { quote, UsageError } from '../errors.ts';
import { nominalRate } from '../../value/realTerms.ts';
import { readAmount, readFormat, readInflation, readInstrument, readRates } from '../values.ts';

const FLAGS = [
  'annual',
  'years',
  'total',
  'cap',
  'start',
  'headline',
  'instrument',
  'rate',
  'format',
  'places',
  'timing',
  'real',
  'yes',
] as const;

/** Most sweep rows printed without `--yes`; up to this many, the output is built whole before it is printed. */
export const SWEEP_CONFIRM_LIMIT = 10_000;

type Input = 'annual' | 'years' | 'total' | 'cap' | 'start' | 'headline';

/** One printed row: a combination of the inputs, with its value at each rate. */
interface Line {
  readonly currency: CurrencyCode;
  readonly inputs: ReadonlyArray<Decimal | number>;
  readonly total: Decimal;
  readonly periods: number;
  readonly share: Decimal | null;
  readonly values: readonly Decimal[];
  /** With `--real`: the total in year-0 prices and the value at each real rate. */
  readonly real?: { readonly total: Decimal; readonly values: readonly Decimal[] };
}

/** `dealcalc sweep`: one row per combination of the inputs, over the library's fast scenario sweep. */
export const sweepCommand: Command = {
  flags: FLAGS,
  help: `Usage: dealcalc sweep (--annual A --years N | --total T --cap C) [--start S] [--headline H]
                      [--instrument I] [--rate R] [--timing start|end] [--real I] [--format F]
                      [--yes]

A stream of one instrument for every combination of the values given: A a year for N years, or
T paid at most C a year, from year S, against headline H; one row each with its inputs, the
total, the share of the headline and the value in today's money at each rate (the rates are
swept too, one column each). Each value is a list (5B,10B) or a range FROM..TO/STEP (5B..25B/5B,
6..12, 0..4); amounts keep their currency (5B,₩5T gives a dollar row and a won row). Up to 10000
rows are computed before anything prints; larger grids need --yes and print as computed.
With --real 2% (constant inflation), each row also gives its total in year-0 prices and its
value at each rate taken as a real rate (real rate on real flows).

  dealcalc sweep --annual 5B..25B/5B --years 6..12 --rate 3%,4.5%,6%
  dealcalc sweep --total 200B --cap 10B..25B/5B --start 0,2 --headline 350B --rate 4.5%
  dealcalc sweep --annual 7B,25B --years 8,10 --rate 4.5% --real 2%`,
  run(args, parsed, io) {
    onlyFlags('sweep', parsed, FLAGS);
    noArguments('sweep', args);
    const { flags } = parsed;
    const level = flags.annual !== undefined || flags.years !== undefined;
    const capped = flags.total !== undefined || flags.cap !== undefined;
    if (level && capped)
      throw new UsageError('sweep takes --annual with --years, or --total with --cap, not both kinds');
    if (!level && !capped)
      throw new UsageError(
        'sweep needs --annual and --years (5B..25B/5B, 6..12), or --total and --cap (200B, 10B..25B/5B)',
      );
    if (level && (flags.annual === undefined || flags.years === undefined))
      throw new UsageError(
        flags.annual === undefined
          ? '--years needs --annual: the amount paid each year'
          : 'sweep needs --years with --annual (such as 6..12)',
      );
    if (capped && (flags.total === undefined || flags.cap === undefined))
      throw new UsageError(
        flags.cap === undefined
          ? 'sweep needs --cap with --total (such as 20B,25B): the most paid in a year'
          : '--cap needs --total: the amount paid at most CAP a year',
      );
    const format = readFormat(flags.format);
    const instrument: Instrument = readInstrument(flags.instrument) ?? 'cash';
    const options = metricsOptions(flags);
    const rates = options.rates ?? readRates(['3%', '4.5%', '6%'])!;
    const report = reportOptions(flags);
    const inflation = readInflation(flags.real);
    // Real terms at constant inflation π, on the same exact kernel: the total in year-0 prices is
    // the value at π, and a real rate r on the real flows gives the value of the nominal flows at
    // (1 + r)(1 + π) − 1 (Fisher), term by term.
    const sweepRates =
      inflation === undefined ? rates : [...rates, inflation, ...rates.map((r) => nominalRate(r, inflation))];

    const annual = flags.annual === undefined ? undefined : amountGrid(flags.annual, '--annual');
    const total = flags.total === undefined ? undefined : amountGrid(flags.total, '--total');
    const cap = flags.cap === undefined ? undefined : amountGrid(flags.cap, '--cap');
    const years = flags.years === undefined ? undefined : wholeGrid(flags.years, '--years', 1);
    const start = flags.start === undefined ? undefined : wholeGrid(flags.start, '--start', 0);
    const headline = flags.headline === undefined ? undefined : amountGrid(flags.headline, '--headline');
    for (const c of cap ?? [])
      if (c.value.isZero()) throw new UsageError(`--cap: expected amounts above 0, received ${quote(flags.cap!)}`);

    const inputs: Input[] = [
      ...(level ? (['annual', 'years'] as const) : (['total', 'cap'] as const)),
      ...(start === undefined ? [] : (['start'] as const)),
      ...(headline === undefined || headline.length === 1 ? [] : (['headline'] as const)),
    ];
    const combinations = [annual, years, total, cap, start, headline].reduce((n, list) => n * (list?.length ?? 1), 1);
    if (combinations > SWEEP_CONFIRM_LIMIT && flags.yes !== true)
      throw new UsageError(
        `the grid has ${combinations} rows, above ${SWEEP_CONFIRM_LIMIT}; add --yes to print them all`,
      );
    checkScenarios({ annual, years, total, cap, start, headline });

    // One scenario sweep per currency (the library's sweep takes one), rates varying fastest.
    const currencies = [...new Set((annual ?? total!).map((a) => a.currency))];
    const timing = options.timing;
    const lines = function* (): Generator<Line> {
      for (const currency of currencies) {
        const only = (list: Amount[] | undefined) => list?.filter((a) => a.currency === currency).map((a) => a.value);
        const grid = {
          ...(annual === undefined ? {} : { annual: only(annual)! }),
          ...(years === undefined ? {} : { years }),
          ...(total === undefined ? {} : { total: only(total)! }),
          ...(cap === undefined ? {} : { cap: only(cap)! }),
          ...(start === undefined ? {} : { start }),
          ...(headline === undefined ? {} : { headline: only(headline)! }),
          rate: sweepRates,
        };
        let group: ScenarioRow[] = [];
        for (const row of sweep(grid, { instrument, currency, ...(timing === undefined ? {} : { timing }) })) {
          group.push(row);
          if (group.length < sweepRates.length) continue;
          const p = row.params;
          const values: Record<Input, Decimal | number | undefined> = {
            annual: p.annual,
            years: p.years,
            total: p.total,
            cap: p.cap,
            start: p.start,
            headline: p.headline,
          };
          const pv = group.map((g) => g.presentValue);
          const real =
            inflation === undefined ? {} : { real: { total: pv[rates.length]!, values: pv.slice(rates.length + 1) } };
          yield {
            currency: row.currency,
            inputs: inputs.map((k) => values[k]!),
            total: row.total,
            periods: row.periods,
            share: row.share,
            values: pv.slice(0, rates.length),
            ...real,
          };
          group = [];
        }
      }
    };

    const computedTotal = level;
    const rateText = (r: Decimal) => cellFormat('USD', report).rate(r);
    const realHeaders =
      inflation === undefined
        ? []
        : ['total in year-0 prices', ...rates.map((r) => `today's money at a real ${rateText(r)}`)];
    const headers = [
      ...inputs,
      ...(capped ? ['years'] : []),
      ...(computedTotal ? ['total'] : []),
      ...(headline === undefined ? [] : ['share']),
      ...rates.map((r) => `today's money at ${rateText(r)}`),
      ...realHeaders,
    ];
    const csvHeader = csvLine([
      ...inputs,
      'currency',
      ...(capped ? ['years'] : []),
      ...(computedTotal ? ['total'] : []),
      ...(headline === undefined ? [] : ['share']),
      ...rates.map((r) => `pv ${toPlainString(r)}`),
      ...(inflation === undefined ? [] : ['real total', ...rates.map((r) => `real pv ${toPlainString(r)}`)]),
    ]);
    const exact = (x: Decimal | number): string => (typeof x === 'number' ? String(x) : toPlainString(x));
    const plain = (l: Line) => ({
      ...Object.fromEntries(
        inputs.map((k, i) => [k, typeof l.inputs[i] === 'number' ? l.inputs[i] : exact(l.inputs[i]!)]),
      ),
      currency: l.currency,
      ...(capped ? { years: l.periods } : {}),
      ...(computedTotal ? { total: toPlainString(l.total) } : {}),
      ...(headline === undefined ? {} : { share: l.share === null ? null : toPlainString(l.share) }),
      presentValues: l.values.map((v, k) => ({ rate: toPlainString(rates[k]!), value: toPlainString(v) })),
      ...(l.real === undefined || inflation === undefined
        ? {}
        : {
            real: {
              inflation: toPlainString(inflation),
              discounting: 'real rate on real flows',
              total: toPlainString(l.real.total),
              presentValues: l.real.values.map((v, k) => ({ rate: toPlainString(rates[k]!), value: toPlainString(v) })),
            },
          }),
    });
    const csvRow = (l: Line) =>
      csvLine([
        ...l.inputs.map(exact),
        l.currency,
        ...(capped ? [String(l.periods)] : []),
        ...(computedTotal ? [toPlainString(l.total)] : []),
        ...(headline === undefined ? [] : [l.share === null ? '' : toPlainString(l.share)]),
        ...l.values.map(toPlainString),
        ...(l.real === undefined ? [] : [toPlainString(l.real.total), ...l.real.values.map(toPlainString)]),
      ]);
    const cells = (l: Line, scale?: (column: number, currency: CurrencyCode) => MoneyScale) => {
      const f = cellFormat(l.currency, report);
      return [
        ...l.inputs.map((x) => (typeof x === 'number' ? String(x) : f.money(x))),
        ...(capped ? [String(l.periods)] : []),
        ...(computedTotal ? [f.money(l.total, scale?.(0, l.currency))] : []),
        ...(headline === undefined ? [] : [l.share === null ? NONE : f.percent(l.share)]),
        ...l.values.map((v, k) => f.money(v, scale?.(k + 1, l.currency))),
        ...(l.real === undefined
          ? []
          : [l.real.total, ...l.real.values].map((v, k) => f.money(v, scale?.(rates.length + 1 + k, l.currency)))),
      ];
    };

    if (combinations > SWEEP_CONFIRM_LIMIT) {
      // Too many rows to hold: printed as computed (the checks above catch what would fail midway).
      const stream = function* (): Generator<string> {
        if (format === 'csv') yield `${csvHeader}\n`;
        if (format === 'markdown') yield `| ${headers.join(' | ')} |\n|${headers.map(() => '---:').join('|')}|\n`;
        if (format === 'table') yield `${headers.join('\t')}\n`;
        for (const l of lines()) {
          if (format === 'json') yield `${JSON.stringify(plain(l))}\n`;
          else if (format === 'csv') yield `${csvRow(l)}\n`;
          else if (format === 'markdown') yield `| ${cells(l).join(' | ')} |\n`;
          else yield `${cells(l).join('\t')}\n`;
        }
      };
      return { stream: stream() };
    }
    const all = [...lines()];
    if (format === 'json') return { out: all.map((l) => `${JSON.stringify(plain(l))}\n`).join('') };
    if (format === 'csv') return { out: `${csvHeader}\n${all.map((l) => `${csvRow(l)}\n`).join('')}` };
    // One unit per column and currency, so that different amounts never print alike.
    const scales = new Map<string, MoneyScale>();
    const scale = (column: number, currency: CurrencyCode): MoneyScale => {
      const key = `${column}|${currency}`;
      const pick = (l: Line): Decimal | undefined =>
        column === 0
          ? l.total
          : column <= rates.length
            ? l.values[column - 1]
            : column === rates.length + 1
              ? l.real?.total
              : l.real?.values[column - rates.length - 2];
      if (!scales.has(key))
        scales.set(key, cellFormat(currency, report).scale(all.filter((l) => l.currency === currency).map(pick)));
      return scales.get(key)!;
    };
    const table = {
      columns: headers.map((h) => ({ label: h, align: 'right' as const })),
      rows: all.map((l) => cells(l, scale)),
    };
    const model = {
      title: `Sweep of ${instrument} streams`,
      notes: [
        `Today's money: each payment discounted to year 0 at the yearly rate shown${timing === 'end' ? ', paid at the end of its year' : ', paid at the start of its year'}.${headline === undefined ? '' : headline.length === 1 ? ` Share: of the headline, ${formatAmount(headline[0]!)}.` : ' Share: of the headline.'}`,
        ...(inflation === undefined
          ? []
          : [
              `Real terms at ${rateText(inflation)} inflation a year: totals in year-0 prices (each payment divided by (1 + ${rateText(inflation)})^t); values discount those real flows at a real rate (real rate on real flows), the same as the payments as made at the nominal rate (1 + real)(1 + inflation) − 1.`,
            ]),
      ],
      tables: [table],
      sentences: [],
    };
    return {
      out:
        format === 'markdown'
          ? renderMarkdown(model)
          : renderTable(model, { color: io.color, ...(io.columns === undefined ? {} : { width: io.columns }) }),
    };
  },
};

// Every combination must be valid: one currency with the headline, totals within it, within the
// schedule limits. Checked before the first row, so a sweep never fails half way.
function checkScenarios(g: {
  annual?: Amount[] | undefined;
  years?: number[] | undefined;
  total?: Amount[] | undefined;
  cap?: Amount[] | undefined;
  start?: number[] | undefined;
  headline?: Amount[] | undefined;
}): void {
  const amounts = [...(g.annual ?? []), ...(g.total ?? []), ...(g.cap ?? [])];
  const currencies = new Set(amounts.map((a) => a.currency));
  if (g.total !== undefined && currencies.size > 1)
    throw new UsageError(`--total and --cap need one currency, received ${[...currencies].join(' and ')}`);
  for (const h of g.headline ?? []) {
    const other = amounts.find((a) => a.currency !== h.currency);
    if (other !== undefined)
      throw new UsageError(
        `--headline ${formatAmount(h)} is in ${h.currency} but the sweep has ${formatAmount(other)} in ${other.currency}: a sweep with --headline needs one currency`,
      );
  }
  const max = (list: Amount[]) => list.reduce((m, a) => (a.value.gt(m.value) ? a : m), list[0]!);
  const min = (list: Amount[]) => list.reduce((m, a) => (a.value.lt(m.value) ? a : m), list[0]!);
  const largest =
    g.annual !== undefined
      ? { value: max(g.annual).value.times(Math.max(...g.years!)), currency: g.annual[0]!.currency }
      : max(g.total!);
  if (g.headline !== undefined && largest.value.gt(min(g.headline).value))
    throw new UsageError(
      `--headline ${formatAmount(min(g.headline))} is less than the largest total in the sweep, ${formatAmount(largest)}`,
    );
  const periods =
    g.annual !== undefined ? Math.max(...g.years!) : max(g.total!).value.div(min(g.cap!).value).ceil().toNumber();
  if (periods > MAX_INSTALLMENTS)
    throw new UsageError(
      `--cap ${formatAmount(min(g.cap!))} would need ${periods} yearly payments of ${formatAmount(max(g.total!))}, above ${MAX_INSTALLMENTS}`,
    );
  const last = Math.max(...(g.start ?? [0])) + periods - 1;
  if (last > MAX_PERIOD) throw new UsageError(`--start and the years reach year ${last}, above ${MAX_PERIOD}`);
}

// "5B..25B/5B" or "5B,10B,₩5T" → amounts, each keeping its currency.
function amountGrid(text: string, flag: string): Amount[] {
  const m = /^(.+?)\.\.(.+?)\/(.+)$/.exec(text.trim());
  if (m === null) {
    const parts = text.split(',').map((t) => t.trim());
    if (parts.some((p) => p === ''))
      throw new UsageError(
        `${flag}: expected a list such as 5B,10B or a range such as 5B..25B/5B, received ${quote(text)}`,
      );
    return parts.map((t) => readAmount(t, flag));
  }
  const [from, to, step] = [readAmount(m[1]!, flag), readAmount(m[2]!, flag), readAmount(m[3]!, flag)];
  if (from.currency !== to.currency || from.currency !== step.currency)
    throw new UsageError(`${flag}: a range's FROM, TO and STEP need one currency, received ${quote(text)}`);
  if (!step.value.gt(0)) throw new UsageError(`${flag}: the step of ${quote(text)} must be above 0`);
  if (to.value.lt(from.value)) throw new UsageError(`${flag}: the range ${quote(text)} ends below where it starts`);
  const count = to.value.minus(from.value).div(step.value).floor().plus(1);
  if (count.gt(100_000))
    throw new UsageError(`${flag}: the range ${quote(text)} has ${count.toFixed()} values, above 100000`);
  return range(from.value, to.value, step.value).map((value) => ({ value, currency: from.currency }));
}

// "6..12", "6..12/2" or "8,10" → whole numbers from `min` to 10,000.
function wholeGrid(text: string, flag: string, min: number): number[] {
  const m = /^(-?\d+)\.\.(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
  const bad = (): never => {
    throw new UsageError(
      `${flag}: expected whole numbers from ${min} to 10000 (such as 6..12, 6..12/2 or 8,10), received ${quote(text)}`,
    );
  };
  if (m !== null && (Number(m[2]) < Number(m[1]) || m[3] === '0')) bad();
  if (m !== null && (Number(m[2]) - Number(m[1])) / Number(m[3] ?? '1') > 100_000) bad();
  const list =
    m === null ? text.split(',').map((t) => t.trim()) : range(m[1]!, m[2]!, m[3] ?? '1').map((d) => d.toFixed());
  return list.map((t) => (/^-?\d{1,5}$/.test(t) && Number(t) >= min && Number(t) <= 10_000 ? Number(t) : bad()));
}
