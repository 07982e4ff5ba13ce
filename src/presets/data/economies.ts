// Figures to weigh pledges against (shared/research/deal-facts.md, "Macro figures"). Each figure
// as published, with its unit, period and source; gaps (no outward FDI or foreign assets on
// record) are left out and noted rather than filled in.
import type { EconomyJson } from '../../economics/economy.ts';
import { SOURCES as S } from './sources.ts';

export const ECONOMIES: readonly EconomyJson[] = [
  {
    id: 'kr',
    party: 'KR',
    name: 'South Korea',
    figures: {
      gdp: { value: '1.868T', unit: 'USD', period: '2024', per: 'year', source: 'KM02' },
      fxReserves: { value: '428.05B', unit: 'USD', period: 'end-Dec 2025', per: 'stock', source: 'KM04', note: 'Securities $371.12B (86.7%).' },
      currentAccount: { value: '123.05B', unit: 'USD', period: '2025', per: 'year', source: 'KM01', note: 'Record; 181.2 trillion won.' },
      exportsToCounterparty: { value: '132B', unit: 'USD', period: '2024', per: 'year', source: 'KM09', note: 'US imports from Korea (Commerce); another compilation gives $135.46B.' },
      fxTurnoverDaily: { value: '80.71B', unit: 'USD', period: '2025 average', per: 'day', source: 'KM10', note: 'Bank turnover, spot $32.38B and derivatives $48.33B a day.' },
      reserveIncome: { value: '15B', unit: 'USD', period: '2025 (approx.)', per: 'year', source: 'K22', note: 'Income on FX reserves and assets usable for the US fund (Koo Yun-cheol estimate).' },
    },
    fx: [
      { currency: 'KRW', perUsd: '1363.98', period: '2024 average', source: 'KM03' },
      { currency: 'KRW', perUsd: '1439.0', period: '2025-12-30', source: 'KM04' },
    ],
    notes: ['Outward FDI, total imports and foreign assets are not in the research notes, so the PIIE ratios that need them are not computed.', 'Seoul reportedly considered $15-20B a year absorbable by the FX market (K16, K48).'],
    sources: [S.KM01, S.KM02, S.KM03, S.KM04, S.KM09, S.KM10, S.K22],
  },
  {
    id: 'jp',
    party: 'JP',
    name: 'Japan',
    figures: {
      gdp: { value: '609T', unit: 'JPY', period: '2024 (calendar)', per: 'year', source: 'JM4' },
      fxReserves: { value: '1253.281B', unit: 'USD', period: 'end-Feb 2025', per: 'stock', source: 'JM6', note: 'MOF; other compilations for Nov 2025 give $1.16T and $1.3594T.' },
      currentAccount: { value: '29.26T', unit: 'JPY', period: '2024 (calendar)', per: 'year', source: 'JM1' },
      exportsToCounterparty: { value: '21.6T', unit: 'JPY', period: 'FY2024', per: 'year', source: 'JM5', note: 'Goods exports to the US; imports from the US ¥12.6T.' },
    },
    fx: [{ currency: 'JPY', perUsd: '151.48', period: '2024 average', source: 'JM1' }],
    notes: ['No FX turnover, reserve income, outward FDI or foreign assets on record.'],
    sources: [S.JM1, S.JM4, S.JM5, S.JM6],
  },
  {
    id: 'eu',
    party: 'EU',
    name: 'European Union',
    figures: {
      gdp: { value: '15.2T', unit: 'EUR', period: '2024 (euro area, derived)', per: 'year', source: 'EM2', note: 'Derived: the euro-area surplus of EUR 426B is 2.8% of GDP.' },
      currentAccount: { value: '426B', unit: 'EUR', period: '2024 (euro area)', per: 'year', source: 'EM2' },
      exportsToCounterparty: { value: '531.6B', unit: 'EUR', period: '2024', per: 'year', source: 'EM1', note: 'Eurostat; the US Census counts $555.6B of imports from the EU (EM3).' },
    },
    fx: [{ currency: 'EUR', perUsd: '0.92', period: '2025-08-21', source: 'E04' }],
    notes: ['Euro-area figures stand in for the EU where no EU figure is on record. No reserves, FX turnover, outward FDI or foreign assets on record.'],
    sources: [S.EM1, S.EM2, S.E04],
  },
  {
    id: 'tw',
    party: 'TW',
    name: 'Taiwan',
    figures: {
      fxReserves: { value: '602.55B', unit: 'USD', period: 'end-Dec 2025', per: 'stock', source: 'JM7' },
      exportsToCounterparty: { value: '198.2B', unit: 'USD', period: '2025', per: 'year', source: 'TM4', note: '30.9% of exports.' },
      imports: { value: '483.61B', unit: 'USD', period: '2025', per: 'year', source: 'TM3', note: 'Goods imports.' },
    },
    notes: ['Current-account figures on record are quarterly only (Q1 2025 $30.23B, Q3 2025 $45.84B); GDP in dollars is not on record.'],
    sources: [S.JM7, S.TM3, S.TM4],
  },
  {
    id: 'ch',
    party: 'CH',
    name: 'Switzerland',
    figures: {
      fxReserves: { value: '903.5B', unit: 'USD', period: 'Nov 2025', per: 'stock', source: 'JM7', note: 'As cited; another compilation gives $1.0588T.' },
      currentAccount: { value: '42B', unit: 'CHF', period: '2024', per: 'year', source: 'CH7', note: 'About $48B.' },
      exportsToCounterparty: { value: '54.7B', unit: 'CHF', period: '2025', per: 'year', source: 'CH6' },
    },
    notes: ['No CHF rate is on record: pass one (fx) to weigh the CHF figures against a dollar pledge.'],
    sources: [S.JM7, S.CH6, S.CH7],
  },
];
