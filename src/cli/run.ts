import { DealcalcError } from '../errors/DealcalcError.ts';
import { readArgs } from './args.ts';
import { COMMANDS } from './commands.ts';
import type { Io } from './common.ts';
import { ComputationError, errorLine, EXIT, OutputError, quote, UsageError } from './errors.ts';
import { writeWhole } from './output.ts';
import { didYouMean } from './suggest.ts';
import { MAIN_HELP } from './usage.ts';

declare const __DEALCALC_VERSION__: string;

/**
 * Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code (see
 * `EXIT`). A command's output is written only once it has finished: output files first (each
 * whole), then stdout. Errors are one line on stderr, never a stack trace.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const parsed = readArgs(argv);
    const [name, ...args] = parsed.positionals;
    if (parsed.flags.version === true && name === undefined) {
      io.out(`${typeof __DEALCALC_VERSION__ === 'string' ? __DEALCALC_VERSION__ : 'dev'}\n`);
      return EXIT.ok;
    }
    if (name === undefined) {
      if (parsed.unknown.length > 0)
        throw new UsageError(
          `unknown flag ${parsed.unknown[0]}; give a command first (list, show, compare, sweep, schema)`,
        );
      (parsed.flags.help === true ? io.out : io.err)(`${MAIN_HELP}\n`);
      return parsed.flags.help === true ? EXIT.ok : EXIT.usage;
    }
    const load = COMMANDS[name];
    if (load === undefined)
      throw new UsageError(
        `unknown command ${quote(name)}${didYouMean(name, Object.keys(COMMANDS))} (the commands are ${Object.keys(COMMANDS).join(', ')})`,
      );
    const command = await load();
    if (parsed.flags.help === true) {
      io.out(`${command.help}\n`);
      return EXIT.ok;
    }
    const result = await command.run(args, parsed, io);
    if (result.files !== undefined && (result.code ?? EXIT.ok) === EXIT.ok) writeWhole(result.files);
    if (result.out !== undefined && result.out !== '') io.out(result.out);
    if (result.stream !== undefined) for (const chunk of result.stream) io.out(chunk);
    for (const line of result.err ?? []) io.err(errorLine(line));
    return result.code ?? EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DealcalcError) return fail(io, error.message, EXIT.usage);
    if (error instanceof ComputationError) return fail(io, error.message, EXIT.noAnswer);
    if (error instanceof OutputError) return fail(io, error.message, EXIT.output);
    if (isBrokenPipe(error)) return EXIT.ok;
    return fail(
      io,
      `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`,
      EXIT.bug,
    );
  }
}

function fail(io: Io, message: string, code: number): number {
  io.err(errorLine(message));
  return code;
}

function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EPIPE';
}
