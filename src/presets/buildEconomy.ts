import type { Economy, EconomyFigure, EconomyJson } from '../economics/economy.ts';
import { ECONOMY_FIGURES, type EconomyFigureName } from '../economics/economyFigures.ts';
import { currencyCode, readAmount } from '../money/amount.ts';
import { decimal } from '../money/decimal.ts';

// The trusted builder of the economy presets: dealcalc's own data, built with plain code as
// parseEconomy builds it (same values, key order, frozen), without the zod schema, which stays
// the door for economy JSON from anywhere else. tests/presets/build.test.ts holds it to
// parseEconomy for every economy preset.

/** Builds an economy preset from its shipped JSON, as `parseEconomy` would. Internal: for `economyPreset`. */
export function buildEconomy(json: EconomyJson): Economy {
  const figures: Partial<Record<EconomyFigureName, EconomyFigure>> = {};
  for (const name of ECONOMY_FIGURES) {
    const f = json.figures[name];
    if (f === undefined) continue;
    figures[name] = Object.freeze({
      value: readAmount(f.value).value,
      unit: currencyCode(f.unit, []),
      period: f.period.trim(),
      per: f.per,
      source: f.source.trim(),
      ...(f.note === undefined ? {} : { note: f.note }),
    });
  }
  return Object.freeze({
    id: json.id,
    party: json.party,
    name: json.name.trim(),
    figures: Object.freeze(figures),
    fx: Object.freeze(
      (json.fx ?? []).map((x) =>
        Object.freeze({
          currency: currencyCode(x.currency, []),
          perUsd: decimal(x.perUsd),
          period: x.period.trim(),
          source: x.source.trim(),
        }),
      ),
    ),
    notes: Object.freeze([...(json.notes ?? [])]),
    sources: Object.freeze(
      (json.sources ?? []).map((s) =>
        Object.freeze({
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          url: s.url,
          date: s.date,
          ...(s.approximate === undefined ? {} : { approximate: s.approximate }),
        }),
      ),
    ),
  });
}
