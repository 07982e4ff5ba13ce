import { isDecimal, toPlainString } from '../money/decimal.ts';

/**
 * JSON text of any dealcalc result, lossless: Decimals as plain decimal strings (never
 * exponents, never `-0`), keys in the order the result defines them, two-space indent.
 *
 * @example
 * toJson({ gap: decimal('130e9') }) //=> '{\n  "gap": "130000000000"\n}'
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, replacer, 2);
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify calls Decimal.toJSON before the replacer; read the original instead.
  const original = key === '' ? value : (this as Record<string, unknown>)[key];
  return isDecimal(original) ? toPlainString(original) : value;
}
