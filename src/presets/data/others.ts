// Other deals on the record: Taiwan, Switzerland, Malaysia (research notes, section 4, and the 2026 record).
import type { DealJson } from '../../deals/schema.ts';
import { sources } from './sources.ts';
import { sources2026 } from './sources2026.ts';
import { tariffEvents } from './tariffEvents.ts';

/** The presets of Taiwan, Switzerland and Malaysia (made on each call: nothing is built at import). */
export function others(): readonly DealJson[] {
  const S = sources();
  const R = sources2026();
  const { EVENT_SOURCES, IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE } = tariffEvents();

  const TAIWAN_STATE =
    'Latest state: the agreement awaits the Legislative Yuan; its Section 232 chip quota lets firms import 2.5 times their planned US capacity duty-free during construction and 1.5 times after, with 0% on generics and aircraft parts (R11).';

  const TAIWAN_TARIFF = (notes: string[], sources: string[]): NonNullable<DealJson['tariff']> => ({
    before: { rate: '0.2', basis: 'ieepa-reciprocal', from: '2025-08-07' },
    after: { rate: '0.15', basis: 'ieepa-reciprocal' },
    events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
    notes: [
      'The 20% applied from 7 Aug 2025 until the deal; the 15% cap is not stacked on MFN. The start date of the 15% is not in the sources read.',
      ...notes,
    ],
    sources: ['T03', 'T08', 'E17', ...sources],
  });

  return [
    {
      id: 'tw-2026-01-investment',
      title: 'Taiwan investment agreement (15 Jan 2026): $250B company investment + $250B government credit guarantees',
      party: 'TW',
      stage: 'agreed',
      date: '2026-01-15',
      headline: '500B',
      components: [
        {
          label: 'Direct investment by Taiwanese firms',
          instrument: 'private',
          schedule: { lumpSum: '250B' },
          notes: [
            'At least $250B, semiconductors, energy and AI; no period stated (shown in period 0). TSMC had already committed $165B before the deal.',
          ],
          sources: ['T01', 'T02', 'T03'],
        },
        {
          label: 'Government credit guarantees',
          instrument: 'guarantee',
          schedule: { lumpSum: '250B' },
          notes: ['At least $250B of guarantees to help firms raise funds; no period stated (shown in period 0).'],
          sources: ['T01', 'T04'],
        },
      ],
      tariff: TAIWAN_TARIFF(['Section 232 tariffs on auto parts, timber and lumber also capped at 15%.'], ['T01']),
      notes: ['No period was stated for either figure in the sources read.', TAIWAN_STATE],
      sources: [S.T01, S.T02, S.T03, S.T04, S.T08, S.E17, R.R11, ...EVENT_SOURCES],
    },
    {
      id: 'tw-2026-02-art',
      title: 'Taiwan Agreement on Reciprocal Trade (12 Feb 2026): $84.8B of US purchases 2025-2029',
      party: 'TW',
      stage: 'agreed',
      date: '2026-02-12',
      headline: '84.8B',
      components: [
        {
          label: 'LNG and crude oil',
          instrument: 'purchase',
          schedule: { spread: '44.4B', count: 5, quantum: '0.01B' },
          notes: ['2025-2029, assumed spread evenly.'],
          sources: ['T05', 'T06'],
        },
        {
          label: 'Civil aircraft and engines',
          instrument: 'purchase',
          schedule: { spread: '15.2B', count: 5, quantum: '0.01B' },
          notes: ['2025-2029, assumed spread evenly.'],
          sources: ['T05', 'T06'],
        },
        {
          label: 'Power, grid, marine and steel-making equipment',
          instrument: 'purchase',
          schedule: { spread: '25.2B', count: 5, quantum: '0.01B' },
          notes: ['2025-2029, assumed spread evenly.'],
          sources: ['T05', 'T06'],
        },
      ],
      tariff: TAIWAN_TARIFF(['Taiwan eliminates or reduces 99% of its tariff barriers on US goods.'], ['T05', 'T06']),
      notes: [
        "Signed 12 Feb 2026; the January investment agreement is a separate preset. The headline is a purchase pledge: PIIE's view counts no investment here.",
        TAIWAN_STATE,
      ],
      sources: [S.T03, S.T05, S.T06, S.T08, S.E17, R.R11, ...EVENT_SOURCES],
    },
    {
      id: 'ch-2025-11-framework',
      title: 'Switzerland framework (14 Nov 2025): $200B of Swiss company investment by end-2028',
      party: 'CH',
      stage: 'framework',
      date: '2025-11-14',
      headline: '200B',
      components: [
        {
          label: 'Swiss company direct investment',
          instrument: 'private',
          schedule: {
            installments: [
              { period: 0, amount: '67B' },
              { period: 1, amount: '66.5B' },
              { period: 2, amount: '66.5B' },
            ],
            startDate: '2026-01-01',
          },
          notes: [
            '$67B in 2026 (one third by end-2026), the rest assumed evenly over 2027-2028.',
            'Swiss text: by end-2028; US text: over five years. Non-binding.',
          ],
          sources: ['CH1', 'CH2', 'CH3'],
        },
      ],
      tariff: {
        before: { rate: '0.39', basis: 'ieepa-reciprocal', from: '2025-08-07' },
        after: { rate: '0.15', basis: 'ieepa-reciprocal', from: '2025-11-14' },
        events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
        notes: [
          'The 39% was applied, Aug to Nov 2025 (31% had been announced in April). The 15% cap, retroactive to 14 Nov 2025, also caps pharmaceuticals and chips under Section 232.',
        ],
        sources: ['CH1', 'CH2', 'CH5', 'CH9', 'E17'],
      },
      notes: [
        'Liechtenstein adds $0.3B over five years (not included). The US goods deficit with Switzerland and Liechtenstein ($38.5B in 2024) is to be eliminated by 2028.',
        'Latest state: no binding agreement found in the record (one was due by 31 Mar 2026).',
      ],
      sources: [S.CH1, S.CH2, S.CH3, S.CH5, S.CH9, S.E17, ...EVENT_SOURCES],
    },
    {
      id: 'my-2025-10-art',
      title:
        'Malaysia Agreement on Reciprocal Trade (26 Oct 2025): $70B of investment, $150B of procurement and Boeing aircraft',
      party: 'MY',
      stage: 'agreed',
      date: '2025-10-26',
      headline: '239B',
      components: [
        {
          label: 'Cross-border investment in the US',
          instrument: 'private',
          schedule: { each: '7B', count: 10 },
          notes: ['$70B over 10 years, assumed evenly.'],
          sources: ['MY1'],
        },
        {
          label: 'Company procurement (semiconductors, aerospace, data centres)',
          instrument: 'purchase',
          schedule: { each: '30B', count: 5 },
          notes: ['$150B over 5 years, assumed evenly.'],
          sources: ['MY1'],
        },
        {
          label: 'Malaysia Aviation Group: Boeing aircraft',
          instrument: 'purchase',
          schedule: { lumpSum: '19B' },
          notes: ['Phased; timing not given, shown in period 0.'],
          sources: ['MY1'],
        },
      ],
      tariff: {
        before: { rate: '0.1', basis: 'ieepa-reciprocal' },
        threatened: { rate: '0.25', basis: 'ieepa-reciprocal', from: '2025-08-01' },
        after: { rate: '0.19', basis: 'ieepa-reciprocal', from: '2025-08-07' },
        events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
        notes: [
          'The 25% was the July threat; 19% applied from 7 Aug 2025 and the agreement kept it. 1,711 tariff lines (about $5.2B a year, 12% of exports to the US) are exempt from the 19%.',
          'Rate before: the 10% baseline applied until 7 Aug 2025 (as for other partners, U04).',
        ],
        sources: ['MY1', 'MY2', 'MY3', 'E17', 'U04'],
      },
      notes: [
        "The headline is the $239B of parts with stated totals. MY1 gives 'more than $240 billion (RM1.02 trillion)' for the whole, which also counts Petronas LNG purchases of $3.4B a year for years not stated: a note here, not a schedule (the earlier $1B balancing entry is gone).",
        'Commitments announced in Aug 2025 and written into the agreement of 26 Oct 2025.',
      ],
      sources: [S.MY1, S.MY2, S.MY3, S.E17, S.U04, ...EVENT_SOURCES],
    },
  ];
}
