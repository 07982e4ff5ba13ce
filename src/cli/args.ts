import { didYouMean } from './suggest.ts';
import { quote, UsageError } from './errors.ts';

/** A flag the command line knows: a value (`--rate 4.5%`), a repeatable value, or a switch. */
export interface FlagSpec {
  readonly kind: 'value' | 'values' | 'switch';
  /** One-letter alias (`-h`). */
  readonly short?: string;
  /** An example value, for "needs a value" messages. */
  readonly example?: string;
}

/**
 * Every flag. Each command lists the ones it takes (see `commands.ts`); add a flag here and
 * to the commands that take it.
 */
export const FLAGS = {
  rate: { kind: 'values', example: '4.5%' },
  format: { kind: 'value', example: 'json' },
  places: { kind: 'value', example: '2' },
  currency: { kind: 'value', example: 'KRW' },
  fx: { kind: 'value', example: '1428.57' },
  chart: { kind: 'value', example: 'gap.svg' },
  instruments: { kind: 'value', example: 'cash,guarantee' },
  timing: { kind: 'value', example: 'end' },
  instrument: { kind: 'value', example: 'loan' },
  'break-even': { kind: 'switch' },
  annual: { kind: 'value', example: '5B..25B/5B' },
  years: { kind: 'value', example: '6..12' },
  total: { kind: 'value', example: '200B' },
  cap: { kind: 'value', example: '20B,25B' },
  start: { kind: 'value', example: '0,2' },
  headline: { kind: 'value', example: '350B' },
  economy: { kind: 'value', example: 'kr' },
  yield: { kind: 'value', example: '5%' },
  'fx-path': { kind: 'value', example: 'KRW:1400,1450,1500' },
  real: { kind: 'value', example: '2%' },
  calendar: { kind: 'value', example: 'kr-krx' },
  convention: { kind: 'value', example: 'ModifiedFollowing' },
  yes: { kind: 'switch' },
  help: { kind: 'switch', short: 'h' },
  version: { kind: 'switch', short: 'v' },
} as const satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof FLAGS;

/** Parsed flags: a string (or list of strings) for value flags, `true` for switches. */
export type Flags = {
  [K in FlagName]?: (typeof FLAGS)[K] extends { kind: 'values' }
    ? string[]
    : (typeof FLAGS)[K] extends { kind: 'switch' }
      ? boolean
      : string;
};

/** What the command line says: positionals in order, the flags, and the flags nobody knows. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Flags;
  /** Flags not in {@link FLAGS}, as typed (`--formt`), for the command to report with a suggestion. */
  readonly unknown: string[];
}

const NAMES = Object.keys(FLAGS) as FlagName[];

/**
 * Splits argv into positionals and flags. A value flag takes the next word whatever it looks
 * like, so negative values need no `=` (`--rate -1%`); `--name=value` works too. `--` ends the
 * flags; a lone `-` is a positional (stdin).
 *
 * @throws {UsageError} a value flag with no value, a switch given a value.
 */
export function readArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | string[] | boolean> = {};
  const unknown: string[] = [];
  for (let k = 0; k < argv.length; k += 1) {
    const word = argv[k]!;
    if (word === '--') {
      positionals.push(...argv.slice(k + 1));
      break;
    }
    if (word === '-' || !word.startsWith('-') || /^-\d|^-\.\d/.test(word)) {
      positionals.push(word);
      continue;
    }
    const long = word.startsWith('--');
    const eq = word.indexOf('=');
    const raw = long ? word.slice(2, eq === -1 ? undefined : eq) : word.slice(1, eq === -1 ? undefined : eq);
    const name = long
      ? (NAMES.find((n) => n === raw) ?? NAMES.find((n) => n === raw.toLowerCase()))
      : NAMES.find((n) => (FLAGS[n] as FlagSpec).short === raw);
    if (name === undefined) {
      unknown.push(long ? `--${raw}` : `-${raw}`);
      continue;
    }
    const spec: FlagSpec = FLAGS[name];
    const inline = eq === -1 ? undefined : word.slice(eq + 1);
    if (spec.kind === 'switch') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value, received ${quote(inline)}`);
      flags[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[k + 1];
      if (next === undefined || isFlag(next))
        throw new UsageError(`--${name} needs a value, such as --${name} ${spec.example ?? 'VALUE'}`);
      value = next;
      k += 1;
    }
    if (spec.kind === 'values') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else flags[name] = value;
  }
  return { positionals, flags: flags as Flags, unknown };
}

// A word that is one of our flags (so not a value of the flag before it).
function isFlag(word: string): boolean {
  if (!word.startsWith('--'))
    return /^-[a-z]$/i.test(word) && NAMES.some((n) => (FLAGS[n] as FlagSpec).short === word.slice(1));
  const raw = word.slice(2).split('=')[0]!;
  return NAMES.includes(raw as FlagName);
}

/**
 * Rejects flags a command does not take, naming the first with the nearest flag it does take.
 *
 * @throws {UsageError} for an unknown flag or a flag of another command.
 */
export function onlyFlags(command: string, parsed: ParsedArgs, allowed: readonly FlagName[]): void {
  const accepted = [...allowed, 'help', 'version'] as const;
  const first = parsed.unknown[0];
  if (first !== undefined) {
    throw new UsageError(
      `unknown flag ${first}${
        didYouMean(
          first,
          accepted.map((n) => `--${n}`),
          { quote: false, prefix: '--' },
        ) || ` (${command} takes ${list(allowed)})`
      }`,
    );
  }
  for (const key of Object.keys(parsed.flags) as FlagName[]) {
    if (parsed.flags[key] !== undefined && !(accepted as readonly string[]).includes(key)) {
      throw new UsageError(
        `${command} does not take --${key}${allowed.length === 0 ? '' : ` (it takes ${list(allowed)})`}`,
      );
    }
  }
}

function list(names: readonly FlagName[]): string {
  return names.map((n) => `--${n}`).join(', ');
}
