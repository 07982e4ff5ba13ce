import { describe, expect, it } from 'vitest';
import { parseDeal } from '../../src/deals/schema.ts';
import { readDeal } from '../../src/deals/readDeal.ts';
import { isDecimal } from '../../src/money/decimal.ts';
import { readSchedule } from '../../src/schedules/schedule.ts';
import { buildPreset } from '../../src/presets/build.ts';
import { PRESET_IDS, presetDeal, presetJson } from '../../src/presets/presets.ts';
import { ECONOMY_FIGURES, parseEconomy } from '../../src/economics/economy.ts';
import { buildEconomy } from '../../src/presets/buildEconomy.ts';
import { economies } from '../../src/presets/data/economies.ts';
import { ECONOMY_IDS, economyPreset } from '../../src/presets/economies.ts';

// The oracle of the trusted preset builder is parseDeal (the zod schema): for every preset,
// the same Deal to the last detail — values, Decimal digits, key order, frozenness.
function same(actual: unknown, expected: unknown, path: string): void {
  if (isDecimal(expected)) {
    expect(isDecimal(actual), path).toBe(true);
    expect(Object.getPrototypeOf(actual), path).toBe(Object.getPrototypeOf(expected));
    expect(String(actual), path).toBe(String(expected));
    return;
  }
  if (typeof expected !== 'object' || expected === null) {
    expect(actual, path).toBe(expected);
    return;
  }
  expect(typeof actual, path).toBe('object');
  expect(Array.isArray(actual), path).toBe(Array.isArray(expected));
  expect(Object.isFrozen(actual), `${path} frozen`).toBe(Object.isFrozen(expected));
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  expect(Object.keys(a), `${path} keys`).toEqual(Object.keys(e));
  for (const key of Object.keys(e)) same(a[key], e[key], `${path}.${key}`);
}

describe('buildPreset (the trusted preset builder)', () => {
  it.each(PRESET_IDS)('%s: builds what parseDeal builds from its JSON', (id) => {
    const json = presetJson(id)!;
    const built = buildPreset(json);
    same(built, parseDeal(json), id);
    // Marked as built, with built schedules: the front doors take it as it is.
    expect(readDeal(built, [])).toBe(built);
    for (const c of [...built.components, ...built.alongside]) expect(readSchedule(c.schedule)).toBe(c.schedule);
    expect(presetDeal(id)).toBe(presetDeal(id));
  });

  it('reads the forms presets do not use today as parseDeal does', () => {
    const json = {
      id: 'x',
      title: ' X ',
      currency: 'KRW',
      headline: '₩300T',
      components: [
        {
          label: 'a',
          instrument: 'cash',
          schedule: { currency: 'KRW', installments: [{ period: 1, amount: '1T' }] },
          notes: [' n '],
        },
        { label: 'b', instrument: 'loan', schedule: { each: '₩10T', count: 3, start: 2 } },
        { label: 'c', instrument: 'guarantee', schedule: { spread: '200T', count: 7, remainder: 'first' } },
        { label: 'd', instrument: 'unspecified', schedule: { capped: '69T', cap: '30T', currency: 'KRW' } },
      ],
      profitSharing: {
        tiers: [
          { partyShare: '0.5', counterpartyShare: '0.5', until: 'recovery' },
          { partyShare: '0.1', counterpartyShare: '0.9' },
        ],
        recovery: { target: 'principal' },
      },
      tariff: {
        before: '0.25',
        after: { rate: '0.15', until: '2026-01-01' },
        events: [{ date: '2026-02-20', effect: 'voided', basis: 'ieepa-reciprocal', label: 'ruling' }],
      },
      record: {
        asOf: '2026-03-01',
        status: 'open',
        entries: [{ date: '2026-01-01', label: 'e', amount: '1T', against: 'a' }],
      },
      sources: [{ id: 'S1', title: 't', publisher: 'p', url: 'https://example.org', date: '2025', approximate: true }],
    } as const;
    same(buildPreset(json as never), parseDeal(json), 'x');
  });
});

describe('buildEconomy (the trusted economy-preset builder)', () => {
  it.each(ECONOMY_IDS)('%s: builds what parseEconomy builds from its JSON', (id) => {
    const json = economies().find((e) => e.id === id)!;
    same(buildEconomy(json), parseEconomy(json), id);
    expect(economyPreset(id)).toBe(economyPreset(id));
  });

  it('orders the figures as ECONOMY_FIGURES does', () => {
    for (const json of economies()) {
      const names = Object.keys(buildEconomy(json).figures);
      expect(names).toEqual(ECONOMY_FIGURES.filter((f) => names.includes(f)));
    }
  });
});
