import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import { metrics } from '../../src/compare/metrics.ts';
import { dealJsonSchema } from '../../src/deals/schema.ts';
import { proposal } from '../../src/deals/proposal.ts';
import { serializeDeal } from '../../src/deals/serialize.ts';
import { decimal } from '../../src/money/decimal.ts';
import { PRESET_IDS, presetDeal, presetJson } from '../../src/presets/presets.ts';
import { toJson } from '../../src/report/json.ts';
import { cli } from './helpers.ts';

const US = 'kr-2025-10-us-cash-25x8';
const KR = 'kr-2025-10-kr-cash-7x10';
const tmp = mkdtempSync(join(tmpdir(), 'dc-cli-'));

describe('dealcalc compare (the main job)', () => {
  it('prints the Korean comparison: deal names, plain rows, the economic cost, no jargon', () => {
    const r = cli(['compare', US, KR]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('+$130.0B');
    expect(r.stdout).toContain('+37.1 pts');
    expect(r.stdout).toMatch(/^US position \(Oct 2025\) against Korea's counter-offer \(Oct 2025\)\n/);
    expect(r.stdout).not.toContain('Gaps are');
    expect(r.stdout).not.toContain('PV of all parts');
    expect(r.stdout).not.toContain('-47.0%');
    expect(r.stdout).toMatch(/break-even rate\s+none, -5% to 50%/);
    expect(r.stdout).toContain(
      "No break-even rate between -5% and 50%: US position (Oct 2025)'s cash is worth more at every rate in that range.",
    );
    // Guarantees have no terms here: their expected cost is unknown, so the total is a lower bound.
    expect(r.stdout).toMatch(/guarantees at expected cost, 4\.5%\s+–/);
    expect(r.stdout).toMatch(/economic cost at 4\.5%\s+≥ \$172\.3B\s+\$57\.9B\s+≥ \+\$114\.4B/);
    expect(r.stdout).toMatch(/not yet allocated\s+\$0\.0B\s+\$280\.0B/);
    // A row of zeros in the table's unit ($0.0B), not bare ($0.0).
    expect(r.stdout).toMatch(/guarantees at expected cost, 3\.0%\s+–\s+\$0\.0B\s+–/);
    expect(r.stdout).toMatchSnapshot();
  });

  it('--format json equals the API result (with the economic cost the summary shows)', () => {
    const r = cli(['compare', US, KR, '--rate', '4.5%', '--format', 'json']);
    expect(r.code).toBe(0);
    const api = compare(presetDeal(US), presetDeal(KR), { rates: ['0.045'], economics: {} });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(toJson(api)));
    expect(JSON.parse(r.stdout).gaps.instruments.cash.total).toBe('130000000000');
  });

  it('--format csv has one row per period, the currency, and columns that sum to the totals', () => {
    const r = cli(['compare', US, KR, '--format', 'csv']);
    const [header, ...rows] = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(header).toEqual([
      'period',
      'date',
      'currency',
      `${US} cash`,
      `${US} cumulative`,
      `${KR} cash`,
      `${KR} cumulative`,
      `gap ${US} - ${KR}`,
      `cumulative gap ${US} - ${KR}`,
    ]);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['USD']));
    const column = (k: number) => rows.reduce((a, row) => a.plus(row[k]!), decimal(0)).toFixed();
    expect([column(3), column(5), column(7)]).toEqual(['200000000000', '70000000000', '130000000000']);
    expect(rows.at(-1)?.[8]).toBe('130000000000');
  });

  it('--format markdown is a GitHub table', () => {
    const r = cli(['compare', US, KR, '--format', 'markdown', '--rate', '4.5%']);
    expect(r.stdout).toMatch(/^## US position/);
    expect(r.stdout).toContain('|:---|---:|');
    expect(r.stdout).toContain('| cash share | 57.1% | 20.0% | +37.1 pts |');
  });

  it('compares quick proposals, a JSON file and stdin, three at a time', () => {
    const file = join(tmp, 'mou.json');
    writeFileSync(file, JSON.stringify(presetJson('kr-2025-11-mou')));
    const r = cli(
      ['compare', 'cash 25B x 8 of 350B', file, '-', '--rate', '4.5%'],
      JSON.stringify(serializeDeal(presetDeal(KR))),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cash 25B x 8 of 350B [cash-25b-x-8-of-350b]');
    expect(r.stdout).toContain(
      'MOU on Strategic Investments (14 Nov 2025): $200B cash at most $20B a year + $150B shipbuilding [kr-2025-11-mou]',
    );
    expect(r.stdout).toContain("difference from Korea's counter-offer (Oct 2025)");
    expect(r.stdout).toContain('difference from MOU on Strategic Investments');
  });

  it('shows a second currency at an explicit rate', () => {
    const r = cli(['compare', US, KR, '--currency', 'KRW', '--fx', '1428.57', '--rate', '4.5%']);
    expect(r.stdout).toContain('$350.0B / ₩500.0T');
  });

  it('--break-even prints a readable rate inside -5%..50%, and exits 1 with a sentence when there is none', () => {
    const ok = cli(['compare', 'cash 10B x 5', 'cash 5B x 11', '--break-even']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('cash 10B x 5 vs cash 5B x 11: 3.38%\n');
    const outside = cli(['compare', US, KR, '--break-even']);
    expect(outside.code).toBe(1);
    expect(outside.stdout).toBe('');
    expect(outside.stderr).toBe(
      "dealcalc: US position (Oct 2025) vs Korea's counter-offer (Oct 2025): no break-even rate between -5% and 50%: US position (Oct 2025)'s cash is worth more at every rate in that range (the values cross only at -46.97%)\n",
    );
    const never = cli(['compare', 'cash 25B x 8', 'cash 7B x 8', '--break-even']);
    expect(never.code).toBe(1);
    expect(never.stderr.trim().split('\n')).toHaveLength(1);
    expect(never.stderr).toContain('no break-even rate between -5% and 50%');
  });

  it('--chart writes an SVG (or a Vega-Lite spec for .json), whole, and says so', () => {
    const file = join(tmp, 'k.svg');
    const r = cli(['compare', US, KR, '--chart', file, '--rate', '4.5%']);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg /);
    expect(r.stdout).toContain(`Chart written to ${file}`);
    const spec = join(tmp, 'k.vl.json');
    expect(cli(['compare', US, KR, '--chart', spec, '--instruments', 'cash,guarantee']).code).toBe(0);
    expect(JSON.parse(readFileSync(spec, 'utf8')).$schema).toContain('vega-lite');
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--chart of deals that carry a record adds delivered against pledged to date', () => {
    const file = join(tmp, 'record.svg');
    expect(cli(['compare', 'jp-2025-09-mou', 'kr-2025-11-mou', '--chart', file]).code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain("Delivered against pledged to date, from each deal's record");
    expect(svg).toContain('data-delivered="36000000000"');
    expect(svg).toContain('$36.0B of $82.9B due (43.4%)');
    const spec = join(tmp, 'record.json');
    expect(cli(['compare', 'jp-2025-09-mou', 'kr-2025-11-mou', '--chart', spec]).code).toBe(0);
    expect(JSON.parse(readFileSync(spec, 'utf8')).vconcat).toHaveLength(2);
  });

  it('states an offset between start dates instead of calling lined-up streams "the same"', () => {
    const at = (id: string, date: string) => ({
      id,
      title: id,
      headline: '200B',
      components: [
        {
          label: 'Cash',
          instrument: 'cash',
          schedule: {
            currency: 'USD',
            frequency: 'annual',
            startDate: date,
            installments: Array.from({ length: 8 }, (_, k) => ({ period: k, amount: '25000000000' })),
          },
        },
      ],
    });
    const early = join(tmp, 'early.json');
    const late = join(tmp, 'late.json');
    writeFileSync(early, JSON.stringify(at('early', '2025-01-01')));
    writeFileSync(late, JSON.stringify(at('late', '2030-01-01')));
    const r = cli(['compare', early, late, '--rate', '4.5%']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "late starts 5 years after early (2030-01-01 against 2025-01-01); years are counted from each deal's own start.",
    );
    expect(r.stdout).toContain('early and late ask the same cash, $200.0B.');
    expect(r.stdout).toContain("counted from each deal's start");
  });
});

describe('dealcalc show, list, sweep, schema', () => {
  it('show: table, json equal to the API, csv with the currency', () => {
    const table = cli(['show', 'kr-2025-11-mou', '--rate', '4.5%']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Components');
    expect(table.stdout).toContain('[K29] Korea JoongAng Daily');
    const json = cli(['show', 'kr-2025-11-mou', '--rate', '4.5%', '--format', 'json']);
    const d = presetDeal('kr-2025-11-mou');
    expect(JSON.parse(json.stdout)).toEqual(
      JSON.parse(toJson({ deal: serializeDeal(d), metrics: metrics(d, { rates: ['0.045'], economics: {} }) })),
    );
    const csv = cli(['show', 'cash 200B cap 20B + guarantee 150B', '--format', 'csv']);
    const rows = csv.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r[2] === 'USD')).toBe(true);
    expect(rows.reduce((a, r) => a.plus(r[3]!), decimal(0)).toFixed()).toBe('200000000000');
    expect(csv.stdout).toBe(csv.stdout.replace(/\r/g, ''));
    const fromProposal = cli(['show', 'cash 7B x 10 of 350B', '--format', 'json', '--rate', '3%']);
    expect(JSON.parse(fromProposal.stdout).metrics.cashShare).toBe('0.2');
  });

  it('list: every preset; "–" for a deal with no cash part; one unit for the headline column', () => {
    const json = JSON.parse(cli(['list', '--format', 'json']).stdout) as Array<{
      id: string;
      cashShare: string | null;
    }>;
    expect(json.map((p) => p.id)).toEqual([...PRESET_IDS]);
    expect(json.find((p) => p.id === US)?.cashShare).toBe(decimal(4).div(7).toFixed());
    expect(json.find((p) => p.id === 'eu-2025-07-turnberry')?.cashShare).toBeNull();
    const table = cli(['list']);
    expect(table.stdout).toMatch(/eu-2025-07-turnberry\s+framework\s+\$\d[\d,]*\.\dB\s+–/);
    expect(table.stdout).toMatch(/kr-2025-10-us-cash-25x8\s+demand\s+\$350\.0B\s+57\.1%/);
    const headlines = table.stdout
      .split('\n')
      .filter((l) => PRESET_IDS.some((id) => l.startsWith(`${id} `)))
      .map((l) => l.split(/\s{2,}/)[2]);
    expect(headlines).toHaveLength(PRESET_IDS.length);
    for (const h of headlines) expect(h).toMatch(/^\$[\d,]+\.\dB$/);
    expect(cli(['list', '--format', 'csv']).stdout.split('\n')[0]).toBe(
      'id,party,stage,date,currency,headline,cash share,title',
    );
  });

  it('amounts shown together never print alike: $1,350.0B and $1,390.0B, not $1.4T twice', () => {
    const r = cli(['compare', 'purchase 1350B', 'purchase 1390B', '--rate', '4.5%']);
    expect(r.stdout).toMatch(/headline\s+\$1,350\.0B\s+\$1,390\.0B\s+-\$40\.0B/);
    expect(r.stdout).toMatch(/cash share\s+–\s+–\s+–/);
    expect(r.stdout).not.toContain('$1.4T');
  });

  it('list: piped, titles print in full (the terminal case is in tests/report)', () => {
    const table = cli(['list']);
    for (const id of PRESET_IDS) expect(table.stdout).toContain(presetDeal(id).title);
    expect(table.stdout).not.toContain('…');
  });

  it('sweep: annual x years, one row per combination, each in its own currency', () => {
    const r = cli(['sweep', '--annual', '5B..25B/5B', '--years', '6..12', '--rate', '3%,4.5%,6%', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1 + 5 * 7);
    const mixed = cli(['sweep', '--annual', '5B,₩5T', '--years', '8']);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toMatch(/\$5\.0B\s+8\s+\$40\.0B/);
    expect(mixed.stdout).toMatch(/₩5\.0T\s+8\s+₩40\.0T/);
    expect(mixed.stdout).not.toContain('$5.0T');
    const csv = cli([
      'sweep',
      '--annual',
      '7B,25B',
      '--years',
      '8,10',
      '--headline',
      '350B',
      '--format',
      'csv',
      '--rate',
      '0',
    ]);
    expect(csv.stdout.trim().split('\n')).toEqual([
      'annual,years,currency,total,share,pv 0',
      '7000000000,8,USD,56000000000,0.16,56000000000',
      '7000000000,10,USD,70000000000,0.2,70000000000',
      '25000000000,8,USD,200000000000,0.5714285714285714285714285714285714285714285714285714285714285714,200000000000',
      '25000000000,10,USD,250000000000,0.7142857142857142857142857142857142857142857142857142857142857143,250000000000',
    ]);
    const ndjson = cli(['sweep', '--annual', '₩7T', '--years', '10', '--format', 'json', '--rate', '4.5%']);
    expect(JSON.parse(ndjson.stdout.trim())).toMatchObject({
      annual: '7000000000000',
      years: 10,
      currency: 'KRW',
      total: '70000000000000',
    });
  });

  it("sweep: total x cap x start (the library's scenario sweep)", () => {
    const r = cli(['sweep', '--total', '200B', '--cap', '20B,25B', '--start', '0,2', '--rate', '0', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'total,cap,start,currency,years,pv 0',
      '200000000000,20000000000,0,USD,10,200000000000',
      '200000000000,20000000000,2,USD,10,200000000000',
      '200000000000,25000000000,0,USD,8,200000000000',
      '200000000000,25000000000,2,USD,8,200000000000',
    ]);
    const later = cli([
      'sweep',
      '--annual',
      '25B',
      '--years',
      '8',
      '--start',
      '0,3',
      '--rate',
      '4.5%',
      '--format',
      'json',
    ])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { start: number; presentValues: Array<{ value: string }> });
    expect(later.map((l) => l.start)).toEqual([0, 3]);
    expect(decimal(later[1]!.presentValues[0]!.value).lt(later[0]!.presentValues[0]!.value)).toBe(true);
  });

  it('schema prints the deal JSON Schema', () => {
    expect(JSON.parse(cli(['schema']).stdout)).toEqual(JSON.parse(JSON.stringify(dealJsonSchema())));
  });

  it('--help on every command, --version', () => {
    for (const command of ['list', 'show', 'compare', 'sweep', 'schema']) {
      const r = cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`dealcalc ${command}`);
    }
    expect(cli(['--help']).stdout).toContain('Exit codes: 0 done; 1 no answer');
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('slips: one line on stderr naming the argument, a suggestion, the documented exit code', () => {
  const bad = join(tmp, 'bad.json');
  const invalid = join(tmp, 'invalid.json');
  const directory = join(tmp, 'dir.json');
  mkdirSync(directory, { recursive: true });
  mkdirSync(join(tmp, 'd.svg'), { recursive: true });
  writeFileSync(bad, '{ "id": ');
  writeFileSync(
    invalid,
    JSON.stringify({
      id: 'x',
      title: 'X',
      headline: '350B',
      components: [{ label: 'c', instrument: 'cashh', schedule: { each: '25B', count: 0 } }],
    }),
  );

  it.each([
    // A bare rate above 1 is a slip for a percentage.
    [['compare', US, KR, '--rate', '4.5'], '--rate: 4.5 would be 450%; did you mean 4.5%?'],
    [['compare', US, KR, '--rate', '3%,6'], '--rate: 6 would be 600%; did you mean 6%?'],
    [['show', 'kr-2025-11-mou', '--yield', '5'], '--yield: 5 would be 500%; did you mean 5%?'],
    // Typos get the nearest valid name.
    [['comprae', US, KR], 'unknown command "comprae"; did you mean "compare"?'],
    [['compare', US, KR, '--formt', 'json'], 'unknown flag --formt; did you mean --format?'],
    [
      ['compare', US, KR, '--instrument', 'csh'],
      '--instrument: expected cash, loan, guarantee, purchase, private, unspecified, received "csh"; did you mean "cash"?',
    ],
    [
      ['compare', US, KR, '--chart', join(tmp, 'x.svg'), '--instruments', 'cash,guarante'],
      'received "guarante"; did you mean "guarantee"?',
    ],
    [
      ['show', 'kr-mou'],
      'unknown deal "kr-mou": not a preset id, a deal file or a proposal; did you mean "kr-2025-11-mou"?',
    ],
    [['show', 'kr-2025-10-us-cash'], 'did you mean "kr-2025-10-us-cash-25x8"'],
    [
      ['show', 'kr-2025-11-mou', '--economy', 'krr'],
      '--economy: expected kr, jp, eu, tw, ch, received "krr"; did you mean "kr"?',
    ],
    [
      ['compare', US, KR, '--format', 'jsn'],
      '--format: expected table, markdown, json, csv, received "jsn"; did you mean "json"?',
    ],
    [['compare', US, KR, '--timing', 'ends'], '--timing: expected start, end, received "ends"; did you mean "end"?'],
    [['compare', US, KR, '--currency', 'KWR', '--fx', '1400'], 'did you mean "KRW"?'],
    [['list', '--rate', '3%'], 'list does not take --rate (it takes --format, --places)'],
    // Each flag names itself, not another.
    [['show', 'kr-2025-11-mou', '--yield', 'abc'], '--yield: expected a rate such as 4.5% or 0.045, received "abc"'],
    [['compare', US, KR, '--rate', 'abc'], '--rate: expected a rate such as 4.5% or 0.045, received "abc"'],
    [['compare', US, KR, '--rate', '-150%'], '--rate: expected a rate above -100%, received "-150%"'],
    [['compare', US, KR, '--rate'], '--rate needs a value, such as --rate 4.5%'],
    [['compare', US, KR, '--rate', '--format', 'json'], '--rate needs a value'],
    [['compare', US, KR, '--break-even=yes'], '--break-even takes no value'],
    // The program name is never repeated.
    [['compare', US], 'compare needs at least two deals, received 1'],
    [['show'], 'show needs a deal'],
    // Files: a directory is a directory, a missing file is missing.
    [['show', directory], 'is a directory, not a deal file'],
    [['show', join(tmp, 'missing.json')], 'no such deal file'],
    [['show', bad], 'is not valid JSON'],
    [['show', invalid], 'components[0].instrument'],
    [['show', 'cash 25X x 8'], '"25X" (word 2'],
    [['compare', US, KR, '--chart', join(tmp, 'nope', 'k.svg')], '--chart: no such directory'],
    [['compare', US, KR, '--chart', join(tmp, 'd.svg')], 'is a directory; give a file name such as'],
    [['compare', US, KR, '--chart', join(tmp, 'k.png')], '--chart: expected a file name ending in .svg or .json'],
    [['compare', US, KR, '--instruments', 'cash'], '--instruments chooses what the chart shows: add --chart FILE.svg'],
    [['compare', US, KR, '--currency', 'KRW'], '--currency and --fx go together'],
    [['sweep', '--annual', '1..100000/1', '--years', '1..10'], 'add --yes'],
    [['sweep', '--annual', '5B'], 'sweep needs --years with --annual'],
    [
      ['sweep', '--total', '200B', '--years', '8'],
      'sweep takes --annual with --years, or --total with --cap, not both kinds',
    ],
    [
      ['sweep', '--total', '200B', '--cap', '1M'],
      '--cap $1.0M would need 200000 yearly payments of $200.0B, above 10000',
    ],
    [
      ['sweep', '--annual', '5B', '--years', '8', '--headline', '1B'],
      '--headline $1.0B is less than the largest total in the sweep, $40.0B',
    ],
    [
      ['sweep', '--annual', '5B,₩5T', '--years', '8', '--headline', '350B'],
      '--headline $350.0B is in USD but the sweep has ₩5.0T in KRW',
    ],
    [['sweep', '--total', '200B', '--cap', '0'], '--cap: expected amounts above 0'],
    [['sweep', '--annual', '5X', '--years', '8'], '--annual: expected an amount such as 350B'],
  ])('%j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/^dealcalc: /);
    expect(r.stderr.slice('dealcalc: '.length)).not.toMatch(/\bdealcalc\b/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('negative values need no "=": --rate -1% parses', () => {
    const r = cli(['compare', US, KR, '--rate', '-1%', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rates).toEqual(['-0.01']);
    expect(cli(['compare', US, KR, '--rate=-1%', '--format', 'json']).code).toBe(0);
  });

  it('a deal file with a UTF-8 byte-order mark is read (file and stdin)', () => {
    const file = join(tmp, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(presetJson('kr-2025-11-mou'))}`);
    expect(cli(['show', file, '--format', 'json']).code).toBe(0);
    expect(cli(['show', '-', '--format', 'json'], `\uFEFF${JSON.stringify(presetJson('kr-2025-11-mou'))}`).code).toBe(
      0,
    );
  });

  it('never quotes megabytes: long input is cut in the message', () => {
    const proposalText = cli(['show', `cash ${'9'.repeat(100_000)}X x 8`]);
    expect(proposalText.code).toBe(2);
    expect(proposalText.stderr.length).toBeLessThan(500);
    const r = cli(['show', '-'], `{"id": "${'x'.repeat(1_000_000)}`);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(500);
    const rate = cli(['compare', US, KR, '--rate', 'x'.repeat(100_000)]);
    expect(rate.code).toBe(2);
    expect(rate.stderr).toContain('(100000 characters)');
    expect(rate.stderr.length).toBeLessThan(500);
  });

  it('invalid JSON on stdin names the JSON path', () => {
    const r = cli(
      ['show', '-'],
      JSON.stringify({
        id: 'x',
        title: 'X',
        headline: '350B',
        components: [{ label: 'c', instrument: 'cash', schedule: { each: '-25B', count: 8 } }],
      }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin');
    expect(r.stderr).toContain('components[0].schedule.each');
  });

  it('a proposal built in the API equals the one the CLI reads', () => {
    const r = cli(['show', 'cash 25B x 8 of 350B', '--format', 'json', '--rate', '4.5%']);
    expect(JSON.parse(r.stdout).deal).toEqual(
      JSON.parse(JSON.stringify(serializeDeal(proposal('cash 25B x 8 of 350B')))),
    );
  });
});

describe('nothing half-written', () => {
  it('a failing --break-even writes no chart', () => {
    const file = join(tmp, 'none.svg');
    const r = cli(['compare', US, US, '--chart', file, '--break-even']);
    expect(r.code).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it('a sweep that would fail midway prints nothing, not a table header', () => {
    const r = cli(['sweep', '--annual', '5B,50B', '--years', '8', '--headline', '350B']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a chart that cannot be written is exit 74 (not 70), and the old file stays whole', () => {
    const dir = join(tmp, 'locked');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'k.svg');
    writeFileSync(file, 'old');
    chmodSync(dir, 0o500);
    try {
      const r = cli(['compare', US, KR, '--chart', file]);
      if (process.getuid?.() === 0) {
        // root writes anyway: the file is whole and new.
        expect(r.code).toBe(0);
        expect(readFileSync(file, 'utf8')).toMatch(/^<svg/);
      } else {
        expect(r.code).toBe(74);
        expect(r.stderr).toContain('--chart: cannot write');
        expect(r.stdout).toBe('');
        expect(readFileSync(file, 'utf8')).toBe('old');
      }
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
