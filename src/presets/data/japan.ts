// Japan (shared/research/deal-facts.md, section 2). Figures as published; the split between
// loans and guarantees, the schedule and the deemed interest rate are assumptions, stated in notes.
import type { DealJson } from '../../deals/schema.ts';
import { SOURCES as S } from './sources.ts';

export const JAPAN: readonly DealJson[] = [
  {
    id: 'jp-2025-07-deal',
    title: 'Deal of 22 July 2025: a $550B investment vehicle "at my direction" for a 15% tariff',
    party: 'JP',
    stage: 'framework',
    date: '2025-07-22',
    headline: '550B',
    components: [
      {
        label: 'Investment vehicle',
        instrument: 'unspecified',
        schedule: { lumpSum: '550B' },
        notes: [
          'US fact sheet: the US keeps 90% of the profits. Tokyo (Akazawa): only 1-2% is actual equity, the rest JBIC loans and NEXI-insured guarantees, and the 90/10 applies to the equity part (J12). The mix was settled only by the September MOU.',
          'Timing not set at this stage; shown in period 0.',
        ],
        sources: ['J01', 'J02', 'J12'],
      },
    ],
    tariff: {
      before: '0.25',
      after: '0.15',
      effective: '2025-08-07',
      sectors: [{ sector: 'autos and parts', before: '0.275', after: '0.15', notes: ['2.5% MFN + 25% Section 232 before; 15% all-inclusive from 16 Sep 2025.'] }],
      notes: ['All-inclusive 15% (MFN included), retroactive to 7 Aug 2025 by the executive order of 4 Sep 2025.'],
      sources: ['J03', 'J04', 'J29', 'J15'],
    },
    notes: [
      'Also announced: 100 Boeing aircraft, 75% more US rice within the minimum-access quota, $8B a year of US farm and other goods, defence purchases of $17B a year (from $14B); the September fact sheet added $7B a year of US energy. Their horizons were not given, so they are notes here, not schedules.',
      'Trump reportedly raised the figure from $400B to $550B in the final phase of the talks (K01, low reliability).',
    ],
    sources: [S.J01, S.J02, S.J03, S.J04, S.J12, S.J15, S.J29],
  },
  {
    id: 'jp-2025-09-mou',
    title: 'MOU of 4 Sep 2025: $550B by 19 Jan 2029, mostly JBIC loans and NEXI guarantees',
    party: 'JP',
    stage: 'agreed',
    date: '2025-09-04',
    headline: '550B',
    components: [
      {
        label: 'Equity (cash)',
        instrument: 'cash',
        schedule: { spread: '11B', count: 4, startDate: '2025-09-04', quantum: '0.25B' },
        notes: ["Tokyo: equity is 1-2% of the $550B (J12); the upper end, 2% = $11B, is assumed. The US side speaks of capital calls Japan may need to borrow for (J14)."],
        sources: ['J12', 'J14'],
      },
      {
        label: 'JBIC loans',
        instrument: 'loan',
        schedule: { spread: '269.5B', count: 4, startDate: '2025-09-04', quantum: '0.25B' },
        notes: ['The rest is JBIC loans and NEXI-insured guarantees; the split was not published. Assumed half and half.'],
        sources: ['J12', 'J13'],
      },
      {
        label: 'NEXI-insured guarantees',
        instrument: 'guarantee',
        schedule: { spread: '269.5B', count: 4, startDate: '2025-09-04', quantum: '0.25B' },
        notes: ['Assumed half of the non-equity part (see JBIC loans).'],
        sources: ['J12', 'J13'],
      },
    ],
    tariff: {
      before: '0.25',
      after: '0.15',
      effective: '2025-08-07',
      sectors: [{ sector: 'autos and parts', before: '0.275', after: '0.15', notes: ['From 16 Sep 2025, not retroactive.'] }],
      notes: ['If Japan declines to fund a selected project, the President may set tariffs (J07, J08).'],
      sources: ['J03', 'J15', 'J29', 'J08'],
    },
    profitSharing: {
      appliesTo: 'cash',
      tiers: [
        { partyShare: '0.5', counterpartyShare: '0.5', until: 'recovery' },
        { partyShare: '0.1', counterpartyShare: '0.9' },
      ],
      recovery: {
        target: 'principal-plus-interest',
        rate: '0.045',
        note: "The 'deemed allocation amount' is principal plus deemed interest at 6-month SOFR plus a project spread; 4.5% a year is an assumption, not a published figure.",
      },
      notes: ['Distributable cash flow split 50/50 until Japan receives its deemed allocation amount, then 90% to the US and 10% to Japan.'],
      sources: ['J06', 'J07', 'J14'],
    },
    notes: [
      'Projects must be selected by 19 Jan 2029 (Investment Committee chaired by the US Commerce Secretary, after consulting a bilateral Consultation Committee; the President decides). Schedule assumed: spread evenly over four years from the MOU, the last allocation in Sep 2028.',
      'Japan funds within 45 days of selection (some accounts: 45 business days). No annual cap. First tranche: $36B for three projects, announced 17 Feb 2026.',
    ],
    sources: [S.J05, S.J06, S.J07, S.J08, S.J03, S.J12, S.J13, S.J14, S.J15, S.J29],
  },
];
