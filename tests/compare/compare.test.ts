import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import { deal } from '../../src/deals/build.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { INSTRUMENTS } from '../../src/deals/instrument.ts';
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { installments } from '../../src/schedules/installments.ts';
import type { Comparison } from '../../src/compare/compare.ts';

const usAsk = proposal('cash 25B x 8 + guarantee 150B', { id: 'us', title: 'US position' });
const koreaOffer = proposal('cash 7B x 10 of 350B', { id: 'kr', title: 'Korean offer' });

describe('compare: the October 2025 positions (research K16, K17)', () => {
  const c = compare(usAsk, koreaOffer, { rates: ['3%', '4.5%', '6%'] });

  it('gives the reported gaps: $130B and 37.142857… points', () => {
    expect(c.gaps.instruments.cash.total.toFixed()).toBe('130000000000');
    expect(c.gaps.cashShare.fraction?.eq(decimal(4).div(7).minus('0.2'))).toBe(true);
    expect(c.gaps.cashShare.points?.toFixed(6)).toBe('37.142857');
    expect(c.gaps.headline.toFixed()).toBe('0');
    expect(c.gaps.instruments.guarantee.total.toFixed()).toBe('150000000000');
    expect(c.gaps.instruments.unspecified.total.toFixed()).toBe('-280000000000');
  });

  it('lines the cash streams up year by year', () => {
    expect(c.perPeriod).toHaveLength(10);
    expect(c.perPeriod.map((r) => r.gap.div('1e9').toFixed())).toEqual([
      '18',
      '18',
      '18',
      '18',
      '18',
      '18',
      '18',
      '18',
      '-7',
      '-7',
    ]);
    expect(c.perPeriod.at(-1)?.cumulativeGap.toFixed()).toBe('130000000000');
    expect(c.gaps.peak.toFixed()).toBe('18000000000');
    expect(c.gaps.horizonPeriods).toBe(-2);
  });

  it('present-value gaps at 3%, 4.5%, 6% (start-of-year timing)', () => {
    // 25·ä(8) − 7·ä(10) at each rate, ä = annuity-due factor; Python decimal, 50 digits.
    expect(c.gaps.presentValues.map((p) => p.value.div('1e9').toFixed(6))).toEqual([
      '119.254311',
      '114.435990',
      '109.947690',
    ]);
  });

  it('break-even rate: the gap 18 × 8 then −7 × 2 has one root, below zero', () => {
    expect(c.breakEven.kind).toBe('rate');
    if (c.breakEven.kind !== 'rate') return;
    const r = c.breakEven.rate;
    // Bisection in Python's decimal module (60 digits): -0.46965346504998366783…
    expect(r.toFixed(18)).toBe('-0.469653465049983668');
    // At the root the two present values agree to 1e-6 of a dollar.
    const pv = (amount: string, n: number) =>
      Array.from({ length: n }, (_, k) => decimal(amount).div(r.plus(1).pow(k))).reduce((x, y) => x.plus(y));
    expect(pv('25e9', 8).minus(pv('7e9', 10)).abs().lt('1e-6')).toBe(true);
  });

  it("level installment over Korea's 10 years with the US position's present value", () => {
    // 25·ä(8) ÷ ä(10) at each rate (Python decimal, 60 digits).
    expect(c.levelInstallments.map((l) => [l.periods, l.first, l.amount.div('1e9').toFixed(6)])).toEqual([
      [10, 0, '20.573052'],
      [10, 0, '20.839508'],
      [10, 0, '21.092800'],
    ]);
  });

  it('says it in plain sentences', () => {
    expect(c.sentences[0]).toBe(
      'US position asks $130.0B more cash than Korean offer: 57.1% against 20.0% of $350.0B, +37.1 points.',
    );
    expect(c.sentences).toContain('Paid over 8 years against 10 (-2).');
    expect(c.sentences).toContain("In today's money at 4.5% a year: $172.3B against $57.9B, +$114.4B.");
    // The root at -46.97% is no discount rate anyone uses: the sentence says so instead.
    expect(c.sentences).toContain(
      "No break-even rate between -5% and 50%: US position's cash is worth more at every rate in that range.",
    );
  });
});

