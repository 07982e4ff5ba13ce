/**
 * ISO 4217 alphabetic codes in current use (list of 2025, including funds and precious-metal
 * codes). Kept as a literal so that `CurrencyCode` autocompletes.
 */
export const CURRENCY_CODES = [
  'AED', 'AFN', 'ALL', 'AMD', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BHD',
  'BIF', 'BMD', 'BND', 'BOB', 'BOV', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHE',
  'CHF', 'CHW', 'CLF', 'CLP', 'CNY', 'COP', 'COU', 'CRC', 'CUP', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP',
  'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GNF', 'GTQ',
  'GYD', 'HKD', 'HNL', 'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY',
  'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL',
  'LYD', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MXV',
  'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR',
  'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP',
  'SLE', 'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY',
  'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD', 'USN', 'UYI', 'UYU', 'UYW', 'UZS', 'VED', 'VES', 'VND',
  'VUV', 'WST', 'XAF', 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XCD', 'XCG', 'XDR', 'XOF', 'XPD',
  'XPF', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX', 'YER', 'ZAR', 'ZMW', 'ZWG',
] as const;

/** An ISO 4217 alphabetic currency code such as `'USD'`, `'KRW'` or `'EUR'`. */
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** The currency used when none is given. */
export const DEFAULT_CURRENCY: CurrencyCode = 'USD';

/**
 * True when `code` is an ISO 4217 code in {@link CURRENCY_CODES} (upper case).
 *
 * @example
 * isCurrencyCode('KRW') //=> true
 * isCurrencyCode('krw') //=> false
 */
export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && (CURRENCY_CODES as readonly string[]).includes(code);
}

/**
 * Symbols used when formatting for people. A currency without an entry is shown by its code.
 * `$` is the US dollar and `¥` the Japanese yen; other dollars and the yuan have prefixed symbols.
 */
export const CURRENCY_SYMBOLS: Readonly<Partial<Record<CurrencyCode, string>>> = {
  USD: '$',
  EUR: '€',
  JPY: '¥',
  KRW: '₩',
  GBP: '£',
  CNY: 'CN¥',
  TWD: 'NT$',
  INR: '₹',
  MYR: 'RM',
  VND: '₫',
  THB: '฿',
  PHP: '₱',
  CAD: 'CA$',
  AUD: 'A$',
  HKD: 'HK$',
  SGD: 'S$',
  ILS: '₪',
};
