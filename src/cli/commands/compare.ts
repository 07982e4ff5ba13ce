import { compare, type Comparison } from '../../compare/compare.ts';
import type { Deal } from '../../deals/deal.ts';
import { BREAK_EVEN_RANGE, dealName, possessive, sensibleBreakEven } from '../../compare/sentences.ts';
import { toPlainString } from '../../money/decimal.ts';
import { formatPercent } from '../../money/formatPercent.ts';
import { comparisonReport, periodName } from '../../report/compareReport.ts';
import { toJson } from '../../report/json.ts';
import { onlyFlags } from '../args.ts';
import { metricsOptions, render, reportOptions, type Command, type CommandResult } from '../common.ts';
import { EXIT, UsageError } from '../errors.ts';
import { checkOutputPath, type OutputFile } from '../output.ts';
import { noTablesInCsv, ratesAndTiming, readOverTimeFlags } from '../overTime.ts';
import { resolveDeal } from '../resolveDeal.ts';
import { readFormat, readInstrument, readInstruments, readPlaces } from '../values.ts';

const FLAGS = [
  'rate',
  'format',
  'places',
  'timing',
  'currency',
  'fx',
  'chart',
  'instruments',
  'instrument',
  'break-even',
  'economy',
  'yield',
  'fx-path',
  'real',
] as const;

/** `dealcalc compare <a> <b> [more…]`: the comparison, the first deal being the reference. */
export const compareCommand: Command = {
  flags: FLAGS,
  help: `Usage: dealcalc compare <a> <b> [more...] [--rate R] [--format F] [--chart FILE]
                        [--instruments I,J] [--instrument I] [--timing start|end] [--places N]
                        [--break-even] [--currency C --fx X] [--economy E] [--yield Y]
                        [--fx-path C:R1,R2,... | --fx-path C] [--real I]

Compares deals exactly; differences are the first deal minus each other one. The summary gives
each deal's headline and parts at face value, cash share, the largest year, years and value
in today's money of the compared instrument (cash unless --instrument), the economic cost
(cash, loan subsidies, guarantees at expected cost, minus returns; the part not yet allocated
is never counted as paid), and the break-even rate when it lies between -5% and 50%. Then the
compared instrument year by year with each difference and its running total, and sentences.

  --chart FILE.svg   also write a chart: each deal's cash per year (bars), and the running
                     difference from the first deal (lines). FILE.json writes the Vega-Lite spec.
  --instruments I,J  the chart's instruments (default: the compared one; "all" for every part)
  --break-even       print only the break-even rate; exit 1 when there is none from -5% to 50%
  --fx-path KRW:1400,1450,1500   currency risk of the compared instrument paid from won, a
                     rate per year from year 0 (the last holds after): each deal at the path,
                     at its lowest and highest rate, and the range; with --economy, each deal's
                     yearly government outflow along the path. --fx-path KRW: the dated rates
                     the reporting used (KRW, EUR, JPY)
  --real 2%          real terms at constant inflation: the compared instrument in year-0 prices
                     and at each --rate taken as a real rate (real rate on real flows)

  dealcalc compare kr-2025-10-us-cash-25x8 kr-2025-10-kr-cash-7x10
  dealcalc compare "cash 25B x 8 of 350B" "cash 7B x 10 of 350B" --rate 3%,4.5%,6% --chart k.svg
  dealcalc compare kr-2025-10-us-cash-25x8 kr-2025-10-kr-cash-7x10 --fx-path KRW --real 2%`,
  async run(args, parsed, io) {
    onlyFlags('compare', parsed, FLAGS);
    const { flags } = parsed;
    if (args.length < 2) throw new UsageError(`compare needs at least two deals, received ${args.length}`);
    if (args.filter((a) => a === '-').length > 1) throw new UsageError('only one deal can come from stdin (-)');
    const format = readFormat(flags.format);
    const instrument = readInstrument(flags.instrument);
    const instruments = readInstruments(flags.instruments);
    if (instruments !== undefined && flags.chart === undefined)
      throw new UsageError('--instruments chooses what the chart shows: add --chart FILE.svg');
    const chart = flags.chart === undefined ? undefined : checkOutputPath('--chart', flags.chart, ['.svg', '.json']);
    const options = {
      ...metricsOptions(flags, { economics: true }),
      ...(instrument === undefined ? {} : { instrument }),
    };
    const report = reportOptions(flags);
    const later = readOverTimeFlags(flags);
    if (flags['break-even'] !== true) noTablesInCsv(format, later);
    const deals: Deal[] = [];
    // One at a time, in order: the first deal that cannot be read is the one reported.
    for (const a of args) deals.push(await resolveDeal(a, io.readStdin));
    const comparisons: Comparison[] = deals.slice(1).map((b) => compare(deals[0]!, b, options));
    const focus = comparisons[0]!.instrument;
    const context = {
      flags: later,
      ...ratesAndTiming(flags),
      instrument: focus,
      ...(options.economy === undefined ? {} : { economy: options.economy }),
    };
    // The figures over time, CSV and the report of figures over time are loaded only when asked for.
    const figures =
      later.fxPath === undefined && later.inflation === undefined ? undefined : await import('../overTimeFigures.ts');
    const extra =
      figures === undefined ? undefined : deals.map((d, k) => figures.overTime(d, { ...context, reference: args[k]! }));
    const files: OutputFile[] = [];
    if (chart !== undefined) {
      // The chart code is loaded only for --chart.
      const { chartText } = await import('../chartFile.ts');
      files.push({ flag: '--chart', path: chart, text: chartText(comparisons, instruments, chart) });
    }
    if (flags['break-even'] === true) return breakEven(comparisons, format, files, readPlaces(flags.places));
    if (format === 'json') {
      // The figures over time ride along each comparison, for its two deals.
      const withExtra = (c: Comparison, k: number) =>
        extra === undefined ? c : { ...c, overTime: [extra[0]!, extra[k + 1]!] };
      return {
        files,
        out: `${toJson(comparisons.length === 1 ? withExtra(comparisons[0]!, 0) : comparisons.map(withExtra))}\n`,
      };
    }
    if (format === 'csv') return { files, out: (await import('../../report/csv.ts')).comparisonCsv(comparisons) };
    const base = comparisonReport(comparisons, report);
    const addition =
      extra === undefined
        ? undefined
        : (await import('../../report/overTimeReport.ts')).overTimeComparison(
            extra,
            [comparisons[0]!.a, ...comparisons.map((c) => c.b)].map((m) => dealName(m)),
            comparisons[0]!.a.currency,
            periodName(comparisons[0]!.frequency),
            report,
          );
    const text = render(
      addition === undefined
        ? base
        : { ...base, notes: [...base.notes, ...addition.notes], tables: [...base.tables, ...addition.tables] },
      format,
      io,
    );
    return { files, out: chart !== undefined && format === 'table' ? `${text}Chart written to ${chart}\n` : text };
  },
};

