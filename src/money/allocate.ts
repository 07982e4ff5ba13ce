import { DealcalcError, describeValue, invalid, type Issue, type PathSegment } from '../errors/DealcalcError.ts';
import { readAmount, type Amount, type AmountInput } from './amount.ts';
import { DEFAULT_CURRENCY, type CurrencyCode } from './currency.ts';
import { D, decimal, type Decimal, type DecimalInput } from './decimal.ts';
import { optionsObject } from '../errors/options.ts';

/** How the quanta left over after every part is rounded towards zero are handed out. */
export type AllocationMethod = 'largest-remainder' | 'largest-ratio';

/** Every allocation method, the default first. */
export const ALLOCATION_METHODS: readonly AllocationMethod[] = ['largest-remainder', 'largest-ratio'];

/** Most ratios {@link allocate} takes. */
export const MAX_RATIOS = 10_000;

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /**
   * Smallest step of a part (default 1 unit of the currency; `'0.01'` for cents, `'1B'` for
   * round billions). Every part is a whole number of quanta, except that a part of the amount
   * smaller than one quantum (when the amount is not a multiple of it) goes to one part.
   */
  readonly quantum?: AmountInput;
  /**
   * Who gets the quanta left over once every part is rounded towards zero:
   * - `'largest-remainder'` (default; Hamilton's method): one each to the parts whose exact share
   *   lost most in rounding; equal remainders go to the earlier part;
   * - `'largest-ratio'`: one each to the parts with the largest ratios, equal ratios the earlier
   *   part first: the rule of dinero.js v2's `allocate`.
   */
  readonly method?: AllocationMethod;
}

/**
 * Splits an amount in proportion to ratios without losing anything: the parts add up to the
 * amount exactly, every part is a whole number of quanta, and each is within one quantum of its
 * exact share amount × ratio ÷ Σ ratios (strictly within, for the default method).
 *
 * Rule: each exact share is rounded towards zero to a whole number of quanta; the quanta left
 * over go one each to the parts named by `method` (largest remainder by default; ties go to the
 * earlier part, so the result does not depend on the order of the ratios unless two remainders
 * tie); when the amount is not a whole number of quanta, the part smaller than one quantum goes
 * to the next part in that same order. Zero ratios get exactly 0. A negative amount gives the
 * negated parts of its magnitude. All arithmetic is on exact integers: no digit is rounded.
 *
 * @param value - The amount to split, in whole currency units; may be negative.
 * @param ratios - Non-negative ratios: decimals (`'0.25'`), integers (`3`) or percentage text
 *   (`'12.5%'`), mixed freely (only their proportions matter); at least one must be above 0.
 * @param options - `quantum` and `method`.
 * @returns One amount per ratio, in the amount's currency, in the order of the ratios.
 *
 * @throws {DealcalcError} `invalid_input` for an empty list, a ratio that is negative or not a
 *   number (with its index), all ratios zero, a quantum ≤ 0 or an unknown method;
 *   `currency_mismatch` for a quantum in another currency; `limit_exceeded` above 10,000 ratios.
 *
 * @example
 * allocate('100', [1, 1, 1]).map((p) => p.value.toString())                 //=> ['34', '33', '33']
 * allocate('1003', ['50%', '50%']).map((p) => p.value.toString())            //=> ['502', '501']
 * allocate('-1003', [0, 50, 50]).map((p) => p.value.toString())              //=> ['0', '-502', '-501']
 * allocate('150B', ['0.5', '0.3', '0.2'], { quantum: '1B' }).map((p) => formatAmount(p))
 * //=> ['$75.0B', '$45.0B', '$30.0B']
 * allocate('10.05', [1, 2], { quantum: '0.1' }).map((p) => p.value.toString()) //=> ['3.35', '6.7']
 */
export function allocate(value: AmountInput, ratios: readonly DecimalInput[], options?: AllocateOptions): Amount[] {
  const read = readAmount(value, ['value']);
  options = optionsObject(options) as AllocateOptions;
  const quantumRead = readAmount(options.quantum ?? '1', ['quantum']);
  if (read.currency !== undefined && quantumRead.currency !== undefined && read.currency !== quantumRead.currency) {
    const message = `expected a quantum in ${read.currency}, received one in ${quantumRead.currency}`;
    throw new DealcalcError('currency_mismatch', { expected: read.currency, received: quantumRead.currency }, [
      { path: ['quantum'], expected: `an amount in ${read.currency}`, received: quantumRead.currency, message },
    ]);
  }
  const currency: CurrencyCode = read.currency ?? quantumRead.currency ?? DEFAULT_CURRENCY;
  if (!quantumRead.value.gt(0)) {
    invalid([
      {
        path: ['quantum'],
        expected: 'a quantum greater than 0',
        received: quantumRead.value.toString(),
        message: `expected a quantum greater than 0, received ${quantumRead.value.toString()}`,
      },
    ]);
  }
  const method = options.method ?? 'largest-remainder';
  if (!ALLOCATION_METHODS.includes(method)) {
    const expected = `one of ${ALLOCATION_METHODS.join(', ')}`;
    invalid([
      {
        path: ['method'],
        expected,
        received: describeValue(method),
        message: `expected ${expected}, received ${describeValue(method)}`,
      },
    ]);
  }
  const weights = readRatios(ratios, ['ratios']);
  return allocateExact(read.value, weights, quantumRead.value, method).map((part) =>
    Object.freeze({ value: part, currency }),
  );
}

