import { invalidAt, isDealcalcError } from '../errors/DealcalcError.ts';
import { isDecimal, toPlainString } from '../money/decimal.ts';

/**
 * JSON text of any dealcalc result, lossless: Decimals and bigints as plain decimal strings
 * (never exponents, never `-0`), keys in the order the result defines them, two-space indent.
 *
 * @throws {DealcalcError} `invalid_input` at `value` for what JSON cannot hold: a cycle, or a
 *   function, a symbol or `undefined` as the whole value.
 *
 * @example
 * toJson({ gap: decimal('130e9') }) //=> '{\n  "gap": "130000000000"\n}'
 */
export function toJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, replacer, 2);
  } catch (error) {
    // A result's lazy field may throw its own error; anything else is a cycle.
    if (isDealcalcError(error)) throw error;
  }
  return text ?? invalidAt(['value'], 'a value JSON can hold (no cycles)', value);
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify calls Decimal.toJSON before the replacer; read the original instead.
  const original = key === '' ? value : (this as Record<string, unknown>)[key];
  return isDecimal(original) ? toPlainString(original) : typeof value === 'bigint' ? value.toString() : value;
}
