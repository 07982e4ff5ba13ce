import { DealcalcError } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { D, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { readFlows } from './flowsInput.ts';
import { readRate } from './rate.ts';

/** Options of {@link mirr}. */
export interface MirrOptions {
  /** Rate paid on the money put in (negative flows), per period, as a fraction or percentage text; above −100%. */
  readonly financeRate: DecimalInput;
  /** Rate earned on the money taken out (positive flows), per period, as a fraction or percentage text; above −100%. */
  readonly reinvestRate: DecimalInput;
}

/**
 * Modified internal rate of return (spreadsheet `MIRR`, numpy-financial `mirr`): with n flows,
 * (FV of the positive flows at the reinvestment rate ÷ −PV of the negative flows at the
 * finance rate)^(1/(n−1)) − 1. Each flow keeps its own period, however the signs interleave.
 *
 * @param flows - Signed flows, one per period (flow k in period k): money paid out negative, money received positive.
 * @param options - `financeRate` and `reinvestRate`, per period.
 * @returns The modified rate of return per period, as a fraction.
 *
 * @throws {DealcalcError} `invalid_input` for bad flows or rates, or options that are not an
 *   object (at `options`); `no_sign_change` unless there is at least one positive and one
 *   negative flow.
 *
 * @example
 * // numpy-financial documentation and research note C13:
 * mirr([-100, 50, -60, 70], { financeRate: '0.1', reinvestRate: '0.12' }).toFixed(15) //=> '-0.039093665943565'
 */
export function mirr(flows: readonly DecimalInput[], options: MirrOptions): Decimal {
  const values = readFlows(flows);
  const o = optionsObject(options, ['options'], true);
  const finance = readRate(o.financeRate as DecimalInput, ['financeRate']);
  const reinvest = readRate(o.reinvestRate as DecimalInput, ['reinvestRate']);
  const n = values.length;
  let positive = new D(0);
  let negative = new D(0);
  values.forEach((c, k) => {
    if (c.gt(0)) positive = positive.plus(c.times(reinvest.plus(1).pow(n - 1 - k)));
    else if (c.lt(0)) negative = negative.plus(c.div(finance.plus(1).pow(k)));
  });
  if (positive.isZero() || negative.isZero()) {
    const message = 'MIRR needs at least one positive and one negative flow';
    throw new DealcalcError(
      'no_sign_change',
      { count: n },
      [{ path: ['flows'], expected: 'flows of both signs', received: 'flows of one sign', message }],
      message,
    );
  }
  return positive
    .div(negative.neg())
    .pow(new D(1).div(n - 1))
    .minus(1) as Decimal;
}
