import type { IsoDate } from '../dates/calendarDate.ts';
import { pow10, scaledOf } from '../money/scaled.ts';
import { commonAxis } from '../schedules/axis.ts';
import type { Frequency } from '../schedules/frequency.ts';
import type { Component, Deal } from './deal.ts';
import { INSTRUMENTS, type Instrument } from './instrument.ts';

/** One stream of a deal as exact scaled integers: amount k is `coefficients[k] × 10^exponent` in `periods[k]`. */
export interface LedgerStream {
  /** Ascending, distinct periods with an installment (its amount may be 0). */
  readonly periods: readonly number[];
  readonly coefficients: readonly bigint[];
}

/**
 * A deal's money as the kernels use it: every component's installments read once into integers
 * sharing one power of ten, summed by instrument and period. Made once per deal object.
 */
export interface DealLedger {
  /** Power of ten of every coefficient (the smallest digit any amount uses). */
  readonly exponent: number;
  readonly headline: bigint;
  readonly frequency: Frequency;
  readonly startDate?: IsoDate;
  readonly instruments: Readonly<Record<Instrument, LedgerStream>>;
  /** All headline components together. */
  readonly all: LedgerStream;
  /** Totals by instrument of the commitments alongside, at the same exponent. */
  readonly alongside: Readonly<Record<Instrument, bigint>>;
}

const EMPTY: LedgerStream = Object.freeze({ periods: Object.freeze([]), coefficients: Object.freeze([]) });
const ledgers = new WeakMap<Deal, DealLedger>();

/** The {@link DealLedger} of a deal (cached per deal object: deals are frozen). */
export function dealLedger(deal: Deal): DealLedger {
  let ledger = ledgers.get(deal);
  if (ledger === undefined) {
    ledger = buildLedger(deal);
    ledgers.set(deal, ledger);
  }
  return ledger;
}

function buildLedger(deal: Deal): DealLedger {
  const axis = commonAxis(
    deal.components.map((c) => c.schedule),
    'components',
  ) ?? { frequency: 'annual' as const };
  const reads = (components: readonly Component[]) =>
    components.map((c) => ({
      instrument: c.instrument,
      installments: c.schedule.installments.map((i) => ({ period: i.period, amount: scaledOf(i.amount) })),
    }));
  const parts = reads(deal.components);
  const extra = reads(deal.alongside);
  const headline = scaledOf(deal.headline);
  let exponent = headline.coefficient === 0n ? Number.POSITIVE_INFINITY : headline.exponent;
  for (const part of [...parts, ...extra])
    for (const i of part.installments)
      if (i.amount.coefficient !== 0n && i.amount.exponent < exponent) exponent = i.amount.exponent;
  if (exponent === Number.POSITIVE_INFINITY) exponent = 0;
  const at = (s: { coefficient: bigint; exponent: number }): bigint =>
    s.coefficient === 0n ? 0n : s.coefficient * pow10(s.exponent - exponent);

  const byInstrument = new Map<Instrument, Map<number, bigint>>();
  const all = new Map<number, bigint>();
  for (const part of parts) {
    let book = byInstrument.get(part.instrument);
    if (book === undefined) byInstrument.set(part.instrument, (book = new Map()));
    for (const { period, amount } of part.installments) {
      const c = at(amount);
      book.set(period, (book.get(period) ?? 0n) + c);
      all.set(period, (all.get(period) ?? 0n) + c);
    }
  }
  const instruments = Object.fromEntries(INSTRUMENTS.map((i) => [i, streamOf(byInstrument.get(i))])) as Record<
    Instrument,
    LedgerStream
  >;
  const alongside = Object.fromEntries(INSTRUMENTS.map((i) => [i, 0n])) as Record<Instrument, bigint>;
  for (const part of extra) for (const { amount } of part.installments) alongside[part.instrument] += at(amount);
  return Object.freeze({
    exponent,
    headline: at(headline),
    frequency: axis.frequency,
    ...(axis.startDate === undefined ? {} : { startDate: axis.startDate }),
    instruments: Object.freeze(instruments),
    all: streamOf(all),
    alongside: Object.freeze(alongside),
  });
}

function streamOf(book: Map<number, bigint> | undefined): LedgerStream {
  if (book === undefined || book.size === 0) return EMPTY;
  const periods = [...book.keys()].sort((a, b) => a - b);
  return Object.freeze({
    periods: Object.freeze(periods),
    coefficients: Object.freeze(periods.map((p) => book.get(p)!)),
  });
}
