import { describe, expect, it } from 'vitest';
import { dealLedger } from '../../src/deals/ledger.ts';
import { decimal } from '../../src/money/decimal.ts';
import { presetDeal, PRESET_IDS } from '../../src/presets/presets.ts';
import { thawed } from './thawed.ts';

describe('dealLedger', () => {
  it('gives a spread copy of a built deal the ledger read afresh from a thawed copy, made once', () => {
    for (const id of PRESET_IDS) {
      const d = presetDeal(id);
      const copy = dealLedger({ ...d });
      expect(copy).toEqual(dealLedger(thawed(d)));
      expect(copy).toEqual(dealLedger(d));
      expect(dealLedger({ ...d, title: 'renamed' })).toBe(copy);
    }
  });

  it('does not reuse a ledger for another headline or another alongside list', () => {
    const d = presetDeal('kr-2025-10-us-cash-25x8');
    const base = dealLedger({ ...d });
    const other = dealLedger({ ...d, headline: decimal('700000000000') });
    expect(other.headline).toBe(base.headline * 2n);
    expect(dealLedger({ ...d, alongside: [...d.alongside] })).not.toBe(base);
  });

  it('reads a deal whose lists can change afresh on every call, frozen or not', () => {
    const frozenOutside = Object.freeze(thawed(presetDeal('kr-2025-10-us-cash-25x8')));
    const first = dealLedger(frozenOutside);
    const list = frozenOutside.components[0]!.schedule.installments as Array<{ period: number; amount: unknown }>;
    list[1] = { period: 1, amount: decimal('1') };
    expect(dealLedger(frozenOutside).instruments.cash.coefficients).not.toEqual(first.instruments.cash.coefficients);

    const d = thawed(presetDeal('kr-2025-10-us-cash-25x8'));
    const before = dealLedger(d);
    const installments = d.components[0]!.schedule.installments as Array<{ period: number; amount: unknown }>;
    installments[0] = { period: 0, amount: decimal('26000000000') };
    const after = dealLedger(d);
    expect(after.instruments.cash.coefficients[0]).not.toBe(before.instruments.cash.coefficients[0]);
  });
});
