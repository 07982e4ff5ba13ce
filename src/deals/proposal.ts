import { DealcalcError, describeValue, excerpt, invalid, type Issue } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { attempt, type Outcome } from '../errors/outcome.ts';
import { isoDate } from '../dates/calendarDate.ts';
import { readShorthand } from '../money/shorthand.ts';
import { currencyCode, readAmount } from '../money/amount.ts';
import { sum, toPlainString, type Decimal } from '../money/decimal.ts';
import type { CurrencyCode } from '../money/currency.ts';
import { capped } from '../schedules/capped.ts';
import { frequency as readFrequency, type Frequency } from '../schedules/frequency.ts';
import { installments } from '../schedules/installments.ts';
import { lumpSum } from '../schedules/lumpSum.ts';
import { MAX_INSTALLMENTS, MAX_PERIOD, type Schedule, type ScheduleOptions } from '../schedules/schedule.ts';
import { scheduleOf } from '../schedules/scheduleOf.ts';
import { spread } from '../schedules/spread.ts';
import { total } from '../schedules/total.ts';
import { deal } from './build.ts';
import type { Deal } from './deal.ts';
import type { Instrument } from './instrument.ts';
import { proposalText } from './formatProposal.ts';
import { UNALLOCATED_LABEL } from './unallocated.ts';

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

/** Longest proposal text read, in characters. */
const MAX_LENGTH = 10_000;

/**
 * A deal from a quick text proposal, for people at a prompt or in a notebook:
 *
 * ```text
 * proposal   := part (("+" | "and" | "plus") part)* [("of" | "out of") AMOUNT]
 * part       := INSTRUMENT spec [("from" | "starting") ["year" | "period" | "in"] N]
 * spec       := AMOUNT ("x" | "×" | "*") N ["years"]          N installments of AMOUNT
 *             | AMOUNT ["a year"] "for" N ["years"]           the same
 *             | AMOUNT "over" N ["years"]                     AMOUNT spread evenly over N periods
 *             | AMOUNT ("cap" | "capped at" | "at most") AMOUNT ["a year"]   capped per period
 *             | "[" [AMOUNT ("," AMOUNT)*] "]"                an explicit list (may be empty)
 *             | AMOUNT ["a year"]                             a lump sum
 * INSTRUMENT := cash | loan | guarantee | purchase | private | unspecified (and plurals)
 * ```
 *
 * `of H` sets the headline; what the parts leave unallocated becomes an `unspecified`
 * component (`'Not yet allocated'`, a lump sum in period 0). Without `of`, the headline is
 * the sum of the parts. The deal's id and title come from the canonical text
 * ({@link formatProposal}), so `proposal(formatProposal(d))` equals `d`.
 *
 * @param text - The proposal, at most 10,000 characters.
 * @param options - Id, title, default currency, frequency and start date.
 *
 * @throws {DealcalcError} `invalid_input` pointing at the offending word (its text, word
 *   number and character position), also when the word reads but its value does not fit (a
 *   negative amount, a cap of 0); `limit_exceeded` for a count or period above 10,000, an
 *   amount above 1e30 or a text over 10,000 characters; `currency_mismatch` for amounts in two
 *   currencies; `unbalanced_deal` when the parts exceed the headline.
 *
 * @example
 * const d = proposal('cash 25B x 8 of 350B');
 * d.components.map((c) => `${c.instrument} ${c.schedule.installments.length}`) //=> ['cash 8', 'unspecified 1']
 * proposal('cash 200B cap 20B + guarantee 150B').headline.toFixed()          //=> '350000000000'
 */
