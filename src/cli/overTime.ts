import type { BusinessDayConvention } from '../dates/businessDays.ts';
import type { CalendarId } from '../dates/calendar.ts';
import type { Instrument } from '../deals/instrument.ts';
import type { Economy } from '../economics/economy.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Flags } from './args.ts';
import { UsageError } from './errors.ts';
import {
  readCalendarFlag,
  readConventionFlag,
  readFxPathFlag,
  readInflation,
  readRates,
  readTiming,
  type FxPathFlag,
} from './values.ts';

/** The flags about money over time, read before any work. */
export interface OverTimeFlags {
  readonly fxPath?: FxPathFlag;
  readonly inflation?: Decimal;
  readonly calendar?: CalendarId;
  readonly convention?: BusinessDayConvention;
}

/** Reads `--fx-path`, `--real`, `--calendar` and `--convention` (each optional). */
export function readOverTimeFlags(flags: Flags): OverTimeFlags {
  const fx = readFxPathFlag(flags['fx-path']);
  const inflation = readInflation(flags.real);
  const calendar = readCalendarFlag(flags.calendar);
  const convention = readConventionFlag(flags.convention);
  return {
    ...(fx === undefined ? {} : { fxPath: fx }),
    ...(inflation === undefined ? {} : { inflation }),
    ...(calendar === undefined ? {} : { calendar }),
    ...(convention === undefined ? {} : { convention }),
  };
}

/** Refuses the flags that add tables with `--format csv` (csv holds the per-period rows only). */
export function noTablesInCsv(format: string, o: OverTimeFlags): void {
  if (format !== 'csv') return;
  const flag = o.fxPath !== undefined ? '--fx-path' : o.inflation !== undefined ? '--real' : undefined;
  if (flag !== undefined)
    throw new UsageError(
      `${flag} adds tables, which csv (one row per period) cannot hold: use --format table, markdown or json`,
    );
}

/** What the figures over time are computed from, besides the deal. */
export interface OverTimeContext {
  readonly flags: OverTimeFlags;
  /** Discount rates (real rates with `--real`). */
  readonly rates: readonly Decimal[];
  readonly timing: 'start' | 'end';
  /** The stream whose currency risk is shown (cash in `show`, the compared instrument in `compare`). */
  readonly instrument: Instrument;
  readonly economy?: Economy;
  /** How the deal was named on the command line, for messages. */
  readonly reference: string;
}

/** The rates and timing the flags give (defaults 3%, 4.5%, 6% and start), as `metrics` reads them. */
export function ratesAndTiming(flags: Flags): { rates: Decimal[]; timing: 'start' | 'end' } {
  return {
    rates: readRates(flags.rate) ?? readRates(['3%', '4.5%', '6%'])!,
    timing: readTiming(flags.timing) ?? 'start',
  };
}