function breakEven(
  comparisons: readonly Comparison[],
  format: string,
  files: OutputFile[],
  places: number | undefined,
): CommandResult {
  const digits = Math.max(places ?? 2, 2);
  const range = `${formatPercent(BREAK_EVEN_RANGE.low, { places: 0 })} and ${formatPercent(BREAK_EVEN_RANGE.high, { places: 0 })}`;
  const results = comparisons.map((c) => {
    const be = sensibleBreakEven(c);
    const pair = `${dealName(c.a)} vs ${dealName(c.b)}`;
    if (be.kind === 'rates')
      return {
        c,
        be,
        ok: true,
        text: `${pair}: ${be.rates.map((r) => formatPercent(r, { places: digits })).join(', ')}`,
      };
    if (be.kind === 'every-rate')
      return { c, be, ok: false, text: `${pair}: the ${c.instrument} streams are the same, so every rate breaks even` };
    const crossing =
      be.outside.length === 0
        ? ''
        : ` (the values cross only at ${be.outside.map((r) => formatPercent(r, { places: digits })).join(', ')})`;
    return {
      c,
      be,
      ok: false,
      text: `${pair}: no break-even rate between ${range}: ${possessive(dealName(be.worthMore === 'a' ? c.a : c.b))} ${c.instrument} is worth more at every rate in that range${crossing}`,
    };
  });
  const failed = results.filter((r) => !r.ok);
  const out =
    format === 'json'
      ? `${toJson(results.map((r) => ({ a: r.c.a.id, b: r.c.b.id, instrument: r.c.instrument, low: BREAK_EVEN_RANGE.low, high: BREAK_EVEN_RANGE.high, rates: r.be.kind === 'rates' ? r.be.rates.map(toPlainString) : [], statement: r.text })))}\n`
      : results
          .filter((r) => r.ok)
          .map((r) => `${r.text}\n`)
          .join('');
  if (failed.length === 0) return { files, out };
  // No chart is written when the command fails.
  return {
    out:
      format === 'json'
        ? out
        : results
            .filter((r) => r.ok)
            .map((r) => `${r.text}\n`)
            .join(''),
    err: failed.map((r) => r.text),
    code: EXIT.noAnswer,
  };
}
