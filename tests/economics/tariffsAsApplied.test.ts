import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/money/decimal.ts';
import { parseDeal } from '../../src/deals/schema.ts';
import { tariffSavings } from '../../src/economics/tariffSavings.ts';
import { PRESET_IDS, presetDeal } from '../../src/presets/presets.ts';
import { addMonths, daysBetween } from '../../src/dates/calendarDate.ts';

const D = decimal;

describe('tariffSavings: rates as applied', () => {
  it('the Korean framework: 10% applied → 15% costs exporters, autos 25% → 15% saves; the 25% threat only when asked', () => {
    const deal = presetDeal('kr-2025-07-framework');
    const applied = tariffSavings(deal, { rates: [] });
    // All goods: $132B (KM09) less cars $30.15B (R27) and parts $8.22B (R26) = $93.63B at 10% → 15%;
    // cars and parts at 25% → 15% (Section 232, K39/K40).
    expect(applied.view).toBe('applied');
    expect(
      applied.lines.map((l) => [l.label, l.exports.toFixed(), l.before.toFixed(), l.beforeKind, l.after.toFixed()]),
    ).toEqual([
      ['all other goods', '93630000000', '0.1', 'applied', '0.15'],
      ['cars (Section 232)', '30150000000', '0.25', 'applied', '0.15'],
      ['auto parts (Section 232)', '8220000000', '0.25', 'applied', '0.15'],
    ]);
    expect(applied.yearly.toFixed()).toBe(D('93.63e9').times('-0.05').plus(D('38.37e9').times('0.1')).toFixed()); // −$0.84B
    expect(applied.assumptions.join(' ')).toContain(
      'the threatened 25% (all other goods) never applied and is not counted',
    );

    const threatened = tariffSavings(deal, { rates: [], threatened: true });
    expect(threatened.view).toBe('threatened');
    expect(threatened.lines[0]!.beforeKind).toBe('threatened');
    expect(threatened.yearly.toFixed()).toBe('13200000000'); // $132B × 10 points: the old figure, now only on request
  });

  it('year 0 counts each rate on the days it applies, and the 20 Feb 2026 ruling ends the IEEPA lines (hand-worked)', () => {
    const t = tariffSavings(presetDeal('kr-2025-07-framework'), { rates: [] });
    // Year 0: 30 Jul 2025 – 30 Jul 2026 (365 days). All goods: −5 points from 7 Aug 2025 (15% in force)
    // to 20 Feb 2026 (IEEPA struck down) = 197 days; cars and parts: +10 points from 1 Nov 2025 = 271 days.
    expect(daysBetween('2025-08-07', '2026-02-20')).toBe(197);
    expect(daysBetween('2025-11-01', '2026-07-30')).toBe(271);
    const expected = D('93.63e9').times('-0.05').times(197).plus(D('38.37e9').times('0.1').times(271)).div(365);
    expect(t.years[0]!.start).toBe('2025-07-30');
    // Each line is divided by 365 on its own, so the sums agree to the working precision, not to the last digit.
    expect(t.years[0]!.dutySaved.toSignificantDigits(50).eq(expected.toSignificantDigits(50))).toBe(true);
    // From year 1 only the Section 232 cut stands.
    expect(t.years[1]!.dutySaved.toFixed()).toBe('3837000000');
    // Without the events the IEEPA lines keep counting.
    const asAgreed = tariffSavings(presetDeal('kr-2025-07-framework'), { rates: [], events: false });
    expect(asAgreed.years[1]!.dutySaved.toFixed()).toBe(asAgreed.yearly.toFixed());
  });

  it('the EU: 10% + MFN before, a 15% ceiling after, so the applied view is negative; the 30% threat gives $82.3B', () => {
    const eu = presetDeal('eu-2025-08-joint-statement');
    const applied = tariffSavings(eu, { rates: [] });
    // $555.6B (EM3) less cars $42.28B (EUR 38.9B, R29, at 0.92, E04) at 10% → 15%; cars 27.5% → 15%.
    expect(applied.yearly.toFixed()).toBe(D('513.32e9').times('-0.05').plus(D('42.28e9').times('0.125')).toFixed());
    expect(applied.yearly.lt(0)).toBe(true);
    expect(tariffSavings(eu, { rates: [], threatened: true }).yearly.toFixed()).toBe(
      D('513.32e9').times('0.15').plus(D('42.28e9').times('0.125')).toFixed(),
    );
  });

  it('Japan now has an exports figure: ¥21.3T and ¥7.2T of autos (R28) at ¥151.48 (JM1)', () => {
    const t = tariffSavings(presetDeal('jp-2025-09-mou'), { rates: [] });
    expect(t.lines.map((l) => l.exports.toFixed())).toEqual(['93080000000', '47530000000']);
    expect(D('21.3e12').div('151.48').minus('140.61e9').abs().lt('0.005e9')).toBe(true);
  });

  it('no preset saving rests on a threatened rate unless asked', () => {
    for (const id of PRESET_IDS) {
      const deal = presetDeal(id);
      if (deal.tariff?.exportsCovered === undefined) continue;
      const t = tariffSavings(deal, { rates: [] });
      const lines = [deal.tariff, ...deal.tariff.sectors.filter((s) => s.exportsCovered !== undefined)];
      t.lines.forEach((l, k) => {
        expect(l.beforeKind, id).toBe('applied');
        expect(l.before.eq(lines[k]!.before.rate), id).toBe(true);
      });
    }
  });

  it('every preset whose rates rest on IEEPA carries the 20 Feb 2026 ruling as one dated event', () => {
    for (const id of PRESET_IDS) {
      const t = presetDeal(id).tariff;
      if (t === undefined || t.after.basis !== 'ieepa-reciprocal') continue;
      expect(
        t.events.filter((e) => e.effect === 'voided').map((e) => [e.date, e.basis]),
        id,
      ).toEqual([['2026-02-20', 'ieepa-reciprocal']]);
    }
  });

  describe('properties', () => {
    const dealWith = (voidedOn: string, before: string, after: string, threat: string) =>
      parseDeal({
        id: 'p',
        title: 'P',
        date: '2025-01-01',
        headline: '1B',
        components: [{ label: 'Cash', instrument: 'cash', schedule: { lumpSum: '1B' } }],
        tariff: {
          before: { rate: before, basis: 'ieepa-reciprocal' },
          threatened: { rate: threat, basis: 'ieepa-reciprocal' },
          after: { rate: after, basis: 'ieepa-reciprocal' },
          exportsCovered: '100B',
          events: [{ date: voidedOn, effect: 'voided', basis: 'ieepa-reciprocal', label: 'ruling' }],
        },
      });
    const rate = fc.integer({ min: 0, max: 100 }).map((x) => D(x).div(100).toFixed());

    it('after a ruling voids the basis every rate rests on, nothing is saved; before it, the stated rates count', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 3650 }), rate, rate, rate, (day, before, after, threat) => {
          const voidedOn = isoPlusDays('2025-01-01', day);
          const t = tariffSavings(dealWith(voidedOn, before, after, threat), { rates: [], years: 12 });
          for (const y of t.years) {
            const end = addMonths('2025-01-01', 12 * (y.year + 1));
            if (y.start! >= voidedOn) expect(y.dutySaved.isZero()).toBe(true);
            if (end <= voidedOn) expect(y.dutySaved.eq(D('100e9').times(D(before).minus(after)))).toBe(true);
          }
        }),
        { numRuns: 40 },
      );
    });

    it('the threatened view differs from the applied one only by the threat: exports × (threat − applied)', () => {
      fc.assert(
        fc.property(rate, rate, rate, (before, after, threat) => {
          const d = dealWith('2099-01-01', before, after, threat);
          const a = tariffSavings(d, { rates: [] });
          const t = tariffSavings(d, { rates: [], threatened: true });
          expect(t.yearly.minus(a.yearly).eq(D('100e9').times(D(threat).minus(before)))).toBe(true);
        }),
        { numRuns: 40 },
      );
    });
  });

  it('refuses a flag that is not a boolean', () => {
    expect(() => tariffSavings(presetDeal('kr-2025-11-mou'), { threatened: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

// The ISO date `days` days after `from`.
function isoPlusDays(from: string, days: number): string {
  const t =
    Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10))) + days * 86_400_000; // whole days: exact in a double
  return new Date(t).toISOString().slice(0, 10);
}
