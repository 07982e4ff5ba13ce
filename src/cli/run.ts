import { DealcalcError } from '../errors/DealcalcError.ts';
import { compareCommand, listCommand, schemaCommand, showCommand, sweepCommand, type Io } from './commands.ts';
import { readArgs } from './options.ts';
import { COMMAND_HELP, ComputationError, MAIN_HELP, UsageError } from './usage.ts';

declare const __DEALCALC_VERSION__: string;

const COMMANDS = { list: listCommand, show: showCommand, compare: compareCommand, sweep: sweepCommand, schema: schemaCommand } as const;

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code:
 * 0 success, 2 usage or invalid input, 1 a computation that cannot be done. Errors are
 * one line on stderr, never a stack trace.
 */
export function run(argv: readonly string[], io: Io & { readonly err: (text: string) => void }): number {
  try {
    const { positionals, flags } = readArgs(argv);
    const [name, ...args] = positionals;
    if (flags.version === true && name === undefined) {
      io.out(`${typeof __DEALCALC_VERSION__ === 'string' ? __DEALCALC_VERSION__ : 'dev'}\n`);
      return 0;
    }
    if (name === undefined) {
      io.out(`${MAIN_HELP}\n`);
      return flags.help === true ? 0 : 2;
    }
    const command = COMMANDS[name as keyof typeof COMMANDS];
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(COMMANDS).join(', ')} (dealcalc --help)`);
    if (flags.help === true) {
      io.out(`${COMMAND_HELP[name]}\n`);
      return 0;
    }
    command(args, flags, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DealcalcError) {
      io.err(`dealcalc: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof ComputationError) {
      io.err(`dealcalc: ${oneLine(error.message)}\n`);
      return 1;
    }
    if (isBrokenPipe(error)) return 0;
    io.err(`dealcalc: internal error: ${oneLine(error instanceof Error ? error.message : String(error))} (please report it)\n`);
    return 70;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EPIPE';
}

