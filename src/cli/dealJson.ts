// Deals the command line reads as JSON (files, stdin) or as quick proposals: loaded by
// resolveDeal only when an argument is one of these, since it brings the zod schemas along.
import { DealcalcError, formatPath } from '../errors/DealcalcError.ts';
import type { Deal } from '../deals/deal.ts';
import { parseDeal } from '../deals/schema.ts';
import { quote, UsageError } from './errors.ts';

export { proposal } from '../deals/proposal.ts';

/** Reads deal JSON text from a file (`where` is its path) or stdin (`where` is `'stdin'`). */
export function fromJson(raw: string, where: string): Deal {
  const text = raw.replace(/^\uFEFF/, '');
  const name = where === 'stdin' ? 'stdin' : quote(where);
  if (text.trim() === '') throw new UsageError(`${name} is empty: expected a deal as JSON`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${name} is not valid JSON: ${error instanceof Error ? error.message.replace(/, ".*$/s, '') : String(error)}`,
    );
  }
  try {
    return parseDeal(json);
  } catch (error) {
    if (error instanceof DealcalcError) {
      const problems = error.issues
        .slice(0, 3)
        .map((i) => `${formatPath(i.path)}: ${i.message}`)
        .join('; ');
      const more = error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : '';
      throw new DealcalcError(
        error.code,
        error.data as never,
        error.issues,
        `${name}: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}: ${problems}${more}`,
      );
    }
    throw error;
  }
}
