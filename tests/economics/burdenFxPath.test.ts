import { describe, expect, it } from 'vitest';
import { burden } from '../../src/economics/burden.ts';
import { fxPath } from '../../src/money/fxPath.ts';
import { economyPreset } from '../../src/presets/economies.ts';
import { fxPresetPath } from '../../src/presets/fxPath.ts';
import { presetDeal } from '../../src/presets/presets.ts';

describe('burden along an FX path', () => {
  const mou = presetDeal('kr-2025-11-mou');
  const kr = economyPreset('kr');

  it('converts the yearly outflow year by year and reports best and worst', () => {
    const b = burden(mou, kr, { fxPath: fxPath({ to: 'KRW', rates: ['1400', '1450', '1500'] }) });
    const yearly = b.yearlyOutflow.map((y) => y.amount);
    expect(b.alongFxPath?.rows.map((r) => r.rate.toString())).toEqual(
      yearly.map((_, k) => (k === 0 ? '1400' : k === 1 ? '1450' : '1500')),
    );
    expect(b.alongFxPath?.rows.map((r) => r.converted.toFixed())).toEqual(
      yearly.map((a, k) => a.times(k === 0 ? 1400 : k === 1 ? 1450 : 1500).toFixed()),
    );
    const sum = yearly.reduce((s, a) => s.plus(a));
    expect(b.alongFxPath?.best.total.eq(sum.times(1400))).toBe(true);
    expect(b.alongFxPath?.worst.total.eq(sum.times(1500))).toBe(true);
    // Without a path nothing changes.
    expect(burden(mou, kr).alongFxPath).toBeUndefined();
  });

  it('reads a dated path at the anniversaries of the deal’s start', () => {
    const b = burden(mou, kr, { fxPath: fxPresetPath('KRW') });
    expect(b.alongFxPath?.rows.length).toBe(b.yearlyOutflow.length);
    expect(b.alongFxPath?.worst.point.date).toBe('2025-11-14');
  });

  it('rejects a path from another currency', () => {
    expect(() => burden(mou, kr, { fxPath: fxPath({ from: 'EUR', to: 'KRW', rates: ['1600'] }) })).toThrow(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
  });
});
