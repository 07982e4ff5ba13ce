// Money over time on the command line: --fx-path, --real, --calendar and --convention.
// Reference figures are worked out here by hand or in closed form with exact decimals, not
// taken from the code under test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimal, type Decimal } from '../../src/money/decimal.ts';
import { presetDeal } from '../../src/presets/presets.ts';
import { datedFlows } from '../../src/value/datedFlows.ts';
import { deflate, realNpv } from '../../src/value/realTerms.ts';
import { installments } from '../../src/schedules/installments.ts';
import { cli } from './helpers.ts';

const US = 'kr-2025-10-us-cash-25x8';
const KR = 'kr-2025-10-kr-cash-7x10';
const MOU = 'kr-2025-11-mou';
const tmp = mkdtempSync(join(tmpdir(), 'dc-over-time-'));

/** |x − expected| < 1e-40 × |expected| (64-digit results; the reference is exact or 64-digit too). */
function close(x: string | Decimal, expected: Decimal): boolean {
  return decimal(x).minus(expected).abs().lte(expected.abs().times('1e-40'));
}

/** Σ_{t=first}^{last} v^t for v = 1 / (1 + rate), in closed form: (v^first − v^(last+1)) / (1 − v). */
function annuity(rate: string, first: number, last: number): Decimal {
  const v = decimal(1).div(decimal(1).plus(rate));
  return v
    .pow(first)
    .minus(v.pow(last + 1))
    .div(decimal(1).minus(v));
}

describe('--fx-path', () => {
  it('a rate per year: each deal at the path, at its lowest and highest rate, and the range (compare)', () => {
    const r = cli(['compare', US, KR, '--fx-path', 'KRW:1400,1450,1500', '--rate', '4.5%']);
    expect(r.code).toBe(0);
    // By hand: US 25B in years 0..7 → 25B × (1400 + 1450 + 6 × 1500) = ₩296.25T; Korea 7B in
    // years 0..9 → 7B × (1400 + 1450 + 8 × 1500) = ₩103.95T; extremes at 1400 and 1500.
    expect(r.stdout).toMatch(/cash along the path\s+₩296\.2T\s+₩104\.0T\s+\+₩192\.3T/);
    expect(r.stdout).toMatch(/at the lowest rate, 1400\.00 \(year 0\)\s+₩280\.0T\s+₩98\.0T/);
    expect(r.stdout).toMatch(/at the highest rate, 1500\.00 \(year 2 on\)\s+₩300\.0T\s+₩105\.0T/);
    expect(r.stdout).toMatch(/range \(highest − lowest\)\s+₩20\.0T\s+₩7\.0T\s+\+₩13\.0T/);
    const json = JSON.parse(cli(['compare', US, KR, '--fx-path', 'KRW:1400,1450,1500', '--format', 'json']).stdout);
    const [us, kr] = json.overTime.map(
      (o: { currencyRisk: { exposure: Record<string, unknown> } }) => o.currencyRisk.exposure,
    );
    expect([us.atPath, us.best.total, us.worst.total, us.range]).toEqual([
      '296250000000000',
      '280000000000000',
      '300000000000000',
      '20000000000000',
    ]);
    expect([kr.atPath, kr.best.total, kr.worst.total, kr.range]).toEqual([
      '103950000000000',
      '98000000000000',
      '105000000000000',
      '7000000000000',
    ]);
  });

  it('the dated rates on record (show, with --economy: the burden along the path)', () => {
    const r = cli(['show', MOU, '--fx-path', 'KRW', '--economy', 'kr', '--rate', '4.5%']);
    expect(r.code).toBe(0);
    // The MOU's $200B of cash, placed from its date (14 Nov 2025), where the last rate on record
    // holds: $350B = ₩509T (K30). Lowest rate on record: $350B = ₩487T (31 Jul 2025, K03).
    const at509 = decimal('200e9').times('509e12').div('350e9');
    const at487 = decimal('200e9').times('487e12').div('350e9');
    expect(r.stdout).toContain('period 0 is placed on its date, 2025-11-14');
    expect(r.stdout).toMatch(/at the lowest rate \(2025-07-31\): best\s+1391\.43\s+₩278\.3T/);
    expect(r.stdout).toMatch(/at the highest rate \(2025-11-14\): worst\s+1454\.29\s+₩290\.9T/);
    expect(r.stdout).toContain('Burden along the path: government money out (cash and loans) by year, from KRW');
    const json = JSON.parse(cli(['show', MOU, '--fx-path', 'KRW', '--economy', 'kr', '--format', 'json']).stdout);
    const e = json.currencyRisk.exposure;
    expect(close(e.atPath, at509)).toBe(true);
    expect(close(e.best.total, at487)).toBe(true);
    expect(close(e.range, at509.minus(at487))).toBe(true);
    expect(e.rows).toHaveLength(10);
    // Cash is the MOU's only government outflow: the burden along the path is the same stream.
    expect(json.burdenAlongFxPath.atPath).toBe(e.atPath);
  });

  it.each([
    [
      ['show', MOU, '--fx-path', 'KWR:1400'],
      '--fx-path: expected an ISO 4217 code before the colon',
      'did you mean "KRW"?',
    ],
    [['show', MOU, '--fx-path', 'KRX'], '--fx-path: expected a currency code', 'did you mean "KRW"?'],
    [['show', MOU, '--fx-path', 'KRW:1400,abc'], '--fx-path: rate 2 is not a number', '"abc"'],
    [['compare', US, KR, '--fx-path', 'KRW:0'], '--fx-path: rate 1 must be greater than 0', '"0"'],
    [
      ['show', 'cash 25B x 8', '--fx-path', 'KRW'],
      '--fx-path KRW: the rates on record are dated',
      'give a rate per year instead',
    ],
    [
      ['show', MOU, '--fx-path', 'KRW', '--format', 'csv'],
      '--fx-path adds tables',
      'use --format table, markdown or json',
    ],
  ])('bad value %j: exit 2, one line', (args, message, hint) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^dealcalc: /);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(hint);
  });

  it('a path that starts after the deal names the flag', () => {
    const file = join(tmp, 'early.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'early',
        title: 'Early',
        date: '2025-01-01',
        headline: '50B',
        components: [{ label: 'c', instrument: 'cash', schedule: { each: '25B', count: 2 } }],
      }),
    );
    const r = cli(['show', file, '--fx-path', 'KRW']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'dealcalc: --fx-path KRW: expected 2025-07-31 or later (the FX path starts there), received 2025-01-01\n',
    );
  });
});

