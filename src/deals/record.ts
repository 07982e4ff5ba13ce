import * as z from 'zod';
import type { Issue, PathSegment } from '../errors/DealcalcError.ts';
import { isoDateSchema } from '../dates/schema.ts';
import { daysBetween } from '../dates/calendarDate.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { amountTextSchema } from '../money/schema.ts';
import type { DealRecord, Milestone, RecordEntry } from './deal.ts';
import { notesSchema, sourceIdsSchema, textSchema } from './text.ts';

const text = textSchema;
const notes = notesSchema;
const sourceIds = sourceIdsSchema;

const entrySchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    date: isoDateSchema.meta({ description: 'Date of the announcement, payment or report.' }),
    from: isoDateSchema
      .optional()
      .meta({ description: 'First day of the stretch an amount covers (purchases over months).' }),
    label: text,
    amount: amountTextSchema.meta({ description: "Amount in the deal's currency, 0 or more." }),
    status: z
      .enum(['announced', 'completed', 'candidate'])
      .default('announced')
      .meta({ description: 'announced or completed count as delivered; candidate (under negotiation) does not.' }),
    against: text
      .optional()
      .meta({ description: 'Label of the component or alongside line it counts towards; absent: the headline.' }),
    notes,
    sources: sourceIds,
  }),
);

const milestoneSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({ date: isoDateSchema, label: text, notes, sources: sourceIds }),
);

/**
 * A deal's record in JSON: what has happened since it was announced, current to `asOf` — money
 * delivered (`entries`), steps that move no money (`milestones`), and the latest state in a line.
 */
export const recordSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    asOf: isoDateSchema.meta({ description: 'The date the record is current to.' }),
    status: text.meta({ description: "The deal's latest state in a line." }),
    entries: z.array(entrySchema).default([]),
    milestones: z.array(milestoneSchema).default([]),
    notes,
    sources: sourceIds,
  }),
);

export type { RecordJson } from './json.ts';

type Report = (issue: Issue, extra?: Record<string, unknown>) => void;
type CheckRefs = (ids: readonly string[], path: readonly PathSegment[]) => void;

/**
 * Builds a checked, frozen record: amounts 0 or more in the deal's currency, every `against`
 * naming a component or alongside line, no entry dated after `asOf`, `from` not after `date`.
 */
export function buildRecord(
  r: z.output<typeof recordSchema>,
  currency: CurrencyCode,
  labels: ReadonlySet<string>,
  report: Report,
  checkRefs: CheckRefs,
): DealRecord {
  checkRefs(r.sources, ['record', 'sources']);
  const afterAsOf = (date: string, path: PathSegment[]): void => {
    if (daysBetween(r.asOf, date) > 0)
      report({
        path,
        expected: `a date on or before asOf (${r.asOf})`,
        received: date,
        message: `expected a date on or before the record's asOf ${r.asOf}, received ${date}`,
      });
  };
  const entries = r.entries.map((e, k): RecordEntry => {
    const path = ['record', 'entries', k];
    checkRefs(e.sources, [...path, 'sources']);
    afterAsOf(e.date, [...path, 'date']);
    if (e.from !== undefined && daysBetween(e.from, e.date) < 0)
      report({
        path: [...path, 'from'],
        expected: `a date on or before ${e.date}`,
        received: e.from,
        message: `expected from on or before the entry's date ${e.date}, received ${e.from}`,
      });
    if (e.amount.currency !== undefined && e.amount.currency !== currency) {
      report(
        {
          path: [...path, 'amount'],
          expected: `an amount in ${currency}`,
          received: e.amount.currency,
          message: `expected an amount in ${currency}, received one in ${e.amount.currency}`,
        },
        { code: 'currency_mismatch' },
      );
    }
    if (e.amount.value.lt(0))
      report({
        path: [...path, 'amount'],
        expected: 'an amount of 0 or more',
        received: e.amount.value.toFixed(),
        message: `expected an amount of 0 or more, received ${e.amount.value.toFixed()}`,
      });
    if (e.against !== undefined && !labels.has(e.against)) {
      report({
        path: [...path, 'against'],
        expected: 'the label of a component or alongside line',
        received: JSON.stringify(e.against),
        message: `expected the label of a component or alongside line, received ${JSON.stringify(e.against)}`,
      });
    }
    return Object.freeze({
      date: e.date,
      ...(e.from === undefined ? {} : { from: e.from }),
      label: e.label,
      amount: e.amount.value,
      status: e.status,
      ...(e.against === undefined ? {} : { against: e.against }),
      notes: Object.freeze([...e.notes]),
      sources: Object.freeze([...e.sources]),
    });
  });
  const milestones = r.milestones.map((m, k): Milestone => {
    checkRefs(m.sources, ['record', 'milestones', k, 'sources']);
    afterAsOf(m.date, ['record', 'milestones', k, 'date']);
    return Object.freeze({
      date: m.date,
      label: m.label,
      notes: Object.freeze([...m.notes]),
      sources: Object.freeze([...m.sources]),
    });
  });
  return Object.freeze({
    asOf: r.asOf,
    status: r.status,
    entries: Object.freeze(entries),
    milestones: Object.freeze(milestones),
    notes: Object.freeze([...r.notes]),
    sources: Object.freeze([...r.sources]),
  });
}
