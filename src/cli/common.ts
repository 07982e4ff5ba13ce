import type { MetricsOptions } from '../compare/metrics.ts';
import type { Decimal } from '../money/decimal.ts';
import type { ReportOptions } from '../report/format.ts';
import type { Report } from '../report/report.ts';
import { renderMarkdown } from '../report/renderMarkdown.ts';
import { renderTable } from '../report/renderTable.ts';
import type { Flags, FlagName, ParsedArgs } from './args.ts';
import type { OutputFile } from './output.ts';
import { quote, UsageError } from './errors.ts';
import {
  readEconomy,
  readPlaces,
  readRates,
  readSecondCurrency,
  readTiming,
  readYield,
  type Format,
} from './values.ts';

/** Where a command writes and how it reads stdin. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readStdin: () => string;
  /** ANSI colour on (a terminal without NO_COLOR). */
  readonly color: boolean;
  /** The terminal's width when stdout is one; tables are fitted to it. `undefined` when piped: everything in full. */
  readonly columns?: number;
}

/**
 * What a command produced. Nothing is written until the command has finished: then the files
 * (each whole, see `writeWhole`), then `out`, then `stream` (rows too many to hold), then `err`.
 */
export interface CommandResult {
  readonly files?: readonly OutputFile[];
  readonly out?: string;
  readonly stream?: Iterable<string>;
  /** Lines for stderr (each `dealcalc: …`), with `code`. */
  readonly err?: readonly string[];
  readonly code?: number;
}

/** One command: the flags it takes, its help, and what it does. */
export interface Command {
  readonly flags: readonly FlagName[];
  readonly help: string;
  readonly run: (args: readonly string[], parsed: ParsedArgs, io: Io) => CommandResult | Promise<CommandResult>;
}

/**
 * Metrics options from the flags. With `economics`, the economic cost is always computed
 * (lines that need terms nobody gave are shown as unknown), and `--yield` feeds its returns.
 */
export function metricsOptions(
  flags: Flags,
  options: { economics?: boolean } = {},
): MetricsOptions & { rates?: Decimal[] } {
  const rates = readRates(flags.rate);
  const timing = readTiming(flags.timing);
  const economy = readEconomy(flags.economy);
  const projectYield = readYield(flags.yield);
  const economics =
    projectYield !== undefined ? { project: { yield: projectYield } } : options.economics === true ? {} : undefined;
  return {
    ...(rates === undefined ? {} : { rates }),
    ...(timing === undefined ? {} : { timing }),
    ...(economy === undefined ? {} : { economy }),
    ...(economics === undefined ? {} : { economics }),
  };
}

/** `--places` and `--currency/--fx` as report options. */
export function reportOptions(flags: Flags): ReportOptions {
  const places = readPlaces(flags.places);
  const second = readSecondCurrency(flags);
  return { ...(places === undefined ? {} : { places }), ...(second === undefined ? {} : { second }) };
}

/** A report as the chosen text format (table fitted to the terminal, or markdown). */
export function render(report: Report, format: Format, io: Io): string {
  return format === 'markdown'
    ? renderMarkdown(report)
    : renderTable(report, { color: io.color, ...(io.columns === undefined ? {} : { width: io.columns }) });
}

/** A command that takes flags only: any positional argument is a usage error. */
export function noArguments(command: string, args: readonly string[]): void {
  if (args.length > 0) throw new UsageError(`${command} takes no arguments, received ${quote(args[0]!)}`);
}