export function proposal(text: string, options?: ProposalOptions): Deal {
  if (typeof text !== 'string' || text.trim() === '') {
    return invalid([
      {
        path: ['proposal'],
        expected: 'a proposal such as "cash 25B x 8 of 350B"',
        received: describeValue(text),
        message: `expected a proposal such as "cash 25B x 8 of 350B", received ${describeValue(text)}`,
      },
    ]);
  }
  if (text.length > MAX_LENGTH) {
    const received = `${text.length} characters`;
    throw new DealcalcError('limit_exceeded', { argument: 'proposal', limit: String(MAX_LENGTH), received }, [
      {
        path: ['proposal'],
        expected: `at most ${MAX_LENGTH} characters`,
        received,
        message: `expected a proposal of at most ${MAX_LENGTH} characters, received ${received}`,
      },
    ]);
  }
  const o = optionsObject(options);
  const fallback = currencyCode(o.currency ?? 'USD', ['currency']);
  const scheduleOptions: ScheduleOptions = {
    currency: fallback,
    ...(o.frequency === undefined ? {} : { frequency: readFrequency(o.frequency, ['frequency']) }),
    ...(o.startDate === undefined ? {} : { startDate: isoDate(o.startDate, ['startDate']) }),
  };
  const parsed = parse(text, scheduleOptions);
  const allocated = sum(parsed.parts.map((p) => total(p.schedule)));
  const headline = parsed.headline?.value ?? allocated;
  const currency = parsed.currency;
  const components = labelled(parsed.parts);
  const rest = headline.minus(allocated);
  if (rest.gt(0)) {
    components.push({
      label: UNALLOCATED_LABEL,
      instrument: 'unspecified',
      schedule: lumpSum({ value: rest, currency }, { ...scheduleOptions, currency }),
    });
  }
  const canonical = proposalText({ components, headline, currency });
  return deal({
    id: o.id ?? slug(canonical),
    title: o.title ?? canonical,
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
export function safeProposal(text: string, options?: ProposalOptions): Outcome<Deal> {
  return attempt(() => proposal(text, options));
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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

// ---------------------------------------------------------------------------------------------
// Reading: a tokenizer, then a recursive-descent parser over the tokens. Every error names the
// token it stopped at (its text, word number and character position).

interface Token {
  readonly text: string;
  /** Lower-case text, for keywords. */
  readonly word: string;
  /** Character offset in the proposal. */
  readonly at: number;
  /** 1-based word number. */
  readonly index: number;
  /** One of `+ [ ] , ×`. */
  readonly punctuation: boolean;
}

const PUNCTUATION = /[+[\],\u00d7]/; // \u00d7 (×): the built files stay ASCII

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[+[\],\u00d7]|[^\s+[\],\u00d7]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    tokens.push({
      text: m[0],
      word: m[0].toLowerCase(),
      at: m.index,
      index: tokens.length + 1,
      punctuation: m[0].length === 1 && PUNCTUATION.test(m[0]),
    });
  }
  return tokens;
}

const INSTRUMENT_WORDS: ReadonlyMap<string, Instrument> = /* @__PURE__ */ new Map<string, Instrument>([
  ['cash', 'cash'],
  ['equity', 'cash'],
  ['funding', 'cash'],
  ['loan', 'loan'],
  ['loans', 'loan'],
  ['lending', 'loan'],
  ['guarantee', 'guarantee'],
  ['guarantees', 'guarantee'],
  ['purchase', 'purchase'],
  ['purchases', 'purchase'],
  ['private', 'private'],
  ['corporate', 'private'],
  ['company', 'private'],
  ['unspecified', 'unspecified'],
  ['unallocated', 'unspecified'],
]);

const PERIOD_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'year',
  'years',
  'period',
  'periods',
  'quarter',
  'quarters',
  'month',
  'months',
  'half-year',
  'half-years',
]);
const PER_WORDS: ReadonlyArray<readonly string[]> = [
  ['a', 'year'],
  ['per', 'year'],
  ['a', 'period'],
  ['per', 'period'],
  ['yearly'],
  ['annually'],
  ['/yr'],
  ['/year'],
];
const TIMES_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['x', '×', '*']);
const JOIN_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['+', 'and', 'plus']);

type Money = { readonly value: Decimal; readonly currency: CurrencyCode };
/** A schedule to build once the start period is known; `at` is the token errors point to. */
type Build = { readonly at: Token; readonly make: (o: ScheduleOptions) => Schedule };

