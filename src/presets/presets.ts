import { DealcalcError, describeValue, excerpt, invalid } from '../errors/DealcalcError.ts';
import type { Deal } from '../deals/deal.ts';
import { summarize, type DealSummary } from '../deals/summarize.ts';
import type { DealJson } from '../deals/json.ts';
import { buildPreset } from './build.ts';
import { eu } from './data/eu.ts';
import { japan } from './data/japan.ts';
import { korea } from './data/korea.ts';
import { gulf } from './data/gulf.ts';
import { others } from './data/others.ts';
import { tradeDeals } from './data/tradeDeals.ts';

/**
 * The JSON of a preset, as dealcalc ships it (a copy-ready starting point for your own deal
 * files), or `undefined` for an unknown id. Each call returns a fresh deep copy: changing it
 * changes nothing else (not {@link presetDeal}, not the next call).
 *
 * @param id - One of {@link PRESET_IDS}. Other text (from JavaScript or user input) gives `undefined`.
 * @throws {DealcalcError} `invalid_input` when `id` is not text.
 *
 * @example
 * presetJson('kr-2025-10-us-cash-25x8').components[0].schedule //=> { each: '25B', count: 8 }
 */
export function presetJson(id: PresetId): DealJson | undefined {
  const found = shipped(readId(id));
  return found === undefined ? undefined : structuredClone(found);
}

// The groups of presets, each made on first use (so a Korean preset does not build the others).
const GROUPS = [korea, japan, eu, others, gulf, tradeDeals];
const groups = new Map<() => readonly DealJson[], readonly DealJson[]>();

// The preset as shipped (shared, never handed out).
function shipped(id: string): DealJson | undefined {
  for (const make of GROUPS) {
    let group = groups.get(make);
    if (group === undefined) {
      group = make();
      groups.set(make, group);
    }
    const found = group.find((d) => d.id === id);
    if (found !== undefined) return found;
  }
  return undefined;
}

function readId(id: unknown): string {
  if (typeof id === 'string') return id;
  return invalid([
    {
      path: ['id'],
      expected: 'a preset id such as "kr-2025-11-mou"',
      received: describeValue(id),
      message: `expected a preset id such as "kr-2025-11-mou", received ${describeValue(id)}`,
    },
  ]);
}

/** Ids of every preset, in the order of {@link presets}. */
export const PRESET_IDS = [
  'kr-2025-07-us-demand',
  'kr-2025-07-first-offer',
  'kr-2025-07-raised-offer',
  'kr-2025-07-framework',
  'kr-2025-10-us-cash-25x8',
  'kr-2025-10-kr-cash-7x10',
  'kr-2025-11-mou',
  'jp-2025-07-deal',
  'jp-2025-09-mou',
  'eu-2025-07-turnberry',
  'eu-2025-08-joint-statement',
  'tw-2026-01-investment',
  'tw-2026-02-art',
  'ch-2025-11-framework',
  'my-2025-10-art',
  'sa-2025-05-pledge',
  'sa-2025-11-raise',
  'ae-2025-03-framework',
  'qa-2025-05-economic-exchange',
  'in-2026-02-framework',
  'id-2026-02-art',
  'gb-2025-05-epd',
  'vn-2025-10-framework',
  'th-2025-10-framework',
  'ph-2025-07-deal',
  'kh-2025-10-art',
] as const;

/** One of the preset ids. */
export type PresetId = (typeof PRESET_IDS)[number];

/** What {@link presets} lists for each preset. */
export type PresetSummary = DealSummary & {
  /** The preset's id, to pass to {@link presetDeal}. */
  readonly id: PresetId;
};

const parsed = new Map<string, Deal>();

/**
 * A preset deal by id: sourced figures as published, each with its sources, and notes on
 * every assumption (mostly timing). Built on first use (as `parseDeal` builds deal JSON) and cached.
 *
 * @param id - One of {@link PRESET_IDS}. Other text is still checked when it comes at run time
 *   (from JavaScript or user input).
 * @throws {DealcalcError} `unknown_deal` for an id that is not a preset, with up to three
 *   close ids as suggestions; `invalid_input` when `id` is not text.
 *
 * @example
 * presetDeal('kr-2025-11-mou').components.map((c) => c.instrument) //=> ['cash', 'unspecified']
 */
export function presetDeal(id: PresetId): Deal {
  const key = readId(id);
  const cached = parsed.get(key);
  if (cached !== undefined) return cached;
  const json = shipped(key);
  if (json === undefined) {
    const suggestions = key.length > 200 ? [] : closest(key, PRESET_IDS);
    const hint =
      suggestions.length === 0
        ? ' (dealcalc list shows the presets)'
        : `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?`;
    const message = `unknown deal ${excerpt(key)}: not a preset id, a deal file or a proposal${hint}`;
    throw new DealcalcError(
      'unknown_deal',
      { reference: key.length > 200 ? `${key.slice(0, 197)}...` : key, suggestions },
      [{ path: ['id'], expected: 'a preset id, a deal file or a proposal', received: excerpt(key), message }],
      message,
    );
  }
  const deal = buildPreset(json);
  parsed.set(key, deal);
  return deal;
}

/**
 * The presets: id, title, party, stage, date, currency and headline, Korea first, each
 * party's deals by date.
 *
 * @example
 * presets().map((p) => p.id).slice(0, 2) //=> ['kr-2025-07-us-demand', 'kr-2025-07-first-offer']
 */
export function presets(): PresetSummary[] {
  return PRESET_IDS.map((id) => ({ ...summarize(presetDeal(id)), id }));
}

// Up to three ids nearest by edit distance, or sharing a prefix.
function closest(reference: string, ids: readonly string[]): string[] {
  const scored = ids.map((id) => ({
    id,
    score: id.startsWith(reference) || reference.startsWith(id) ? 0 : distance(reference, id),
  }));
  const limit = Math.max(3, Math.floor(reference.length / 3));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((s) => s.id);
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
