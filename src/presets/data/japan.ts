// Japan (research notes, section 2, and the 2026 record). Figures as published; the schedule of
// the unselected part, the instrument of the funded part and the deemed interest rate are
// assumptions, stated in notes.
import type { DealJson } from '../../deals/schema.ts';
import { sources } from './sources.ts';
import { sources2026 } from './sources2026.ts';
import { tariffEvents } from './tariffEvents.ts';

/** The Japanese presets (made on each call: nothing is built at import). */
export function japan(): readonly DealJson[] {
  const S = sources();
  const R = sources2026();
  const { EVENT_SOURCES, IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE } = tariffEvents();

  // The July deal's rates, which the executive order of 4 Sep 2025 implemented.
  const TARIFF: NonNullable<DealJson['tariff']> = {
    before: { rate: '0.1', basis: 'ieepa-reciprocal' },
    threatened: { rate: '0.25', basis: 'ieepa-reciprocal', from: '2025-08-01' },
    after: { rate: '0.15', basis: 'ieepa-reciprocal', from: '2025-08-07' },
    exportsCovered: '140.61B',
    sectors: [
      {
        sector: 'autos and parts (Section 232)',
        before: { rate: '0.275', basis: 'section-232' },
        after: { rate: '0.15', basis: 'section-232', from: '2025-09-16' },
        exportsCovered: '47.53B',
        notes: [
          '2.5% MFN + 25% Section 232 before; 15% all-inclusive from 16 Sep 2025, not retroactive (J15).',
          'Exports covered: autos and parts exported to the US in 2024, ¥7.2T (MOF, via nippon.com), at ¥151.48 per dollar (2024 average, JM1), rounded to $10M: derived.',
        ],
        sources: ['J15', 'J29', 'R28', 'JM1'],
      },
    ],
    events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
    notes: [
      'All goods: before the deal Japanese goods paid the 10% baseline on top of MFN duties; the 25% announced for 1 Aug 2025 was a threat and never applied (KM14). The deal rate, 15% including MFN, applied retroactively from 7 Aug 2025 (executive order of 4 Sep 2025).',
      'MFN duties are not modelled (no average rate on record): counting 10% against an all-inclusive 15% overstates the rise on goods that pay MFN duty.',
      'Exports covered: exports to the US in 2024, ¥21.3T (MOF finalized figures, via nippon.com), at ¥151.48 per dollar (2024 average, JM1), rounded to $10M: derived.',
    ],
    sources: ['J03', 'J04', 'J29', 'KM14', 'R28', 'JM1'],
  };

  const TARIFF_SOURCES = [S.J03, S.J04, S.J15, S.J29, S.JM1, S.KM14, R.R28, ...EVENT_SOURCES];

  return [
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
      tariff: TARIFF,
      notes: [
        'Also announced: 100 Boeing aircraft, 75% more US rice within the minimum-access quota, $8B a year of US farm and other goods, defence purchases of $17B a year (from $14B); the September fact sheet added $7B a year of US energy. Their horizons were not given, so they are notes here, not schedules.',
        'Trump reportedly raised the figure from $400B to $550B in the final phase of the talks (K01, low reliability).',
        'Latest state: written into the MOU of 4 Sep 2025 (jp-2025-09-mou).',
      ],
      sources: [S.J01, S.J02, S.J12, S.K01, ...TARIFF_SOURCES],
    },
    {
      id: 'jp-2025-09-mou',
      title: 'MOU of 4 Sep 2025: $550B by 19 Jan 2029 in projects the US selects; $36B selected so far',
      party: 'JP',
      stage: 'agreed',
      date: '2025-09-04',
      due: '2029-01-19',
      headline: '550B',
      components: [
        {
          label: 'First tranche: three projects (17 Feb 2026)',
          instrument: 'cash',
          schedule: { lumpSum: '36B', startDate: '2025-09-04' },
          notes: [
            'Announced 17 Feb 2026: a 9.2 GW gas-fired plant in Ohio ($33.3B), a deepwater crude export terminal ($2.1B) and a synthetic diamond grit plant ($0.6B).',
            "Japan's funding of projects the US President selects. How JBIC loans, NEXI-insured loans and equity make it up was not published (Tokyo: equity 1-2%, J12; the St. Louis Fed reads the structure as a loan, J06): modelled as money paid out whose return is the MOU's cash-flow split.",
          ],
          sources: ['J19', 'J20', 'J06', 'J12'],
        },
        {
          label: 'Not yet selected (unscheduled; by 19 Jan 2029)',
          instrument: 'unspecified',
          schedule: { installments: [{ period: 3, amount: '514B' }], startDate: '2025-09-04' },
          notes: [
            "Unscheduled: the MOU sets no pace, only the deadline for selecting projects (19 Jan 2029). Shown in the year that holds the deadline, the latest the MOU allows; not a forecast. Delivery is measured against a straight line to the deadline (the deal's due date).",
            'Its mix of equity, loans and guarantees is not set; the profit split applies to it once projects are funded.',
          ],
          sources: ['J05', 'J08', 'J13'],
        },
      ],
      tariff: TARIFF,
      profitSharing: {
        appliesTo: 'cash',
        tiers: [
          { partyShare: '0.5', counterpartyShare: '0.5', until: 'recovery' },
          { partyShare: '0.1', counterpartyShare: '0.9' },
        ],
        recovery: {
          target: 'principal-plus-interest',
          rate: '0.045',
          note: "The 'deemed allocation amount' is the funds Japan provides plus deemed interest at 6-month SOFR plus a project spread; 4.5% a year is an assumption, not a published figure.",
        },
        notes: [
          'As the MOU states it: the distributable cash flow of each project Japan funds is split 50/50 until Japan receives its deemed allocation amount, then 90% to the US and 10% to Japan. It applies to the whole funding of those projects, not to an equity slice; here to the $36B funded so far, and to the rest once selected and funded.',
        ],
        sources: ['J06', 'J07', 'J14'],
      },
      record: {
        asOf: '2026-03-08',
        status:
          'First tranche of $36B selected 17 Feb 2026; a second round (reactors, LCD/OLED, copper) under negotiation',
        entries: [
          {
            date: '2026-02-17',
            label: 'Gas-fired power plant, Portsmouth, Ohio (9.2 GW, SB Energy)',
            amount: '33.3B',
            status: 'announced',
            sources: ['J19'],
          },
          {
            date: '2026-02-17',
            label: 'Deepwater crude export terminal, Gulf of Mexico',
            amount: '2.1B',
            status: 'announced',
            sources: ['J19'],
          },
          {
            date: '2026-02-17',
            label: 'Synthetic diamond grit plant, Georgia',
            amount: '0.6B',
            status: 'announced',
            notes: ['The three add up to the $36B first tranche (J20).'],
            sources: ['J19', 'J20'],
          },
          {
            date: '2026-03-08',
            label: 'Second round: reactors, LCD/OLED and copper (may exceed $100B)',
            amount: '100B',
            status: 'candidate',
            notes: [
              'Under negotiation; "may exceed" $100B (Yomiuri). On 4 Mar 2026 a Westinghouse nuclear project and a ~$2B copper smelter were reported under consideration (R03). With the first round, about a quarter of $550B.',
            ],
            sources: ['R04', 'R03'],
          },
        ],
        milestones: [
          {
            date: '2025-10-28',
            label:
              'Tokyo summit: companies list interest in up to $490B of projects (Lutnick; other reports ~$400B or $467B)',
            sources: ['J16', 'J17'],
          },
          {
            date: '2026-01-19',
            label: 'Japan and the US narrow the first picks, including a SoftBank-linked plan',
            sources: ['J21'],
          },
          {
            date: '2026-03-04',
            label: 'A Westinghouse nuclear project and a ~$2B copper smelter considered for the second round',
            sources: ['R03'],
          },
        ],
        notes: [
          'After the 20 Feb 2026 ruling the Section 232 auto rate of 15% stands; the IEEPA rate does not (see the tariff events).',
        ],
        sources: ['J16', 'J17', 'J19', 'J20', 'J21', 'R03', 'R04'],
      },
      notes: [
        'Projects are selected by the US President until 19 Jan 2029 (Investment Committee chaired by the US Commerce Secretary, after consulting a bilateral Consultation Committee). Japan funds within 45 days of selection (some accounts: 45 business days). No annual cap.',
        'The first-tranche component is dated in period 0 (Sep 2025 to Sep 2026), the year it was selected in.',
      ],
      sources: [
        S.J05,
        S.J06,
        S.J07,
        S.J08,
        S.J12,
        S.J13,
        S.J14,
        S.J16,
        S.J17,
        S.J19,
        S.J20,
        S.J21,
        R.R03,
        R.R04,
        ...TARIFF_SOURCES,
      ],
    },
  ];
}