describe('compare › edge cases', () => {
  it('compare(a, a) is all zeros', () => {
    const c = compare(usAsk, usAsk);
    expect(c.breakEven).toEqual({ kind: 'every-rate' });
    expect(c.perPeriod.every((r) => r.gap.isZero())).toBe(true);
    expect(c.gaps.presentValues.every((p) => p.value.isZero())).toBe(true);
  });

  it('streams that never cross have no break-even rate', () => {
    const c = compare(proposal('cash 25B x 8'), proposal('cash 7B x 8'));
    expect(c.breakEven.kind).toBe('none');
  });

  it('compares another instrument when asked', () => {
    const c = compare(usAsk, koreaOffer, { instrument: 'guarantee', rates: [] });
    expect(c.perPeriod.map((r) => r.gap.toFixed())).toEqual(['150000000000']);
    expect(c.levelInstallments).toEqual([]);
  });

  it('refuses different currencies and period lengths', () => {
    expect(() => compare(usAsk, proposal('cash ₩5T x 2'))).toThrow(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
    expect(() => compare(usAsk, proposal('cash 5B x 2', { frequency: 'monthly' }))).toThrow(
      expect.objectContaining({ code: 'frequency_mismatch' }),
    );
    expect(() => compare(usAsk, koreaOffer, { instrument: 'equity' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('compare › properties', () => {
  const cents = fc.bigInt({ min: 1n, max: 10n ** 13n }).map((c) => decimal(c.toString()).div(100));
  const dealArb = fc
    .array(
      fc.record({
        instrument: fc.constantFrom(...INSTRUMENTS),
        each: cents,
        count: fc.integer({ min: 1, max: 12 }),
        start: fc.integer({ min: 0, max: 4 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((list) =>
      deal({
        id: 'random',
        title: 'Random',
        headline: list.reduce((a, p) => a.plus(p.each.times(p.count)), decimal(0)),
        components: list.map((p, k) => ({
          label: `part ${k}`,
          instrument: p.instrument,
          schedule: installments(p.each, p.count, { start: p.start }),
        })),
      }),
    );
  const negated = (x: Decimal | null, y: Decimal | null) => (x === null ? y === null : y !== null && x.eq(y.neg()));
  const gapsOf = (c: Comparison) => c.gaps;

  it('gaps of compare(a, b) are the negation of compare(b, a)', () => {
    fc.assert(
      fc.property(dealArb, dealArb, (a, b) => {
        const ab = gapsOf(compare(a, b, { rates: ['0.045'] }));
        const ba = gapsOf(compare(b, a, { rates: ['0.045'] }));
        expect(ab.headline.eq(ba.headline.neg())).toBe(true);
        expect(negated(ab.cashShare.points, ba.cashShare.points)).toBe(true);
        expect(ab.peak.eq(ba.peak.neg())).toBe(true);
        expect(ab.horizonPeriods + ba.horizonPeriods).toBe(0);
        for (const i of INSTRUMENTS) {
          expect(ab.instruments[i].total.eq(ba.instruments[i].total.neg())).toBe(true);
          expect(ab.instruments[i].presentValues[0]!.value.eq(ba.instruments[i].presentValues[0]!.value.neg())).toBe(
            true,
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('compare(a, a) is zero everywhere', () => {
    fc.assert(
      fc.property(dealArb, (a) => {
        const c = compare(a, a, { rates: ['0.03'] });
        expect(c.gaps.headline.isZero() && c.gaps.peak.isZero() && c.gaps.horizonPeriods === 0).toBe(true);
        expect(INSTRUMENTS.every((i) => c.gaps.instruments[i].total.isZero())).toBe(true);
        expect(c.perPeriod.every((r) => r.gap.isZero() && r.cumulativeGap.isZero())).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it("the level installment has exactly a's present value over b's horizon", () => {
    fc.assert(
      fc.property(dealArb, dealArb, fc.integer({ min: 0, max: 150 }), (a, b, bp) => {
        const rate = decimal(bp).div(1000);
        const c = compare(a, b, { rates: [rate] });
        const l = c.levelInstallments[0];
        fc.pre(l !== undefined);
        if (l === undefined) return;
        const pv = Array.from({ length: l.periods }, (_, k) => l.amount.div(rate.plus(1).pow(l.first + k))).reduce(
          (x, y) => x.plus(y),
        );
        // Equal to 1e-40 relative: both sides carry 64 significant digits.
        expect(pv.minus(c.a.instruments.cash.presentValues[0]!.value).abs().lte(pv.abs().times('1e-40'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
