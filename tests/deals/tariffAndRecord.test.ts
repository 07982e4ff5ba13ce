import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealJsonSchema, parseDeal, safeParseDeal } from '../../src/deals/schema.ts';
import { serializeDeal } from '../../src/deals/serialize.ts';
import { TARIFF_BASES } from '../../src/deals/deal.ts';
import type { DealcalcError } from '../../src/errors/DealcalcError.ts';

const source = {
  id: 'S1',
  title: 'A source',
  publisher: 'Example Wire',
  url: 'https://example.com/s1',
  date: '2026-02-20',
};
const base = {
  id: 'x',
  title: 'X',
  date: '2025-09-04',
  due: '2029-01-19',
  headline: '550B',
  components: [
    { label: 'First tranche', instrument: 'cash', schedule: { lumpSum: '36B' } },
    { label: 'Rest', instrument: 'unspecified', schedule: { installments: [{ period: 3, amount: '514B' }] } },
  ],
  alongside: [{ label: 'Energy', instrument: 'purchase', schedule: { each: '7B', count: 4 } }],
  tariff: {
    before: { rate: '0.1', basis: 'ieepa-reciprocal' },
    threatened: { rate: '0.25', basis: 'ieepa-reciprocal', from: '2025-08-01' },
    after: { rate: '0.15', basis: 'ieepa-reciprocal', from: '2025-08-07' },
    exportsCovered: '140B',
    sectors: [
      {
        sector: 'autos',
        before: '0.275',
        after: { rate: '0.15', basis: 'section-232', from: '2025-09-16', until: '2030-01-01' },
        exportsCovered: '47B',
        sources: ['S1'],
      },
    ],
    events: [
      { date: '2026-02-20', effect: 'voided', basis: 'ieepa-reciprocal', label: 'Ruling', sources: ['S1'] },
      {
        date: '2026-02-24',
        effect: 'imposed',
        basis: 'section-122',
        label: 'Surcharge',
        rate: '0.1',
        until: '2026-07-24',
      },
    ],
    sources: ['S1'],
  },
  record: {
    asOf: '2026-03-08',
    status: 'First tranche selected',
    entries: [
      { date: '2026-02-17', label: 'Three projects', amount: '36B', sources: ['S1'] },
      { date: '2026-03-08', label: 'Second round', amount: '100B', status: 'candidate' },
      {
        date: '2025-12-31',
        from: '2025-09-01',
        label: 'Energy bought',
        amount: '3B',
        status: 'completed',
        against: 'Energy',
      },
    ],
    milestones: [{ date: '2026-01-19', label: 'First picks narrowed' }],
  },
  sources: [source],
};

const failure = (json: unknown): DealcalcError => {
  const r = safeParseDeal(json);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};
const paths = (e: DealcalcError) => e.issues.map((i) => i.path.join('.'));

