import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
const tmp = mkdtempSync(join(tmpdir(), 'dealcalc-cli-'));

describe('dealcalc compare (the main job)', () => {
  it('prints the Korean comparison table', () => {
    const r = cli(['compare', US, KR]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('+$130.0B');
    expect(r.stdout).toContain('+37.1 pts');
    expect(r.stdout).toMatchSnapshot();
  });

  it('--format json equals the API result', () => {
    const r = cli(['compare', US, KR, '--rate', '4.5%', '--format', 'json']);
    expect(r.code).toBe(0);
    const api = compare(presetDeal(US), presetDeal(KR), { rates: ['0.045'] });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(toJson(api)));
    expect(JSON.parse(r.stdout).gaps.instruments.cash.total).toBe('130000000000');
  });

  it('--format csv has one row per period and its columns sum to the totals', () => {
    const r = cli(['compare', US, KR, '--format', 'csv']);
    const [header, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    expect(header).toEqual(['period', 'date', `${US} cash`, `${US} cumulative`, `${KR} cash`, `${KR} cumulative`, `gap ${US} - ${KR}`, `cumulative gap ${US} - ${KR}`]);
    expect(rows).toHaveLength(10);
    const column = (k: number) => rows.reduce((a, row) => a.plus(row[k]!), decimal(0)).toFixed();
    expect([column(2), column(4), column(6)]).toEqual(['200000000000', '70000000000', '130000000000']);
    expect(rows.at(-1)?.[7]).toBe('130000000000');
  });

  it('--format markdown is a GitHub table', () => {
    const r = cli(['compare', US, KR, '--format', 'markdown', '--rate', '4.5%']);
    expect(r.stdout).toMatch(/^## Comparing/);
    expect(r.stdout).toContain('|:---|---:|');
    expect(r.stdout).toContain('| cash share (%) | 57.1% | 20.0% | +37.1 pts |');
  });

  it('compares quick proposals, a JSON file and stdin, three at a time', () => {
    const file = join(tmp, 'mou.json');
    writeFileSync(file, JSON.stringify(presetJson('kr-2025-11-mou')));
    const r = cli(['compare', 'cash 25B x 8 of 350B', file, '-', '--rate', '4.5%'], JSON.stringify(serializeDeal(presetDeal(KR))));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a = cash-25b-x-8-of-350b');
    expect(r.stdout).toContain('b = kr-2025-11-mou');
    expect(r.stdout).toContain(`c = ${KR}`);
    expect(r.stdout).toContain('gap a - c');
  });

  it('shows a second currency at an explicit rate', () => {
    const r = cli(['compare', US, KR, '--currency', 'KRW', '--fx', '1428.57', '--rate', '4.5%']);
    expect(r.stdout).toContain('$350.0B / ₩500.0T');
  });

  it('--break-even prints the rate, and exits 1 when there is none', () => {
    const ok = cli(['compare', US, KR, '--break-even']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('-46.97%');
    const none = cli(['compare', 'cash 25B x 8', 'cash 7B x 8', '--break-even']);
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toContain('no break-even rate');
  });

  it('--chart writes an SVG', () => {
    const file = join(tmp, 'k.svg');
    const r = cli(['compare', US, KR, '--chart', file, '--rate', '4.5%']);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg /);
  });
});

describe('dealcalc show, list, sweep, schema', () => {
  it('show: table, json equal to the API, csv', () => {
    const table = cli(['show', 'kr-2025-11-mou', '--rate', '4.5%']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Components');
    expect(table.stdout).toContain('[K29] Korea JoongAng Daily');
    const json = cli(['show', 'kr-2025-11-mou', '--rate', '4.5%', '--format', 'json']);
    const d = presetDeal('kr-2025-11-mou');
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(toJson({ deal: serializeDeal(d), metrics: metrics(d, { rates: ['0.045'] }) })));
    const csv = cli(['show', 'cash 200B cap 20B + guarantee 150B', '--format', 'csv']);
    const rows = csv.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(10);
    expect(rows.reduce((a, r) => a.plus(r[2]!), decimal(0)).toFixed()).toBe('200000000000');
    expect(csv.stdout).toBe(csv.stdout.replace(/\r/g, ''));
    const fromProposal = cli(['show', 'cash 7B x 10 of 350B', '--format', 'json', '--rate', '3%']);
    expect(JSON.parse(fromProposal.stdout).metrics.cashShare).toBe('0.2');
  });

  it('list: every preset with its cash share', () => {
    const json = JSON.parse(cli(['list', '--format', 'json']).stdout) as Array<{ id: string; cashShare: string | null }>;
    expect(json.map((p) => p.id)).toEqual([...PRESET_IDS]);
    expect(json.find((p) => p.id === US)?.cashShare).toBe(decimal(4).div(7).toFixed());
    const table = cli(['list']);
    expect(table.stdout).toContain('kr-2025-11-mou');
    expect(cli(['list', '--format', 'csv']).stdout.split('\n')[0]).toBe('id,party,stage,date,currency,headline,cash share');
  });

  it('sweep: one row per combination, as it is computed', () => {
    const r = cli(['sweep', '--annual', '5B..25B/5B', '--years', '6..12', '--rate', '3%,4.5%,6%']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2 + 5 * 7);
    expect(lines[0]).toMatch(/annual\s+years\s+total\s+PV at 3.0%\s+PV at 4.5%\s+PV at 6.0%/);
    const csv = cli(['sweep', '--annual', '7B,25B', '--years', '8,10', '--headline', '350B', '--format', 'csv', '--rate', '0']);
    expect(csv.stdout.trim().split('\n')).toEqual(['annual,years,total,share,pv 0', '7000000000,8,56000000000,0.16,56000000000', '7000000000,10,70000000000,0.2,70000000000', '25000000000,8,200000000000,0.5714285714285714285714285714285714285714285714285714285714285714,200000000000', '25000000000,10,250000000000,0.7142857142857142857142857142857142857142857142857142857142857143,250000000000']);
    const ndjson = cli(['sweep', '--annual', '7B', '--years', '10', '--format', 'json', '--rate', '4.5%']);
    expect(JSON.parse(ndjson.stdout.trim())).toMatchObject({ annual: '7000000000', years: 10, total: '70000000000' });
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
    expect(cli(['--help']).stdout).toContain('Usage:');
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('dealcalc on bad input: exit 2, one line, no stack', () => {
  const bad = join(tmp, 'bad.json');
  const invalid = join(tmp, 'invalid.json');
  writeFileSync(bad, '{ "id": ');
  writeFileSync(invalid, JSON.stringify({ id: 'x', title: 'X', headline: '350B', components: [{ label: 'c', instrument: 'cashh', schedule: { each: '25B', count: 0 } }] }));

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['compare', US, KR, '--frobnicate'], "Unknown option '--frobnicate'"],
    [['compare', US], 'needs at least two deals'],
    [['show'], 'needs a deal'],
    [['show', 'kr-2025-10-us-cash'], 'did you mean "kr-2025-10-us-cash-25x8"'],
    [['show', join(tmp, 'missing.json')], 'no such deal file'],
    [['show', bad], 'is not valid JSON'],
    [['show', invalid], 'components[0].instrument'],
    [['show', 'cash 25X x 8'], '"25X" (word 2'],
    [['compare', US, KR, '--rate', 'abc'], '--rate: expected a rate such as 4.5%'],
    [['compare', US, KR, '--rate=-150%'], '"-150%"'],
    [['compare', US, KR, '--rate', '-150%'], "'--rate=-XYZ'"],
    [['compare', US, KR, '--chart', join(tmp, 'nope', 'k.svg')], '--chart: no such directory'],
    [['compare', US, KR, '--format', 'xml'], '--format: expected table, markdown, json or csv'],
    [['compare', US, KR, '--currency', 'KRW'], '--currency and --fx go together'],
    [['sweep', '--annual', '1..100000/1', '--years', '1..10'], 'add --yes'],
    [['sweep', '--annual', '5B'], 'needs --annual'],
    [['list', '--rate', '3%'], 'does not take --rate'],
  ])('%j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(args[0] === 'frobnicate' ? '' : r.stdout);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/^dealcalc: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('invalid JSON on stdin names the JSON path', () => {
    const r = cli(['show', '-'], JSON.stringify({ id: 'x', title: 'X', headline: '350B', components: [{ label: 'c', instrument: 'cash', schedule: { each: '-25B', count: 8 } }] }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin');
    expect(r.stderr).toContain("components[0].schedule.each");
  });

  it('a proposal built in the API equals the one the CLI reads', () => {
    const r = cli(['show', 'cash 25B x 8 of 350B', '--format', 'json', '--rate', '4.5%']);
    expect(JSON.parse(r.stdout).deal).toEqual(JSON.parse(JSON.stringify(serializeDeal(proposal('cash 25B x 8 of 350B')))));
  });
});
