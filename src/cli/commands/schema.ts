import { dealJsonSchema } from '../../deals/schema.ts';
import { onlyFlags } from '../args.ts';
import { noArguments, type Command } from '../common.ts';

/** `dealcalc schema`: the deal JSON Schema. */
export const schemaCommand: Command = {
  flags: [],
  help: `Usage: dealcalc schema

Prints the JSON Schema (draft 2020-12) of the deal JSON format.`,
  run(args, parsed) {
    onlyFlags('schema', parsed, []);
    noArguments('schema', args);
    return { out: `${JSON.stringify(dealJsonSchema(), null, 2)}\n` };
  },
};
