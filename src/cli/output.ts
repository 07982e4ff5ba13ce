import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError, quote, UsageError } from './errors.ts';

/** A file a command writes once it has everything it needs (never half-written). */
export interface OutputFile {
  /** The flag that named it (`--chart`), for messages. */
  readonly flag: string;
  readonly path: string;
  readonly text: string;
}

/**
 * Checks, before any work, that `path` can name an output file: not a directory, in a
 * directory that exists. The extensions allowed are the flag's (`.svg`, `.json`).
 *
 * @throws {UsageError} naming the flag.
 */
export function checkOutputPath(flag: string, path: string, extensions: readonly string[]): string {
  if (!extensions.some((e) => path.toLowerCase().endsWith(e)))
    throw new UsageError(`${flag}: expected a file name ending in ${extensions.join(' or ')}, received ${quote(path)}`);
  if (kind(path) === 'directory')
    throw new UsageError(
      `${flag}: ${quote(path)} is a directory; give a file name such as ${join(path, `chart${extensions[0]}`)}`,
    );
  const dir = dirname(resolve(path));
  const parent = kind(dir);
  if (parent === 'none') throw new UsageError(`${flag}: no such directory: ${quote(dirname(path))}`);
  if (parent === 'file') throw new UsageError(`${flag}: ${quote(dirname(path))} is a file, not a directory`);
  return path;
}

/**
 * Writes each file whole: to a temporary file beside it, then renamed over the target, so a
 * reader never sees half a file and a failure leaves the old file (or none) in place.
 *
 * @throws {OutputError} when the disk refuses (permissions, space), naming the flag and file.
 */
export function writeWhole(files: readonly OutputFile[]): void {
  for (const file of files) {
    const target = resolve(file.path);
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, file.text);
      renameSync(temporary, target);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // nothing was written
      }
      const code = (error as { code?: string }).code;
      if (code === 'EISDIR') throw new UsageError(`${file.flag}: ${quote(file.path)} is a directory`);
      const why =
        code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'no space left on the device'
            : error instanceof Error
              ? error.message
              : String(error);
      throw new OutputError(`${file.flag}: cannot write ${quote(file.path)}: ${why}`);
    }
  }
}

function kind(path: string): 'file' | 'directory' | 'none' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'none';
  }
}
