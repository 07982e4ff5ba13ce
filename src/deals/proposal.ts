import { describeValue, invalid, type Issue } from '../errors/DealcalcError.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { readShorthand } from '../money/shorthand.ts';
import { amount as readAmountValue, currencyCode } from '../money/amount.ts';
import { D, sum, toPlainString, type Decimal } from '../money/decimal.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { capped } from '../schedules/capped.ts';
import type { Frequency } from '../schedules/frequency.ts';
import { installments } from '../schedules/installments.ts';
import { lumpSum } from '../schedules/lumpSum.ts';
import type { Schedule, ScheduleOptions } from '../schedules/schedule.ts';
import { scheduleOf } from '../schedules/scheduleOf.ts';
import { spread } from '../schedules/spread.ts';
import { total } from '../schedules/total.ts';
import { deal } from './build.ts';
import type { Deal } from './deal.ts';
import type { Instrument } from './instrument.ts';

/** Options of {@link proposal}. */
export interface ProposalOptions {
  /** Deal id (default: made from the proposal's canonical text). */
  readonly id?: string;
  /** Deal title (default: the canonical text). */
  readonly title?: string;
  /** Currency of amounts that name none (default USD). */
  readonly currency?: string;
  /** Period length of every schedule (default annual). */
  readonly frequency?: Frequency;
  /** Calendar date of period 0. */
  readonly startDate?: string;
}

const INSTRUMENT_WORDS: Readonly<Record<string, Instrument>> = {
  cash: 'cash', equity: 'cash', funding: 'cash',
  loan: 'loan', loans: 'loan', lending: 'loan',
  guarantee: 'guarantee', guarantees: 'guarantee',
  purchase: 'purchase', purchases: 'purchase',
  private: 'private', corporate: 'private', company: 'private',
  unspecified: 'unspecified', unallocated: 'unspecified',
};

const PERIOD_WORDS = new Set(['year', 'years', 'period', 'periods', 'quarter', 'quarters', 'month', 'months', 'half-year', 'half-years']);
const PER_WORDS = [['a', 'year'], ['per', 'year'], ['a', 'period'], ['per', 'period'], ['yearly'], ['annually'], ['/yr'], ['/year']];

/** Label given to the part of a headline the proposal does not allocate. */
export const UNALLOCATED_LABEL = 'Not yet allocated';

interface Token {
  readonly text: string;
  readonly at: number;
  readonly word: number;
}

/**
 * A deal from a quick text proposal, for people at a prompt or in a notebook:
 *
 * ```text
 * proposal   := part ("+" part)* ["of" AMOUNT]
 * part       := INSTRUMENT spec ["from" ("year" | "period") N]
 * spec       := AMOUNT ("x" | "×") N                     N installments of AMOUNT
 *             | AMOUNT ["a year"] "for" N "years"          the same
 *             | AMOUNT "over" N "years"                    AMOUNT spread evenly over N periods
 *             | AMOUNT ("cap" | "at most") AMOUNT ["a year"]   capped per period
 *             | "[" AMOUNT ("," AMOUNT)* "]"               an explicit list
 *             | AMOUNT                                     a lump sum
 * INSTRUMENT := cash | loan | guarantee | purchase | private | unspecified (and plurals)
 * ```
 *
 * `of H` sets the headline; what the parts leave unallocated becomes an `unspecified`
 * component (`'Not yet allocated'`, a lump sum in period 0). Without `of`, the headline is
 * the sum of the parts. The deal's id and title come from the canonical text
 * ({@link formatProposal}), so `proposal(formatProposal(d))` equals `d`.
 *
 * @throws {DealcalcError} `invalid_input` pointing at the offending word (its text, word
 *   number and character position); `unbalanced_deal` when the parts exceed the headline.
 *
 * @example
 * const d = proposal('cash 25B x 8 of 350B');
 * d.components.map((c) => `${c.instrument} ${c.schedule.installments.length}`) //=> ['cash 8', 'unspecified 1']
 * proposal('cash 200B cap 20B + guarantee 150B').headline.toFixed()          //=> '350000000000'
 */
