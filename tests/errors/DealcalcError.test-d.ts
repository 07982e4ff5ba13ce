import { describe, expectTypeOf, it } from 'vitest';
import { DealcalcError, isDealcalcError, safeIrr, type Decimal, type ErrorCode, type Issue } from '../../src/index.ts';

describe('DealcalcError narrows by code', () => {
  it('checking the code narrows data', () => {
    const r = safeIrr([-50, -100, 600, 300, -100]);
    if (!r.ok) {
      expectTypeOf(r.error.code).toEqualTypeOf<ErrorCode>();
      if (r.error.code === 'several_roots') expectTypeOf(r.error.data.roots).toEqualTypeOf<readonly Decimal[]>();
      if (r.error.code === 'did_not_converge') expectTypeOf(r.error.data.iterations).toEqualTypeOf<number>();
      // @ts-expect-error roots exist only on several_roots
      void r.error.data.roots;
    }
  });

  it('instanceof and isDealcalcError narrow unknown values', () => {
    const e: unknown = undefined;
    if (e instanceof DealcalcError) {
      expectTypeOf(e).toEqualTypeOf<DealcalcError>();
      if (e.code === 'unbalanced_deal') expectTypeOf(e.data.difference).toEqualTypeOf<Decimal>();
    }
    if (isDealcalcError(e, 'unknown_deal')) expectTypeOf(e.data.suggestions).toEqualTypeOf<readonly string[]>();
    if (isDealcalcError(e)) expectTypeOf(e.issues).toEqualTypeOf<readonly Issue[]>();
  });

  it('the constructor ties data to code', () => {
    const e = new DealcalcError('no_sign_change', { count: 3 }, []);
    expectTypeOf(e).toEqualTypeOf<DealcalcError<'no_sign_change'>>();
    expectTypeOf(e.toJSON().data).toEqualTypeOf<{ readonly count: number }>();
    // @ts-expect-error the data must match the code
    new DealcalcError('no_sign_change', { roots: [] }, []);
  });
});
