import { parseArgs } from 'node:util';
import { readRates } from '../value/rates.ts';
import { currencyCode } from '../money/amount.ts';
import { decimal, type Decimal } from '../money/decimal.ts';
import { DealcalcError } from '../errors/DealcalcError.ts';
import type { ConversionRate } from '../money/convert.ts';
import { UsageError } from './usage.ts';

export type Format = 'table' | 'markdown' | 'json' | 'csv';

/** Flags every command may take; each command says which it accepts. */
export const FLAGS = {
  rate: { type: 'string', multiple: true },
  format: { type: 'string' },
  places: { type: 'string' },
  currency: { type: 'string' },
  fx: { type: 'string' },
  chart: { type: 'string' },
  timing: { type: 'string' },
  instrument: { type: 'string' },
  'break-even': { type: 'boolean' },
  annual: { type: 'string' },
  years: { type: 'string' },
  headline: { type: 'string' },
  economy: { type: 'string' },
  yield: { type: 'string' },
  yes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type Flags = { [K in keyof typeof FLAGS]?: (typeof FLAGS)[K] extends { multiple: true } ? string[] : (typeof FLAGS)[K] extends { type: 'boolean' } ? boolean : string };

/** Splits argv into positionals and known flags; unknown flags are a usage error. */
export function readArgs(argv: readonly string[]): { positionals: string[]; flags: Flags } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
    return { positionals, flags: values as Flags };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error));
  }
}

/** Rejects flags the command does not take, naming the first. */
export function onlyFlags(command: string, flags: Flags, allowed: readonly (keyof Flags)[]): void {
  for (const key of Object.keys(flags) as (keyof Flags)[]) {
    if (flags[key] !== undefined && !allowed.includes(key) && key !== 'help' && key !== 'version') {
      throw new UsageError(`dealcalc ${command} does not take --${key} (see dealcalc ${command} --help)`);
    }
  }
}

export function readFormat(value: string | undefined): Format {
  const format = value ?? 'table';
  if (format === 'table' || format === 'markdown' || format === 'json' || format === 'csv') return format;
  throw new UsageError(`--format: expected table, markdown, json or csv, received ${JSON.stringify(format)}`);
}

/** `--rate 3%,4.5% --rate 0.06` → fractions; `abc` or `-150%` is a usage error naming the flag. */
export function readRateFlags(values: readonly string[] | undefined): Decimal[] | undefined {
  if (values === undefined) return undefined;
  const list = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  try {
    return readRates(list, ['--rate']);
  } catch (error) {
    if (error instanceof DealcalcError) {
      const bad = error.issues[0];
      const index = typeof bad?.path[1] === 'number' ? bad.path[1] : 0;
      throw new UsageError(`--rate: expected a rate such as 4.5% or 0.045 above -100%, received ${JSON.stringify(list[index] ?? '')}`);
    }
    throw error;
  }
}

export function readPlaces(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,2}$/.test(value) || Number(value) > 20) throw new UsageError(`--places: expected a whole number from 0 to 20, received ${JSON.stringify(value)}`);
  return Number(value);
}

export function readTiming(value: string | undefined): 'start' | 'end' | undefined {
  if (value === undefined || value === 'start' || value === 'end') return value;
  throw new UsageError(`--timing: expected start or end, received ${JSON.stringify(value)}`);
}

/** `--currency KRW --fx 1428.57`: both or neither. */
export function readSecondCurrency(flags: Flags): ConversionRate | undefined {
  if (flags.currency === undefined && flags.fx === undefined) return undefined;
  if (flags.currency === undefined || flags.fx === undefined) throw new UsageError('--currency and --fx go together: --currency KRW --fx 1428.57 (units of KRW per unit of the deal currency)');
  try {
    const to = currencyCode(flags.currency.toUpperCase(), ['--currency']);
    const rate = decimal(flags.fx, { path: ['--fx'] });
    if (!rate.gt(0)) throw new UsageError(`--fx: expected a rate greater than 0, received ${JSON.stringify(flags.fx)}`);
    return { to, rate, source: 'given on the command line' };
  } catch (error) {
    if (error instanceof DealcalcError) throw new UsageError(error.message.replace(/^--/, '--'));
    throw error;
  }
}