export function proposal(text: string, options: ProposalOptions = {}): Deal {
  if (typeof text !== 'string' || text.trim() === '') {
    return invalid([{ path: ['proposal'], expected: 'a proposal such as "cash 25B x 8 of 350B"', received: describeValue(text), message: `expected a proposal such as "cash 25B x 8 of 350B", received ${describeValue(text)}` }]);
  }
  const fallback = currencyCode(options.currency ?? 'USD', ['currency']);
  const scheduleOptions: ScheduleOptions = {
    currency: fallback,
    ...(options.frequency === undefined ? {} : { frequency: options.frequency }),
    ...(options.startDate === undefined ? {} : { startDate: options.startDate }),
  };
  const parsed = parseProposal(text, scheduleOptions);
  const currencies = new Set([...parsed.parts.map((p) => p.schedule.currency), ...(parsed.headline === undefined ? [] : [parsed.headline.currency])]);
  if (currencies.size > 1) {
    return invalid([{ path: ['proposal'], expected: 'amounts in one currency', received: [...currencies].join(' and '), message: `expected amounts in one currency, received ${[...currencies].join(' and ')} in ${JSON.stringify(text)}` }]);
  }
  const currency = [...currencies][0] ?? fallback;
  const allocated = sum(parsed.parts.map((p) => total(p.schedule)));
  const headline = parsed.headline?.value ?? allocated;
  const components = labelled(parsed.parts);
  const rest = headline.minus(allocated);
  if (rest.gt(0)) {
    components.push({ label: UNALLOCATED_LABEL, instrument: 'unspecified', schedule: lumpSum({ value: rest, currency }, { ...scheduleOptions, currency }) });
  }
  const draft = { components, headline, currency };
  const canonical = describe(draft);
  return deal({
    id: options.id ?? slug(canonical),
    title: options.title ?? canonical,
    currency,
    headline: toPlainString(headline),
    components: components.map((c) => ({ label: c.label, instrument: c.instrument, schedule: c.schedule })),
    notes: [`Quick proposal: ${canonical}`],
  });
}

/**
 * Like {@link proposal}, returning an {@link Outcome} instead of throwing.
 *
 * @example
 * safeProposal('cash 25X x 8').ok //=> false
 */
export function safeProposal(text: string, options: ProposalOptions = {}): Outcome<Deal> {
  return attempt(() => proposal(text, options));
}

/**
 * The canonical proposal text of a deal: each headline component as `instrument spec`, joined
 * by `+`, then `of HEADLINE` when a `'Not yet allocated'` remainder exists. Amounts are written
 * exactly in the shortest unit form (`25B`, `1.5T`, `KRW 500T`). Schedules that fit no
 * shorthand are written as explicit lists.
 *
 * @example
 * formatProposal(proposal('cash $25bn × 8 of 350 billion')) //=> 'cash 25B x 8 of 350B'
 */
export function formatProposal(d: Pick<Deal, 'components' | 'headline' | 'currency'>): string {
  return describe(d);
}

type Described = { readonly components: ReadonlyArray<Pick<Deal['components'][number], 'label' | 'instrument' | 'schedule'>>; readonly headline: Decimal; readonly currency: CurrencyCode };

function describe(d: Described): string {
  const remainder = d.components.find((c) => c.label === UNALLOCATED_LABEL && c.instrument === 'unspecified' && isLump(c.schedule));
  const parts = d.components.filter((c) => c !== remainder).map((c) => `${c.instrument} ${spec(c.schedule, d.currency)}`);
  return remainder === undefined ? parts.join(' + ') : `${parts.join(' + ')} of ${compact(d.headline, d.currency)}`;
}

function isLump(s: Schedule): boolean {
  return s.installments.length === 1 && s.installments[0]!.period === 0;
}

