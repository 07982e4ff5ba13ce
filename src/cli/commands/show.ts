import { metrics } from '../../compare/metrics.ts';
import { serializeDeal } from '../../deals/serialize.ts';
import { periodName } from '../../report/compareReport.ts';
import { metricsCsv } from '../../report/csv.ts';
import { toJson } from '../../report/json.ts';
import { metricsReport } from '../../report/metricsReport.ts';
import { overTimeReport } from '../../report/overTimeReport.ts';
import { paymentDay, wantsPaymentDays } from '../../report/paymentDays.ts';
import { onlyFlags } from '../args.ts';
import { metricsOptions, render, reportOptions, type Command } from '../common.ts';
import { DealcalcError } from '../../errors/DealcalcError.ts';
import { quote, UsageError } from '../errors.ts';
import { noTablesInCsv, ratesAndTiming, readOverTimeFlags } from '../overTime.ts';
import { overTime } from '../overTimeFigures.ts';
import { resolveDeal } from '../resolveDeal.ts';
import { readFormat } from '../values.ts';

const FLAGS = [
  'rate',
  'format',
  'places',
  'timing',
  'currency',
  'fx',
  'economy',
  'yield',
  'fx-path',
  'real',
  'calendar',
  'convention',
] as const;

/** `dealcalc show <deal>`: one deal's figures. */
export const showCommand: Command = {
  flags: FLAGS,
  help: `Usage: dealcalc show <deal> [--rate R] [--format F] [--places N] [--timing start|end]
                     [--currency C --fx X] [--economy E] [--yield Y]
                     [--fx-path C:R1,R2,... | --fx-path C] [--real I]
                     [--calendar K] [--convention V]

One deal's figures: components, totals and shares by instrument, largest year, years, value in
today's money at each rate, the outflow year by year, tariff terms, profit sharing, the
economic cost to the state (loan subsidies and guarantees at expected cost where the deal gives
their terms), notes and sources. With --economy, the burden against that economy; with --yield,
the returns under the deal's profit-sharing rule and the tariff side.

  --fx-path KRW:1400,1450,1500   currency risk: the cash paid from won at a rate per year (from
                                 year 0; the last rate holds after), at the path's lowest and
                                 highest rate, and the range; with --economy, the burden's
                                 yearly outflow along the path too
  --fx-path KRW                  the same at the dated rates the reporting used (KRW, EUR, JPY)
  --real 2%                      real terms at constant inflation: totals in year-0 prices and
                                 values at each --rate taken as a real rate (real rate on real flows)
  --calendar kr-krx              for a deal with dates: each date moved to a business day
                                 (weekends-only, target, us-settlement, us-nyse, kr-settlement,
                                 kr-krx, jp)
  --convention ModifiedFollowing how dates move: Following (default), ModifiedFollowing,
                                 Preceding, ModifiedPreceding, Unadjusted

  dealcalc show kr-2025-11-mou --rate 4.5% --economy kr --yield 5%
  dealcalc show kr-2025-11-mou --fx-path KRW --economy kr
  dealcalc show jp-2025-09-mou --calendar jp --convention ModifiedFollowing
  dealcalc show "cash 25B x 8 of 350B" --real 2%
  dealcalc show deal.json --format json`,
  async run(args, parsed, io) {
    onlyFlags('show', parsed, FLAGS);
    if (args.length !== 1)
      throw new UsageError(
        args.length === 0
          ? 'show needs a deal: a preset id, a JSON file, - for stdin, or a quick proposal in quotes'
          : `show takes one deal, received ${args.length} (compare takes several)`,
      );
    const { flags } = parsed;
    const format = readFormat(flags.format);
    const options = metricsOptions(flags, { economics: true });
    const report = reportOptions(flags);
    const later = readOverTimeFlags(flags);
    noTablesInCsv(format, later);
    const deal = await resolveDeal(args[0]!, io.readStdin);
    const m = metrics(deal, options);
    const days = {
      ...(later.calendar === undefined ? {} : { calendar: later.calendar }),
      ...(later.convention === undefined ? {} : { convention: later.convention }),
    };
    const paid = wantsPaymentDays(days);
    if (paid && !m.perPeriod.some((r) => r.date !== undefined)) {
      throw new UsageError(
        `${later.calendar === undefined ? '--convention' : '--calendar'}: ${quote(args[0]!)} has no dates to move to business days (its schedules are not anchored to the calendar: give them a startDate)`,
      );
    }
    // Every date on the calendar, before anything prints: a year outside its holiday data names the flag.
    const flag = later.calendar === undefined ? '--convention' : `--calendar ${later.calendar}`;
    const dates = !paid
      ? []
      : onCalendar(flag, () =>
          m.perPeriod
            .filter((r) => r.date !== undefined)
            .map((r) => ({ period: r.period, date: r.date!, paidOn: paymentDay(r.date!, days) })),
        );
    const extra = overTime(deal, {
      flags: later,
      ...ratesAndTiming(flags),
      instrument: 'cash',
      ...(options.economy === undefined ? {} : { economy: options.economy }),
      reference: args[0]!,
    });
    if (format === 'json') {
      const paymentDays = paid ? { paymentDays: { ...days, dates } } : {};
      const { deal: _id, ...added } = extra;
      return { out: `${toJson({ deal: serializeDeal(deal), metrics: m, ...added, ...paymentDays })}\n` };
    }
    if (format === 'csv') return { out: metricsCsv(m, days) };
    const base = metricsReport(deal, m, { ...report, ...days });
    const addition = overTimeReport(
      extra,
      m.currency,
      periodName(deal.components[0]?.schedule.frequency ?? 'annual'),
      report,
    );
    return {
      out: render(
        { ...base, notes: [...base.notes, ...addition.notes], tables: [...base.tables, ...addition.tables] },
        format,
        io,
      ),
    };
  },
};

function onCalendar<T>(flag: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DealcalcError) throw new UsageError(`${flag}: ${error.issues[0]?.message ?? error.message}`);
    throw error;
  }
}
