import { metrics } from '../../compare/metrics.ts';
import { serializeDeal } from '../../deals/serialize.ts';
import { metricsCsv } from '../../report/csv.ts';
import { toJson } from '../../report/json.ts';
import { metricsReport } from '../../report/metricsReport.ts';
import { onlyFlags } from '../args.ts';
import { metricsOptions, render, reportOptions, type Command } from '../common.ts';
import { UsageError } from '../errors.ts';
import { resolveDeal } from '../resolveDeal.ts';
import { readFormat } from '../values.ts';

const FLAGS = ['rate', 'format', 'places', 'timing', 'currency', 'fx', 'economy', 'yield'] as const;

/** `dealcalc show <deal>`: one deal's figures. */
export const showCommand: Command = {
  flags: FLAGS,
  help: `Usage: dealcalc show <deal> [--rate R] [--format F] [--places N] [--timing start|end]
                     [--currency C --fx X] [--economy E] [--yield Y]

One deal's figures: components, totals and shares by instrument, largest year, years, value in
today's money at each rate, the outflow year by year, tariff terms, profit sharing, the
economic cost to the state (loan subsidies and guarantees at expected cost where the deal gives
their terms), notes and sources. With --economy, the burden against that economy; with --yield,
the returns under the deal's profit-sharing rule and the tariff side.

  dealcalc show kr-2025-11-mou --rate 4.5% --economy kr --yield 5%
  dealcalc show "cash 25B x 8 of 350B"
  dealcalc show deal.json --format json`,
  run(args, parsed, io) {
    onlyFlags('show', parsed, FLAGS);
    if (args.length !== 1) throw new UsageError(args.length === 0 ? 'show needs a deal: a preset id, a JSON file, - for stdin, or a quick proposal in quotes' : `show takes one deal, received ${args.length} (compare takes several)`);
    const { flags } = parsed;
    const format = readFormat(flags.format);
    const options = metricsOptions(flags, { economics: true });
    const report = reportOptions(flags);
    const deal = resolveDeal(args[0]!, io.readStdin);
    const m = metrics(deal, options);
    if (format === 'json') return { out: `${toJson({ deal: serializeDeal(deal), metrics: m })}\n` };
    if (format === 'csv') return { out: metricsCsv(m) };
    return { out: render(metricsReport(deal, m, report), format, io) };
  },
};
