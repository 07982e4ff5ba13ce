import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealcalcError } from '../../src/errors/DealcalcError.ts';
import { deal } from '../../src/deals/build.ts';
import { dealJsonSchema, parseDeal, safeParseDeal } from '../../src/deals/schema.ts';
import { serializeDeal } from '../../src/deals/serialize.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { decimal } from '../../src/money/decimal.ts';

const source = {
  id: 'K17',
  title: 'Korea, US at odds over cash share',
  publisher: 'Example Wire',
  url: 'https://example.com/k17',
  date: '2025-10-22',
};
const usAsk = {
  id: 'us-ask',
  title: 'US position: $25B a year for 8 years',
  party: 'KR',
  stage: 'offer',
  date: '2025-10-22',
  headline: '350B',
  components: [
    { label: 'Cash', instrument: 'cash', schedule: { each: '25B', count: 8 }, sources: ['K17'] },
    { label: 'Guarantees', instrument: 'guarantee', schedule: { lumpSum: '150B' }, sources: ['K17'] },
  ],
  alongside: [{ label: 'Energy purchases', instrument: 'purchase', schedule: { spread: '100B', count: 4 } }],
  tariff: {
    before: '0.25',
    after: '0.15',
    sectors: [{ sector: 'autos', before: '0.25', after: '0.15' }],
    sources: ['K17'],
  },
  profitSharing: {
    tiers: [
      { partyShare: '0.5', counterpartyShare: '0.5', until: 'recovery' },
      { partyShare: '0.1', counterpartyShare: '0.9' },
    ],
    recovery: { target: 'principal' },
  },
  sources: [source],
};