function spec(s: Schedule, currency: CurrencyCode): string {
  const list = s.installments;
  const first = list[0];
  if (first === undefined) return `[]`;
  const from = first.period === 0 ? '' : ` from period ${first.period}`;
  const consecutive = list.every((i, k) => i.period === first.period + k);
  const money = (x: Decimal): string => compact(x, currency);
  if (consecutive && list.length === 1) return `${money(first.amount)}${from}`;
  if (consecutive && list.every((i) => i.amount.eq(first.amount))) return `${money(first.amount)} x ${list.length}${from}`;
  const last = list[list.length - 1]!;
  if (consecutive && list.slice(0, -1).every((i) => i.amount.eq(first.amount)) && last.amount.lt(first.amount) && last.amount.gt(0)) {
    return `${money(total(s))} cap ${money(first.amount)}${from}`;
  }
  const span = last.period - first.period + 1;
  const byPeriod = new Map(list.map((i) => [i.period, i.amount]));
  const values = Array.from({ length: span }, (_, k) => money(byPeriod.get(first.period + k) ?? new D(0)));
  return `[${values.join(', ')}]${from}`;
}

const UNITS: ReadonlyArray<readonly [string, number]> = [['T', 12], ['B', 9], ['M', 6], ['K', 3]];

// Exact shortest text: 25000000000 → "25B", 1500000000000 → "1.5T", non-USD with its code.
function compact(value: Decimal, currency: CurrencyCode): string {
  const prefix = currency === 'USD' ? '' : `${currency} `;
  const magnitude = value.abs();
  for (const [unit, exponent] of UNITS) {
    if (magnitude.gte(new D(10).pow(exponent))) return `${prefix}${toPlainString(value.div(new D(10).pow(exponent)))}${unit}`;
  }
  return `${prefix}${toPlainString(value)}`;
}

function slug(text: string): string {
  const s = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return (s === '' ? 'proposal' : s).slice(0, 80).replace(/-+$/, '');
}

interface Part {
  readonly instrument: Instrument;
  readonly schedule: Schedule;
}

function labelled(parts: readonly Part[]): Array<{ label: string; instrument: Instrument; schedule: Schedule }> {
  const seen = new Map<Instrument, number>();
  return parts.map((p) => {
    const n = (seen.get(p.instrument) ?? 0) + 1;
    seen.set(p.instrument, n);
    const name = p.instrument.charAt(0).toUpperCase() + p.instrument.slice(1);
    return { label: n === 1 ? name : `${name} ${n}`, instrument: p.instrument, schedule: p.schedule };
  });
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[+[\],×]|[^\s+[\],×]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) tokens.push({ text: m[0], at: m.index, word: tokens.length + 1 });
  return tokens;
}

