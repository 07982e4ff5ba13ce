import * as z from 'zod';
import { parseWithSchema } from '../errors/zod.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { amountTextSchema, currencySchema, decimalSchema } from '../money/schema.ts';
import type { CurrencyCode } from '../money/currency.ts';
import type { Decimal } from '../money/decimal.ts';
import type { TextAmount } from '../money/schema.ts';
import type { Source } from '../deals/deal.ts';
import type { SourceJson } from '../deals/json.ts';
import { ECONOMY_FIGURES, type EconomyFigureName } from './economyFigures.ts';

export { ECONOMY_FIGURES, type EconomyFigureName } from './economyFigures.ts';

const figureSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    value: amountTextSchema.meta({ description: 'The figure, e.g. "428.05B".' }),
    unit: currencySchema.meta({ description: 'Currency of the figure (ISO 4217).' }),
    period: z
      .string()
      .trim()
      .min(1)
      .meta({ description: 'What the figure covers or when it was measured: "2024", "end-Dec 2025", "2025 average".' }),
    per: z
      .enum(['stock', 'year', 'day'])
      .meta({ description: 'A stock (reserves), a yearly flow (GDP), or a daily flow (FX turnover).' }),
    source: z.string().trim().min(1).meta({ description: 'Id of an entry in sources.' }),
    note: z.string().optional(),
  }),
);

const fxSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    currency: currencySchema,
    perUsd: decimalSchema.meta({ description: 'Units of the currency per US dollar.' }),
    period: z.string().trim().min(1),
    source: z.string().trim().min(1),
  }),
);

const sourceSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    approximate: z.boolean().optional(),
  }),
);

/** The fields of {@link economySchema}, before the declared type is put on. Internal: for the type tests. */
export const economyFields = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      party: z.string().regex(/^[A-Z]{2}$/),
      name: z.string().trim().min(1),
      figures: z.strictObject(
        Object.fromEntries(ECONOMY_FIGURES.map((f) => [f, figureSchema.optional()])) as Record<
          EconomyFigureName,
          z.ZodOptional<typeof figureSchema>
        >,
      ),
      fx: z.array(fxSchema).default([]),
      notes: z.array(z.string()).default([]),
      sources: z.array(sourceSchema).default([]),
    })
    .superRefine((e, ctx) => {
      const ids = new Set(e.sources.map((s) => s.id));
      for (const name of ECONOMY_FIGURES) {
        const f = e.figures[name];
        if (f === undefined) continue;
        if (f.value.currency !== undefined && f.value.currency !== f.unit) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', name, 'value'],
            message: `expected an amount in ${f.unit} (the figure's unit), received one in ${f.value.currency}`,
          });
        }
        if (!ids.has(f.source))
          ctx.addIssue({
            code: 'custom',
            path: ['figures', name, 'source'],
            message: `expected the id of an entry in sources, received ${JSON.stringify(f.source)}`,
          });
      }
    }),
);

/**
 * What a figure measures: a `stock` at a date (reserves, foreign assets), a flow per `year`
 * (GDP, current account, imports) or a flow per `day` (FX turnover).
 */
export type FigureKind = 'stock' | 'year' | 'day';

/** One figure of an economy in JSON (see {@link EconomyFigure}). */
export interface EconomyFigureJson {
  /** The figure: plain decimal string or shorthand (`"428.05B"`); a currency it names must be `unit`. */
  value: string;
  /** ISO 4217 code of the figure (`"USD"`). */
  unit: string;
  /** What the figure covers or when it was measured: `"2024"`, `"end-Dec 2025"`, `"2025 average"`. */
  period: string;
  /** A stock, a yearly flow or a daily flow. */
  per: FigureKind;
  /** Id of an entry in the economy's `sources`. */
  source: string;
  /** Free-text note. */
  note?: string | undefined;
}

/** An exchange rate of an economy (see {@link Economy.fx}). */
export interface EconomyFxRate {
  /** ISO 4217 code of the currency. */
  readonly currency: CurrencyCode;
  /** Units of the currency per US dollar, greater than 0 (1363.98 for KRW: ₩1,363.98 = $1). */
  readonly perUsd: Decimal;
  /** When the rate was observed (`"2024 average"`, `"2025-12-30"`). */
  readonly period: string;
  /** Id of an entry in the economy's `sources`. */
  readonly source: string;
}

/** An exchange rate in an economy's JSON. */
export interface EconomyFxJson {
  /** ISO 4217 code of the currency (`"KRW"`). */
  currency: string;
  /** Units of the currency per US dollar, greater than 0, as a plain decimal string (`"1363.98"`). */
  perUsd: string;
  /** When the rate was observed (`"2024 average"`, `"2025-12-30"`). */
  period: string;
  /** Id of an entry in the economy's `sources`. */
  source: string;
}

/**
 * An economy in JSON (the input of {@link economySchema} and {@link parseEconomy}): figures to
 * weigh a pledge against, exchange rates, notes and sources.
 */
export interface EconomyJson {
  /** Lower-case id: letters, digits and hyphens (`"kr"`). */
  id: string;
  /** Two upper-case letters: the ISO 3166-1 alpha-2 code (`"KR"`) or `"EU"`. */
  party: string;
  /** Name shown in reports (`"Korea"`). */
  name: string;
  /** The figures by name (see {@link EconomyFigureName}); each is optional. */
  figures: Partial<Record<EconomyFigureName, EconomyFigureJson | undefined>>;
  /** Exchange rates to bring figures in other currencies to the deal's, through US dollars. Default none. */
  fx?: EconomyFxJson[] | undefined;
  /** Free-text notes. Default none. */
  notes?: string[] | undefined;
  /** Where the figures were published. Default none. */
  sources?: SourceJson[] | undefined;
}

