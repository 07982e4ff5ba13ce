// Figures to weigh pledges against (research notes, "Macro figures", and the 2024 inputs of PIIE's
// method). Each figure as published, with its unit, period (vintage) and source; gaps are left
// out and noted rather than filled in.
import type { EconomyJson } from '../../economics/economy.ts';
import { sources } from './sources.ts';
import { sources2026 } from './sources2026.ts';

/** The economy presets (made on each call: nothing is built at import). */
export function economies(): readonly EconomyJson[] {
  const S = sources();
  const R = sources2026();

  return [
    {
      id: 'kr',
      party: 'KR',
      name: 'South Korea',
      figures: {
        gdp: { value: '1.868T', unit: 'USD', period: '2024', per: 'year', source: 'KM02' },
        fxReserves: {
          value: '428.05B',
          unit: 'USD',
          period: 'end-Dec 2025',
          per: 'stock',
          source: 'KM04',
          note: 'Securities $371.12B (86.7%).',
        },
        currentAccount: {
          value: '123.05B',
          unit: 'USD',
          period: '2025',
          per: 'year',
          source: 'KM01',
          note: 'Record; 181.2 trillion won.',
        },
        exportsToCounterparty: {
          value: '132B',
          unit: 'USD',
          period: '2024',
          per: 'year',
          source: 'KM09',
          note: 'US imports from Korea (Commerce); another compilation gives $135.46B.',
        },
        fxTurnoverDaily: {
          value: '80.71B',
          unit: 'USD',
          period: '2025 average',
          per: 'day',
          source: 'KM10',
          note: 'Bank turnover, spot $32.38B and derivatives $48.33B a day.',
        },
        reserveIncome: {
          value: '15B',
          unit: 'USD',
          period: '2025 (approx.)',
          per: 'year',
          source: 'K22',
          note: 'Income on FX reserves and assets usable for the US fund (Koo Yun-cheol estimate).',
        },
        outwardFdi: {
          value: '63.95B',
          unit: 'USD',
          period: '2024',
          per: 'year',
          source: 'R15',
          note: 'Outward direct investment, reported basis (Ministry of Economy and Finance).',
        },
        imports: {
          value: '632.0B',
          unit: 'USD',
          period: '2024',
          per: 'year',
          source: 'R16',
          note: 'Goods imports (MOTIE), via a repost.',
        },
        foreignAssets: {
          value: '2.498T',
          unit: 'USD',
          period: 'end-2024',
          per: 'stock',
          source: 'R17',
          note: 'External financial assets, reserves included (Bank of Korea).',
        },
      },
      fx: [
        { currency: 'KRW', perUsd: '1363.98', period: '2024 average', source: 'KM03' },
        { currency: 'KRW', perUsd: '1439.0', period: '2025-12-30', source: 'KM04' },
      ],
      notes: ['Seoul reportedly considered $15-20B a year absorbable by the FX market (K16, K48).'],
      sources: [S.KM01, S.KM02, S.KM03, S.KM04, S.KM09, S.KM10, S.K22, R.R15, R.R16, R.R17],
    },
    {
      id: 'jp',
      party: 'JP',
      name: 'Japan',
      figures: {
        gdp: { value: '609T', unit: 'JPY', period: '2024 (calendar)', per: 'year', source: 'JM4' },
        fxReserves: {
          value: '1253.281B',
          unit: 'USD',
          period: 'end-Feb 2025',
          per: 'stock',
          source: 'JM6',
          note: 'MOF; other compilations for Nov 2025 give $1.16T and $1.3594T.',
        },
        currentAccount: { value: '29.26T', unit: 'JPY', period: '2024 (calendar)', per: 'year', source: 'JM1' },
        exportsToCounterparty: {
          value: '21.3T',
          unit: 'JPY',
          period: '2024',
          per: 'year',
          source: 'R28',
          note: 'Goods exports to the US (MOF finalized figures), autos and parts ¥7.2T of it; FY2024: ¥21.6T (JM5).',
        },
        outwardFdi: {
          value: '31.63T',
          unit: 'JPY',
          period: '2024',
          per: 'year',
          source: 'R18',
          note: 'Net outward direct investment (MOF), from a secondary report.',
        },
        imports: {
          value: '112.42T',
          unit: 'JPY',
          period: '2024',
          per: 'year',
          source: 'R19',
          note: 'Goods imports (MOF preliminary); the source converts at ¥150.97 per dollar, dealcalc at the ¥151.48 below.',
        },
        foreignAssets: {
          value: '1659.02T',
          unit: 'JPY',
          period: 'end-2024',
          per: 'stock',
          source: 'R20',
          note: 'External assets (MOF). Converted at the 2024 average of ¥151.48, not the year-end ¥157.89 the source gives, which would make it about 4% fewer dollars.',
        },
      },
      fx: [{ currency: 'JPY', perUsd: '151.48', period: '2024 average', source: 'JM1' }],
      notes: ['No FX turnover or reserve income on record.'],
      sources: [S.JM1, S.JM4, S.JM5, S.JM6, R.R18, R.R19, R.R20, R.R28],
    },
    {
      id: 'eu',
      party: 'EU',
      name: 'European Union (EU-27)',
      figures: {
        exportsToCounterparty: {
          value: '531.6B',
          unit: 'EUR',
          period: '2024',
          per: 'year',
          source: 'EM1',
          note: 'Eurostat; the US Census counts $555.6B of imports from the EU (EM3).',
        },
        imports: {
          value: '2.433T',
          unit: 'EUR',
          period: '2024',
          per: 'year',
          source: 'R25',
          note: 'Extra-EU goods imports, derived: exports of EUR 2.58T less a surplus of EUR 147B (Eurostat).',
        },
      },
      fx: [{ currency: 'EUR', perUsd: '0.92', period: '2025-08-21', source: 'E04' }],
      notes: [
        "EU-27 GDP and current account for 2024 are not on record. The euro area's figures (GDP about EUR 15.2T, derived from a EUR 426B surplus at 2.8% of GDP, EM2) belong to a smaller economy and are not used, so the ratios that need them are not computed.",
        'Outward FDI flows and foreign assets were not found; the extra-EU outward FDI stock was EUR 9.30T at end-2024 (Eurostat, R24), a stock and not the flow PIIE uses. No reserves or FX turnover on record.',
      ],
      sources: [S.EM1, S.EM2, S.E04, R.R24, R.R25],
    },
    {
      id: 'tw',
      party: 'TW',
      name: 'Taiwan',
      figures: {
        fxReserves: { value: '602.55B', unit: 'USD', period: 'end-Dec 2025', per: 'stock', source: 'JM7' },
        exportsToCounterparty: {
          value: '198.2B',
          unit: 'USD',
          period: '2025',
          per: 'year',
          source: 'TM4',
          note: '30.9% of exports.',
        },
        imports: {
          value: '394B',
          unit: 'USD',
          period: '2024',
          per: 'year',
          source: 'R22',
          note: 'Goods imports (MOF); 2025: $483.61B (TM3).',
        },
        outwardFdi: {
          value: '48.58B',
          unit: 'USD',
          period: '2024 (approvals)',
          per: 'year',
          source: 'R21',
          note: 'Approved outbound investment (MOEA, approval basis): $44.93B excluding China plus $3.65B to China, summed (derived).',
        },
        foreignAssets: {
          value: '3.03T',
          unit: 'USD',
          period: 'as reported Jun 2025',
          per: 'stock',
          source: 'R23',
          note: 'External financial assets (central bank).',
        },
      },
      notes: [
        'Current-account figures on record are quarterly only (Q1 2025 $30.23B, Q3 2025 $45.84B); GDP in dollars is not on record.',
      ],
      sources: [S.JM7, S.TM3, S.TM4, R.R21, R.R22, R.R23],
    },
    {
      id: 'ch',
      party: 'CH',
      name: 'Switzerland',
      figures: {
        fxReserves: {
          value: '903.5B',
          unit: 'USD',
          period: 'Nov 2025',
          per: 'stock',
          source: 'JM7',
          note: 'As cited; another compilation gives $1.0588T.',
        },
        currentAccount: { value: '42B', unit: 'CHF', period: '2024', per: 'year', source: 'CH7', note: 'About $48B.' },
        exportsToCounterparty: { value: '54.7B', unit: 'CHF', period: '2025', per: 'year', source: 'CH6' },
        imports: {
          value: '222.3B',
          unit: 'CHF',
          period: '2024',
          per: 'year',
          source: 'CH8',
          note: 'Goods imports, derived: exports of CHF 282.9B less a surplus of CHF 60.6B.',
        },
      },
      notes: [
        'No CHF rate is on record: pass one (fx) to weigh the CHF figures against a dollar pledge.',
        'Outward FDI and foreign assets not found.',
      ],
      sources: [S.JM7, S.CH6, S.CH7, S.CH8],
    },
  ];
}