/**
 * Reads allocation ratios: non-negative decimals, integers or percentage text, at least one
 * above zero.
 *
 * @throws {DealcalcError} `invalid_input` with the index of each bad ratio; `limit_exceeded`
 *   above 10,000 ratios.
 */
export function readRatios(ratios: unknown, path: readonly PathSegment[]): Decimal[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    const expected = 'a non-empty list of ratios (decimals, integers or percentages)';
    return invalid([
      {
        path,
        expected,
        received: describeValue(ratios),
        message: `expected ${expected}, received ${describeValue(ratios)}`,
      },
    ]);
  }
  if (ratios.length > MAX_RATIOS) {
    const received = String(ratios.length);
    throw new DealcalcError(
      'limit_exceeded',
      { argument: path.map(String).join('.') || 'ratios', limit: String(MAX_RATIOS), received },
      [
        {
          path,
          expected: `at most ${MAX_RATIOS} ratios`,
          received,
          message: `expected at most ${MAX_RATIOS} ratios, received ${received}`,
        },
      ],
    );
  }
  const issues: Issue[] = [];
  const values = ratios.map((ratio: unknown, index) => {
    const at = [...path, index];
    const text = typeof ratio === 'string' ? ratio.trim() : undefined;
    const value =
      text !== undefined && text.endsWith('%')
        ? decimal(text.slice(0, -1).trim(), { path: at }).div(100)
        : decimal(ratio as DecimalInput, { path: at });
    if (value.lt(0))
      issues.push({
        path: at,
        expected: 'a ratio of 0 or more',
        received: describeValue(ratio),
        message: `expected a ratio of 0 or more, received ${describeValue(ratio)}`,
      });
    return value;
  });
  if (issues.length > 0) invalid(issues);
  if (values.every((v) => v.isZero())) {
    invalid([
      {
        path,
        expected: 'at least one ratio greater than 0',
        received: 'all ratios 0',
        message: 'expected at least one ratio greater than 0, received all ratios 0',
      },
    ]);
  }
  return values;
}

/**
 * The allocation itself, on parsed values (ratios ≥ 0 with one positive, quantum > 0). Works on
 * exact integers: every decimal is scaled to an integer, so shares and remainders are exact
 * rationals and no digit is rounded.
 */
export function allocateExact(
  value: Decimal,
  ratios: readonly Decimal[],
  quantum: Decimal,
  method: AllocationMethod,
): Decimal[] {
  const negative = value.lt(0);
  const scale = Math.max(decimalPlaces(value), decimalPlaces(quantum));
  const whole = scaled(value.abs(), scale);
  const step = scaled(quantum, scale);
  const ratioScale = Math.max(...ratios.map(decimalPlaces));
  const weights = ratios.map((r) => scaled(r, ratioScale));
  const sum = weights.reduce((a, b) => a + b, 0n);

  const quanta = whole / step; // whole quanta in the amount
  const residue = whole - quanta * step; // the part below one quantum, in units of 10^-scale
  // Exact share of part i, in quanta: whole·w_i / (step·sum) = floor_i + remainder_i / denominator.
  const denominator = step * sum;
  const floors = weights.map((w) => (whole * w) / denominator);
  const remainders = weights.map((w, i) => whole * w - floors[i]! * denominator);
  let left = quanta - floors.reduce((a, b) => a + b, 0n); // 0 ≤ left < number of positive ratios

  const order = weights
    .map((w, index) => ({ w, r: remainders[index]!, index }))
    .filter((x) => x.w > 0n)
    .sort((a, b) => {
      const key = method === 'largest-remainder' ? compareBig(b.r, a.r) : compareBig(b.w, a.w);
      return key !== 0 ? key : a.index - b.index;
    })
    .map((x) => x.index);

  const units = floors.map((f) => f * step);
  for (const index of order) {
    if (left === 0n) {
      units[index] = units[index]! + residue;
      break;
    }
    units[index] = units[index]! + step;
    left -= 1n;
  }
  return units.map((u) => fromScaled(negative ? -u : u, scale));
}

function compareBig(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? 1 : -1;
}

/** Digits after the decimal point of a finite decimal. */
function decimalPlaces(value: Decimal): number {
  return value.decimalPlaces();
}

/** value × 10^scale as an exact integer (value has at most `scale` decimal places). */
function scaled(value: Decimal, scale: number): bigint {
  const text = value.toFixed(scale);
  return BigInt(text.replace('.', ''));
}

/** The decimal units × 10^−scale, exactly. */
function fromScaled(units: bigint, scale: number): Decimal {
  if (scale === 0) return new D(units.toString());
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  const result = new D(text);
  return result.isZero() ? new D(0) : result;
}