/** One figure as {@link economySchema} outputs it: the JSON with `value` read and `unit` checked. */
export interface ParsedEconomyFigureJson {
  /** The value read from the text, with the currency the text names, if any. */
  value: TextAmount;
  /** ISO 4217 code of the figure. */
  unit: CurrencyCode;
  /** What the figure covers or when it was measured. */
  period: string;
  /** A stock, a yearly flow or a daily flow. */
  per: FigureKind;
  /** Id of an entry in the economy's `sources`. */
  source: string;
  /** Free-text note. */
  note?: string | undefined;
}

/**
 * What {@link economySchema} outputs: the JSON checked (every figure's source exists, its
 * amount is in its unit), decimals read, defaults filled in. {@link parseEconomy} turns it into
 * a frozen {@link Economy}.
 */
export interface ParsedEconomyJson {
  /** Lower-case id. */
  id: string;
  /** ISO 3166-1 alpha-2 code, or `"EU"`. */
  party: string;
  /** Name shown in reports. */
  name: string;
  /** The figures given, by name (see {@link EconomyFigureName}). */
  figures: Partial<Record<EconomyFigureName, ParsedEconomyFigureJson | undefined>>;
  /** Exchange rates. */
  fx: EconomyFxRate[];
  /** Free-text notes. */
  notes: string[];
  /** Where the figures were published. */
  sources: SourceJson[];
}

/**
 * An economy in JSON: figures to weigh a pledge against, each with its unit (currency),
 * period, kind (stock, yearly or daily) and source; exchange rates to bring figures in other
 * currencies to the deal's; and the sources. Every figure is optional, but a figure given
 * without a unit or a period is an error.
 */
export const economySchema: z.ZodType<ParsedEconomyJson, EconomyJson> = economyFields;

/** One figure of an economy, checked: a value in a currency, what it covers and where it comes from. */
export interface EconomyFigure {
  /** The figure in whole units of `unit`: a stock or flow per `per` (GDP 1.868T is 1868000000000). */
  readonly value: Decimal;
  /** ISO 4217 code of the value. */
  readonly unit: CurrencyCode;
  /** What the figure covers or when it was measured: `"2024"`, `"end-Dec 2025"`, `"2025 average"`. */
  readonly period: string;
  /** A stock, a yearly flow or a daily flow. */
  readonly per: FigureKind;
  /** Id of the entry in {@link Economy.sources} it comes from. */
  readonly source: string;
  /** Free-text note. */
  readonly note?: string;
}

/** A checked economy (from {@link parseEconomy} or {@link economyPreset}): figures to weigh a pledge against. Plain, frozen data. */
export interface Economy {
  /** Lower-case id (`"kr"`). */
  readonly id: string;
  /** ISO 3166-1 alpha-2 code (`"KR"`), or `"EU"`. */
  readonly party: string;
  /** Name shown in reports (`"Korea"`). */
  readonly name: string;
  /** The figures on record, by name; a figure nobody gave is absent (and a ratio needing it is `null`). */
  readonly figures: Readonly<Partial<Record<EconomyFigureName, EconomyFigure>>>;
  /** Exchange rates, to bring figures in other currencies to a deal's through US dollars. */
  readonly fx: readonly EconomyFxRate[];
  /** Free-text notes. */
  readonly notes: readonly string[];
  /** Where the figures were published. */
  readonly sources: readonly Source[];
}

/**
 * Reads an economy from untrusted JSON.
 *
 * @throws {DealcalcError} `invalid_input` listing every problem with its path (a figure
 *   without `unit` or `period`, an amount in another currency than its unit, an unknown source).
 *
 * @example
 * parseEconomy({ id: 'x', party: 'KR', name: 'Korea', figures: { gdp: { value: '1.868T', unit: 'USD', period: '2024', per: 'year', source: 'KM02' } },
 *   sources: [{ id: 'KM02', title: 'GNI', publisher: 'KBS World', url: 'http://world.kbs.co.kr/', date: '2025-03-05' }] }).figures.gdp.value.toString()
 * //=> '1868000000000'
 */
export function parseEconomy(json: unknown): Economy {
  const e = parseWithSchema(economySchema, json);
  const figures = Object.fromEntries(
    ECONOMY_FIGURES.flatMap((name) => {
      const f = e.figures[name];
      if (f === undefined) return [];
      return [
        [
          name,
          Object.freeze({
            value: f.value.value,
            unit: f.unit,
            period: f.period,
            per: f.per,
            source: f.source,
            ...(f.note === undefined ? {} : { note: f.note }),
          }),
        ],
      ];
    }),
  );
  return Object.freeze({
    id: e.id,
    party: e.party,
    name: e.name,
    figures: Object.freeze(figures),
    fx: Object.freeze(e.fx.map((x) => Object.freeze({ ...x }))),
    notes: Object.freeze([...e.notes]),
    sources: Object.freeze(e.sources.map((s) => Object.freeze({ ...s }) as Economy['sources'][number])),
  });
}

/** Like {@link parseEconomy}, returning an {@link Outcome}.
 *
 * @example
 * safeParseEconomy({ id: 'x' }).ok //=> false
 */
export function safeParseEconomy(json: unknown): Outcome<Economy> {
  return attempt(() => parseEconomy(json));
}
