import { describe, expect, it } from 'vitest';
import { fxPreset } from '../../src/presets/economies.ts';
import { fxPresetPath } from '../../src/presets/fxPath.ts';
import { currencyRisk } from '../../src/schedules/currencyRisk.ts';
import { capped } from '../../src/schedules/capped.ts';

describe('fxPresetPath', () => {
  it('keeps the dated rates the presets cite, with their sources', () => {
    const won = fxPresetPath('KRW');
    expect(won.from).toBe('USD');
    expect(won.points.map((p) => p.date)).toEqual(['2025-07-31', '2025-10-28', '2025-10-29', '2025-11-14']);
    expect(won.points[1]!.rate.eq(fxPreset('krw-2025-10-28').rate)).toBe(true);
    expect(won.points.map((p) => p.source?.slice(0, 3))).toEqual(['K03', 'K17', 'K21', 'K30']);
    expect(fxPresetPath('JPY').points).toHaveLength(1);
  });

  it('values the MOU’s $20B a year at the best and worst rate the reporting used', () => {
    const risk = currencyRisk(capped('200B', '20B', { startDate: '2026-01-01' }), fxPresetPath('KRW'));
    // Best: $350B ≈ ₩487T (31 July 2025); worst: $350B ≈ ₩509T (14 November 2025).
    expect(risk.best.point.date).toBe('2025-07-31');
    expect(risk.worst.point.date).toBe('2025-11-14');
    expect(risk.best.total.toFixed(0)).toBe('278285714285714');
    expect(risk.worst.total.toFixed(0)).toBe('290857142857143');
  });

  it('an unknown currency says which are known', () => {
    expect(() => fxPresetPath('GBP')).toThrow(/KRW, EUR, JPY/);
  });
});
