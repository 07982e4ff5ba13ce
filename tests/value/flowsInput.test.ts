import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScaled } from '../../src/money/scaled.ts';
import { flowsOf } from '../../src/value/flows.ts';
import { readListFlows } from '../../src/value/flowsInput.ts';

// The one-pass list reader against the general builder (amounts read one by one, then put on one
// exponent, zeros dropped): the same flows, exponent and steps.
describe('readListFlows', () => {
  const flow = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.constantFrom(0, '0', '0.00'),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -12, max: 8 }))
      .map(([m, e]) => `${m}e${e}`),
    fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
      .filter((x) => x === 0 || Math.abs(x) >= 1e-20),
  );

  it('gives what the general builder gives', () => {
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 1 }), (list, first) => {
        const general = flowsOf(
          list.map((x, k) => ({ step: first + k, amount: readScaled(x, ['flows'], k) })),
          1,
        );
        expect(readListFlows(list, first)).toEqual(general);
      }),
      { numRuns: 1000 },
    );
  });

  it('names the flow that is wrong, and the limits', () => {
    expect(() => readListFlows([1, 'x', 3], 0)).toThrow(/flows\[1\]/);
    expect(() => readListFlows([], 0)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => readListFlows('1,2', 0)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => readListFlows(new Array(10_001).fill(1), 0)).toThrow(
      expect.objectContaining({ code: 'limit_exceeded' }),
    );
  });
});
