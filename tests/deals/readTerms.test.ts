// Loan and guarantee terms are read in two ways from one set of rules (deals/termRules.ts): by the
// zod schemas of deals/terms.ts at the JSON boundary (parseDeal, the JSON Schema), and by the
// plain checks of deals/readTerms.ts in the calculations, which must not load zod. The schema is
// the oracle: on generated terms, valid and not, both accept the same inputs with the same
// result, and refuse the same inputs with the same error (code, data, issues: path, expected,
// received, message).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError, type PathSegment } from '../../src/errors/DealcalcError.ts';
import { parseWithSchema } from '../../src/errors/zod.ts';
import { checkGuaranteeTerms, checkLoanTerms, readGuaranteeTerms, readLoanTerms } from '../../src/deals/readTerms.ts';
import { guaranteeTermsSchema, loanTermsSchema } from '../../src/deals/terms.ts';
import { AMORTIZATIONS } from '../../src/deals/termRules.ts';

type Outcome = { ok: true; value: unknown } | { ok: false; code: string; data: unknown; issues: unknown };

function outcome(read: () => unknown): Outcome {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!(error instanceof DealcalcError)) throw error;
    return { ok: false, code: error.code, data: error.data, issues: error.issues };
  }
}

// Anything a field might hold: the wrong type, nothing, or null.
const stray = fc.constantFrom<unknown>(undefined, null, true, {}, [], [1], '', 'x', '5', 5n, Number.NaN);

// Numbers of years: in range and not, whole months and not, not finite.
const years = fc.oneof(
  fc.constantFrom(0, -0, 0.25, 0.5, 1, 2.5, 5, 99.75, 100, 100.25, 101, 0.3, 1 / 3, 1e-7, -1, 1000),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, -Number.MIN_VALUE),
  fc.integer({ min: -3, max: 110 }).map((months) => months / 4),
  fc.integer({ min: -24, max: 1300 }).map((months) => months / 12),
  fc.double({ min: -200, max: 200 }),
  stray,
);

