// Deals that trade a tariff rate for purchases, with no investment pledge or a purchase pledge
// as their headline: India, Indonesia, the United Kingdom (the zero-pledge baseline), Vietnam,
// Thailand, the Philippines, Cambodia (research notes, section 4). Rates rest on IEEPA unless
// stated, so the 20 Feb 2026 ruling voids them.
import type { DealJson } from '../../deals/schema.ts';
import { sources } from './sources.ts';
import { tariffEvents } from './tariffEvents.ts';

/** The trade-deal presets (made on each call: nothing is built at import). */
export function tradeDeals(): readonly DealJson[] {
  const S = sources();
  const { EVENT_SOURCES, IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE } = tariffEvents();

  type TariffJson = NonNullable<DealJson['tariff']>;

  const BASELINE = { rate: '0.1', basis: 'ieepa-reciprocal' } as const;
  const BASELINE_NOTE =
    'Rate before: the 10% baseline in force since 5 Apr 2025 (U04); threatened rates were announced and never applied.';
  const EVENTS = [IEEPA_STRUCK_DOWN, SECTION_122_SURCHARGE];
  const AUGUST = (rate: string) => ({ rate, basis: 'ieepa-reciprocal', from: '2025-08-07' }) as const;
  const NO_PLEDGE = (sources: string[]): DealJson['components'][number] => ({
    label: 'No investment pledge',
    instrument: 'unspecified',
    schedule: { lumpSum: '0' },
    notes: ['The deal carries no investment pledge; what it buys is listed alongside.'],
    sources,
  });

  const tariff = (t: Omit<TariffJson, 'events'>): TariffJson => ({ ...t, events: EVENTS });

  return [
    {
      id: 'in-2026-02-framework',
      title: 'India interim framework (6-7 Feb 2026): 18% tariff, $500B of US purchases over five years',
      party: 'IN',
      stage: 'framework',
      date: '2026-02-07',
      headline: '500B',
      components: [
        {
          label: 'Intended purchases (energy, aircraft, precious metals, technology, coking coal)',
          instrument: 'purchase',
          schedule: { each: '100B', count: 5 },
          notes: ['$500B over five years, assumed evenly. An intention, not a contract.'],
          sources: ['IN1'],
        },
      ],
      tariff: tariff({
        before: { rate: '0.5', basis: 'ieepa-reciprocal' },
        after: { rate: '0.18', basis: 'ieepa-reciprocal' },
        notes: [
          'Before: 25% reciprocal plus the 25% Russia-oil penalty, both applied; the penalty was removed. The 18% took effect in Feb 2026 (day not in the sources read) and rested on IEEPA, struck down on 20 Feb 2026.',
        ],
        sources: ['IN1'],
      }),
      notes: ["A purchase pledge: PIIE's view counts no investment here."],
      sources: [S.IN1, ...EVENT_SOURCES],
    },
    {
      id: 'id-2026-02-art',
      title: 'Indonesia Agreement on Reciprocal Trade (19-20 Feb 2026): 19% tariff, $33B of US purchases',
      party: 'ID',
      stage: 'agreed',
      date: '2026-02-19',
      headline: '33B',
      components: [
        {
          label: 'Energy (LPG $3.5B, crude $4.5B, gasoline $7B)',
          instrument: 'purchase',
          schedule: { lumpSum: '15B' },
          notes: ['Timing not given; shown in period 0.'],
          sources: ['I03', 'I04'],
        },
        {
          label: 'Commercial aircraft',
          instrument: 'purchase',
          schedule: { lumpSum: '13.5B' },
          notes: ['Timing not given; shown in period 0.'],
          sources: ['I03', 'I04'],
        },
        {
          label: 'Agricultural commodities',
          instrument: 'purchase',
          schedule: { lumpSum: '4.5B' },
          notes: ['Timing not given; shown in period 0.'],
          sources: ['I03'],
        },
      ],
      tariff: tariff({
        before: AUGUST('0.19'),
        threatened: { rate: '0.32', basis: 'ieepa-reciprocal' },
        after: { rate: '0.19', basis: 'ieepa-reciprocal' },
        notes: [
          'The 19% had applied since 7 Aug 2025 under the July 2025 deal (32% was the threat); the agreement kept it. Signed the day before, or of, the ruling that voided it.',
        ],
        sources: ['I01', 'I02', 'I03', 'E17'],
      }),
      notes: [
        "The July 2025 deal had announced $15B of energy, $4.5B of farm goods and 50 Boeing aircraft (I01). A purchase pledge: PIIE's view counts no investment here.",
      ],
      sources: [S.I01, S.I02, S.I03, S.I04, S.E17, ...EVENT_SOURCES],
    },
    {
      id: 'gb-2025-05-epd',
      title: 'United Kingdom Economic Prosperity Deal (8 May 2025): no investment pledge, the zero-pledge baseline',
      party: 'GB',
      stage: 'agreed',
      date: '2025-05-08',
      headline: '0',
      components: [NO_PLEDGE(['U01', 'U04'])],
      alongside: [
        {
          label: 'IAG: 32 Boeing 787-10 aircraft',
          instrument: 'purchase',
          schedule: { lumpSum: '10B' },
          notes: ['Order announced with the deal; deliveries not given, shown in period 0.'],
          sources: ['U05', 'U06'],
        },
      ],
      tariff: tariff({
        before: BASELINE,
        after: { rate: '0.1', basis: 'ieepa-reciprocal' },
        sectors: [
          {
            sector: 'cars within the quota (Section 232)',
            before: { rate: '0.275', basis: 'section-232' },
            after: { rate: '0.1', basis: 'section-232', from: '2025-06-30' },
            notes: [
              '100,000 vehicles a year at 10% (7.5% + 2.5% MFN); 25% Section 232 above the quota. Executive order of 16 Jun 2025, in force 30 Jun 2025.',
            ],
            sources: ['U01', 'U03'],
          },
        ],
        notes: ['The 10% baseline stayed. ' + BASELINE_NOTE],
        sources: ['U01', 'U03', 'U04'],
      }),
      notes: [
        'The baseline for comparison: a deal with tariff terms and no investment pledge. Also: ethanol and beef quotas for US exports (U01).',
        'US company investment into the UK (the Tech Prosperity Deal) runs the other way and is not included.',
      ],
      sources: [S.U01, S.U03, S.U04, S.U05, S.U06, ...EVENT_SOURCES],
    },
    {
      id: 'vn-2025-10-framework',
      title: 'Vietnam framework (26 Oct 2025): 20% tariff, 40% on transshipment; Boeing and farm purchases',
      party: 'VN',
      stage: 'framework',
      date: '2025-10-26',
      headline: '0',
      components: [NO_PLEDGE(['V02'])],
      alongside: [
        {
          label: 'Vietnam Airlines: 50 Boeing aircraft',
          instrument: 'purchase',
          schedule: { lumpSum: '8B' },
          notes: ['"More than" $8B; timing not given, shown in period 0.'],
          sources: ['V02'],
        },
        {
          label: 'Agricultural purchase MOUs (Iowa)',
          instrument: 'purchase',
          schedule: { lumpSum: '2B' },
          notes: ['Timing not given; shown in period 0.'],
          sources: ['V01'],
        },
      ],
      tariff: tariff({
        before: BASELINE,
        threatened: { rate: '0.46', basis: 'ieepa-reciprocal' },
        after: AUGUST('0.2'),
        notes: [
          'Deal announced 2 Jul 2025; 20% from 7 Aug 2025 (some goods may go to 0%); 40% on transshipped goods. ' +
            BASELINE_NOTE,
        ],
        sources: ['V01', 'V02', 'V03', 'E17', 'U04'],
      }),
      notes: [],
      sources: [S.V01, S.V02, S.V03, S.E17, S.U04, ...EVENT_SOURCES],
    },
    {
      id: 'th-2025-10-framework',
      title: 'Thailand framework (26 Oct 2025): 19% tariff; farm and energy purchases and 80 aircraft',
      party: 'TH',
      stage: 'framework',
      date: '2025-10-26',
      headline: '0',
      components: [NO_PLEDGE(['TH1', 'TH2'])],
      alongside: [
        {
          label: '80 US aircraft',
          instrument: 'purchase',
          schedule: { lumpSum: '18.8B' },
          notes: ['Timing not given; shown in period 0.'],
          sources: ['TH2', 'TH3'],
        },
      ],
      tariff: tariff({
        before: BASELINE,
        threatened: { rate: '0.36', basis: 'ieepa-reciprocal' },
        after: AUGUST('0.19'),
        notes: [
          '19% set on 1 Aug 2025 and applied from 7 Aug (36% had been proposed); Thailand removes tariffs on 99% of US goods. ' +
            BASELINE_NOTE,
        ],
        sources: ['TH1', 'TH4', 'E17', 'U04'],
      }),
      notes: [
        'Also: $2.6B a year of US farm goods and $5.4B a year of US energy, for years not stated (TH2, TH3): notes, not schedules.',
      ],
      sources: [S.TH1, S.TH2, S.TH3, S.TH4, S.E17, S.U04, ...EVENT_SOURCES],
    },
    {
      id: 'ph-2025-07-deal',
      title: 'Philippines deal (22 Jul 2025): 19% tariff, no purchase or investment figure',
      party: 'PH',
      stage: 'framework',
      date: '2025-07-22',
      headline: '0',
      components: [NO_PLEDGE(['P01', 'P02'])],
      tariff: tariff({
        before: BASELINE,
        threatened: { rate: '0.2', basis: 'ieepa-reciprocal' },
        after: AUGUST('0.19'),
        notes: ['20% in the July letter (17% announced in April); 19% from 7 Aug 2025. ' + BASELINE_NOTE],
        sources: ['P01', 'P02', 'E17', 'U04'],
      }),
      notes: ['No investment or purchase figure in the sources read.'],
      sources: [S.P01, S.P02, S.E17, S.U04, ...EVENT_SOURCES],
    },
    {
      id: 'kh-2025-10-art',
      title: 'Cambodia Agreement on Reciprocal Trade (26 Oct 2025): 19% tariff; 10 Boeing aircraft',
      party: 'KH',
      stage: 'agreed',
      date: '2025-10-26',
      headline: '0',
      components: [NO_PLEDGE(['KH1'])],
      tariff: tariff({
        before: BASELINE,
        threatened: { rate: '0.36', basis: 'ieepa-reciprocal' },
        after: AUGUST('0.19'),
        notes: [
          '49% announced in April, 36% proposed in July; 19% from 7 Aug 2025. Cambodia removes its tariffs on US products. ' +
            BASELINE_NOTE,
        ],
        sources: ['KH1', 'TH4', 'E17', 'U04'],
      }),
      notes: ['Air Cambodia: 10 Boeing 737 MAX (plus 10 options), value not given (TH4).'],
      sources: [S.KH1, S.TH4, S.E17, S.U04, ...EVENT_SOURCES],
    },
  ];
}
