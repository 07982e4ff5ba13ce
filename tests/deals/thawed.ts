import type { Deal } from '../../src/deals/deal.ts';

/**
 * A copy of a deal that shares no array or plain object with it and freezes nothing (only the
 * immutable Decimals are shared): its ledger is never cached, so it is read afresh on every use.
 * The oracle for the caches kept on frozen deals (tests/deals/ledger, tests/compare/engine).
 */
export const thawed = (d: Deal): Deal => ({
  ...d,
  components: d.components.map((c) => ({
    ...c,
    schedule: { ...c.schedule, installments: c.schedule.installments.map((i) => ({ ...i })) },
  })),
  alongside: d.alongside.map((c) => ({
    ...c,
    schedule: { ...c.schedule, installments: c.schedule.installments.map((i) => ({ ...i })) },
  })),
});
