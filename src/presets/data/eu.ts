// European Union (research notes, section 3, and the 2026 record). No government fund: the
// amounts are company investment and purchase intentions. The headline is the investment
// pledge; purchases, announced beside it, are kept apart. Schedules are assumptions, stated in notes.
import type { DealJson } from '../../deals/schema.ts';
import { sources } from './sources.ts';
import { sources2026 } from './sources2026.ts';
import { tariffEvents } from './tariffEvents.ts';

/** The EU presets (made on each call: nothing is built at import). */
export function eu(): readonly DealJson[] {
  const S = sources();
  const R = sources2026();
  const { EVENT_SOURCES, IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE } = tariffEvents();

  const RATES = {
    before: { rate: '0.1', basis: 'ieepa-reciprocal' },
    threatened: { rate: '0.3', basis: 'ieepa-reciprocal', from: '2025-08-01' },
    after: { rate: '0.15', basis: 'ieepa-reciprocal', from: '2025-08-07' },
  } as const;

  const RATE_NOTE =
    'Before the deal EU goods paid the 10% baseline on top of MFN duties; the 30% announced for 1 Aug 2025 was a threat and never applied (E02). The deal sets the higher of MFN or 15%, MFN included, so for many goods it was an increase. MFN duties are not modelled (no average rate on record): counting 10% against 15% overstates the rise on goods that pay MFN duty.';

  return [
    {
      id: 'eu-2025-07-turnberry',
      title:
        'Turnberry political deal (27 July 2025): $600B of investment, with $750B of energy over three years beside it',
      party: 'EU',
      stage: 'framework',
      date: '2025-07-27',
      headline: '600B',
      components: [
        {
          label: 'Additional EU company investment',
          instrument: 'private',
          schedule: { each: '200B', count: 3 },
          notes: [
            "'More than they're investing already'; no period given at Turnberry. Assumed over the same three years as the energy purchases.",
          ],
          sources: ['E01', 'E02'],
        },
      ],
      alongside: [
        {
          label: 'US energy purchases',
          instrument: 'purchase',
          schedule: { each: '250B', count: 3 },
          notes: [
            'Over three years, $250B a year (analysts called it unreachable: EU imports of US energy were about $76B in 2024, E06).',
          ],
          sources: ['E01', 'E02', 'E06'],
        },
      ],
      tariff: {
        ...RATES,
        sectors: [
          {
            sector: 'steel and aluminium (Section 232)',
            before: { rate: '0.5', basis: 'section-232' },
            after: { rate: '0.5', basis: 'section-232' },
            notes: ['Unchanged.'],
          },
        ],
        events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
        notes: ['15% all-inclusive ceiling on most EU goods.', RATE_NOTE],
        sources: ['E01', 'E02'],
      },
      notes: [
        'Purchases are kept apart from investment: the headline is the $600B investment pledge, as PIIE counts it; the energy figure is announced beside it.',
        'Latest state: the Joint Statement of 21 Aug 2025 put both figures "through 2028" (eu-2025-08-joint-statement).',
      ],
      sources: [S.E01, S.E02, S.E06, ...EVENT_SOURCES],
    },
    {
      id: 'eu-2025-08-joint-statement',
      title:
        'Joint Statement (21 Aug 2025): $600B of company investment through 2028; $750B of energy and $40B of AI chips beside it',
      party: 'EU',
      stage: 'agreed',
      date: '2025-08-21',
      headline: '600B',
      components: [
        {
          label: 'EU company investment in US strategic sectors',
          instrument: 'private',
          schedule: { each: '200B', count: 3 },
          notes: [
            'Expected new investment "through 2028"; assumed three equal yearly amounts from the statement (to Aug 2028; the text allows to the end of 2028).',
          ],
          sources: ['E03', 'E04'],
        },
      ],
      alongside: [
        {
          label: 'US energy purchases (LNG, oil, nuclear)',
          instrument: 'purchase',
          schedule: { each: '250B', count: 3 },
          notes: [
            'Intended purchases "through 2028": $250B a year over three years, as announced at Turnberry; the Commission says companies, not the EU, buy energy (E06).',
            'Yearly periods run from the statement (21 Aug 2025).',
          ],
          sources: ['E03', 'E04', 'E06'],
        },
        {
          label: 'US AI chips',
          instrument: 'purchase',
          schedule: { lumpSum: '40B' },
          notes: ['At least $40B; period unspecified, shown in period 0.'],
          sources: ['E03', 'E04'],
        },
      ],
      tariff: {
        ...RATES,
        exportsCovered: '555.6B',
        sectors: [
          {
            sector: 'cars (Section 232)',
            before: { rate: '0.275', basis: 'section-232' },
            after: { rate: '0.15', basis: 'section-232', from: '2025-08-01' },
            exportsCovered: '42.28B',
            notes: [
              '2.5% MFN + 25% Section 232 before; 15% all-inclusive retroactive to 1 Aug 2025 (Federal Register notice of 25 Sep 2025).',
              'Exports covered: EU car exports to the US in 2024, EUR 38.9B (Eurostat, via CIJ Europe), at 0.92 euro per dollar (the rate the Aug 2025 reporting used, E04), rounded to $10M: derived. Parts are not included (no figure on record).',
            ],
            sources: ['E09', 'E08', 'R29', 'E04'],
          },
          {
            sector: 'steel and aluminium (Section 232)',
            before: { rate: '0.5', basis: 'section-232' },
            after: { rate: '0.5', basis: 'section-232' },
            notes: ['Unchanged.'],
            sources: ['E01'],
          },
        ],
        events: [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE],
        notes: [
          'US tariff: the higher of MFN or 15% (reciprocal part from 7 Aug 2025, composite from 1 Sep 2025); aircraft and parts, generics and some others at MFN only.',
          RATE_NOTE,
          'Exports covered: US goods imports from the EU in 2024, $555.6B (US Census; Eurostat gives EU exports to the US of EUR 531.6B).',
        ],
        sources: ['E02', 'E05', 'E09', 'E17', 'EM3'],
      },
      record: {
        asOf: '2026-06-25',
        status:
          'Implementing regulations finally approved by the Council on 25 Jun 2026, with a safeguard, a suspension clause and a sunset at the end of 2029',
        entries: [
          {
            date: '2025-12-25',
            from: '2025-09-01',
            label: 'EU imports of US oil and LNG, Sep to Dec 2025 (Kpler data)',
            amount: '29.6B',
            status: 'completed',
            against: 'US energy purchases (LNG, oil, nuclear)',
            notes: [
              'Down 7% on a year earlier; oil and gas only. Via a repost of Kpler data (low reliability). The same source puts 2025 as a whole at $73.7B, months before the statement included.',
              'The Commission cites about EUR 200B of "energy-related imports" from the US in Jan-Nov 2025 (E11; reported as $236B in R30): a wider measure, not counted here.',
            ],
            sources: ['R30', 'E11'],
          },
        ],
        milestones: [
          {
            date: '2026-01-21',
            label: 'European Parliament suspends work over the Greenland tariff threat',
            sources: ['E12'],
          },
          { date: '2026-02-04', label: 'European Parliament resumes work', sources: ['E13'] },
          {
            date: '2026-03-26',
            label:
              'European Parliament adopts its position (with a sunset and a suspension clause); trilogues from 13 April',
            sources: ['E15'],
          },
          {
            date: '2026-05-20',
            label:
              'Council-Parliament provisional agreement on the two implementing regulations: safeguard, suspension clause, sunset at the end of 2029',
            sources: ['R09'],
          },
          { date: '2026-06-25', label: 'Council final approval', sources: ['R10'] },
        ],
        notes: [
          "No figure on record measures the $600B of new company investment (the Commission's EUR 154B since Jan 2025 counts all EU investment, E11): delivered on the headline is unknown rather than zero.",
        ],
        sources: ['E11', 'E12', 'E13', 'E15', 'R09', 'R10', 'R30'],
      },
      notes: [
        'Purchases are kept apart from investment: the headline is the $600B investment pledge (what PIIE counts); the $750B of energy and $40B of chips were announced beside it. Reports usually quote the parts separately; dealcalc no longer adds them into a $1,390B sum.',
        'Defence procurement from the US to "significantly increase" (unquantified). The EU committed to scrap duties on US industrial goods.',
        "The European Parliament's position (Feb-Mar 2026) had a March 2028 sunset; the adopted text (Council final approval, 25 Jun 2026) sets it at the end of 2029.",
      ],
      sources: [
        S.E01,
        S.E02,
        S.E03,
        S.E04,
        S.E05,
        S.E06,
        S.E08,
        S.E09,
        S.E11,
        S.E12,
        S.E13,
        S.E15,
        S.E17,
        S.EM3,
        R.R09,
        R.R10,
        R.R29,
        R.R30,
        ...EVENT_SOURCES,
      ],
    },
  ];
}
