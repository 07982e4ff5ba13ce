import { describe, expectTypeOf, it } from 'vitest';
import {
  amount,
  capped,
  DealcalcError,
  deal,
  installments,
  parseDeal,
  safeAmount,
  safeParseSchedule,
  type Amount,
  type CurrencyCode,
  type Deal,
  type Decimal,
  type ErrorCode,
  type Instrument,
  type Schedule,
  addMonths,
  isoDate,
  type IsoDate,
} from '../src/index.ts';

describe('public types', () => {
  it('amount returns an Amount with a Decimal and an ISO code', () => {
    const a = amount('25B');
    expectTypeOf(a).toEqualTypeOf<Amount>();
    expectTypeOf(a.value).toEqualTypeOf<Decimal>();
    expectTypeOf(a.currency).toEqualTypeOf<CurrencyCode>();
  });

  it('safe functions narrow on ok', () => {
    const r = safeAmount('25X');
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Amount>();
    else {
      expectTypeOf(r.error).toEqualTypeOf<DealcalcError>();
      expectTypeOf(r.error.code).toEqualTypeOf<ErrorCode>();
    }
    const s = safeParseSchedule({});
    if (s.ok) expectTypeOf(s.value).toEqualTypeOf<Schedule>();
  });

  it('error data is typed by code', () => {
    const e = new DealcalcError(
      'unbalanced_deal',
      { deal: 'x', headline: amount('1').value, sum: amount('1').value, difference: amount('0').value },
      [],
    );
    expectTypeOf(e.data.difference).toEqualTypeOf<Decimal>();
    // @ts-expect-error the data must match the code
    new DealcalcError('currency_mismatch', { deal: 'x' }, []);
  });

  it('schedule constructors take named options, not positional flags', () => {
    expectTypeOf(installments).parameters.toEqualTypeOf<
      [
        amountEach: Amount | string | number | bigint | Decimal,
        count: number,
        options?: Parameters<typeof installments>[2],
      ]
    >();
    expectTypeOf(capped('200B', '20B')).toEqualTypeOf<Schedule>();
    // @ts-expect-error frequency is a named option with a fixed set of values
    installments('25B', 8, { frequency: 'weekly' });
    // @ts-expect-error the start is a number
    installments('25B', 8, { start: '1' });
  });

  it('deals are typed', () => {
    const d = parseDeal({});
    expectTypeOf(d).toEqualTypeOf<Deal>();
    expectTypeOf(d.components[0]!.instrument).toEqualTypeOf<Instrument>();
    expectTypeOf(d.headline).toEqualTypeOf<Decimal>();
    deal({
      id: 'x',
      title: 'x',
      headline: '1',
      // @ts-expect-error instruments are a closed set
      components: [{ label: 'a', instrument: 'equity', schedule: { lumpSum: '1' } }],
    });
  });

  it('dates out are checked IsoDates; dates in are plain text (issue 12, finding 9)', () => {
    const d = addMonths('2025-01-31', 1);
    expectTypeOf(d).toEqualTypeOf<IsoDate>();
    expectTypeOf(isoDate('2025-01-31')).toEqualTypeOf<IsoDate>();
    expectTypeOf(d).toMatchTypeOf<string>();
    const text: string = '2025-01-31';
    addMonths(text, 1);
    // @ts-expect-error plain text is not a checked date
    const unchecked: IsoDate = text;
    void unchecked;
  });
});
