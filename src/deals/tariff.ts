import * as z from 'zod';
import { once } from '../errors/zod.ts';
import type { Issue, PathSegment } from '../errors/DealcalcError.ts';
import { isoDateSchema } from '../dates/schema.ts';
import { daysBetween } from '../dates/calendarDate.ts';
import { decimal } from '../money/decimal.ts';
import { amountTextSchema } from '../money/schema.ts';
import { notesSchema, sourceIdsSchema, textSchema } from './text.ts';
import {
  TARIFF_BASES,
  type SectorTariff,
  type TariffEvent,
  type TariffLine,
  type TariffRate,
  type TariffTerms,
} from './deal.ts';

/** A fraction from 0 to 1 as dealcalc writes it: `"0"`, `"0.15"`, `"1"`. */
export const UNIT_FRACTION_PATTERN = /^(0(\.\d+)?|1(\.0+)?)$/;

const text = textSchema;
const notes = notesSchema;
const sourceIds = sourceIdsSchema;

// The range lives in the pattern, so the exported JSON Schema carries it.
const unitFraction = /* @__PURE__ */ z.lazy(() =>
  z
    .string()
    .regex(UNIT_FRACTION_PATTERN, {
      message: 'expected a fraction from 0 to 1 written as a decimal string, such as "0.15"',
    })
    .transform((t) => decimal(t))
    .meta({ description: 'A tariff rate as a fraction from 0 to 1 written as a decimal string: "0.15" is 15%.' }),
);

const basis = /* @__PURE__ */ z.lazy(() =>
  z.enum(TARIFF_BASES).meta({
    description:
      'Legal basis: mfn, ieepa-reciprocal (struck down 20 Feb 2026), section-232, section-122, section-301 or other.',
  }),
);

const rateSchema = /* @__PURE__ */ z.lazy(() =>
  z.union(
    [
      unitFraction,
      z.strictObject({
        rate: unitFraction,
        basis: basis.optional(),
        from: isoDateSchema.optional().meta({ description: 'First day the rate applies.' }),
        until: isoDateSchema.optional().meta({ description: 'Day the rate stops applying.' }),
      }),
    ],
    { error: 'expected a rate such as "0.15", or { rate, basis?, from?, until? }' },
  ),
);

const lineFields = /* @__PURE__ */ once(() => ({
  before: rateSchema.meta({ description: 'Rate actually applied before the deal (not a threat).' }),
  threatened: rateSchema
    .optional()
    .meta({ description: 'Rate threatened and never applied; counted only when asked.' }),
  after: rateSchema.meta({ description: 'Rate under the deal.' }),
  exportsCovered: amountTextSchema
    .optional()
    .meta({ description: "Yearly exports to the counterparty the rates apply to, in the deal's currency." }),
  notes,
  sources: sourceIds,
}));

const eventSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    date: isoDateSchema,
    effect: z.enum(['voided', 'imposed']).meta({
      description:
        'voided: every rate on the basis stops applying from the date; imposed: a rate applied with or without the deal.',
    }),
    basis,
    label: text,
    rate: unitFraction.optional(),
    until: isoDateSchema.optional(),
    notes,
    sources: sourceIds,
  }),
);

/**
 * Tariff terms in JSON: headline rates (`before` as applied, optional `threatened`, `after`),
 * each a fraction string or `{ rate, basis, from, until }`; sectors with their own rates; and
 * dated events (a ruling voiding one basis).
 */
export const tariffSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    ...lineFields(),
    sectors: z.array(z.strictObject({ sector: text, ...lineFields() })).default([]),
    events: z.array(eventSchema).default([]),
  }),
);

type RateJson = z.output<typeof rateSchema>;
type LineJson = Omit<z.output<typeof tariffSchema>, 'sectors' | 'events'>;

/** Reports a problem at a path. */
type Report = (issue: Issue) => void;
/** Checks that source ids exist. */
type CheckRefs = (ids: readonly string[], path: readonly PathSegment[]) => void;

function readRate(r: RateJson, path: readonly PathSegment[], report: Report): TariffRate {
  if (!('rate' in r)) return Object.freeze({ rate: r });
  if (r.from !== undefined && r.until !== undefined && daysBetween(r.from, r.until) <= 0) {
    report({
      path: [...path, 'until'],
      expected: `a day after from (${r.from})`,
      received: r.until,
      message: `expected an until date after ${r.from}, received ${r.until}`,
    });
  }
  return Object.freeze({
    rate: r.rate,
    ...(r.basis === undefined ? {} : { basis: r.basis }),
    ...(r.from === undefined ? {} : { from: r.from }),
    ...(r.until === undefined ? {} : { until: r.until }),
  });
}

function readLine(l: LineJson, path: readonly PathSegment[], report: Report, checkRefs: CheckRefs): TariffLine {
  checkRefs(l.sources, [...path, 'sources']);
  return {
    before: readRate(l.before, [...path, 'before'], report),
    ...(l.threatened === undefined ? {} : { threatened: readRate(l.threatened, [...path, 'threatened'], report) }),
    after: readRate(l.after, [...path, 'after'], report),
    ...(l.exportsCovered === undefined ? {} : { exportsCovered: l.exportsCovered.value }),
    notes: Object.freeze([...l.notes]),
    sources: Object.freeze([...l.sources]),
  };
}

/** Builds checked, frozen tariff terms from their parsed JSON, reporting problems with paths under `tariff`. */
export function buildTariff(t: z.output<typeof tariffSchema>, report: Report, checkRefs: CheckRefs): TariffTerms {
  const sectors = t.sectors.map(
    (s, k): SectorTariff =>
      Object.freeze({ sector: s.sector, ...readLine(s, ['tariff', 'sectors', k], report, checkRefs) }),
  );
  const events = t.events.map((e, k): TariffEvent => {
    const path = ['tariff', 'events', k];
    checkRefs(e.sources, [...path, 'sources']);
    if (e.effect === 'imposed' && e.rate === undefined)
      report({
        path: [...path, 'rate'],
        expected: 'the rate imposed',
        received: 'none',
        message: 'expected the rate of an imposed tariff, received none',
      });
    if (e.effect === 'voided' && (e.rate !== undefined || e.until !== undefined)) {
      report({
        path: [...path, e.rate !== undefined ? 'rate' : 'until'],
        expected: 'no rate or until on a voided basis',
        received: 'a value',
        message: 'expected no rate or until on a voided basis',
      });
    }
    if (e.until !== undefined && daysBetween(e.date, e.until) <= 0)
      report({
        path: [...path, 'until'],
        expected: `a day after ${e.date}`,
        received: e.until,
        message: `expected an until date after ${e.date}, received ${e.until}`,
      });
    return Object.freeze({
      date: e.date,
      effect: e.effect,
      basis: e.basis,
      label: e.label,
      ...(e.rate === undefined ? {} : { rate: e.rate }),
      ...(e.until === undefined ? {} : { until: e.until }),
      notes: Object.freeze([...e.notes]),
      sources: Object.freeze([...e.sources]),
    });
  });
  return Object.freeze({
    ...readLine(t, ['tariff'], report, checkRefs),
    sectors: Object.freeze(sectors),
    events: Object.freeze(events),
  });
}

export type { TariffJson } from './json.ts';
