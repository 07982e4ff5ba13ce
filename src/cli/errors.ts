/**
 * Exit codes of the dealcalc command (documented in `--help` and the README):
 * - 0: done;
 * - 1: a computation you asked for has no answer (no break-even rate in the range);
 * - 2: a mistake in the command line, a deal file or a proposal;
 * - 74: an output file could not be written (permissions, a full disk);
 * - 70: a bug in dealcalc (please report it).
 */
export const EXIT = { ok: 0, noAnswer: 1, usage: 2, bug: 70, output: 74 } as const;

/** A mistake in how the command was called or what it was given: one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A computation the user asked for that has no answer: one line, exit code 1. */
export class ComputationError extends Error {
  override readonly name = 'ComputationError';
}

/** An output file that could not be written: one line, exit code 74. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** Longest quoted input in a message, in characters; longer text is cut with … and its length. */
const QUOTE_LIMIT = 40;

/**
 * What a person typed, quoted for a message: JSON-quoted, and cut to 40 characters with its
 * length when longer, so a message never repeats megabytes of input.
 */
export function quote(text: string): string {
  const chars = [...text];
  if (chars.length <= QUOTE_LIMIT) return JSON.stringify(text);
  return `${JSON.stringify(`${chars.slice(0, QUOTE_LIMIT - 1).join('')}…`)} (${chars.length} characters)`;
}

/** Most characters of one error line. */
const LINE_LIMIT = 400;

/**
 * One line for stderr: newlines folded, quoted runs longer than 60 characters cut, the whole
 * line cut at 400 characters, and the program name never repeated after the prefix.
 */
export function errorLine(message: string): string {
  let text = message.replace(/\s*\n\s*/g, ' ').replace(/^dealcalc:\s*/, '');
  text = text.replace(
    /"((?:[^"\\]|\\.){60,})"/g,
    (_m, inner: string) => `"${[...inner].slice(0, QUOTE_LIMIT - 1).join('')}…"`,
  );
  const chars = [...text];
  if (chars.length > LINE_LIMIT) text = `${chars.slice(0, LINE_LIMIT - 1).join('')}…`;
  return `dealcalc: ${text}\n`;
}