describe('tariff terms and the record in the deal format', () => {
  it('reads rates as applied, threatened and after, with basis and dates; a bare fraction is a rate with nothing else', () => {
    const d = parseDeal(base);
    const t = d.tariff!;
    expect([t.before.rate.toFixed(), t.before.basis, t.threatened?.rate.toFixed(), t.after.from]).toEqual([
      '0.1',
      'ieepa-reciprocal',
      '0.25',
      '2025-08-07',
    ]);
    expect(t.sectors[0]!.before).toEqual({ rate: expect.anything() });
    expect(t.events.map((e) => [e.effect, e.basis])).toEqual([
      ['voided', 'ieepa-reciprocal'],
      ['imposed', 'section-122'],
    ]);
    expect([d.due, d.record?.entries.length, d.record?.entries[1]?.status, d.record?.entries[0]?.status]).toEqual([
      '2029-01-19',
      3,
      'candidate',
      'announced',
    ]);
  });

  it('parse → serialize → parse is the identity', () => {
    const json = JSON.stringify(serializeDeal(parseDeal(base)));
    expect(JSON.stringify(serializeDeal(parseDeal(JSON.parse(json))))).toBe(json);
    expect(JSON.parse(json).tariff.sectors[0].before).toBe('0.275'); // a bare rate stays bare
  });

  it.each([
    ['a rate above 1', { tariff: { ...base.tariff, before: '2' } }, 'tariff.before'],
    ['a negative rate', { tariff: { ...base.tariff, after: { rate: '-0.1' } } }, 'tariff.after.rate'],
    ['a threatened rate of 150%', { tariff: { ...base.tariff, threatened: '1.5' } }, 'tariff.threatened'],
    ['an unknown basis', { tariff: { ...base.tariff, after: { rate: '0.15', basis: 'ieepa' } } }, 'tariff.after.basis'],
    [
      'a rate that ends before it starts',
      { tariff: { ...base.tariff, after: { rate: '0.15', from: '2026-01-01', until: '2025-01-01' } } },
      'tariff.after.until',
    ],
    [
      'an imposed rate with no rate',
      {
        tariff: {
          ...base.tariff,
          events: [{ date: '2026-02-24', effect: 'imposed', basis: 'section-122', label: 'S' }],
        },
      },
      'tariff.events.0.rate',
    ],
    [
      'a voided basis with a rate',
      {
        tariff: {
          ...base.tariff,
          events: [{ date: '2026-02-20', effect: 'voided', basis: 'ieepa-reciprocal', label: 'R', rate: '0.1' }],
        },
      },
      'tariff.events.0.rate',
    ],
    [
      'an event source not in sources',
      {
        tariff: {
          ...base.tariff,
          events: [{ date: '2026-02-20', effect: 'voided', basis: 'ieepa-reciprocal', label: 'R', sources: ['S9'] }],
        },
      },
      'tariff.events.0.sources.0',
    ],
    [
      'an entry against an unknown line',
      { record: { ...base.record, entries: [{ date: '2026-02-17', label: 'P', amount: '1B', against: 'Nope' }] } },
      'record.entries.0.against',
    ],
    [
      'an entry after asOf',
      { record: { ...base.record, entries: [{ date: '2026-04-01', label: 'P', amount: '1B' }] } },
      'record.entries.0.date',
    ],
    [
      'an entry in another currency',
      { record: { ...base.record, entries: [{ date: '2026-02-17', label: 'P', amount: '₩1T' }] } },
      'record.entries.0.amount',
    ],
    [
      'a negative entry',
      { record: { ...base.record, entries: [{ date: '2026-02-17', label: 'P', amount: '-1B' }] } },
      'record.entries.0.amount',
    ],
    [
      'a stretch that starts after it ends',
      { record: { ...base.record, entries: [{ date: '2026-02-17', from: '2026-03-01', label: 'P', amount: '1B' }] } },
      'record.entries.0.from',
    ],
    [
      'a milestone after asOf',
      { record: { ...base.record, milestones: [{ date: '2027-01-01', label: 'M' }] } },
      'record.milestones.0.date',
    ],
    ['a due date that is not a date', { due: '2029-02-30' }, 'due'],
  ])('refuses %s, naming the path', (_name, change, path) => {
    const e = failure({ ...base, ...change });
    expect(paths(e)).toContain(path);
  });

  it('the JSON Schema carries the 0-1 range of tariff rates and the legal bases', () => {
    const text = JSON.stringify(dealJsonSchema());
    expect(text).toContain(JSON.stringify('^(0(\\.\\d+)?|1(\\.0+)?)$'));
    for (const basis of TARIFF_BASES) expect(text).toContain(`"${basis}"`);
    expect(text).toContain('"record"');
  });

  it('round-trips any rates, bases and dates', () => {
    const rate = fc
      .integer({ min: 0, max: 10_000 })
      .map((x) => (x === 10_000 ? '1' : `0.${String(x).padStart(4, '0')}`.replace(/0+$/, '').replace(/\.$/, '')));
    const date = fc
      .integer({ min: 0, max: 2000 })
      .map((k) => new Date(Date.UTC(2025, 0, 1) + k * 86_400_000).toISOString().slice(0, 10)); // whole days
    const tariffRate = fc.record(
      { rate, basis: fc.constantFrom(...TARIFF_BASES), from: date },
      { requiredKeys: ['rate'] },
    );
    fc.assert(
      fc.property(
        fc.oneof(rate, tariffRate),
        fc.oneof(rate, tariffRate),
        fc.option(tariffRate, { nil: undefined }),
        (before, after, threatened) => {
          const json = {
            ...base,
            record: undefined,
            tariff: { before, after, ...(threatened === undefined ? {} : { threatened }) },
          };
          const once = JSON.stringify(serializeDeal(parseDeal(json)));
          expect(JSON.stringify(serializeDeal(parseDeal(JSON.parse(once))))).toBe(once);
        },
      ),
      { numRuns: 50 },
    );
  });
});