const failure = (json: unknown): DealcalcError => {
  const r = safeParseDeal(json);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

describe('parseDeal', () => {
  it('reads a full deal', () => {
    const d = parseDeal(usAsk);
    expect(d.counterparty).toBe('US');
    expect(d.currency).toBe('USD');
    expect(d.headline.toFixed()).toBe('350000000000');
    expect(d.components.map((c) => [c.instrument, c.schedule.installments.length])).toEqual([
      ['cash', 8],
      ['guarantee', 1],
    ]);
    expect(d.alongside[0]?.instrument).toBe('purchase');
    expect(d.tariff?.sectors[0]?.after.rate.toFixed()).toBe('0.15');
    expect(d.profitSharing?.tiers[1]?.counterpartyShare.toFixed()).toBe('0.9');
    expect(Object.isFrozen(d) && Object.isFrozen(d.components)).toBe(true);
  });

  it('says which deal is unbalanced, the headline, the sum and the difference', () => {
    const e = failure({ ...usAsk, headline: '400B' });
    expect(e.code).toBe('unbalanced_deal');
    const data = (e as DealcalcError<'unbalanced_deal'>).data;
    expect([data.deal, data.headline.toFixed(), data.sum.toFixed(), data.difference.toFixed()]).toEqual([
      'us-ask',
      '400000000000',
      '350000000000',
      '50000000000',
    ]);
    expect(e.message).toContain('short by 50000000000');
  });

  it.each([
    [
      'an unknown instrument',
      { components: [{ ...usAsk.components[0], instrument: 'equity' }, usAsk.components[1]] },
      'components.0.instrument',
    ],
    [
      'a duplicate label',
      { components: [usAsk.components[0], { ...usAsk.components[1], label: 'Cash' }] },
      'components.1.label',
    ],
    // The path names the key the caller wrote (`each`), not the constructor's argument (`amountEach`).
    [
      'a negative amount',
      { components: [{ ...usAsk.components[0], schedule: { each: '-25B', count: 8 } }, usAsk.components[1]] },
      'components.0.schedule.each',
    ],
    ['a date that is not a date', { date: '2025-02-30' }, 'date'],
    [
      'an unknown source id',
      { components: [{ ...usAsk.components[0], sources: ['K99'] }, usAsk.components[1]] },
      'components.0.sources.0',
    ],
    [
      'a tier whose shares do not add to 1',
      {
        profitSharing: {
          ...usAsk.profitSharing,
          tiers: [{ partyShare: '0.5', counterpartyShare: '0.6', until: 'recovery' }, usAsk.profitSharing.tiers[1]],
        },
      },
      'profitSharing.tiers.0',
    ],
    ['an unknown field', { extra: 1 }, ''],
    ['a bad url', { sources: [{ ...source, url: 'not a url' }] }, 'sources.0.url'],
    ['a lower-case party', { party: 'kr' }, 'party'],
    ['no components', { components: [] }, 'components'],
  ])('refuses %s, naming the path', (_name, change, path) => {
    const e = failure({ ...usAsk, ...change });
    expect(e.code).toBe('invalid_input');
    expect(e.issues.map((i) => i.path.join('.'))).toContain(path);
    for (const i of e.issues) expect(i.message.length).toBeGreaterThan(10);
  });

  it('refuses schedules on different period axes: frequency_mismatch', () => {
    const e = failure({
      ...usAsk,
      components: [
        usAsk.components[0],
        { ...usAsk.components[1], schedule: { lumpSum: '150B', frequency: 'monthly' } },
      ],
    });
    expect(e.code).toBe('frequency_mismatch');
    expect(e.data).toEqual({ expected: 'annual', received: 'monthly' });
    expect(e.issues[0]?.path).toEqual(['components', 1, 'schedule', 'frequency']);
  });

  it('refuses a component in another currency: currency_mismatch, as the README says', () => {
    const e = failure({
      ...usAsk,
      components: [usAsk.components[0], { ...usAsk.components[1], schedule: { lumpSum: '₩150T' } }],
    });
    expect(e.code).toBe('currency_mismatch');
    expect(e.data).toEqual({ expected: 'USD', received: 'KRW' });
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['components.1.schedule.currency']);
  });

  it('refuses counts and amounts over the limits: limit_exceeded', () => {
    for (const [change, path] of [
      [
        { components: [{ ...usAsk.components[0], schedule: { each: '1', count: 1e9 } }, usAsk.components[1]] },
        'components.0.schedule.count',
      ],
      [
        { components: [{ ...usAsk.components[0], schedule: { each: '1', count: 10_001 } }, usAsk.components[1]] },
        'components.0.schedule.count',
      ],
      [{ headline: '1e400' }, 'headline'],
      [
        {
          components: [
            {
              ...usAsk.components[0],
              schedule: { installments: Array.from({ length: 10_001 }, (_, period) => ({ period, amount: '1' })) },
            },
            usAsk.components[1],
          ],
        },
        'components.0.schedule.installments',
      ],
    ] as const) {
      const e = failure({ ...usAsk, ...change });
      expect(e.code).toBe('limit_exceeded');
      expect(e.issues.map((i) => i.path.join('.'))).toEqual([path]);
      expect((e as DealcalcError<'limit_exceeded'>).data.argument).toBe(path.replace(/\.(\d+)/g, '[$1]'));
    }
  });

  it('lists every structural problem at once', () => {
    const e = failure({
      id: 'Bad Id',
      title: '',
      headline: '350X',
      components: [{ label: 'c', instrument: 'cashh', schedule: { each: '25B', count: 0 } }],
    });
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'components.0.instrument',
      'components.0.schedule.count',
      'headline',
      'id',
      'title',
    ]);
  });

  it('checks loan and guarantee ranges at parse time, naming the component (issue 12, finding 4)', () => {
    const withTerms = (instrument: string, terms: Record<string, unknown>) => ({
      ...usAsk,
      components: [{ ...usAsk.components[0], instrument, terms }, usAsk.components[1]],
    });
    const paths = (json: unknown) => failure(json).issues.map((i) => i.path.join('.'));
    expect(paths(withTerms('loan', { rate: '0.03', tenor: 0.3 }))).toEqual(['components.0.terms.tenor']);
    expect(paths(withTerms('loan', { rate: '0.03', tenor: 2.5 }))).toEqual(['components.0.terms.tenor']); // 2.5 years is no whole number of annual periods
    expect(
      paths(withTerms('guarantee', { tenor: 5, fee: '-0.01', callProbability: '1.5', lossGivenCall: '2' })).sort(),
    ).toEqual(['components.0.terms.callProbability', 'components.0.terms.fee', 'components.0.terms.lossGivenCall']);
    expect(
      safeParseDeal({
        ...usAsk,
        components: [
          {
            ...usAsk.components[0],
            instrument: 'loan',
            schedule: { each: '25B', count: 8, frequency: 'semiannual' },
            terms: { rate: '0.03', tenor: 2.5 },
          },
          { ...usAsk.components[1], schedule: { lumpSum: '150B', frequency: 'semiannual' } },
        ],
        alongside: [],
      }).ok,
    ).toBe(true);
  });

  it('the JSON Schema carries the ranges (issue 12, finding 4)', () => {
    const text = JSON.stringify(dealJsonSchema());
    const terms = (
      dealJsonSchema() as {
        properties: {
          components: {
            items: {
              properties: {
                terms: {
                  anyOf: Array<{
                    properties: Record<string, { pattern?: string; maximum?: number; exclusiveMinimum?: number }>;
                  }>;
                };
              };
            };
          };
        };
      }
    ).properties.components.items.properties.terms.anyOf;
    const [loanTerms, guaranteeTerms] = terms.map((t) => t.properties);
    expect([loanTerms!.tenor!.exclusiveMinimum, loanTerms!.tenor!.maximum]).toEqual([0, 100]);
    const matches = (pattern: string | undefined, text: string) => new RegExp(pattern ?? '').test(text);
    expect(['0', '0.02', '1', '1.0'].map((x) => matches(guaranteeTerms!.callProbability!.pattern, x))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['1.5', '-0.1', '2'].map((x) => matches(guaranteeTerms!.callProbability!.pattern, x))).toEqual([
      false,
      false,
      false,
    ]);
    expect(['0.005', '-0.01'].map((x) => matches(guaranteeTerms!.fee!.pattern, x))).toEqual([true, false]);
    expect(['-0.5', '0.03', '-1', '-1.5'].map((x) => matches(loanTerms!.rate!.pattern, x))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    // Counts, periods and installment lists carry their limit of 10,000.
    expect(text).toContain('"maximum":10000');
    expect(text).toContain('"maxItems":10000');
  });

  it('has a JSON Schema', () => {
    const schema = dealJsonSchema() as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'headline', 'components']));
    expect(Object.keys(schema.properties)).toContain('profitSharing');
    expect(dealJsonSchema()).toBe(schema);
  });
});