describe('--real', () => {
  it('show: totals in year-0 prices and values at a real rate, the convention named', () => {
    const r = cli(['show', 'cash 20B x 10', '--real', '2%', '--rate', '2%']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'In real terms: prices of year 0 at 2.0% inflation a year (present values: real rate on real flows)',
    );
    expect(r.stdout).toContain('real rate on real flows');
    // 20B × Σ_{t=0}^{9} 1.02^−t = $183.2B; at a real 2%: 20B × Σ 1.0404^−t = $168.4B.
    expect(r.stdout).toMatch(/cash\s+\$200\.0B\s+\$183\.2B\s+\$168\.4B/);
    const json = JSON.parse(cli(['show', 'cash 20B x 10', '--real', '2%', '--rate', '2%', '--format', 'json']).stdout);
    const cash = json.real.lines[0];
    expect(json.real.discounting).toBe('real rate on real flows');
    expect(close(cash.realTotal, decimal('20e9').times(annuity('0.02', 0, 9)))).toBe(true);
    expect(close(cash.presentValues[0].value, decimal('20e9').times(annuity('0.0404', 0, 9)))).toBe(true);
    expect(cash.presentValues[0].nominalRate).toBe('0.0404');
  });

  it('--timing end: paid a year later, deflated and discounted a year more', () => {
    const json = JSON.parse(
      cli(['show', 'cash 20B x 10', '--real', '2%', '--rate', '2%', '--timing', 'end', '--format', 'json']).stdout,
    );
    expect(close(json.real.lines[0].realTotal, decimal('20e9').times(annuity('0.02', 1, 10)))).toBe(true);
    expect(close(json.real.lines[0].presentValues[0].value, decimal('20e9').times(annuity('0.0404', 1, 10)))).toBe(
      true,
    );
  });

  it('compare: the compared instrument of each deal in real terms, with the differences', () => {
    const r = cli(['compare', US, KR, '--real', '2%', '--rate', '4.5%']);
    expect(r.code).toBe(0);
    // US: 25B × Σ_{t=0}^{7} 1.02^−t = $186.8B; Korea: 7B × Σ_{t=0}^{9} 1.02^−t = $64.1B.
    expect(r.stdout).toMatch(/cash in year-0 prices\s+\$186\.8B\s+\$64\.1B\s+\+\$122\.7B/);
    expect(r.stdout).toMatch(/cash in today's money at a real 4\.5%\s+\$161\.7B\s+\$53\.4B/);
    const json = JSON.parse(cli(['compare', US, KR, '--real', '2%', '--rate', '4.5%', '--format', 'json']).stdout);
    expect(close(json.overTime[0].real.lines[0].realTotal, decimal('25e9').times(annuity('0.02', 0, 7)))).toBe(true);
    expect(
      close(json.overTime[1].real.lines[0].presentValues[0].value, decimal('7e9').times(annuity('0.0659', 0, 9))),
    ).toBe(true);
  });

  it('sweep: a real total and a real value per rate on every row, equal to deflate and realNpv', () => {
    const r = cli([
      'sweep',
      '--annual',
      '7B,25B',
      '--years',
      '8,10',
      '--rate',
      '3%,4.5%',
      '--real',
      '2%',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(header).toEqual([
      'annual',
      'years',
      'currency',
      'total',
      'pv 0.03',
      'pv 0.045',
      'real total',
      'real pv 0.03',
      'real pv 0.045',
    ]);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const schedule = installments(row[0]!, Number(row[1]));
      expect(close(row[6]!, deflate(schedule, { inflation: '2%' }).realTotal)).toBe(true);
      expect(close(row[7]!, realNpv('3%', schedule, { inflation: '2%' }).value)).toBe(true);
      expect(close(row[8]!, realNpv('4.5%', schedule, { inflation: '2%' }).value)).toBe(true);
    }
    const table = cli(['sweep', '--annual', '7B', '--years', '10', '--rate', '4.5%', '--real', '2%']);
    expect(table.stdout).toContain('real rate on real flows');
    expect(table.stdout).toMatch(/\$7\.0B\s+10\s+\$70\.0B\s+\$57\.9B\s+\$64\.1B\s+\$53\.4B/);
  });

  it.each([
    [['show', MOU, '--real', '2'], '--real: 2 would be 200%; did you mean 2%?'],
    [
      ['sweep', '--annual', '5B', '--years', '8', '--real', 'abc'],
      '--real: expected a rate such as 4.5% or 0.045, received "abc"',
    ],
    [['compare', US, KR, '--real', '2%,3%'], '--real: expected one yearly inflation rate such as 2%'],
    [['compare', US, KR, '--real', '-100%'], '--real: expected a rate above -100%'],
    [['show', MOU, '--real', '2%', '--format', 'csv'], '--real adds tables'],
    [['show', MOU, '--reel', '2%'], 'unknown flag --reel; did you mean --real?'],
  ])('bad value %j: exit 2, one line', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
  });
});

describe('--calendar and --convention', () => {
  it('--calendar: each date of the deal moved to a business day, as datedFlows places payments', () => {
    const r = cli(['show', 'ch-2025-11-framework', '--calendar', 'us-nyse', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(rows[0]!.slice(0, 4)).toEqual(['period', 'date', 'paid on', 'currency']);
    // NYSE: New Year's Day 2026 (Thu) and 2027 (Fri) closed; 1 Jan 2028 is a Saturday and is not
    // moved to Friday 31 Dec (NYSE rule 7.2), so the next business day is Monday 3 Jan.
    expect(rows.slice(1, 4).map((row) => row.slice(1, 3))).toEqual([
      ['2026-01-01', '2026-01-02'],
      ['2027-01-01', '2027-01-04'],
      ['2028-01-01', '2028-01-03'],
    ]);
    const table = cli(['show', 'jp-2025-09-mou', '--calendar', 'jp']);
    expect(table.stdout).toMatch(/year\s+date\s+paid on \(jp, Following\)/);
    // 4 Sep 2027 is a Saturday: paid Monday 6 Sep.
    expect(table.stdout).toMatch(/2\s+2027-09-04\s+2027-09-06/);
    const json = JSON.parse(cli(['show', 'jp-2025-09-mou', '--calendar', 'jp', '--format', 'json']).stdout);
    const byPeriod = new Map(
      json.paymentDays.dates.map((d: { period: number; paidOn: string }) => [d.period, d.paidOn]),
    );
    for (const c of presetDeal('jp-2025-09-mou').components) {
      for (const [k, f] of datedFlows(c.schedule, { calendar: 'jp' }).entries())
        expect(byPeriod.get(c.schedule.installments[k]!.period)).toBe(f.date);
    }
  });

  it('--convention: ModifiedFollowing stays in the month, Preceding moves back', () => {
    const mf = cli(['show', 'jp-2025-09-mou', '--calendar', 'jp', '--convention', 'ModifiedFollowing']);
    expect(mf.code).toBe(0);
    expect(mf.stdout).toContain('paid on (jp, ModifiedFollowing)');
    // Alone, a convention uses the weekends-only calendar; any letter case is read.
    const preceding = cli(['show', 'jp-2025-09-mou', '--convention', 'preceding']);
    expect(preceding.stdout).toContain('paid on (weekends-only, Preceding)');
    expect(preceding.stdout).toMatch(/2\s+2027-09-04\s+2027-09-03/);
    // 31 Jan 2026 is a Saturday: Following goes to 2 Feb, ModifiedFollowing stays in January.
    const file = join(tmp, 'month-end.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'm',
        title: 'M',
        headline: '10B',
        components: [{ label: 'c', instrument: 'cash', schedule: { lumpSum: '10B', startDate: '2026-01-31' } }],
      }),
    );
    expect(cli(['show', file, '--calendar', 'target', '--format', 'csv']).stdout.split('\n')[1]).toMatch(
      /^0,2026-01-31,2026-02-02,/,
    );
    expect(
      cli(['show', file, '--calendar', 'target', '--convention', 'ModifiedFollowing', '--format', 'csv']).stdout.split(
        '\n',
      )[1],
    ).toMatch(/^0,2026-01-31,2026-01-30,/);
  });

  it.each([
    [
      ['show', 'jp-2025-09-mou', '--calendar', 'kr-krxx'],
      '--calendar: expected weekends-only, target, us-settlement, us-nyse, kr-settlement, kr-krx, jp, received "kr-krxx"; did you mean "kr-krx"?',
    ],
    [
      ['show', 'jp-2025-09-mou', '--convention', 'ModifiedFolowing'],
      '--convention: expected Following, ModifiedFollowing, Preceding, ModifiedPreceding, Unadjusted, received "ModifiedFolowing"; did you mean "ModifiedFollowing"?',
    ],
    [['show', MOU, '--calendar', 'kr-krx'], '--calendar: "kr-2025-11-mou" has no dates to move to business days'],
    [['compare', US, KR, '--calendar', 'kr-krx'], 'compare does not take --calendar'],
  ])('bad value %j: exit 2, one line', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
  });

  it("a date outside the calendar's years names the flag", () => {
    const file = join(tmp, 'late.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'l',
        title: 'L',
        headline: '10B',
        components: [{ label: 'c', instrument: 'cash', schedule: { lumpSum: '10B', startDate: '2060-01-01' } }],
      }),
    );
    const r = cli(['show', file, '--calendar', 'jp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'dealcalc: --calendar jp: expected a date from 2000 to 2050 (the years calendar jp has holiday data for), received 2060-01-01\n',
    );
  });
});

describe('--help lists the flags', () => {
  it.each([
    [['--help'], ['--fx-path', '--real', '--calendar', '--convention']],
    [
      ['show', '--help'],
      ['--fx-path', '--real', '--calendar', '--convention'],
    ],
    [
      ['compare', '--help'],
      ['--fx-path', '--real'],
    ],
    [['sweep', '--help'], ['--real']],
  ])('%j', (args, flags) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    for (const flag of flags) expect(r.stdout).toContain(flag);
  });
});
