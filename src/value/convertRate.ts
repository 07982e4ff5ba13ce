import { describeValue, invalid, notComputable } from '../errors/DealcalcError.ts';
import { D, decimal, finite, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { FREQUENCIES, periodsPerYear, type Frequency } from '../schedules/frequency.ts';
import { readRate } from './rate.ts';

/**
 * How a rate is quoted:
 * - `'effective'`: annual effective rate, (1 + r) per year;
 * - `'continuous'`: continuously compounded, e^r per year;
 * - `{ nominal: f }`: nominal annual rate compounded f times a year (`'monthly'` or a whole number), (1 + r/f)^f per year;
 * - `{ perPeriod: f }`: the rate of one period of a schedule paid f times a year, (1 + r)^f per year.
 */
export type RateBasis =
  | 'effective'
  | 'continuous'
  | {
      /** Compounding periods a year: a {@link Frequency} or a whole number from 1 to 365. */
      readonly nominal: Frequency | number;
    }
  | {
      /** Periods a year of the schedule the rate applies to: a {@link Frequency} or a whole number from 1 to 365. */
      readonly perPeriod: Frequency | number;
    };

/**
 * Converts a rate between effective, nominal (with its compounding frequency), continuous and
 * per-period quotes, through the yearly growth factor they imply. Computed with 64
 * significant digits (powers, exponentials and logarithms are not exact).
 *
 * @param rate - The rate as a fraction or percentage text.
 * @param from - How `rate` is quoted.
 * @param to - How the result is quoted.
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100% (or a nominal rate ≤ −f), an
 *   unknown basis, or a frequency that is not 1–365 periods a year; `not_computable` when the
 *   yearly growth factor or the result is beyond the range of decimals (a continuous rate of
 *   1e30, say): never NaN or Infinity.
 *
 * @example
 * // Research note E9: 5% nominal compounded monthly is 5.1161897882% effective …
 * convertRate('5%', { nominal: 'monthly' }, 'effective').toFixed(12)  //=> '0.051161897882'
 * // … and 5% continuous is 5.1271096376% effective.
 * convertRate('5%', 'continuous', 'effective').toFixed(12)            //=> '0.051271096376'
 * convertRate('4.5%', 'effective', { perPeriod: 'quarterly' }).toFixed(10) //=> '0.0110649905'
 */
export function convertRate(rate: DecimalInput, from: RateBasis, to: RateBasis): Decimal {
  const r = from === 'continuous' ? readContinuous(rate) : readRate(rate);
  const target = readBasis(to, 'to');
  const growth = yearlyGrowth(r, readBasis(from, 'from'), 'from');
  // The growth factor is positive; past decimal.js's range it is Infinity or 0.
  if (!growth.isFinite() || growth.isZero()) {
    notComputable(`the yearly growth factor of a rate of ${r.toString()} is beyond the range of decimals`);
  }
  const reason = 'the converted rate is beyond the range of decimals';
  if (target === 'effective') return finite(growth.minus(1), reason);
  if (target === 'continuous') return finite(growth.ln(), reason);
  if ('nominal' in target) {
    const f = count(target.nominal, 'to');
    return finite(growth.pow(new D(1).div(f)).minus(1).times(f), reason);
  }
  const f = count(target.perPeriod, 'to');
  return finite(growth.pow(new D(1).div(f)).minus(1), reason);
}

function readBasis(basis: unknown, side: 'from' | 'to'): RateBasis {
  if (basis === 'effective' || basis === 'continuous') return basis;
  if (typeof basis === 'object' && basis !== null && !Array.isArray(basis)) {
    const keys = Object.keys(basis);
    if (keys.length === 1 && (keys[0] === 'nominal' || keys[0] === 'perPeriod')) {
      count((basis as Record<string, Frequency | number>)[keys[0]]!, side);
      return basis as RateBasis;
    }
  }
  return badBasis(basis, side);
}

// Any finite continuous rate is valid (e^r > 0); percentages are read as for other rates.
function readContinuous(rate: DecimalInput): Decimal {
  const text = typeof rate === 'string' ? rate.trim() : undefined;
  return text !== undefined && text.endsWith('%')
    ? decimal(text.slice(0, -1), { path: ['rate'] }).div(100)
    : decimal(rate, { path: ['rate'] });
}

function yearlyGrowth(r: Decimal, basis: RateBasis, side: 'from' | 'to'): Decimal {
  if (basis === 'effective') return r.plus(1);
  if (basis === 'continuous') return r.exp();
  if (typeof basis === 'object' && basis !== null && 'nominal' in basis) {
    const f = count(basis.nominal, side);
    const step = r.div(f).plus(1);
    if (step.lte(0))
      invalid([
        {
          path: ['rate'],
          expected: `a nominal rate above -${f * 100}%`,
          received: r.toString(),
          message: `expected a nominal rate above -${f * 100}%, received ${r.toString()}`,
        },
      ]);
    return step.pow(f);
  }
  if (typeof basis === 'object' && basis !== null && 'perPeriod' in basis)
    return r.plus(1).pow(count(basis.perPeriod, side));
  return badBasis(basis, side);
}

function count(frequency: Frequency | number, side: 'from' | 'to'): number {
  if (typeof frequency === 'number' && Number.isInteger(frequency) && frequency >= 1 && frequency <= 365)
    return frequency;
  if (typeof frequency === 'string' && (FREQUENCIES as readonly string[]).includes(frequency))
    return periodsPerYear(frequency);
  const expected = "'annual', 'semiannual', 'quarterly', 'monthly' or a whole number of periods a year from 1 to 365";
  return invalid([
    {
      path: [side],
      expected,
      received: describeValue(frequency),
      message: `expected ${expected}, received ${describeValue(frequency)}`,
    },
  ]);
}

function badBasis(basis: unknown, side: 'from' | 'to'): never {
  const expected = "'effective', 'continuous', { nominal: frequency } or { perPeriod: frequency }";
  return invalid([
    {
      path: [side],
      expected,
      received: describeValue(basis),
      message: `expected ${expected}, received ${describeValue(basis)}`,
    },
  ]);
}