describe('deal()', () => {
  it('takes built schedules and decimals', () => {
    const d = deal({
      id: 'built',
      title: 'Built',
      headline: decimal('350e9'),
      components: [
        { label: 'Cash', instrument: 'cash', schedule: installments('25B', 8) },
        { label: 'Guarantees', instrument: 'guarantee', schedule: lumpSum('150B') },
      ],
    });
    expect(d.components[0]?.schedule.installments).toHaveLength(8);
  });

  it('fills the unallocated rest when asked', () => {
    const d = deal(
      {
        id: 'kr',
        title: 'Korea',
        headline: '350B',
        components: [{ label: 'Cash', instrument: 'cash', schedule: installments('7B', 10) }],
      },
      { fillUnspecified: true },
    );
    expect(d.components.map((c) => [c.label, c.instrument, c.schedule.installments[0]?.amount.toFixed()])).toEqual([
      ['Cash', 'cash', '7000000000'],
      ['Not yet allocated', 'unspecified', '280000000000'],
    ]);
    expect(() =>
      deal({
        id: 'kr',
        title: 'Korea',
        headline: '350B',
        components: [{ label: 'Cash', instrument: 'cash', schedule: installments('7B', 10) }],
      }),
    ).toThrow(expect.objectContaining({ code: 'unbalanced_deal' }));
  });
});

describe('deal JSON › properties', () => {
  const cents = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((c) => decimal(c.toString()).div(100));
  const component = fc.record({
    instrument: fc.constantFrom('cash', 'loan', 'guarantee', 'purchase', 'private', 'unspecified'),
    each: cents,
    count: fc.integer({ min: 1, max: 12 }),
    start: fc.integer({ min: 0, max: 5 }),
  });

  it('parseDeal(serialize(d)) equals d', () => {
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 5 }), (parts) => {
        const components = parts.map((p, k) => ({
          label: `part ${k}`,
          instrument: p.instrument,
          schedule: installments(p.each, p.count, { start: p.start }),
        }));
        const headline = parts.reduce((a, p) => a.plus(p.each.times(p.count)), decimal(0));
        const d = deal({ id: 'random', title: 'Random', headline, components });
        const json = JSON.stringify(serializeDeal(d));
        const back = parseDeal(JSON.parse(json));
        expect(JSON.stringify(serializeDeal(back))).toBe(json);
        expect(back.headline.eq(d.headline)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a full deal round-trips', () => {
    const json = JSON.stringify(serializeDeal(parseDeal(usAsk)));
    expect(JSON.stringify(serializeDeal(parseDeal(JSON.parse(json))))).toBe(json);
  });

  it('parseDeal throws nothing but DealcalcError on arbitrary JSON', () => {
    const near = fc.record({
      id: fc.jsonValue(),
      title: fc.jsonValue(),
      headline: fc.jsonValue(),
      components: fc.array(fc.record({ label: fc.jsonValue(), instrument: fc.jsonValue(), schedule: fc.jsonValue() })),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), near), (json) => {
        const r = safeParseDeal(json);
        if (!r.ok) expect(r.error).toBeInstanceOf(DealcalcError);
      }),
    );
  });
});
