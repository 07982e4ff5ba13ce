// The Gulf pledges PIIE counts (about $4T together): Saudi Arabia, the UAE, Qatar. No tariff
// terms (the three paid the 10% baseline). Purchases the White House itemised are kept apart
// from investment; "economic exchange" and aircraft orders are purchases, not investment.
import type { DealJson } from '../../deals/schema.ts';
import { sources2026 } from './sources2026.ts';

/** The Gulf presets (made on each call: nothing is built at import). */
export function gulf(): readonly DealJson[] {
  const R = sources2026();

  return [
    {
      id: 'sa-2025-05-pledge',
      title:
        'Saudi Arabia (May 2025): $600B of investment in the US over four years, arms and other purchases included',
      party: 'SA',
      stage: 'framework',
      date: '2025-05-13',
      headline: '600B',
      components: [
        {
          label: 'Defence equipment sales',
          instrument: 'purchase',
          schedule: { lumpSum: '142B' },
          notes: [
            '"Nearly $142 billion" of US defence equipment, which the White House counts inside the $600B (R33, a repost). Timing not given; shown in period 0.',
          ],
          sources: ['R33'],
        },
        {
          label: 'Manufacturing equipment and Boeing 737-8 aircraft',
          instrument: 'purchase',
          schedule: { lumpSum: '19B' },
          notes: [
            '$14.2B of US manufacturing equipment bought by Saudi companies and $4.8B of Boeing 737-8s (R33, a repost). Timing not given; shown in period 0.',
          ],
          sources: ['R33'],
        },
        {
          label: 'Investment (mix not published)',
          instrument: 'unspecified',
          schedule: { spread: '439B', count: 4 },
          notes: [
            'The rest of the $600B, spread evenly over the four years of the pledge (an assumption). Includes $80B that Google, Oracle and others are to invest "in both countries" (R33), so not all of it lands in the US.',
          ],
          sources: ['R12', 'R13', 'R33'],
        },
      ],
      notes: [
        'Pledged by the Crown Prince ($600B over four years, R12, R13) and presented at the Saudi-US investment forum in Riyadh on 13 May 2025 (R35). Trump asked for $1T; see sa-2025-11-raise.',
        "PIIE counts the whole pledge; here the purchases the White House itemised are kept apart from investment, so PIIE's view below counts $439B.",
        'No tariff terms: Saudi goods paid the 10% baseline. No implementation figure found in the record.',
      ],
      sources: [R.R12, R.R13, R.R33, R.R35],
    },
    {
      id: 'sa-2025-11-raise',
      title: 'Saudi Arabia (18 Nov 2025): the $600B raised to "almost $1 trillion"',
      party: 'SA',
      stage: 'offer',
      date: '2025-11-18',
      headline: '1T',
      components: [
        {
          label: 'Investment pledge (form and timing not published)',
          instrument: 'unspecified',
          schedule: { lumpSum: '1T' },
          notes: [
            '"We are going to increase that $600 billion to almost $1 trillion for investment" (the Crown Prince at the White House). No period or split given; shown in period 0, so PIIE\'s view spreads it over its 10-year default.',
          ],
          sources: ['R32', 'R33'],
        },
      ],
      notes: [
        'Includes the $600B of May 2025 (sa-2025-05-pledge) and its purchases; the White House listed F-35 and other arms sales alongside (R33). About the size of Saudi GDP (R33).',
      ],
      sources: [R.R32, R.R33],
    },
    {
      id: 'ae-2025-03-framework',
      title: 'United Arab Emirates (21 Mar 2025): a $1.4T, 10-year investment framework',
      party: 'AE',
      stage: 'framework',
      date: '2025-03-21',
      headline: '1.4T',
      components: [
        {
          label: 'Investment framework (mix not published)',
          instrument: 'unspecified',
          schedule: { each: '140B', count: 10 },
          notes: [
            '10 years, assumed evenly. The White House did not say how the $1.4T adds up; some deals in it were announced before (AI infrastructure partnership up to $100B, ADQ-ECP $25B, an aluminium smelter).',
          ],
          sources: ['R34', 'R12'],
        },
      ],
      notes: [
        "Announced by the White House on 21 Mar 2025 after Sheikh Tahnoon's Oval Office meeting; reaffirmed during the May 2025 visit (R12). No tariff terms. No implementation figure found in the record.",
      ],
      sources: [R.R12, R.R34],
    },
    {
      id: 'qa-2025-05-economic-exchange',
      title:
        'Qatar (14 May 2025): an "economic exchange" of at least $1.2T, Qatar Airways\' Boeing order included — purchases, not investment',
      party: 'QA',
      stage: 'agreed',
      date: '2025-05-14',
      headline: '1.2T',
      components: [
        {
          label: 'Qatar Airways: up to 210 Boeing 787 and 777X aircraft with GE engines',
          instrument: 'purchase',
          schedule: { lumpSum: '96B' },
          notes: [
            '$96B (White House figures); Trump first said "over $200 billion" for 160 jets (R13, R31). Deliveries over years not given; shown in period 0.',
          ],
          sources: ['R31', 'R13'],
        },
        {
          label: 'Rest of the "economic exchange" (not itemised)',
          instrument: 'purchase',
          schedule: { lumpSum: '1104B' },
          notes: [
            'The White House\'s "economic exchange worth at least $1.2 trillion" is trade both ways and orders, not an investment pledge: kept with purchases, never counted as investment. Not itemised; shown in period 0.',
          ],
          sources: ['R31', 'R13'],
        },
      ],
      notes: [
        "PIIE counts Qatar among the Gulf pledges; here it has no investment pledge, so PIIE's view counts nothing for it.",
        'Also signed: letters of offer for MQ-9B drones and a counter-drone system (R31), amounts not given. No tariff terms. No implementation figure found in the record.',
      ],
      sources: [R.R13, R.R31],
    },
  ];
}
