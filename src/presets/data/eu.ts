// European Union (shared/research/deal-facts.md, section 3). No government fund: the amounts
// are purchase and investment intentions of companies. Schedules are assumptions, stated in notes.
import type { DealJson } from '../../deals/schema.ts';
import { SOURCES as S } from './sources.ts';

const HEADLINE_NOTE =
  'There is no government fund. The headline here is the sum of the quantified intentions ($750B energy + $600B company investment + $40B AI chips = $1,390B); reports usually quote the parts separately.';

export const EU: readonly DealJson[] = [
  {
    id: 'eu-2025-07-turnberry',
    title: 'Turnberry political deal (27 July 2025): $750B of energy over three years and $600B of investment',
    party: 'EU',
    stage: 'framework',
    date: '2025-07-27',
    headline: '1350B',
    components: [
      {
        label: 'US energy purchases',
        instrument: 'purchase',
        schedule: { spread: '750B', count: 3 },
        notes: ['Over three years, about $250B a year (analysts called it unreachable: EU imports of US energy were about $76B in 2024, E06).'],
        sources: ['E01', 'E02', 'E06'],
      },
      {
        label: 'Additional EU company investment',
        instrument: 'private',
        schedule: { spread: '600B', count: 3 },
        notes: ["'More than they're investing already'; no period given at Turnberry. Assumed over the same three years."],
        sources: ['E01', 'E02'],
      },
    ],
    tariff: { before: '0.3', after: '0.15', sectors: [{ sector: 'steel and aluminium', before: '0.5', after: '0.5', notes: ['Unchanged.'] }], notes: ['15% all-inclusive ceiling on most EU goods instead of the threatened 30%.'], sources: ['E01', 'E02'] },
    notes: ['Political deal; the Joint Statement of 21 Aug 2025 put both figures "through 2028".'],
    sources: [S.E01, S.E02, S.E06],
  },
  {
    id: 'eu-2025-08-joint-statement',
    title: 'Joint Statement (21 Aug 2025): $750B energy purchases and $600B company investment through 2028, $40B AI chips',
    party: 'EU',
    stage: 'agreed',
    date: '2025-08-21',
    headline: '1390B',
    components: [
      {
        label: 'US energy purchases (LNG, oil, nuclear)',
        instrument: 'purchase',
        schedule: { spread: '750B', count: 4, quantum: '1B' },
        notes: ['Intended purchases through 2028; the Commission says companies, not the EU, buy energy (E06). Assumed spread evenly over 2025-2028 in whole billions.'],
        sources: ['E03', 'E04', 'E06'],
      },
      {
        label: 'EU company investment in US strategic sectors',
        instrument: 'private',
        schedule: { spread: '600B', count: 4 },
        notes: ['Expected new investment through 2028; assumed spread evenly over 2025-2028.'],
        sources: ['E03', 'E04'],
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
      before: '0.3',
      after: '0.15',
      effective: '2025-09-01',
      exportsCovered: '555.6B',
      sectors: [
        { sector: 'autos and parts', before: '0.275', after: '0.15', notes: ['Retroactive to 1 Aug 2025 (Federal Register notice of 25 Sep 2025).'] },
        { sector: 'steel and aluminium', before: '0.5', after: '0.5', notes: ['Unchanged.'] },
      ],
      notes: [
        'US tariff: the higher of MFN or 15% (reciprocal part from 7 Aug 2025); aircraft and parts, generics and some others at MFN only.',
        'Exports covered: US goods imports from the EU in 2024, $555.6B (US Census; Eurostat gives EU exports to the US of EUR 531.6B).',
      ],
      sources: ['E05', 'E09', 'E17', 'EM3'],
    },
    notes: [
      HEADLINE_NOTE,
      'Defence procurement from the US to "significantly increase" (unquantified). The EU committed to scrap duties on US industrial goods.',
      'The European Parliament froze the file in Jan 2026, resumed in Feb, added a sunset (Mar 2028) and voted its position on 26 Mar 2026.',
    ],
    sources: [S.E03, S.E04, S.E05, S.E06, S.E09, S.E17, S.EM3],
  },
];
