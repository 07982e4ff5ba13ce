// Other deals on the record: Taiwan, Switzerland, Malaysia (shared/research/deal-facts.md, section 4).
import type { DealJson } from '../../deals/schema.ts';
import { SOURCES as S } from './sources.ts';

export const OTHERS: readonly DealJson[] = [
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
        notes: ['At least $250B, semiconductors, energy and AI; no period stated (shown in period 0). TSMC had already committed $165B before the deal.'],
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
    tariff: { before: '0.2', after: '0.15', notes: ['Reciprocal tariff capped at 15%, not stacked on MFN; Section 232 tariffs on auto parts, timber and lumber also capped at 15%.'], sources: ['T01', 'T03'] },
    notes: ['No period was stated for either figure in the sources read.'],
    sources: [S.T01, S.T02, S.T03, S.T04],
  },
  {
    id: 'tw-2026-02-art',
    title: 'Taiwan Agreement on Reciprocal Trade (12 Feb 2026): $84.8B of US purchases 2025-2029',
    party: 'TW',
    stage: 'agreed',
    date: '2026-02-12',
    headline: '84.8B',
    components: [
      { label: 'LNG and crude oil', instrument: 'purchase', schedule: { spread: '44.4B', count: 5, quantum: '0.01B' }, notes: ['2025-2029, assumed spread evenly.'], sources: ['T05', 'T06'] },
      { label: 'Civil aircraft and engines', instrument: 'purchase', schedule: { spread: '15.2B', count: 5, quantum: '0.01B' }, notes: ['2025-2029, assumed spread evenly.'], sources: ['T05', 'T06'] },
      { label: 'Power, grid, marine and steel-making equipment', instrument: 'purchase', schedule: { spread: '25.2B', count: 5, quantum: '0.01B' }, notes: ['2025-2029, assumed spread evenly.'], sources: ['T05', 'T06'] },
    ],
    tariff: { before: '0.2', after: '0.15', notes: ['Taiwan eliminates or reduces 99% of its tariff barriers on US goods.'], sources: ['T05', 'T06', 'T08'] },
    notes: ['Signed 12 Feb 2026; the January investment agreement is a separate preset.'],
    sources: [S.T05, S.T06, S.T08],
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
        schedule: { installments: [{ period: 0, amount: '67B' }, { period: 1, amount: '66.5B' }, { period: 2, amount: '66.5B' }], startDate: '2026-01-01' },
        notes: [
          '$67B in 2026 (one third by end-2026), the rest assumed evenly over 2027-2028.',
          'Swiss text: by end-2028; US text: over five years. Non-binding.',
        ],
        sources: ['CH1', 'CH2', 'CH3'],
      },
    ],
    tariff: { before: '0.39', after: '0.15', effective: '2025-11-14', notes: ['15% cap also for pharmaceuticals and chips under Section 232; the 39% applied Aug-Nov 2025.'], sources: ['CH1', 'CH2', 'CH5'] },
    notes: ['Liechtenstein adds $0.3B over five years (not included). The US goods deficit with Switzerland and Liechtenstein ($38.5B in 2024) is to be eliminated by 2028.'],
    sources: [S.CH1, S.CH2, S.CH3, S.CH5],
  },
  {
    id: 'my-2025-10-art',
    title: 'Malaysia Agreement on Reciprocal Trade (26 Oct 2025): more than $240B of purchases and investment',
    party: 'MY',
    stage: 'agreed',
    date: '2025-10-26',
    headline: '240B',
    components: [
      { label: 'Cross-border investment in the US', instrument: 'private', schedule: { each: '7B', count: 10 }, notes: ['$70B over 10 years, assumed evenly.'], sources: ['MY1'] },
      { label: 'Company procurement (semiconductors, aerospace, data centres)', instrument: 'purchase', schedule: { each: '30B', count: 5 }, notes: ['$150B over 5 years, assumed evenly.'], sources: ['MY1'] },
      { label: 'Malaysia Aviation Group: Boeing aircraft', instrument: 'purchase', schedule: { lumpSum: '19B' }, notes: ['Phased; timing not given, shown in period 0.'], sources: ['MY1'] },
      {
        label: 'Not yet allocated',
        instrument: 'unspecified',
        schedule: { lumpSum: '1B' },
        notes: ["The rest of 'more than $240 billion (RM1.02 trillion)', which also counts Petronas LNG purchases of $3.4B a year (years not stated)."],
        sources: ['MY1'],
      },
    ],
    tariff: { before: '0.25', after: '0.19', notes: ['1,711 tariff lines (about $5.2B a year, 12% of exports to the US) are exempt from the 19%.'], sources: ['MY1', 'MY2', 'MY3'] },
    notes: ['Commitments announced in Aug 2025 and written into the agreement of 26 Oct 2025.'],
    sources: [S.MY1, S.MY2, S.MY3],
  },
];