function parse(text: string, options: ScheduleOptions): { parts: Part[]; headline?: Money; currency: CurrencyCode } {
  const tokens = tokenize(text);
  let i = 0;
  let currency: { code: CurrencyCode; at: Token } | undefined;
  const fallback = options.currency as CurrencyCode;

  const peek = (k = 0): Token | undefined => tokens[i + k];
  const is = (word: string, k = 0): boolean => peek(k)?.word === word;
  const take = (): Token => tokens[i++]!;

  // Errors: at a token (or the end), with a code and data when the word reads but does not fit.
  const where = (t: Token | undefined): string =>
    t === undefined ? 'the end' : `${excerpt(t.text, 30)} (word ${t.index}, character ${t.at + 1})`;
  const fail = (t: Token | undefined, expected: string): never => {
    const issue: Issue = {
      path: ['proposal'],
      expected,
      received: where(t),
      message: `could not read the proposal ${excerpt(text, 80)} at ${where(t)}: expected ${expected}`,
    };
    return invalid([issue]);
  };
  const failWith = (t: Token, error: DealcalcError): never => {
    const inner = error.issues[0];
    const expected = inner?.expected ?? 'a value that fits';
    const message = `could not read the proposal ${excerpt(text, 80)} at ${where(t)}: ${inner?.message ?? error.message}`;
    const issue: Issue = { path: ['proposal'], expected, received: where(t), message };
    const data =
      error.code === 'limit_exceeded'
        ? { ...(error.data as DealcalcError<'limit_exceeded'>['data']), argument: 'proposal' }
        : error.data;
    throw new DealcalcError(error.code, (error.code === 'invalid_input' ? { issues: [issue] } : data) as never, [
      issue,
    ]);
  };
  // Runs a constructor, pointing any error it raises at the token the value came from.
  const at = <T>(t: Token, build: () => T): T => {
    try {
      return build();
    } catch (error) {
      if (error instanceof DealcalcError) return failWith(t, error);
      throw error;
    }
  };

  // One currency for the whole proposal: the first named (or the default) wins.
  const agree = (t: Token, code: CurrencyCode): void => {
    if (currency === undefined) currency = { code, at: t };
    else if (currency.code !== code) {
      const message = `could not read the proposal ${excerpt(text, 80)} at ${where(t)}: expected an amount in ${currency.code} (as at word ${currency.at.index}), received one in ${code}`;
      throw new DealcalcError('currency_mismatch', { expected: currency.code, received: code }, [
        { path: ['proposal'], expected: `an amount in ${currency.code}`, received: where(t), message },
      ]);
    }
  };

  // AMOUNT: the longest run of up to three words that reads as amount shorthand ("7 billion",
  // "500 trillion won", "KRW 5T").
  const amount = (): { money: Money; at: Token } => {
    const first = peek();
    for (let n = 3; n >= 1; n -= 1) {
      const run = tokens.slice(i, i + n);
      if (run.length < n || run.some((t) => t.punctuation)) continue;
      const last = run[n - 1]!;
      const candidate = text.slice(run[0]!.at, last.at + last.text.length);
      if (!attempt(() => readShorthand(candidate)).ok) continue;
      const read = at(run[0]!, () => readAmount(candidate));
      i += n;
      const code = read.currency ?? fallback;
      agree(run[0]!, code);
      return { money: { value: read.value, currency: code }, at: run[0]! };
    }
    return fail(first, 'an amount such as 25B, $7bn or 100 billion');
  };

  // N: a whole number of periods from 1 to 10,000.
  const count = (): number => {
    const t = peek();
    if (t === undefined || !/^\d+$/.test(t.text) || /^0+$/.test(t.text))
      return fail(t, 'a whole number of periods from 1 to 10000');
    if (t.text.length > 5 || Number(t.text) > MAX_INSTALLMENTS)
      return at(t, () => tooMany(t.text, MAX_INSTALLMENTS, 'periods'));
    i += 1;
    return Number(t.text);
  };

  const skipPer = (): void => {
    for (const words of PER_WORDS) {
      if (words.every((w, k) => is(w, k))) {
        i += words.length;
        return;
      }
    }
  };
  const skipPeriodWord = (): void => {
    if (PERIOD_WORDS.has(peek()?.word ?? '')) i += 1;
  };

  // spec: what follows the instrument.
  const spec = (): Build => {
    if (is('[')) {
      const open = take();
      const list: Money[] = [];
      if (is(']')) i += 1;
      else {
        for (;;) {
          list.push(amount().money);
          if (is(',')) i += 1;
          else if (is(']')) {
            i += 1;
            break;
          } else return fail(peek(), '"," or "]"');
        }
      }
      return { at: open, make: (o) => scheduleOf(list, o) };
    }
    const { money: a, at: first } = amount();
    skipPer();
    const word = peek()?.word ?? '';
    if (TIMES_WORDS.has(word) || word === 'for') {
      i += 1;
      const n = count();
      skipPeriodWord();
      return { at: first, make: (o) => installments(a, n, o) };
    }
    if (word === 'over') {
      i += 1;
      const n = count();
      skipPeriodWord();
      return { at: first, make: (o) => spread(a, n, o) };
    }
    if (word === 'cap' || word === 'capped' || (word === 'at' && is('most', 1))) {
      i += word === 'at' || (word === 'capped' && is('at', 1)) ? 2 : 1;
      const { money: c } = amount();
      skipPer();
      return { at: first, make: (o) => capped(a, c, o) };
    }
    return { at: first, make: (o) => lumpSum(a, o) };
  };

  // ["from" | "starting"] ["year" | "period" | "in"]… N
  const start = (): number => {
    if (!is('from') && !is('starting')) return 0;
    i += 1;
    for (let k = 0; k < 2 && (is('year') || is('period') || is('in')); k += 1) i += 1;
    const t = peek();
    if (t === undefined || !/^\d+$/.test(t.text)) return fail(t, 'a period number after "from"');
    if (t.text.length > 5 || Number(t.text) > MAX_PERIOD)
      return at(t, () => tooMany(t.text, MAX_PERIOD, 'as the first period'));
    i += 1;
    return Number(t.text);
  };

  // part := INSTRUMENT spec [start]
  const part = (): Part => {
    const head = peek();
    const instrument = head === undefined ? undefined : INSTRUMENT_WORDS.get(head.word);
    if (instrument === undefined) return fail(head, `an instrument (${[...INSTRUMENT_WORDS.keys()].join(', ')})`);
    i += 1;
    const build = spec();
    const first = start();
    const schedule = at(build.at, () => build.make({ ...options, currency: currency?.code ?? fallback, start: first }));
    return { instrument, schedule };
  };

  const parts: Part[] = [part()];
  while (JOIN_WORDS.has(peek()?.word ?? '')) {
    i += 1;
    parts.push(part());
  }
  let headline: Money | undefined;
  if (is('of') || (is('out') && is('of', 1))) {
    i += is('out') ? 2 : 1;
    const h = amount();
    if (h.money.value.lt(0))
      at(h.at, () =>
        invalid([
          {
            path: ['headline'],
            expected: 'a headline of 0 or more',
            received: h.money.value.toString(),
            message: `expected a headline of 0 or more, received ${h.money.value.toString()}`,
          },
        ]),
      );
    headline = h.money;
  }
  if (peek() !== undefined) return fail(peek(), headline === undefined ? '"+", "of" or the end' : 'the end');
  const code = currency?.code ?? fallback;
  return headline === undefined ? { parts, currency: code } : { parts, headline, currency: code };
}

function tooMany(text: string, max: number, what: string): never {
  const received = text.length > 12 ? `${text.slice(0, 12)}…` : text;
  throw new DealcalcError('limit_exceeded', { argument: 'proposal', limit: String(max), received }, [
    {
      path: [],
      expected: `at most ${max} ${what}`,
      received,
      message: `expected at most ${max} ${what}, received ${received}`,
    },
  ]);
}