// Decimal text: plain and not, in range of a rate, fee or share and not, beyond what JSON carries.
const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const decimalText = fc.oneof(
  fc.constantFrom('0', '1', '1.0', '1.5', '0.02', '-0.5', '-1', '-1.5', '-0', '-0.0', '0.0001', '2'),
  fc.constantFrom('01', '.5', '1.', '1e3', '+1', ' 1', '1_000', 'NaN', 'Infinity', '0x10', '１'),
  fc.constantFrom(`1${'0'.repeat(33)}`, `0.${'0'.repeat(34)}1`, `-0.${'0'.repeat(40)}1`, `9${'9'.repeat(29)}`),
  fc
    .tuple(fc.constantFrom('', '-'), digits(1, 4), fc.option(digits(1, 5), { nil: undefined }))
    .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`),
  fc.double({ min: -3, max: 3, noNaN: true }),
  stray,
);

const unknownKeys = fc.dictionary(
  fc.constantFrom('extra', 'Rate', 'term', 'notes', '__proto__', 'constructor', 'a'.repeat(50), 'b', 'c', 'd'),
  fc.constantFrom<unknown>(1, 'x', null, undefined),
  { maxKeys: 5 },
);

// A record of the given fields, each present or not, with unknown keys now and then.
function terms(fields: Record<string, fc.Arbitrary<unknown>>) {
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: unknownKeys }),
    )
    .map(([known, unknown]) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(unknown)) Object.defineProperty(out, k, { value: v, enumerable: true });
      return Object.assign(out, known);
    });
}

// Mostly a valid value, sometimes anything: about a quarter of the terms are valid throughout.
const mostly = (valid: fc.Arbitrary<unknown>, any: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: any });
// Quarters of a year: whole months that a JS number holds exactly (1/12 of a year does not: its
// decimal text is not a whole number of months, and the schema refuses it).
const validYears = (min: number) => fc.integer({ min, max: 100 * 4 }).map((quarters) => quarters / 4);
const fraction = digits(1, 4).map((d) => `0.${d}`);

const loanTerms = fc.oneof(
  {
    weight: 20,
    arbitrary: terms({
      kind: mostly(fc.constant('loan'), fc.constantFrom<unknown>(undefined, 'guarantee', 1)),
      rate: mostly(
        fc.oneof(
          fraction,
          fraction.map((f) => `-${f}`),
        ),
        decimalText,
      ),
      tenor: mostly(validYears(1), years),
      grace: mostly(validYears(0), years),
      amortization: mostly(fc.constantFrom(...AMORTIZATIONS), fc.constantFrom<unknown>(undefined, 'balloon', 3)),
    }),
  },
  { weight: 1, arbitrary: stray },
);

const guaranteeTerms = fc.oneof(
  {
    weight: 20,
    arbitrary: terms({
      kind: mostly(fc.constant('guarantee'), fc.constantFrom<unknown>(undefined, 'loan')),
      tenor: mostly(validYears(1), years),
      fee: mostly(fraction, decimalText),
      callProbability: mostly(fraction, decimalText),
      lossGivenCall: mostly(fc.oneof(fraction, fc.constant('1')), decimalText),
      recoveryLag: mostly(validYears(0), years),
    }),
  },
  { weight: 1, arbitrary: stray },
);

const paths = fc.constantFrom<PathSegment[]>([], ['terms'], ['components', 2, 'terms']);

describe('the plain reading of terms agrees with the zod schema', () => {
  it('loan terms: the same inputs accepted with the same result, refused with the same error', () => {
    fc.assert(
      fc.property(loanTerms, paths, (input, path) => {
        expect(outcome(() => checkLoanTerms(input, path))).toEqual(
          outcome(() => parseWithSchema(loanTermsSchema, input, path)),
        );
      }),
      { numRuns: 2000, seed: 10 },
    );
  });

  it('guarantee terms: the same inputs accepted with the same result, refused with the same error', () => {
    fc.assert(
      fc.property(guaranteeTerms, paths, (input, path) => {
        expect(outcome(() => checkGuaranteeTerms(input, path))).toEqual(
          outcome(() => parseWithSchema(guaranteeTermsSchema, input, path)),
        );
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('valid terms: both accept them, with the same result', () => {
    const validLoan = fc.record(
      {
        kind: fc.constant('loan'),
        // A negative rate above -1 has a digit other than 0 (the pattern refuses -0.000).
        rate: fc.oneof(
          fraction,
          fraction.filter((f) => /[1-9]/.test(f)).map((f) => `-${f}`),
        ),
        tenor: validYears(1),
        grace: validYears(0),
        amortization: fc.constantFrom(...AMORTIZATIONS),
      },
      { requiredKeys: ['rate', 'tenor'] },
    );
    const validGuarantee = fc.record(
      {
        kind: fc.constant('guarantee'),
        tenor: validYears(1),
        fee: fraction,
        callProbability: fraction,
        lossGivenCall: fc.oneof(fraction, fc.constant('1')),
        recoveryLag: validYears(0),
      },
      { requiredKeys: ['tenor', 'fee', 'callProbability', 'lossGivenCall'] },
    );
    fc.assert(
      fc.property(validLoan, validGuarantee, (loan, guarantee) => {
        const zodLoan = outcome(() => parseWithSchema(loanTermsSchema, loan));
        const zodGuarantee = outcome(() => parseWithSchema(guaranteeTermsSchema, guarantee));
        expect(zodLoan.ok && zodGuarantee.ok).toBe(true);
        expect(outcome(() => checkLoanTerms(loan))).toEqual(zodLoan);
        expect(outcome(() => checkGuaranteeTerms(guarantee))).toEqual(zodGuarantee);
      }),
      { numRuns: 500, seed: 12 },
    );
  });

  it('pinned cases: a missing field, a value beyond what JSON carries, unknown keys', () => {
    // The zod schema's answers, written out (deals/terms.ts and errors/zod.ts).
    expect(outcome(() => checkLoanTerms({ tenor: 5 }, ['terms']))).toEqual({
      ok: false,
      code: 'invalid_input',
      data: expect.anything(),
      issues: [
        {
          path: ['terms', 'rate'],
          message: 'expected string (a required field), received undefined',
          expected: 'string (a required field)',
          received: 'undefined',
        },
      ],
    });
    const big = `1${'0'.repeat(33)}`;
    const limit = outcome(() => checkLoanTerms({ rate: big, tenor: 5 }, ['terms']));
    expect(limit).toMatchObject({ ok: false, code: 'limit_exceeded', data: { argument: 'terms.rate', limit: '1e30' } });
    expect(
      outcome(() => checkGuaranteeTerms({ tenor: 2, fee: '0', callProbability: '0', lossGivenCall: '0', x: 1 })),
    ).toMatchObject({ ok: false, issues: [{ path: [], expected: 'no other keys (unknown: "x")' }] });
  });

  it('built terms (Decimals, numbers for rates) are read as their JSON form', () => {
    const built = readLoanTerms({ rate: '0.03', tenor: 5 });
    expect(readLoanTerms({ ...built })).toEqual(built);
    expect(
      readGuaranteeTerms({
        tenor: 2,
        fee: 0.005 as never,
        callProbability: '0.02',
        lossGivenCall: '0.6',
      }).fee.toString(),
    ).toBe('0.005');
  });
});