function parseProposal(text: string, options: ScheduleOptions): { parts: Part[]; headline?: { value: Decimal; currency: CurrencyCode } } {
  const tokens = tokenize(text);
  let i = 0;
  const peek = (k = 0): Token | undefined => tokens[i + k];
  const lower = (t: Token | undefined): string => (t === undefined ? '' : t.text.toLowerCase());
  const fail = (t: Token | undefined, expected: string): never => {
    const where = t === undefined ? 'the end' : `${JSON.stringify(t.text)} (word ${t.word}, character ${t.at + 1})`;
    const issue: Issue = { path: ['proposal'], expected, received: where, message: `could not read the proposal ${JSON.stringify(text)} at ${where}: expected ${expected}` };
    return invalid([issue]);
  };

  // The longest run of up to three tokens that reads as an amount ("7 billion", "500 trillion won").
  const amountHere = (): { value: Decimal; currency?: CurrencyCode } => {
    for (let n = 3; n >= 1; n -= 1) {
      const run = tokens.slice(i, i + n);
      if (run.length < n || run.some((t) => /^[+[\],×]$/.test(t.text))) continue;
      const candidate = text.slice(run[0]!.at, run[n - 1]!.at + run[n - 1]!.text.length);
      try {
        const parts = readShorthand(candidate);
        const value = readAmountValue(candidate).value;
        i += n;
        return parts.currency === undefined ? { value } : { value, currency: parts.currency };
      } catch {
        // not an amount of this length; try a shorter run
      }
    }
    return fail(peek(), 'an amount such as 25B, $7bn or 100 billion');
  };
  const count = (): number => {
    const t = peek();
    if (t === undefined || !/^\d{1,5}$/.test(t.text) || t.text === '0' || Number(t.text) > 10_000) return fail(t, 'a whole number of periods from 1 to 10000');
    i += 1;
    return Number(t.text);
  };
  const skipPer = (): void => {
    for (const words of PER_WORDS) {
      if (words.every((w, k) => lower(peek(k)) === w)) {
        i += words.length;
        return;
      }
    }
  };
  const periodWord = (): void => {
    if (PERIOD_WORDS.has(lower(peek()))) i += 1;
  };
  const money = (read: { value: Decimal; currency?: CurrencyCode }): { value: Decimal; currency: CurrencyCode } => ({ value: read.value, currency: read.currency ?? (options.currency as CurrencyCode) });

  const parts: Part[] = [];
  let headline: { value: Decimal; currency: CurrencyCode } | undefined;
  for (;;) {
    const head = peek();
    const instrument = INSTRUMENT_WORDS[lower(head)];
    if (instrument === undefined) return fail(head, `an instrument (${Object.keys(INSTRUMENT_WORDS).filter((w, k, all) => all.indexOf(w) === k).join(', ')})`);
    i += 1;
    let build: (o: ScheduleOptions) => Schedule;
    if (lower(peek()) === '[') {
      i += 1;
      const list: Array<{ value: Decimal; currency: CurrencyCode }> = [];
      for (;;) {
        list.push(money(amountHere()));
        if (lower(peek()) === ',') i += 1;
        else if (lower(peek()) === ']') {
          i += 1;
          break;
        } else return fail(peek(), '"," or "]"');
      }
      const code = list[0]!.currency;
      build = (o) => scheduleOf(list, { ...o, currency: code });
    } else {
      const a = money(amountHere());
      skipPer();
      const word = lower(peek());
      if (word === 'x' || word === '×' || word === '*') {
        i += 1;
        const n = count();
        periodWord();
        build = (o) => installments(a, n, o);
      } else if (word === 'for') {
        i += 1;
        const n = count();
        periodWord();
        build = (o) => installments(a, n, o);
      } else if (word === 'over') {
        i += 1;
        const n = count();
        periodWord();
        build = (o) => spread(a, n, o);
      } else if (word === 'cap' || word === 'capped' || (word === 'at' && lower(peek(1)) === 'most')) {
        i += word === 'at' ? 2 : word === 'capped' && lower(peek(1)) === 'at' ? 2 : 1;
        const c = money(amountHere());
        skipPer();
        build = (o) => capped(a, c, o);
      } else {
        build = (o) => lumpSum(a, o);
      }
      const code = a.currency;
      const inner = build;
      build = (o) => inner({ ...o, currency: code });
    }
    let start = 0;
    if (lower(peek()) === 'from' || lower(peek()) === 'starting') {
      i += 1;
      if (['year', 'period', 'in'].includes(lower(peek()))) i += 1;
      const t = peek();
      if (t === undefined || !/^\d{1,5}$/.test(t.text)) return fail(t, 'a period number after "from"');
      start = Number(t.text);
      i += 1;
    }
    parts.push({ instrument, schedule: build({ ...options, start }) });
    const next = lower(peek());
    if (next === '+' || next === 'and' || next === 'plus') {
      i += 1;
      continue;
    }
    if (next === 'of' || next === 'out') {
      i += next === 'out' && lower(peek(1)) === 'of' ? 2 : 1;
      headline = money(amountHere());
    }
    if (peek() !== undefined) return fail(peek(), headline === undefined ? '"+", "of" or the end' : 'the end');
    break;
  }
  return headline === undefined ? { parts } : { parts, headline };
}
