import type { Command } from './common.ts';
import { compareCommand } from './commands/compare.ts';
import { listCommand } from './commands/list.ts';
import { schemaCommand } from './commands/schema.ts';
import { showCommand } from './commands/show.ts';
import { sweepCommand } from './commands/sweep.ts';

/** The commands, in the order `--help` lists them. Add a command here and in `usage.ts`. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  list: listCommand,
  show: showCommand,
  compare: compareCommand,
  sweep: sweepCommand,
  schema: schemaCommand,
};
