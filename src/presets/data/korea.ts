// South Korea, every stage on the record (research notes, section 1, and the 2026 record).
// Figures as published; assumptions (mostly timing) are stated in each deal's notes.
// The cash schedules of the October positions and of the MOU share one convention: annual
// periods, period 0 = the first year of payment, so that `compare` lines them up.
import type { DealJson } from '../../deals/schema.ts';
import { sources } from './sources.ts';
import { sources2026 } from './sources2026.ts';
import { tariffEvents } from './tariffEvents.ts';

/** The South Korean presets (made on each call: nothing is built at import). */
export function korea(): readonly DealJson[] {
  const S = sources();
  const R = sources2026();
  const { EVENT_SOURCES, IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE } = tariffEvents();

  // Section 232 autos: applied at 25% before the deals (KORUS leaves no MFN duty on Korean cars),
  // cut to 15% from 1 Nov 2025 (Federal Register notice of 4 Dec 2025). Exports by line, each with its vintage.
  type SectorJson = NonNullable<NonNullable<DealJson['tariff']>['sectors']>[number];
  const AUTO_SECTORS = (afterNote: string): SectorJson[] => [
    {
      sector: 'cars (Section 232)',
      before: { rate: '0.25', basis: 'section-232' },
      after: { rate: '0.15', basis: 'section-232', from: '2025-11-01' },
      exportsCovered: '30.15B',
      notes: [
        afterNote,
        'Exports covered: car exports to the US in 2025, $30.15B (down 13.2% on 2024; ministry figures via a MENAFN repost); a 2025 figure against the 2024 total.',
      ],
      sources: ['K39', 'K40', 'R27'],
    },
    {
      sector: 'auto parts (Section 232)',
      before: { rate: '0.25', basis: 'section-232' },
      after: { rate: '0.15', basis: 'section-232', from: '2025-11-01' },
      exportsCovered: '8.22B',
      notes: [
        'Exports covered: auto parts exports to the US in 2024, $8.22B (Korea Auto Industries Cooperation Association, via KBS World).',
      ],
      sources: ['K39', 'K40', 'R26'],
    },
    {
      sector: 'steel and aluminium (Section 232)',
      before: { rate: '0.5', basis: 'section-232' },
      after: { rate: '0.5', basis: 'section-232' },
      notes: ['Unchanged.'],
      sources: ['K33'],
    },
  ];

  const TIMING_NOTE =
    'Period 0 is the first year of payment; the sources give no start date, so the schedules are not anchored to the calendar.';

  return [
    {
      id: 'kr-2025-07-us-demand',
      title: 'US demand: a $400B Korean investment fund',
      party: 'KR',
      stage: 'demand',
      date: '2025-07-28',
      headline: '400B',
      components: [
        {
          label: 'Investment fund (form unspecified)',
          instrument: 'unspecified',
          schedule: { lumpSum: '400B' },
          notes: [
            'Government-led fund; the form (cash, loans, guarantees) was not specified. Shown as one amount in period 0.',
          ],
          sources: ['K01', 'K02'],
        },
      ],
      notes: [
        'Reported in late July 2025 (date approximate); the US later settled for $350B.',
        'Threatened reciprocal tariff from 1 Aug 2025: 25% (KM14).',
      ],
      sources: [S.K01, S.K02, S.KM14],
    },
    {
      id: 'kr-2025-07-first-offer',
      title: "Korea's first offer: $100B of company investment",
      party: 'KR',
      stage: 'offer',
      date: '2025-07-28',
      headline: '100B',
      components: [
        {
          label: 'Corporate investment',
          instrument: 'private',
          schedule: { lumpSum: '100B' },
          notes: [
            'Company investment plans, with easing of beef and rice barriers; no timetable given. Shown in period 0.',
          ],
          sources: ['K01', 'K02'],
        },
      ],
      notes: ['Date approximate (late July 2025).'],
      sources: [S.K01, S.K02],
    },
    {
      id: 'kr-2025-07-raised-offer',
      title: "Korea's raised offer: about $200B",
      party: 'KR',
      stage: 'offer',
      date: '2025-07-30',
      headline: '200B',
      components: [
        {
          label: 'Investment fund (form unspecified)',
          instrument: 'unspecified',
          schedule: { lumpSum: '200B' },
          notes: ["KBS: 'around $200 billion, or 276 trillion won'. Form and timing not reported; shown in period 0."],
          sources: ['K02'],
        },
      ],
      notes: ['One source of medium reliability (KBS).'],
      sources: [S.K02],
    },
    {
      id: 'kr-2025-07-framework',
      title: 'Framework of 30 July 2025: $350B ($150B shipbuilding + $200B strategic) and $100B of energy',
      party: 'KR',
      stage: 'framework',
      date: '2025-07-30',
      headline: '350B',
      components: [
        {
          label: 'Shipbuilding cooperation (MASGA)',
          instrument: 'unspecified',
          schedule: { lumpSum: '150B' },
          notes: [
            'Korean reading: company investment and guarantees; the split was not agreed at this stage. Timing not published; shown in period 0.',
          ],
          sources: ['K05', 'K10', 'K04'],
        },
        {
          label: 'Financial package for strategic sectors',
          instrument: 'unspecified',
          schedule: { lumpSum: '200B' },
          notes: [
            'Chips, nuclear, batteries, biotech. Korean reading: loans and guarantees with a small equity share (Kim Yong-beom: equity below 5%, K08, K09); the US later demanded cash up front (KR-3). Timing not published; shown in period 0.',
          ],
          sources: ['K05', 'K07', 'K08', 'K09'],
        },
      ],
      alongside: [
        {
          label: 'US energy purchases (LNG, LPG, crude)',
          instrument: 'purchase',
          schedule: { spread: '100B', count: 4, quantum: '0.5B' },
          notes: [
            'Cumulative 2025-2028 (MOTIE: four years; another report: 3.5 years); assumed spread evenly over four years.',
            'Includes existing imports (about $23.3B a year on average in 2021-24), so only about $6.8B is extra (K06).',
          ],
          sources: ['K03', 'K06', 'K07'],
        },
      ],
      tariff: {
        before: { rate: '0.1', basis: 'ieepa-reciprocal' },
        threatened: { rate: '0.25', basis: 'ieepa-reciprocal', from: '2025-08-01' },
        after: { rate: '0.15', basis: 'ieepa-reciprocal', from: '2025-08-07' },
        exportsCovered: '132B',
        sectors: [
          ...AUTO_SECTORS('Promised at the framework; took effect only with the MOU, retroactive to 1 Nov 2025.'),
        ],
        events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
        notes: [
          'Before the deal Korean goods paid the 10% baseline (in force since 5 Apr 2025, U04); the 25% announced for 1 Aug 2025 was a threat and never applied (KM14). The 15% applied from 7 Aug 2025.',
          'Exports covered: US imports from Korea in 2024, $132B (Commerce; another compilation: $135.46B).',
        ],
        sources: ['K03', 'K07', 'K31', 'KM09', 'KM14', 'U04', 'E17'],
      },
      notes: [
        "Trump: the $350B is 'owned and controlled by the United States, selected by myself' (K03).",
        "Lutnick claimed 90% of the fund's profits for the US; Seoul rejected it (K07), and the MOU settled on 50/50 until recovery.",
        'Latest state: superseded by the MOU of 14 Nov 2025 (kr-2025-11-mou).',
      ],
      sources: [
        S.K03,
        S.K04,
        S.K05,
        S.K06,
        S.K07,
        S.K08,
        S.K09,
        S.K10,
        S.K31,
        S.K33,
        S.K39,
        S.K40,
        S.KM09,
        S.KM14,
        S.U04,
        S.E17,
        R.R26,
        R.R27,
        ...EVENT_SOURCES,
      ],
    },
    {
      id: 'kr-2025-10-us-cash-25x8',
      title: 'US position (Oct 2025): $200B cash as $25B a year for 8 years, the rest in guarantees',
      party: 'KR',
      stage: 'demand',
      date: '2025-10-22',
      headline: '350B',
      components: [
        {
          label: 'Cash',
          instrument: 'cash',
          schedule: { each: '25B', count: 8 },
          notes: ['$25B a year for 8 years.'],
          sources: ['K16', 'K17'],
        },
        {
          label: 'Credit guarantees',
          instrument: 'guarantee',
          schedule: { lumpSum: '150B' },
          notes: ['Timing of the guarantees not reported; shown in period 0.'],
          sources: ['K16'],
        },
      ],
      notes: [TIMING_NOTE, 'Reported on 22 Oct 2025 (K16) and again at the Gyeongju summit (K17).'],
      sources: [S.K16, S.K17],
    },
    {
      id: 'kr-2025-10-kr-cash-7x10',
      title: "Korea's counter-offer (Oct 2025): $70B cash as $7B a year for 10 years",
      party: 'KR',
      stage: 'offer',
      date: '2025-10-28',
      headline: '350B',
      components: [
        {
          label: 'Cash',
          instrument: 'cash',
          schedule: { each: '7B', count: 10 },
          notes: ['$7B a year for 10 years.'],
          sources: ['K17'],
        },
        {
          label: 'Not yet allocated',
          instrument: 'unspecified',
          schedule: { lumpSum: '280B' },
          notes: [
            'The rest of the $350B: loans and guarantees in the Korean proposal, amounts not reported. Shown in period 0.',
          ],
          sources: ['K17'],
        },
      ],
      notes: [TIMING_NOTE, 'Conflicting report: $15B a year (K48, an aggregator of low reliability).'],
      sources: [S.K17, S.K48],
    },
    {
      id: 'kr-2025-11-mou',
      title: 'MOU on Strategic Investments (14 Nov 2025): $200B cash at most $20B a year + $150B shipbuilding',
      party: 'KR',
      stage: 'agreed',
      date: '2025-11-14',
      headline: '350B',
      components: [
        {
          label: 'Strategic investments (cash)',
          instrument: 'cash',
          schedule: { capped: '200B', cap: '20B' },
          notes: [
            "'Not required to fund an aggregate amount greater than $20 billion in any calendar year' (White House text); paid at the cap from the first year, the fastest the MOU allows: 10 years.",
            "Korea may ask to lower or delay a year's funding if the won moves disorderly (K29, K35); capital calls have 45 business days.",
          ],
          sources: ['K28', 'K29', 'K31', 'K21'],
        },
        {
          label: 'Shipbuilding (MASGA approved investments)',
          instrument: 'unspecified',
          schedule: { lumpSum: '150B' },
          notes: [
            'Company investment, government guarantees and ship financing (KEXIM, K-SURE); the split and the timing were not published. Shown as one amount in period 0; the $20B cap applies to the $200B only.',
          ],
          sources: ['K28', 'K26', 'K30'],
        },
      ],
      alongside: [
        {
          label: 'US energy purchases',
          instrument: 'purchase',
          schedule: { spread: '100B', count: 4, quantum: '0.5B' },
          notes: ['From the July framework, 2025-2028; assumed spread evenly over four years.'],
          sources: ['K03', 'K06'],
        },
        {
          label: 'Korean Air: 103 Boeing aircraft and GE engines',
          instrument: 'purchase',
          schedule: { lumpSum: '49.9B' },
          notes: ['$36.2B of aircraft and $13.7B of engines; delivery timing not given.'],
          sources: ['K23', 'K24'],
        },
        {
          label: 'US military equipment by 2030',
          instrument: 'purchase',
          schedule: { spread: '25B', count: 5, quantum: '0.1B' },
          notes: ['Assumed spread evenly over five years to 2030.'],
          sources: ['K34'],
        },
      ],
      tariff: {
        before: { rate: '0.15', basis: 'ieepa-reciprocal', from: '2025-08-07' },
        threatened: { rate: '0.25', basis: 'ieepa-reciprocal' },
        after: { rate: '0.15', basis: 'ieepa-reciprocal', from: '2025-11-14' },
        exportsCovered: '132B',
        sectors: [...AUTO_SECTORS('Retroactive to 1 Nov 2025 (Federal Register notice of 4 Dec 2025).')],
        events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
        notes: [
          'All goods: 15% had applied since 7 Aug 2025 under the July framework; the MOU made it the higher of the KORUS/MFN rate or 15%, not stacked, and cut autos. It did not cut all goods from 25% a second time. The 25% is the September 2025 ultimatum (K11), a threat.',
          'Exports covered: US imports from Korea in 2024, $132B.',
          'In Jan 2026 Trump threatened to restore 25% while the implementing bill was pending (K41); no source shows it was applied, and the Special Act passed on 12 Mar 2026.',
        ],
        sources: ['K11', 'K31', 'K33', 'K39', 'K40', 'K41', 'K53', 'K54', 'KM09'],
      },
      profitSharing: {
        appliesTo: 'cash',
        tiers: [
          { partyShare: '0.5', counterpartyShare: '0.5', until: 'recovery' },
          { partyShare: '0.1', counterpartyShare: '0.9' },
        ],
        recovery: { target: 'principal' },
        notes: [
          "Cash returns split 50/50 until Korea recovers its principal, then 90/10 in the US's favour; the split may be adjusted in Korea's favour if a project's prospects are uncertain. Whether the principal accrues deemed interest (as in Japan's MOU) was not found.",
        ],
        sources: ['K19', 'K20', 'K32'],
      },
      notes: [
        TIMING_NOTE,
        'Agreed at Gyeongju on 29 Oct 2025, written into the Joint Fact Sheet (13 Nov) and the MOU (14 Nov). Projects are chosen by the US President until January 2029; funding may continue after.',
        'Korea plans to pay from the income on its reserves (about $15B a year) topped up with about $5B a year of government-guaranteed dollar bonds (R06).',
        "Korean companies' own US plans (FKI: $150B, including projects announced before; Hyundai Motor Group: $26B for 2025-2028, K47) are separate from the $350B.",
      ],
      record: {
        asOf: '2026-03-12',
        status: 'Special Act passed 12 Mar 2026; no project selected, no capital call and no payment found',
        entries: [],
        milestones: [
          {
            date: '2025-12-02',
            label: 'White House: Korean and Japanese cash to start with nuclear power plants; cash flow split 50-50',
            sources: ['R05'],
          },
          {
            date: '2026-02-13',
            label:
              'First meeting of the MOU implementation committee; a working-level delegation went to Washington on 18-19 Feb, candidate projects undisclosed',
            sources: ['R07'],
          },
          {
            date: '2026-03-12',
            label:
              'Special Act passed (226-8): the state investment corporation gets KRW 2T of paid-in capital and 50 staff (the bill said KRW 3T)',
            sources: ['K44', 'R08'],
          },
        ],
        notes: [
          'The record searched to March 2026 shows no Korean project selection, capital call or payment: delivered is zero on the record, not unknown.',
        ],
        sources: ['K44', 'R05', 'R07', 'R08'],
      },
      sources: [
        S.K19,
        S.K20,
        S.K21,
        S.K23,
        S.K24,
        S.K26,
        S.K28,
        S.K29,
        S.K30,
        S.K31,
        S.K32,
        S.K33,
        S.K34,
        S.K35,
        S.K39,
        S.K40,
        S.K03,
        S.K06,
        S.K11,
        S.K41,
        S.K44,
        S.K47,
        S.K53,
        S.K54,
        S.KM09,
        R.R05,
        R.R06,
        R.R07,
        R.R08,
        R.R26,
        R.R27,
        ...EVENT_SOURCES,
      ],
    },
  ];
}
