import { addMonths, daysBetween, isoDate, type DateInput, type IsoDate } from '../dates/calendarDate.ts';
import type { Component, Deal, Milestone, RecordEntry } from '../deals/deal.ts';
import type { Instrument } from '../deals/instrument.ts';
import { readDeal } from '../deals/readDeal.ts';
import { DealcalcError, describeValue, invalid } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { D, type Decimal } from '../money/decimal.ts';
import { monthsPerPeriod } from '../schedules/frequency.ts';
import type { Schedule } from '../schedules/schedule.ts';
import { total } from '../schedules/total.ts';

/** Options of {@link delivery}. */
export interface DeliveryOptions {
  /** The date to measure to, `YYYY-MM-DD` (default: the record's `asOf`). */
  readonly asOf?: DateInput;
  /**
   * How a scheduled installment falls due: `'pro-rata'` (default) evenly over the days of its
   * period; `'period-start'` in full on the first day of its period (the timing convention
   * present values use).
   */
  readonly accrual?: 'pro-rata' | 'period-start';
}

/** Delivered against pledged for one line: the headline, or one component or alongside line. */
export interface DeliveryLine {
  /** `'headline'`, or the component's label. */
  readonly label: string;
  /** `'headline'` (the whole deal), a `'component'` of the headline, or an `'alongside'` line outside it. */
  readonly kind: 'headline' | 'component' | 'alongside';
  /** The component's instrument (absent for the headline line). */
  readonly instrument?: Instrument;
  /** The whole pledge of the line, in the deal's currency. */
  readonly pledged: Decimal;
  /** The date the line is measured to: `asOf`, or for a line whose entries all report flows over a stretch (`from` … `date`), the last day they cover. */
  readonly measuredTo: IsoDate;
  /** What the pledge says should have been delivered by `measuredTo`, in the deal's currency, 0 or more. */
  readonly pledgedToDate: Decimal;
  /** How `pledgedToDate` was worked out: from the schedules, or straight-line from the deal's date to its `due` date. */
  readonly pace: 'schedule' | 'straight-line to due date';
  /** Announced and completed entries dated on or before `asOf`, summed, in the deal's currency, 0 or more. */
  readonly delivered: Decimal;
  /** Candidate entries (under negotiation), not counted in `delivered`. */
  readonly candidates: Decimal;
  /** delivered − pledgedToDate (negative: behind). */
  readonly gap: Decimal;
  /** delivered ÷ pledgedToDate, a fraction (`null` when nothing was due yet). */
  readonly againstToDate: Decimal | null;
  /** delivered ÷ pledged, a fraction (`null` for a zero pledge). */
  readonly share: Decimal | null;
  /** The record's entries for this line dated on or before `asOf`, candidates included. */
  readonly entries: readonly RecordEntry[];
}

/** Everything {@link delivery} gives. */
export interface Delivery {
  /** The deal's id. */
  readonly deal: string;
  /** The date delivery is measured to (the record's `asOf` unless `options.asOf` says otherwise). */
  readonly asOf: IsoDate;
  /** How scheduled installments were taken to fall due (see {@link DeliveryOptions.accrual}). */
  readonly accrual: 'pro-rata' | 'period-start';
  /** The record's one-line state of the deal. */
  readonly status: string;
  /** The headline first, then every component or alongside line an entry counts towards. */
  readonly lines: readonly DeliveryLine[];
  /** Milestones dated on or before `asOf`. */
  readonly milestones: readonly Milestone[];
  /** What the figures assume, one sentence each. */
  readonly assumptions: readonly string[];
}

/**
 * What a deal has delivered against what it pledged, to a date. Delivered is the sum of the
 * record's announced and completed entries dated on or before `asOf` (candidates under
 * negotiation are shown, not counted). Pledged-to-date follows the deal's schedules, each
 * installment falling due pro rata over its period (or in full at its start); period 0 starts
 * on the schedules' start date or, for schedules not anchored to the calendar, on the deal's
 * date. A headline with a `due` date and no pace (Japan: $550B by 19 Jan 2029) falls due
 * straight-line from the deal's date to that date. Entries count towards the line they name in
 * `against`, and those on headline components (or naming none) towards the headline too.
 *
 * @throws {DealcalcError} `not_computable` when the deal has no record and no `asOf` is given, or
 *   has no date to count from; `invalid_input` for a bad date or accrual.
 *
 * @example
 * const d = delivery(presetDeal('jp-2025-09-mou'));
 * formatAmount(d.lines[0].delivered)        //=> '$36.0B'
 * formatAmount(d.lines[0].pledgedToDate)    //=> '$82.9B'
 * formatPercent(d.lines[0].againstToDate)   //=> '43.4%'
 */
