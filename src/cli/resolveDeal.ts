import { readFileSync, statSync } from 'node:fs';
import type { Deal } from '../deals/deal.ts';
import { PRESET_IDS, presetDeal, type PresetId } from '../presets/presets.ts';
import { quote, UsageError } from './errors.ts';
import { nearest } from './suggest.ts';

/**
 * Reads a `<deal>` argument: a preset id, a path to a deal JSON file, `-` for JSON on stdin,
 * or a quick proposal. Errors name the argument and, for JSON, the path of each problem.
 * A UTF-8 byte-order mark at the start of a file or stdin is ignored. A preset is built at once;
 * the deal JSON reader (zod) and the proposal parser are loaded only for the deals that need them,
 * so that comparing presets starts fast.
 */
export async function resolveDeal(reference: string, readStdin: () => string): Promise<Deal> {
  if (reference === '-') {
    let text: string;
    try {
      text = readStdin();
    } catch (error) {
      throw new UsageError(`cannot read stdin: ${reason(error)}`);
    }
    return (await dealJson()).fromJson(text, 'stdin');
  }
  if ((PRESET_IDS as readonly string[]).includes(reference)) return presetDeal(reference as PresetId);
  const kind = pathKind(reference);
  if (kind === 'directory') throw new UsageError(`${quote(reference)} is a directory, not a deal file`);
  if (kind === 'file') {
    let text: string;
    try {
      text = readFileSync(reference, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read the deal file ${quote(reference)}: ${reason(error)}`);
    }
    return (await dealJson()).fromJson(text, reference);
  }
  if (/\.json$/i.test(reference) || reference.includes('/') || reference.includes('\\'))
    throw new UsageError(`no such deal file: ${quote(reference)}`);
  if (!/\s/.test(reference.trim())) {
    // One word: an id that is not a preset (proposals have at least two words).
    const near = nearest(reference, PRESET_IDS);
    const hint =
      near.length === 0
        ? ' (the list command shows the presets)'
        : `; did you mean ${near.map((s) => JSON.stringify(s)).join(' or ')}?`;
    throw new UsageError(`unknown deal ${quote(reference)}: not a preset id, a deal file or a proposal${hint}`);
  }
  return (await dealJson()).proposal(reference);
}

const dealJson = () => import('./dealJson.ts');

function pathKind(path: string): 'file' | 'directory' | 'none' {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'none';
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
