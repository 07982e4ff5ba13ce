import { existsSync, readFileSync, statSync } from 'node:fs';
import { DealcalcError, formatPath } from '../errors/DealcalcError.ts';
import type { Deal } from '../deals/deal.ts';
import { parseDeal } from '../deals/schema.ts';
import { proposal } from '../deals/proposal.ts';
import { PRESET_IDS, presetDeal, type PresetId } from '../presets/presets.ts';
import { UsageError } from './usage.ts';

/**
 * Reads a `<deal>` argument: a preset id, a path to a deal JSON file, `-` for JSON on stdin,
 * or a quick proposal. Errors name the argument and, for JSON, the path of each problem.
 */
export function resolveDeal(reference: string, readStdin: () => string): Deal {
  if (reference === '-') return fromJson(readStdin(), 'stdin');
  if ((PRESET_IDS as readonly string[]).includes(reference)) return presetDeal(reference as PresetId);
  const looksLikePath = /\.json$/i.test(reference) || reference.includes('/') || reference.includes('\\');
  if (existsSync(reference) && statSync(reference).isFile()) {
    let text: string;
    try {
      text = readFileSync(reference, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${reference}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return fromJson(text, reference);
  }
  if (looksLikePath) throw new UsageError(`no such deal file: ${reference}`);
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(reference) || !/\s/.test(reference)) {
    // One word: an id that is not a preset (proposals have at least two words).
    presetDeal(reference as PresetId); // throws unknown_deal with suggestions
  }
  return proposal(reference);
}

function fromJson(text: string, where: string): Deal {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parseDeal(json);
  } catch (error) {
    if (error instanceof DealcalcError) {
      const problems = error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
      throw new DealcalcError(error.code, error.data as never, error.issues, `${where}: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}: ${problems}`);
    }
    throw error;
  }
}
