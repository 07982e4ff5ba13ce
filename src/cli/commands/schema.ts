import { onlyFlags } from '../args.ts';
import { noArguments, type Command } from '../common.ts';

/** `dealcalc schema`: the deal JSON Schema. */
export const schemaCommand: Command = {
  flags: [],
  help: `Usage: dealcalc schema

Prints the JSON Schema (draft 2020-12) of the deal JSON format.`,
  async run(args, parsed) {
    onlyFlags('schema', parsed, []);
    noArguments('schema', args);
    // The schema module brings zod: loaded only here.
    const { dealJsonSchema } = await import('../../deals/schema.ts');
    return { out: `${JSON.stringify(dealJsonSchema(), null, 2)}\n` };
  },
};
