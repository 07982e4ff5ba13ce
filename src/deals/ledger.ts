import type { IsoDate } from '../dates/calendarDate.ts';
import { D } from '../money/decimal.ts';
import { pow10, scaledOf, type Scaled } from '../money/scaled.ts';
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

/** A ledger with the parts of the deal it was read from besides the component list it is kept under. */
interface Kept {
  readonly alongside: Deal['alongside'];
  readonly headline: Deal['headline'];
  readonly ledger: DealLedger;
}
const ledgers = new WeakMap<Deal['components'], Kept>();

/**
 * The {@link DealLedger} of a deal, made once per component list.
 *
 * A ledger reads three fields of a deal: the components, the alongside list and the headline.
 * When both lists are deeply frozen (the lists, each component, its schedule, its installments
 * and the rest: what the builders make) nothing in them can change, so the ledger is kept under the component
 * list and serves every deal object that holds that list with the same alongside list and
 * headline: the built deal and its spread copies (`{ ...deal }`, or with the title changed),
 * which share its lists. Deals whose lists can change (made by hand) are read afresh each time.
 */
export function dealLedger(deal: Deal): DealLedger {
  const { components, alongside, headline } = deal;
  const kept = ledgers.get(components);
  if (kept?.alongside === alongside && kept.headline === headline) return kept.ledger;
  const ledger = buildLedger(deal);
  if (frozen(components) && frozen(alongside)) ledgers.set(components, { alongside, headline, ledger });
  return ledger;
}

// A value that can never change: frozen all the way down (a frozen object stays frozen), or a
// Decimal (never changed in place) or a primitive.
const frozen = (x: unknown): boolean =>
  typeof x !== 'object' || x === null || x instanceof D || (Object.isFrozen(x) && Object.values(x).every(frozen));

function buildLedger(deal: Deal): DealLedger {
  const axis = commonAxis(
    deal.components.map((c) => c.schedule),
    'components',
  ) ?? { frequency: 'annual' as const };
  // Each amount read once into a scaled integer; then every one brought to the smallest exponent.
  const read = (components: readonly Component[]): Scaled[][] =>
    components.map((c) => c.schedule.installments.map((i) => scaledOf(i.amount)));
  const parts = read(deal.components);
  const extra = read(deal.alongside);
  const headline = scaledOf(deal.headline);
  let exponent = headline.coefficient === 0n ? Infinity : headline.exponent;
  for (const list of [parts, extra])
    for (const amounts of list)
      for (const a of amounts) if (a.coefficient !== 0n && a.exponent < exponent) exponent = a.exponent;
  if (exponent === Infinity) exponent = 0;
  const at = (s: Scaled): bigint =>
    s.coefficient === 0n ? 0n : s.exponent === exponent ? s.coefficient : s.coefficient * pow10(s.exponent - exponent);

  // Amounts by period, per instrument and for all components: a component alone in its
  // instrument is taken as it is (its periods already ascend and are distinct).
  const books = {} as Record<Instrument, Book | undefined>;
  const all: Book = new Map();
  deal.components.forEach((component, k) => {
    const { installments } = component.schedule;
    const amounts = parts[k]!;
    const book = (books[component.instrument] ??= new Map());
    for (let j = 0; j < installments.length; j += 1) {
      const period = installments[j]!.period;
      const c = at(amounts[j]!);
      book.set(period, (book.get(period) ?? 0n) + c);
      all.set(period, (all.get(period) ?? 0n) + c);
    }
  });
  const instruments = {} as Record<Instrument, LedgerStream>;
  const alongside = {} as Record<Instrument, bigint>;
  for (const i of INSTRUMENTS) {
    instruments[i] = streamOf(books[i]);
    alongside[i] = 0n;
  }
  deal.alongside.forEach((component, k) => {
    for (const amount of extra[k]!) alongside[component.instrument] += at(amount);
  });
  const ledger: { -readonly [K in keyof DealLedger]: DealLedger[K] } = {
    exponent,
    headline: at(headline),
    frequency: axis.frequency,
    instruments: Object.freeze(instruments),
    all: streamOf(all),
    alongside: Object.freeze(alongside),
  };
  if (axis.startDate !== undefined) ledger.startDate = axis.startDate;
  return Object.freeze(ledger);
}

type Book = Map<number, bigint>;

function streamOf(book: Book | undefined): LedgerStream {
  if (book === undefined || book.size === 0) return EMPTY;
  const periods = [...book.keys()];
  let ascending = true;
  for (let k = 1; k < periods.length; k += 1) if (periods[k]! <= periods[k - 1]!) ascending = false;
  if (!ascending) periods.sort((a, b) => a - b);
  const coefficients = new Array<bigint>(periods.length);
  for (let k = 0; k < periods.length; k += 1) coefficients[k] = book.get(periods[k]!)!;
  return Object.freeze({ periods: Object.freeze(periods), coefficients: Object.freeze(coefficients) });
}
