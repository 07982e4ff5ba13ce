import type { Command } from './common.ts';

/**
 * The commands, in the order `--help` lists them, each loaded when it runs (so that a command
 * compiles only the code it uses). Add a command here and in `usage.ts`.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  list: async () => (await import('./commands/list.ts')).listCommand,
  show: async () => (await import('./commands/show.ts')).showCommand,
  compare: async () => (await import('./commands/compare.ts')).compareCommand,
  sweep: async () => (await import('./commands/sweep.ts')).sweepCommand,
  schema: async () => (await import('./commands/schema.ts')).schemaCommand,
};