export function delivery(deal: Deal, options: DeliveryOptions = {}): Delivery {
  readDeal(deal, ['deal']);
  options = optionsObject(options);
  const record = deal.record;
  const asOf = options.asOf === undefined ? record?.asOf : isoDate(options.asOf, ['asOf']);
  if (asOf === undefined) {
    const reason = `deal ${deal.id} has no record: give asOf to measure what was pledged to a date`;
    throw new DealcalcError(
      'not_computable',
      { reason },
      [{ path: ['asOf'], expected: 'a date, or a deal with a record', received: 'none', message: reason }],
      reason,
    );
  }
  const accrual = options.accrual ?? 'pro-rata';
  if (accrual !== 'pro-rata' && accrual !== 'period-start') {
    invalid([
      {
        path: ['accrual'],
        expected: "'pro-rata' or 'period-start'",
        received: describeValue(accrual),
        message: `expected 'pro-rata' or 'period-start', received ${describeValue(accrual)}`,
      },
    ]);
  }
  const start = deal.components[0]?.schedule.startDate ?? deal.date;
  if (start === undefined) {
    const reason = `deal ${deal.id} has no date and its schedules are not anchored: nothing to count the pledge from`;
    throw new DealcalcError(
      'not_computable',
      { reason },
      [{ path: ['date'], expected: 'a deal date or anchored schedules', received: 'none', message: reason }],
      reason,
    );
  }
  const assumptions: string[] = [];
  if (deal.components[0]?.schedule.startDate === undefined)
    assumptions.push(
      `Schedules are not anchored to the calendar: period 0 is taken to start on the deal's date, ${start}.`,
    );
  assumptions.push(
    accrual === 'pro-rata'
      ? 'Each scheduled installment falls due evenly over the days of its period.'
      : 'Each scheduled installment falls due in full on the first day of its period.',
  );

  const toDate = (schedule: Schedule, to: IsoDate): Decimal => {
    const months = monthsPerPeriod(schedule.frequency);
    return schedule.installments.reduce((sum, { period, amount }) => {
      const from = addMonths(start, period * months);
      if (to < from) return sum;
      if (accrual === 'period-start') return sum.plus(amount);
      const length = daysBetween(from, addMonths(start, (period + 1) * months));
      const elapsed = Math.min(daysBetween(from, to) + 1, length); // the last day counts as a whole day
      return sum.plus(amount.times(elapsed).div(length));
    }, new D(0));
  };

  const entries = (record?.entries ?? []).filter((e) => e.date <= asOf);
  const headlineLabels = new Set(deal.components.map((c) => c.label));
  const counts = (e: RecordEntry): boolean => e.status !== 'candidate';
  // Flows reported over a stretch are set against the pledge over the same days: measured to their last day.
  const measuredTo = (mine: readonly RecordEntry[]): IsoDate => {
    const counted = mine.filter(counts);
    if (counted.length === 0 || counted.some((e) => e.from === undefined)) return asOf;
    return counted.reduce((last, e) => (e.date > last ? e.date : last), counted[0]!.date);
  };
  const line = (
    label: string,
    kind: DeliveryLine['kind'],
    pledged: Decimal,
    to: IsoDate,
    pledgedToDate: Decimal,
    pace: DeliveryLine['pace'],
    mine: RecordEntry[],
    instrument?: Instrument,
  ): DeliveryLine => {
    const delivered = mine.filter(counts).reduce((a, e) => a.plus(e.amount), new D(0));
    const candidates = mine.filter((e) => !counts(e)).reduce((a, e) => a.plus(e.amount), new D(0));
    return Object.freeze({
      label,
      kind,
      ...(instrument === undefined ? {} : { instrument }),
      pledged,
      measuredTo: to,
      pledgedToDate,
      pace,
      delivered,
      candidates,
      gap: delivered.minus(pledgedToDate),
      againstToDate: pledgedToDate.isZero() ? null : delivered.div(pledgedToDate),
      share: pledged.isZero() ? null : delivered.div(pledged),
      entries: Object.freeze(mine),
    });
  };

  const headlineEntries = entries.filter((e) => e.against === undefined || headlineLabels.has(e.against));
  const headlineTo = measuredTo(headlineEntries);
  let headlineToDate: Decimal;
  let pace: DeliveryLine['pace'] = 'schedule';
  if (deal.due !== undefined) {
    const span = daysBetween(start, deal.due) + 1;
    const elapsed = Math.max(0, Math.min(daysBetween(start, headlineTo) + 1, span));
    headlineToDate = span <= 0 ? deal.headline : deal.headline.times(elapsed).div(span);
    pace = 'straight-line to due date';
    assumptions.push(`The headline is due by ${deal.due} with no pace set: it falls due straight-line from ${start}.`);
  } else {
    headlineToDate = deal.components.reduce((a, c) => a.plus(toDate(c.schedule, headlineTo)), new D(0));
  }
  const lines = [line('headline', 'headline', deal.headline, headlineTo, headlineToDate, pace, headlineEntries)];
  const named = (list: readonly Component[], kind: 'component' | 'alongside'): void => {
    for (const c of list) {
      const mine = entries.filter((e) => e.against === c.label);
      if (mine.length === 0) continue;
      const to = measuredTo(mine);
      lines.push(line(c.label, kind, total(c.schedule), to, toDate(c.schedule, to), 'schedule', mine, c.instrument));
    }
  };
  named(deal.components, 'component');
  named(deal.alongside, 'alongside');
  if (lines.some((l) => l.measuredTo !== asOf))
    assumptions.push(
      'A line whose entries report flows over a stretch is measured to the last day they cover, not to asOf.',
    );

  return Object.freeze({
    deal: deal.id,
    asOf,
    accrual,
    status: record?.status ?? 'no record',
    lines: Object.freeze(lines),
    milestones: Object.freeze((record?.milestones ?? []).filter((m) => m.date <= asOf)),
    assumptions: Object.freeze(assumptions),
  });
}
