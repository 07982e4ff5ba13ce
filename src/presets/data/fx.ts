// Exchange rates the reporting used, as the conversions printed in the articles (research
// notes, "Exchange rates implied by conversions"). The rate is the quotient of the two amounts,
// exactly. `date` is as precise as the article: a month when it gives no day.
export const FX_CONVERSIONS = [
  { id: 'krw-2025-07-31', from: '350B', to: '487T', currency: 'KRW', date: '2025-07-31', source: 'K03', note: '$350B = ~487 trillion won' },
  { id: 'krw-2025-10-28', from: '350B', to: '500T', currency: 'KRW', date: '2025-10-28', source: 'K17', note: '$350B = ~500 trillion won' },
  { id: 'krw-2025-11-14', from: '350B', to: '509T', currency: 'KRW', date: '2025-11-14', source: 'K30', note: '$350B = ~509 trillion won' },
  { id: 'krw-2025-10-29', from: '20B', to: '28T', currency: 'KRW', date: '2025-10-29', source: 'K21', note: '$20B = 28 trillion won' },
  { id: 'eur-2025-08-21', from: '750B', to: '690B', currency: 'EUR', date: '2025-08-21', source: 'E04', note: '$750B = ~690 billion euro' },
  { id: 'jpy-2025-12', from: '550B', to: '85.53T', currency: 'JPY', date: '2025-12', source: 'J27', note: '$550B = 85.53 trillion yen (December 2025)' },
] as const;
