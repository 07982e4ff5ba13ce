import * as z from 'zod';
import { parseWithSchema } from '../errors/zod.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { amountTextSchema, currencySchema, decimalSchema } from '../money/schema.ts';
import type { CurrencyCode } from '../money/currency.ts';
import type { Decimal } from '../money/decimal.ts';

/** The figures an economy is measured by, in {@link Economy.figures}. */
export const ECONOMY_FIGURES = ['gdp', 'fxReserves', 'currentAccount', 'exportsToCounterparty', 'fxTurnoverDaily', 'reserveIncome', 'outwardFdi', 'imports', 'foreignAssets'] as const;

/** One of {@link ECONOMY_FIGURES}. */
export type EconomyFigureName = (typeof ECONOMY_FIGURES)[number];

const figureSchema = z.strictObject({
  value: amountTextSchema.meta({ description: 'The figure, e.g. "428.05B".' }),
  unit: currencySchema.meta({ description: 'Currency of the figure (ISO 4217).' }),
  period: z.string().trim().min(1).meta({ description: 'What the figure covers or when it was measured: "2024", "end-Dec 2025", "2025 average".' }),
  per: z.enum(['stock', 'year', 'day']).meta({ description: 'A stock (reserves), a yearly flow (GDP), or a daily flow (FX turnover).' }),
  source: z.string().trim().min(1).meta({ description: 'Id of an entry in sources.' }),
  note: z.string().optional(),
});

const fxSchema = z.strictObject({
  currency: currencySchema,
  perUsd: decimalSchema.meta({ description: 'Units of the currency per US dollar.' }),
  period: z.string().trim().min(1),
  source: z.string().trim().min(1),
});

const sourceSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  approximate: z.boolean().optional(),
});

/**
 * An economy in JSON: figures to weigh a pledge against, each with its unit (currency),
 * period, kind (stock, yearly or daily) and source; exchange rates to bring figures in other
 * currencies to the deal's; and the sources. Every figure is optional, but a figure given
 * without a unit or a period is an error.
 */
export const economySchema = /* @__PURE__ */ z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    party: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().trim().min(1),
    figures: z.strictObject(Object.fromEntries(ECONOMY_FIGURES.map((f) => [f, figureSchema.optional()])) as Record<EconomyFigureName, z.ZodOptional<typeof figureSchema>>),
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
        ctx.addIssue({ code: 'custom', path: ['figures', name, 'value'], message: `expected an amount in ${f.unit} (the figure's unit), received one in ${f.value.currency}` });
      }
      if (!ids.has(f.source)) ctx.addIssue({ code: 'custom', path: ['figures', name, 'source'], message: `expected the id of an entry in sources, received ${JSON.stringify(f.source)}` });
    }
  });

/** An economy as its JSON holds it. */
export type EconomyJson = z.input<typeof economySchema>;

/** One figure of an economy. */
export interface EconomyFigure {
  readonly value: Decimal;
  readonly unit: CurrencyCode;
  readonly period: string;
  readonly per: 'stock' | 'year' | 'day';
  readonly source: string;
  readonly note?: string;
}

/** A checked economy. */
export interface Economy {
  readonly id: string;
  readonly party: string;
  readonly name: string;
  readonly figures: Readonly<Partial<Record<EconomyFigureName, EconomyFigure>>>;
  readonly fx: ReadonlyArray<{ readonly currency: CurrencyCode; readonly perUsd: Decimal; readonly period: string; readonly source: string }>;
  readonly notes: readonly string[];
  readonly sources: ReadonlyArray<{ readonly id: string; readonly title: string; readonly publisher: string; readonly url: string; readonly date: string; readonly approximate?: boolean }>;
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
      return [[name, Object.freeze({ value: f.value.value, unit: f.unit, period: f.period, per: f.per, source: f.source, ...(f.note === undefined ? {} : { note: f.note }) })]];
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
