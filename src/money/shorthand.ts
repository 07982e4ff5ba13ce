import { excerpt, invalid, invalidAt } from '../errors/DealcalcError.ts';
import type { PathSegment } from '../errors/DealcalcError.ts';
import { CURRENCY_SYMBOLS, isCurrencyCode, type CurrencyCode } from './currency.ts';

/** What the amount shorthand reads: the number as written, its scale and the currency named. */
export interface ShorthandParts {
  /** The number as written, without grouping commas (`'1.5'`, `'-25'`, `'1e3'`). */
  readonly number: string;
  /** Power of ten the unit stands for: 0, 3, 4 (만), 6, 8 (억), 9 or 12. */
  readonly exponent: number;
  /** The currency the text names, if any. */
  readonly currency?: CurrencyCode;
}

/** One line describing the accepted shorthand, used in error messages and docs. */
export const SHORTHAND_HELP =
  'a number with an optional unit (K, M, mn, B, bn, T, tn, thousand, million, billion, trillion, 조, 억) ' +
  'and an optional currency as a symbol ($ € £ ¥ ₩ NT$ …), an ISO 4217 code (USD, KRW …) or a word (dollars, won, yen, euros …), ' +
  'e.g. "25B", "$25bn", "7 billion", "₩500T", "500 trillion won"';

// Longest first, so that "billion" wins over "b" (object keys keep their order).
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  bln: 9,
  trn: 12,
  mil: 6,
  mln: 6,
  bn: 9,
  tn: 12,
  mn: 6,
  mm: 6,
  k: 3,
  m: 6,
  b: 9,
  t: 12,
  조: 12,
  억: 8,
  만: 4,
  천: 3,
};

// Words for currencies, read whole and in lower case.
const CURRENCY_WORDS: Readonly<Record<string, CurrencyCode>> = {
  'new taiwan dollars': 'TWD',
  'swiss francs': 'CHF',
  'us dollars': 'USD',
  'nt dollars': 'TWD',
  'us dollar': 'USD',
  renminbi: 'CNY',
  sterling: 'GBP',
  ringgit: 'MYR',
  dollars: 'USD',
  rupiah: 'IDR',
  rupees: 'INR',
  dollar: 'USD',
  pounds: 'GBP',
  francs: 'CHF',
  euros: 'EUR',
  pound: 'GBP',
  franc: 'CHF',
  rupee: 'INR',
  euro: 'EUR',
  yuan: 'CNY',
  baht: 'THB',
  dong: 'VND',
  won: 'KRW',
  yen: 'JPY',
  원: 'KRW',
  엔: 'JPY',
};

function symbolTable(): ReadonlyArray<readonly [string, string]> {
  const entries: Array<readonly [string, string]> = Object.entries(CURRENCY_SYMBOLS).map(([code, symbol]) => [
    symbol!,
    code,
  ]);
  return [['US$', 'USD'] as const, ...entries].sort((a, b) => b[0].length - a[0].length);
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?|^[+-]?\.\d+(?:e[+-]?\d+)?/i;

/**
 * Reads amount shorthand such as `"25B"`, `"$25bn"`, `"7 billion"`, `"1.5T"`, `"500M"`,
 * `"₩500T"` or `"500 trillion won"` into its parts. Nothing is computed here.
 *
 * @throws {DealcalcError} `invalid_input` quoting the text, naming the part not understood
 *   and saying what is accepted.
 */
export function readShorthand(text: string, path: readonly PathSegment[] = []): ShorthandParts {
  if (typeof text !== 'string') return invalidAt(path, SHORTHAND_HELP, text);
  const fail = (why: string): never =>
    invalid([
      {
        path,
        expected: SHORTHAND_HELP,
        received: excerpt(text),
        message: `could not read ${excerpt(text)} as an amount: ${why}; expected ${SHORTHAND_HELP}`,
      },
    ]);

  let rest = text.trim();
  if (rest === '') return fail('it is empty');
  let sign = '';
  const takeSign = (): void => {
    const c = rest.charAt(0);
    if (sign === '' && (c === '-' || c === '+' || c === '−')) {
      sign = c === '+' ? '+' : '-';
      rest = rest.slice(1).trimStart();
    }
  };

  takeSign();
  let prefix: CurrencyCode | undefined;
  for (const [symbol, code] of symbolTable()) {
    if (rest.startsWith(symbol)) {
      prefix = code as CurrencyCode;
      rest = rest.slice(symbol.length).trimStart();
      break;
    }
  }
  if (prefix === undefined) {
    const iso = /^([A-Za-z]{3})(?=[\s\d+\-\u2212.])/.exec(rest); // \u2212 (minus sign): the built files stay ASCII
    if (iso?.[1] !== undefined && isCurrencyCode(iso[1].toUpperCase())) {
      prefix = iso[1].toUpperCase() as CurrencyCode;
      rest = rest.slice(3).trimStart();
    }
  }
  takeSign();

  const number = NUMBER.exec(rest);
  if (number === null)
    return fail(rest === '' ? 'there is no number' : `${excerpt(firstWord(rest), 30)} is not a number`);
  let digits = number[0].replace(/,/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (digits.startsWith('-')) {
    if (sign !== '') return fail('it has two signs');
    digits = digits.slice(1);
    sign = '-';
  }
  rest = rest.slice(number[0].length);

  let exponent = 0;
  const afterNumber = rest.trimStart();
  for (const word of Object.keys(SCALE_WORDS)) {
    if (afterNumber.toLowerCase().startsWith(word) && endsWord(afterNumber, word.length)) {
      exponent = SCALE_WORDS[word]!;
      rest = afterNumber.slice(word.length);
      break;
    }
  }

  let suffix: CurrencyCode | undefined;
  const tail = rest.trim();
  if (tail !== '') {
    if (isCurrencyCode(tail.toUpperCase()) && /^[A-Za-z]{3}$/.test(tail)) suffix = tail.toUpperCase() as CurrencyCode;
    else {
      const word = tail.toLowerCase();
      if (!Object.hasOwn(CURRENCY_WORDS, word))
        return fail(`${excerpt(tail, 30)} is not a unit or currency dealcalc knows`);
      suffix = CURRENCY_WORDS[word]!;
    }
  }
  if (prefix !== undefined && suffix !== undefined && prefix !== suffix) {
    return fail(`it names two currencies (${prefix} and ${suffix})`);
  }
  const currency = prefix ?? suffix;
  const parts = { number: `${sign === '-' ? '-' : ''}${digits}`, exponent };
  return currency === undefined ? parts : { ...parts, currency };
}

function endsWord(text: string, length: number): boolean {
  // Hangul units may be followed directly by 원 ("500조원"); Latin units need a boundary (not a Latin letter).
  return /[\uac00-\ud7a3]/.test(text.charAt(0)) || !/[A-Za-z]/.test(text.charAt(length));
}

function firstWord(text: string): string {
  return /^\S*/.exec(text)?.[0] ?? text;
}
