// The dated tariff events every deal whose rates rested on IEEPA shares: the Supreme Court
// ruling of 20 Feb 2026 and the Section 122 surcharge that followed. One event each, so a deal
// carries the ruling as one dated fact rather than edited rates.
import type { DealJson } from '../../deals/schema.ts';
import { sources } from './sources.ts';

type EventJson = NonNullable<NonNullable<DealJson['tariff']>['events']>[number];

/** The shared tariff events and their sources (made on each call: nothing is built at import). */
export function tariffEvents() {
  const S = sources();
  const IEEPA_STRUCK_DOWN: EventJson = {
    date: '2026-02-20',
    effect: 'voided',
    basis: 'ieepa-reciprocal',
    label: 'Supreme Court, Learning Resources v. Trump: tariffs imposed under IEEPA struck down',
    notes: [
      'Held 6-3 that IEEPA does not authorise tariffs: the baseline and "reciprocal" rates, and the deal rates that replaced them, fell with it. Section 232 sector tariffs (autos, steel, lumber) were not affected (L03).',
    ],
    sources: ['L01', 'L03'],
  };

  const SECTION_122_SURCHARGE: EventJson = {
    date: '2026-02-24',
    effect: 'imposed',
    basis: 'section-122',
    label: 'Section 122 surcharge on imports, 24 Feb to 24 Jul 2026',
    rate: '0.1',
    until: '2026-07-24',
    notes: [
      '10% as proclaimed; some reports say it was raised to 15% the next day (E16, L03), others that 10% was collected (L02). It falls on goods with or without a deal, so it saves nothing here.',
      'Nothing found on what replaced it after 24 Jul 2026; USTR opened Section 301 investigations on 11 Mar 2026 (L02).',
    ],
    sources: ['L02', 'L03', 'E16'],
  };

  /** The sources the two events cite, to add to a deal's sources. */
  const EVENT_SOURCES = [S.L01, S.L02, S.L03, S.E16] as const;
  return { IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE, EVENT_SOURCES };
}
