// The bad-input catalogue: hostile inputs at every public door of the library, as a user or an
// embedding app would send them. Each case asserts the error code, the path of the first issue
// (a path that exists in the caller's input, or the argument's name) and a message under 1 kB.
// The CLI's cases are in tests/cli/catalogue.test.ts.
import { describe, expect, it } from 'vitest';
import { DealcalcError, formatPath, type ErrorCode } from '../../src/errors/DealcalcError.ts';
import { amount, currencyCode, safeAmount } from '../../src/money/amount.ts';
import { convert } from '../../src/money/convert.ts';
import { decimal, toPlainString } from '../../src/money/decimal.ts';
import { allocate } from '../../src/money/allocate.ts';
import { fxPath } from '../../src/money/fxPath.ts';
import { formatAmount } from '../../src/money/format.ts';
import { formatPercent } from '../../src/money/formatPercent.ts';
import {
  addMonths,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isoDate,
  parseIsoDate,
} from '../../src/dates/calendarDate.ts';
import { align } from '../../src/schedules/align.ts';
import { monthsPerPeriod, periodsPerYear } from '../../src/schedules/frequency.ts';
import { capped } from '../../src/schedules/capped.ts';
import { installments } from '../../src/schedules/installments.ts';
import { lumpSum } from '../../src/schedules/lumpSum.ts';
import { merge } from '../../src/schedules/merge.ts';
import { periodTable } from '../../src/schedules/periodTable.ts';
import { scale } from '../../src/schedules/scale.ts';
import { periodDate } from '../../src/schedules/schedule.ts';
import { scheduleOf } from '../../src/schedules/scheduleOf.ts';
import { parseSchedule, safeParseSchedule } from '../../src/schedules/schema.ts';
import { serializeSchedule } from '../../src/schedules/serialize.ts';
import { shift } from '../../src/schedules/shift.ts';
import { spread } from '../../src/schedules/spread.ts';
import { amountIn, total } from '../../src/schedules/total.ts';
import { deal } from '../../src/deals/build.ts';
import { formatProposal } from '../../src/deals/formatProposal.ts';
import { proposal, safeProposal } from '../../src/deals/proposal.ts';
import { parseDeal, safeParseDeal } from '../../src/deals/schema.ts';
import { presetDeal, presetJson } from '../../src/presets/presets.ts';
import { economyPreset } from '../../src/presets/economies.ts';
import { fv, nper, pmt, pv } from '../../src/value/annuity.ts';
import { convertRate } from '../../src/value/convertRate.ts';
import { dateSequence, datedFlows } from '../../src/value/datedFlows.ts';
import { yearFraction } from '../../src/value/dayCount.ts';
import { irr, safeIrr } from '../../src/value/irr.ts';
import { npv } from '../../src/value/npv.ts';
import { xnpv } from '../../src/value/xnpv.ts';
import { readRate } from '../../src/value/rate.ts';
import { safeXirr, xirr } from '../../src/value/xirr.ts';
import { shareReturns } from '../../src/economics/shareReturns.ts';
import { economicCost } from '../../src/economics/economicCost.ts';
import { burden } from '../../src/economics/burden.ts';
import { loanFlows } from '../../src/economics/loanFlows.ts';
import { guaranteeFlows } from '../../src/economics/guaranteeFlows.ts';
import { metrics } from '../../src/compare/metrics.ts';
import { compare } from '../../src/compare/compare.ts';
import { sweep } from '../../src/compare/sweep.ts';
import { tariffSavings } from '../../src/economics/tariffSavings.ts';
import { delivery } from '../../src/economics/delivery.ts';
import { summarize } from '../../src/deals/summarize.ts';
import { serializeDeal } from '../../src/deals/serialize.ts';
import { realNpv } from '../../src/value/realTerms.ts';
import { addBusinessDays, adjust, businessDaysBetween, isBusinessDay } from '../../src/dates/businessDays.ts';
import { renderTable } from '../../src/report/renderTable.ts';
import { renderMarkdown } from '../../src/report/renderMarkdown.ts';
import { metricsReport } from '../../src/report/metricsReport.ts';
import { comparisonReport } from '../../src/report/compareReport.ts';
import { comparisonCsv, metricsCsv } from '../../src/report/csv.ts';

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/** One hostile input: what is called, the code it must fail with, the path of the first issue. */
type Case = readonly [name: string, run: () => unknown, code: ErrorCode, path: string];

/** The error a call ends in: thrown, or returned by a safe twin (which must not throw). */
function failure(run: () => unknown, safe: boolean): DealcalcError {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    if (safe) throw new Error(`a safe… twin threw ${String(error)}`);
    if (error instanceof DealcalcError) return error;
    throw error;
  }
  if (typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false)
    return (value as { error: DealcalcError }).error;
  throw new Error(`expected an error, got a result: ${String(value).slice(0, 80)}`);
}

function check([, run, code, path]: Case, safe = false): void {
  const e = failure(run, safe);
  expect(e).toBeInstanceOf(DealcalcError);
  expect({ code: e.code, path: formatPath(e.issues[0]?.path ?? []) }).toEqual({ code, path });
  expect(e.message.length).toBeLessThan(1024);
  expect(e.issues.length).toBeGreaterThan(0);
  // Issues quote excerpts too: the whole error stays small whatever the input.
  expect(JSON.stringify(e).length).toBeLessThan(16_384);
}

const huge = 'x'.repeat(1_000_000);
const mou = () => presetDeal('kr-2025-11-mou');
const base = { id: 'x', title: 'X', headline: '10B' };
const oneComponent = (schedule: unknown, extra: Record<string, unknown> = {}) => ({
  ...base,
  components: [{ label: 'c', instrument: 'cash', schedule, ...extra }],
});
const loan = (terms: unknown) => ({
  ...base,
  components: [{ label: 'l', instrument: 'loan', schedule: { lumpSum: '10B' }, terms }],
});
const guarantee = (terms: Record<string, unknown>) => ({
  ...base,
  components: [
    {
      label: 'g',
      instrument: 'guarantee',
      schedule: { lumpSum: '10B' },
      terms: { tenor: 5, fee: '0.005', callProbability: '0.02', lossGivenCall: '0.6', ...terms },
    },
  ],
});
const nested = (depth: number): unknown => {
  let v: unknown = [];
  for (let k = 0; k < depth; k += 1) v = [v];
  return v;
};
const rule = () => mou().profitSharing!;

const money: Case[] = [
  ['amount(null)', () => amount(null as never), 'invalid_input', '(root)'],
  ['amount(undefined)', () => amount(undefined as never), 'invalid_input', '(root)'],
  ['safeAmount(null)', () => safeAmount(null as never), 'invalid_input', '(root)'],
  ['amount(NaN)', () => amount(NaN), 'invalid_input', '(root)'],
  ['amount(Infinity)', () => amount(Infinity), 'invalid_input', '(root)'],
  ['amount(-Infinity)', () => amount(-Infinity), 'invalid_input', '(root)'],
  ['amount(JSON.parse("1e400")) is Infinity in JS', () => amount(JSON.parse('1e400')), 'invalid_input', '(root)'],
  ['amount("1e400")', () => amount('1e400'), 'limit_exceeded', '(root)'],
  [
    'amount("1e-99999999999999999999") underflows inside decimal.js',
    () => amount('1e-99999999999999999999'),
    'limit_exceeded',
    '(root)',
  ],
  ['amount(10n ** 40n)', () => amount(10n ** 40n), 'limit_exceeded', '(root)'],
  ['amount("0x10") (hex)', () => amount('0x10'), 'invalid_input', '(root)'],
  ['amount("٣B") (Arabic-Indic digit)', () => amount('٣B'), 'invalid_input', '(root)'],
  ['amount("１２B") (full-width digits)', () => amount('１２B'), 'invalid_input', '(root)'],
  ['amount of a 1 MB string', () => amount(huge), 'invalid_input', '(root)'],
  ['amount of 10 MB of digits', () => amount('9'.repeat(10_000_000)), 'limit_exceeded', '(root)'],
  ['amount("")', () => amount(''), 'invalid_input', '(root)'],
  ['amount([])', () => amount([] as never), 'invalid_input', '(root)'],
  ['amount({})', () => amount({} as never), 'invalid_input', '(root)'],
  ['amount(Symbol())', () => amount(Symbol('s') as never), 'invalid_input', '(root)'],
  ['amount("25B", "usd")', () => amount('25B', 'usd'), 'invalid_input', 'currency'],
  ['amount("₩5T", "USD")', () => amount('₩5T', 'USD'), 'currency_mismatch', '(root)'],
  ['amount("$5B EUR") names two currencies', () => amount('$5B EUR'), 'invalid_input', '(root)'],
  [
    'amount({ value: "abc", currency: "USD" })',
    () => amount({ value: 'abc', currency: 'USD' } as never),
    'invalid_input',
    'value',
  ],
  [
    'amount({ value: "1", currency: "XYZ" })',
    () => amount({ value: '1', currency: 'XYZ' } as never),
    'invalid_input',
    'currency',
  ],
  ['amount("1", undefined, null)', () => amount('1', undefined, null as never), 'invalid_input', 'options'],
  ['decimal("  ")', () => decimal('  '), 'invalid_input', '(root)'],
  ['toPlainString(null)', () => toPlainString(null as never), 'invalid_input', 'value'],
  ['toPlainString("1")', () => toPlainString('1' as never), 'invalid_input', 'value'],
  ['allocate with options null', () => allocate('1B', [1, 1], null as never), 'invalid_input', 'options'],
  ['allocate by a negative ratio', () => allocate('1B', [-1, 2]), 'invalid_input', 'ratios[0]'],
  ['fxPath with a rate of 0', () => fxPath({ to: 'KRW', rates: ['0'] }), 'invalid_input', 'rates[0]'],
  ['currencyCode("constructor")', () => currencyCode('constructor'), 'invalid_input', 'currency'],
  ['formatAmount(null)', () => formatAmount(null as never), 'invalid_input', 'value'],
  ['formatAmount("25B", null)', () => formatAmount('25B', null as never), 'invalid_input', 'options'],
  ['formatAmount places 21', () => formatAmount('25B', { places: 21 }), 'limit_exceeded', 'places'],
  ['formatAmount places -1', () => formatAmount('25B', { places: -1 }), 'invalid_input', 'places'],
  ['formatAmount places 1.5', () => formatAmount('25B', { places: 1.5 }), 'invalid_input', 'places'],
  ['formatAmount unknown style', () => formatAmount('25B', { style: 'bogus' as never }), 'invalid_input', 'style'],
  [
    'formatAmount unknown currencyDisplay',
    () => formatAmount('25B', { currencyDisplay: 'bogus' as never }),
    'invalid_input',
    'currencyDisplay',
  ],
  ['formatAmount unknown sign', () => formatAmount('25B', { sign: 'bogus' as never }), 'invalid_input', 'sign'],
  ['formatAmount unknown unit', () => formatAmount('25B', { unit: 'X' as never }), 'invalid_input', 'unit'],
  [
    'formatAmount unknown rounding',
    () => formatAmount('25B', { rounding: 'up-ish' as never }),
    'invalid_input',
    'rounding',
  ],
  ['formatPercent(NaN)', () => formatPercent(NaN), 'invalid_input', 'fraction'],
  [
    'formatPercent suffix that is not text',
    () => formatPercent('0.5', { suffix: 5 as never }),
    'invalid_input',
    'suffix',
  ],
  ['formatPercent unknown sign', () => formatPercent('0.5', { sign: 'x' as never }), 'invalid_input', 'sign'],
  ['convert at a rate of 0', () => convert('1B', { to: 'KRW', rate: '0' }), 'invalid_input', 'conversion.rate'],
  ['convert at a negative rate', () => convert('1B', { to: 'KRW', rate: '-1' }), 'invalid_input', 'conversion.rate'],
  ['convert without a rate', () => convert('1B', { to: 'KRW' } as never), 'invalid_input', 'conversion.rate'],
  ['convert(…, null)', () => convert('1B', null as never), 'invalid_input', 'conversion'],
  ['convert to a lower-case code', () => convert('1B', { to: 'krw', rate: '1' }), 'invalid_input', 'conversion.to'],
  [
    'convert on an impossible date',
    () => convert('1B', { to: 'KRW', rate: '1', date: '2025-02-30' }),
    'invalid_input',
    'conversion.date',
  ],
];

const dates: Case[] = [
  ['addMonths by 1.5', () => addMonths('2024-01-31', 1.5), 'invalid_input', 'months'],
  ['addMonths by NaN', () => addMonths('2024-01-31', NaN), 'invalid_input', 'months'],
  ['addMonths by Infinity', () => addMonths('2024-01-31', Infinity), 'invalid_input', 'months'],
  ['addMonths by "1"', () => addMonths('2024-01-31', '1' as never), 'invalid_input', 'months'],
  ['addMonths by 1e20', () => addMonths('2024-01-31', 1e20), 'limit_exceeded', 'months'],
  ['addMonths past 9999-12-31', () => addMonths('9999-12-01', 1), 'limit_exceeded', 'months'],
  ['addMonths before 1000-01-01', () => addMonths('1000-01-01', -1), 'limit_exceeded', 'months'],
  ['addMonths from 2024-02-30', () => addMonths('2024-02-30', 1), 'invalid_input', 'anchor'],
  ['addMonths from a Date object', () => addMonths(new Date() as never, 1), 'invalid_input', 'anchor'],
  [
    'addMonths with endOfMonth "yes"',
    () => addMonths('2024-01-31', 1, { endOfMonth: 'yes' as never }),
    'invalid_input',
    'endOfMonth',
  ],
  ['daysBetween from month 13', () => daysBetween('2024-13-01', '2024-01-01'), 'invalid_input', 'from'],
  ['parseIsoDate year 999', () => parseIsoDate('0999-01-01'), 'invalid_input', 'date'],
  ['parseIsoDate without zero padding', () => parseIsoDate('2024-1-1'), 'invalid_input', 'date'],
  ['parseIsoDate with full-width digits', () => parseIsoDate('２０２４-01-01'), 'invalid_input', 'date'],
  ['isoDate of a timestamp', () => isoDate('2024-01-01T00:00:00Z'), 'invalid_input', 'date'],
  ['daysInMonth(2024, 13)', () => daysInMonth(2024, 13), 'invalid_input', 'month'],
  ['isLeapYear(2024.5)', () => isLeapYear(2024.5), 'invalid_input', 'year'],
  ['dateSequence past 9999', () => dateSequence({ start: '9999-01-01', count: 2 }), 'limit_exceeded', 'count'],
  ['dateSequence of 0 dates', () => dateSequence({ start: '2024-01-01', count: 0 }), 'invalid_input', 'count'],
  [
    'dateSequence of 10,001 dates',
    () => dateSequence({ start: '2024-01-01', count: 10_001 }),
    'limit_exceeded',
    'count',
  ],
  ['dateSequence(null)', () => dateSequence(null as never), 'invalid_input', 'options'],
  [
    'dateSequence weekly',
    () => dateSequence({ start: '2024-01-01', count: 2, frequency: 'weekly' as never }),
    'invalid_input',
    'frequency',
  ],
  [
    'yearFraction with an unknown day count',
    () => yearFraction('2024-01-01', '2025-01-01', 'act/999' as never),
    'invalid_input',
    'dayCount',
  ],
  ['yearFraction to "tomorrow"', () => yearFraction('2024-01-01', 'tomorrow'), 'invalid_input', 'end'],
  [
    'datedFlows of an unanchored schedule',
    () => datedFlows(installments('1', 2)),
    'invalid_input',
    'schedule.startDate',
  ],
  [
    'datedFlows past 9999',
    () => datedFlows(installments('1', 2, { startDate: '9999-06-01' })),
    'limit_exceeded',
    'schedule.installments[1].period',
  ],
  ['datedFlows(null)', () => datedFlows(null as never), 'invalid_input', 'schedule'],
  ['isBusinessDay("2025-01-01", null)', () => isBusinessDay('2025-01-01', null as never), 'invalid_input', 'options'],
  ['adjust("2025-01-01", null)', () => adjust('2025-01-01', null as never), 'invalid_input', 'options'],
  [
    'addBusinessDays("2025-01-01", 1, null)',
    () => addBusinessDays('2025-01-01', 1, null as never),
    'invalid_input',
    'options',
  ],
  [
    'businessDaysBetween(…, null)',
    () => businessDaysBetween('2025-01-01', '2025-02-01', null as never),
    'invalid_input',
    'options',
  ],
];

const schedules: Case[] = [
  ['periodsPerYear("weekly")', () => periodsPerYear('weekly' as never), 'invalid_input', 'frequency'],
  ['monthsPerPeriod(null)', () => monthsPerPeriod(null as never), 'invalid_input', 'frequency'],
  ['installments × 0', () => installments('25B', 0), 'invalid_input', 'count'],
  ['installments × -1', () => installments('25B', -1), 'invalid_input', 'count'],
  ['installments × 2.5', () => installments('25B', 2.5), 'invalid_input', 'count'],
  ['installments × NaN', () => installments('25B', NaN), 'invalid_input', 'count'],
  ['installments × 1e9', () => installments('25B', 1e9), 'limit_exceeded', 'count'],
  ['installments × 10,001', () => installments('1', 10_001), 'limit_exceeded', 'count'],
  ['installments of -25B', () => installments('-25B', 8), 'invalid_input', 'amountEach'],
  ['installments past period 10,000', () => installments('25B', 8, { start: 9995 }), 'limit_exceeded', 'count'],
  ['installments with options null', () => installments('25B', 8, null as never), 'invalid_input', 'options'],
  ['installments weekly', () => installments('25B', 8, { frequency: 'weekly' as never }), 'invalid_input', 'frequency'],
  [
    'installments from 2024-02-30',
    () => installments('25B', 8, { startDate: '2024-02-30' }),
    'invalid_input',
    'startDate',
  ],
  [
    'installments of ₩ in a EUR schedule',
    () => installments('₩25B', 8, { currency: 'EUR' }),
    'currency_mismatch',
    'amountEach',
  ],
  ['lumpSum(null)', () => lumpSum(null as never), 'invalid_input', 'total'],
  ['capped with a cap of 0', () => capped('350B', '0'), 'invalid_input', 'cap'],
  ['capped needing 1e31 installments', () => capped('350B', '1e-20'), 'limit_exceeded', 'cap'],
  ['capped in two currencies', () => capped('$5B', '€1B'), 'currency_mismatch', 'cap'],
  ['spread with a quantum of 0', () => spread('100', 3, { quantum: '0' }), 'invalid_input', 'quantum'],
  [
    'spread with an unknown remainder rule',
    () => spread('100', 3, { remainder: 'middle' as never }),
    'invalid_input',
    'remainder',
  ],
  ['scheduleOf a string', () => scheduleOf('not a list' as never), 'invalid_input', 'list'],
  ['scheduleOf mixed forms', () => scheduleOf([{ period: 0, amount: '1' }, '2']), 'invalid_input', 'list[1]'],
  [
    'scheduleOf two entries in one period',
    () =>
      scheduleOf([
        { period: 1, amount: '1' },
        { period: 1, amount: '2' },
      ]),
    'invalid_input',
    'list[1].period',
  ],
  ['scheduleOf a negative period', () => scheduleOf([{ period: -1, amount: '1' }]), 'invalid_input', 'list[0].period'],
  ['scheduleOf 10,001 entries', () => scheduleOf(Array.from({ length: 10_001 }, () => '1')), 'limit_exceeded', 'list'],
  ['total(null)', () => total(null as never), 'invalid_input', 'schedule'],
  [
    'total of a schedule in JSON form',
    () => total({ currency: 'USD', frequency: 'annual', installments: [{ period: 0, amount: '1' }] } as never),
    'invalid_input',
    'schedule.installments[0].amount',
  ],
  ['scale by -1', () => scale(installments('1', 2), '-1'), 'invalid_input', 'factor'],
  ['scale by NaN', () => scale(installments('1', 2), NaN), 'invalid_input', 'factor'],
  ['shift before period 0', () => shift(installments('1', 2), -1), 'invalid_input', 'periods'],
  ['shift past period 10,000', () => shift(installments('1', 2, { start: 9998 }), 5), 'limit_exceeded', 'periods'],
  ['merge()', () => merge(), 'invalid_input', 'schedules'],
  [
    'merge annual with monthly',
    () => merge(lumpSum('1B'), lumpSum('1B', { frequency: 'monthly' })),
    'frequency_mismatch',
    'schedules[1].frequency',
  ],
  [
    'merge USD with EUR',
    () => merge(lumpSum('1B'), lumpSum('1B', { currency: 'EUR' })),
    'currency_mismatch',
    'schedules[1].currency',
  ],
  ['merge a schedule and an array', () => merge(lumpSum('1B'), [] as never), 'invalid_input', 'schedules[1]'],
  ['align("x")', () => align('x' as never), 'invalid_input', 'schedules'],
  [
    'align schedules from different dates',
    () => align([lumpSum('1', { startDate: '2024-01-01' }), lumpSum('1', { startDate: '2025-01-01' })]),
    'invalid_input',
    'schedules[1].startDate',
  ],
  ['amountIn period 10,001', () => amountIn(installments('1', 2), 10_001), 'limit_exceeded', 'period'],
  ['periodTable from 5 to 2', () => periodTable(installments('1', 2), { from: 5, to: 2 }), 'invalid_input', 'to'],
  ['periodTable with a range "x"', () => periodTable(installments('1', 2), 'x' as never), 'invalid_input', 'range'],
  [
    'periodDate past 9999',
    () => periodDate(installments('1', 2, { startDate: '9999-01-01' }), 5),
    'limit_exceeded',
    'period',
  ],
  ['parseSchedule(null)', () => parseSchedule(null), 'invalid_input', '(root)'],
  [
    'parseSchedule with an amount "NaN"',
    () => parseSchedule({ installments: [{ period: 0, amount: 'NaN' }] }),
    'invalid_input',
    'installments[0].amount',
  ],
  [
    'parseSchedule with a period of 0.5',
    () => parseSchedule({ installments: [{ period: 0.5, amount: '1' }] }),
    'invalid_input',
    'installments[0].period',
  ],
  [
    'parseSchedule with a period of 10,001',
    () => parseSchedule({ installments: [{ period: 10_001, amount: '1' }] }),
    'limit_exceeded',
    'installments[0].period',
  ],
  [
    'parseSchedule with 10,001 installments',
    () => parseSchedule({ installments: Array.from({ length: 10_001 }, (_, period) => ({ period, amount: '1' })) }),
    'limit_exceeded',
    'installments',
  ],
  [
    'parseSchedule with a __proto__ key',
    () => parseSchedule(JSON.parse('{"installments": [], "__proto__": {"polluted": 1}}')),
    'invalid_input',
    '(root)',
  ],
  [
    'parseSchedule with a constructor key',
    () => parseSchedule({ installments: [], constructor: { prototype: { polluted: 1 } } }),
    'invalid_input',
    '(root)',
  ],
  [
    'parseSchedule of arrays nested 10,000 deep',
    () => parseSchedule({ installments: nested(10_000) }),
    'invalid_input',
    'installments[0]',
  ],
  ['safeParseSchedule(undefined)', () => safeParseSchedule(undefined), 'invalid_input', '(root)'],
  ['serializeSchedule("x")', () => serializeSchedule('x' as never), 'invalid_input', 'schedule'],
];

const deals: Case[] = [
  ['parseDeal(null)', () => parseDeal(null), 'invalid_input', '(root)'],
  ['parseDeal of JSON text', () => parseDeal('{}'), 'invalid_input', '(root)'],
  [
    'parseDeal headline "1e400"',
    () => parseDeal({ ...oneComponent({ lumpSum: '10B' }), headline: '1e400' }),
    'limit_exceeded',
    'headline',
  ],
  [
    'parseDeal EUR component in a USD deal',
    () => parseDeal(oneComponent({ lumpSum: '10B', currency: 'EUR' })),
    'currency_mismatch',
    'components[0].schedule.currency',
  ],
  [
    'parseDeal annual and monthly components',
    () =>
      parseDeal({
        ...base,
        components: [
          { label: 'a', instrument: 'cash', schedule: { lumpSum: '5B' } },
          { label: 'b', instrument: 'cash', schedule: { lumpSum: '5B', frequency: 'monthly' } },
        ],
      }),
    'frequency_mismatch',
    'components[1].schedule.frequency',
  ],
  [
    'parseDeal { each: "-25B" }',
    () => parseDeal(oneComponent({ each: '-25B', count: 2 })),
    'invalid_input',
    'components[0].schedule.each',
  ],
  [
    'parseDeal { lumpSum: "$-5B" }',
    () => parseDeal(oneComponent({ lumpSum: '$-5B' })),
    'invalid_input',
    'components[0].schedule.lumpSum',
  ],
  [
    'parseDeal { capped, cap: "0" }',
    () => parseDeal(oneComponent({ capped: '10B', cap: '0' })),
    'invalid_input',
    'components[0].schedule.cap',
  ],
  [
    'parseDeal count 1e9',
    () => parseDeal(oneComponent({ each: '1', count: 1e9 })),
    'limit_exceeded',
    'components[0].schedule.count',
  ],
  [
    'parseDeal count -1',
    () => parseDeal(oneComponent({ each: '1', count: -1 })),
    'invalid_input',
    'components[0].schedule.count',
  ],
  [
    'parseDeal loan tenor 0.3',
    () => parseDeal(loan({ rate: '0.03', tenor: 0.3 })),
    'invalid_input',
    'components[0].terms.tenor',
  ],
  [
    'parseDeal loan tenor 0.5 on an annual schedule',
    () => parseDeal(loan({ rate: '0.03', tenor: 0.5 })),
    'invalid_input',
    'components[0].terms.tenor',
  ],
  [
    'parseDeal loan tenor 1000',
    () => parseDeal(loan({ rate: '0.03', tenor: 1000 })),
    'invalid_input',
    'components[0].terms.tenor',
  ],
  [
    'parseDeal loan rate -100%',
    () => parseDeal(loan({ rate: '-1', tenor: 5 })),
    'invalid_input',
    'components[0].terms.rate',
  ],
  [
    'parseDeal guarantee callProbability 1.5',
    () => parseDeal(guarantee({ callProbability: '1.5' })),
    'invalid_input',
    'components[0].terms.callProbability',
  ],
  [
    'parseDeal guarantee lossGivenCall -0.1',
    () => parseDeal(guarantee({ lossGivenCall: '-0.1' })),
    'invalid_input',
    'components[0].terms.lossGivenCall',
  ],
  [
    'parseDeal guarantee fee -0.01',
    () => parseDeal(guarantee({ fee: '-0.01' })),
    'invalid_input',
    'components[0].terms.fee',
  ],
  [
    'parseDeal tier partyShare 2',
    () =>
      parseDeal({
        ...oneComponent({ lumpSum: '10B' }),
        profitSharing: { tiers: [{ partyShare: '2', counterpartyShare: '-1' }], recovery: { target: 'principal' } },
      }),
    'invalid_input',
    'profitSharing.tiers[0].partyShare',
  ],
  [
    'parseDeal with a __proto__ key',
    () =>
      parseDeal(
        JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(oneComponent({ lumpSum: '10B' })).slice(1)}`),
      ),
    'invalid_input',
    '(root)',
  ],
  [
    'parseDeal with a 1 MB id',
    () => parseDeal({ ...oneComponent({ lumpSum: '10B' }), id: huge }),
    'invalid_input',
    'id',
  ],
  [
    'parseDeal with 100,000 unknown keys',
    () =>
      parseDeal({
        ...oneComponent({ lumpSum: '10B' }),
        ...Object.fromEntries(Array.from({ length: 100_000 }, (_, k) => [`k${k}`, k])),
      }),
    'invalid_input',
    '(root)',
  ],
  [
    'parseDeal on 2025-02-30',
    () => parseDeal({ ...oneComponent({ lumpSum: '10B' }), date: '2025-02-30' }),
    'invalid_input',
    'date',
  ],
  [
    'parseDeal components nested 10,000 deep',
    () => parseDeal({ ...base, components: nested(10_000) }),
    'invalid_input',
    'components[0]',
  ],
  ['parseDeal unbalanced', () => parseDeal({ ...oneComponent({ lumpSum: '9B' }) }), 'unbalanced_deal', 'components'],
  ['safeParseDeal(undefined)', () => safeParseDeal(undefined), 'invalid_input', '(root)'],
  ['proposal(null)', () => proposal(null as never), 'invalid_input', 'proposal'],
  ['proposal("cash 25X")', () => proposal('cash 25X'), 'invalid_input', 'proposal'],
  ['proposal × 20,000', () => proposal('cash 1B x 20000'), 'limit_exceeded', 'proposal'],
  ['proposal from year 20,000', () => proposal('cash 1B from year 20000'), 'limit_exceeded', 'proposal'],
  ['proposal of -5B', () => proposal('cash -5B'), 'invalid_input', 'proposal'],
  ['proposal capped at 0', () => proposal('cash 1B cap 0'), 'invalid_input', 'proposal'],
  ['proposal of "1e400"', () => proposal('cash 1e400'), 'limit_exceeded', 'proposal'],
  ['proposal in two currencies', () => proposal('cash 25B + cash ₩5T'), 'currency_mismatch', 'proposal'],
  ['proposal "constructor 1B"', () => proposal('constructor 1B'), 'invalid_input', 'proposal'],
  ['proposal "__proto__ 1B"', () => proposal('__proto__ 1B'), 'invalid_input', 'proposal'],
  ['proposal over 10,000 characters', () => proposal(`cash ${'1'.repeat(20_000)}`), 'limit_exceeded', 'proposal'],
  ['proposal with options null', () => proposal('cash 1B', null as never), 'invalid_input', 'options'],
  ['proposal in "usd"', () => proposal('cash 1B', { currency: 'usd' }), 'invalid_input', 'currency'],
  ['proposal weekly', () => proposal('cash 1B', { frequency: 'weekly' as never }), 'invalid_input', 'frequency'],
  ['proposal larger than its headline', () => proposal('cash 25B x 8 of 100B'), 'unbalanced_deal', 'components'],
  ['formatProposal(null)', () => formatProposal(null as never), 'invalid_input', 'deal'],
  ['safeProposal(42)', () => safeProposal(42 as never), 'invalid_input', 'proposal'],
  ['deal(null)', () => deal(null as never), 'invalid_input', '(root)'],
  ['presetDeal(42)', () => presetDeal(42 as never), 'invalid_input', 'id'],
  ['presetDeal("nope")', () => presetDeal('nope' as never), 'unknown_deal', 'id'],
  ['presetDeal("__proto__")', () => presetDeal('__proto__' as never), 'unknown_deal', 'id'],
  ['presetDeal of 100,000 characters', () => presetDeal('k'.repeat(100_000) as never), 'unknown_deal', 'id'],
  ['presetJson(null)', () => presetJson(null as never), 'invalid_input', 'id'],
  [
    'deal with a hand-made schedule holding -5',
    () =>
      deal({
        ...base,
        headline: '0',
        components: [
          {
            label: 'c',
            instrument: 'cash',
            schedule: {
              currency: 'USD',
              frequency: 'annual',
              installments: [{ period: 0, amount: decimal(-5) }],
            } as never,
          },
        ],
      }),
    'invalid_input',
    'components[0].schedule.installments[0].amount',
  ],
  [
    'deal with a hand-made schedule alongside in period 0.5',
    () =>
      deal({
        ...oneComponent(lumpSum('10B')),
        alongside: [
          {
            label: 'p',
            instrument: 'private',
            schedule: {
              currency: 'USD',
              frequency: 'annual',
              installments: [{ period: 0.5, amount: decimal(5) }],
            } as never,
          },
        ],
      } as never),
    'invalid_input',
    'alongside[0].schedule.installments[0].period',
  ],
  ['summarize(null)', () => summarize(null as never), 'invalid_input', 'deal'],
  ['serializeDeal(null)', () => serializeDeal(null as never), 'invalid_input', 'deal'],
  [
    'serializeDeal of deal JSON',
    () => serializeDeal(oneComponent({ lumpSum: '10B' }) as never),
    'invalid_input',
    'deal.headline',
  ],
];

const value: Case[] = [
  ['pmt()', () => pmt(undefined as never), 'invalid_input', 'options'],
  ['pmt over 1e30 periods', () => pmt({ rate: 0.1, periods: 1e30, presentValue: 100 }), 'not_computable', '(root)'],
  ['pmt at -100%', () => pmt({ rate: -1, periods: 10, presentValue: 100 }), 'invalid_input', 'rate'],
  ['pmt at -150%', () => pmt({ rate: '-150%', periods: 10, presentValue: 100 }), 'invalid_input', 'rate'],
  ['pmt over -1 periods', () => pmt({ rate: 0.1, periods: -1, presentValue: 100 }), 'invalid_input', 'periods'],
  [
    'pmt due "middle"',
    () => pmt({ rate: 0.1, periods: 10, presentValue: 100, due: 'middle' as never }),
    'invalid_input',
    'due',
  ],
  ['pmt over 0 periods', () => pmt({ rate: 0.1, periods: 0, presentValue: 100 }), 'not_computable', '(root)'],
  ['pmt of NaN', () => pmt({ rate: 0.1, periods: 10, presentValue: NaN }), 'invalid_input', 'presentValue'],
  [
    'nper with nothing to pay',
    () => nper({ rate: 0.05, payment: 0, presentValue: 0, futureValue: -100 }),
    'not_computable',
    '(root)',
  ],
  ['nper(null)', () => nper(null as never), 'invalid_input', 'options'],
  ['fv over 1e20 periods', () => fv({ rate: 0.1, periods: 1e20, payment: -1 }), 'not_computable', '(root)'],
  ['pv at 1e30 over 1e30 periods', () => pv({ rate: '1e30', periods: 1e30, payment: -1 }), 'not_computable', '(root)'],
  [
    'convertRate of a 1e30 continuous rate',
    () => convertRate('1e30', 'continuous', 'effective'),
    'not_computable',
    '(root)',
  ],
  ['convertRate from "weekly"', () => convertRate('5%', 'weekly' as never, 'effective'), 'invalid_input', 'from'],
  ['convertRate nominal 0 times a year', () => convertRate('5%', { nominal: 0 }, 'effective'), 'invalid_input', 'from'],
  [
    'convertRate to nominal 400 times a year',
    () => convertRate('5%', 'effective', { nominal: 400 }),
    'invalid_input',
    'to',
  ],
  ['convertRate of -100%', () => convertRate('-100%', 'effective', 'continuous'), 'invalid_input', 'rate'],
  [
    'convertRate of -1300% nominal monthly',
    () => convertRate('-1300%', { nominal: 'monthly' }, 'effective'),
    'invalid_input',
    'rate',
  ],
  ['readRate("abc")', () => readRate('abc'), 'invalid_input', 'rate'],
  ['safeIrr([-1, 2], null)', () => safeIrr([-1, 2], null as never), 'invalid_input', 'options'],
  ['irr(null)', () => irr(null as never), 'invalid_input', 'flows'],
  ['irr([-1, 2], null)', () => irr([-1, 2], null as never), 'invalid_input', 'options'],
  ['npv("5%", null)', () => npv('5%', null as never), 'invalid_input', 'flows'],
  ['npv()', () => npv(undefined as never, undefined as never), 'invalid_input', 'rate'],
  ['npv("5%", [1], null)', () => npv('5%', [1], null as never), 'invalid_input', 'options'],
  [
    'npv of a hand-made schedule in period -1',
    () =>
      npv('5%', { currency: 'USD', frequency: 'annual', installments: [{ period: -1, amount: decimal(1) }] } as never),
    'invalid_input',
    'flows.installments[0].period',
  ],
  [
    'npv of a hand-made schedule paid weekly',
    () => npv('5%', { currency: 'USD', frequency: 'weekly', installments: [] } as never),
    'invalid_input',
    'flows.frequency',
  ],
  [
    'npv of a schedule in JSON form',
    () => npv('5%', { currency: 'USD', frequency: 'annual', installments: [{ period: 0, amount: '1' }] } as never),
    'invalid_input',
    'flows.installments[0].amount',
  ],
  ['xirr(null)', () => xirr(null as never), 'invalid_input', 'flows'],
  [
    'safeXirr([{ date: "2024-02-30" … }])',
    () =>
      safeXirr([
        { date: '2024-02-30', amount: -1 },
        { date: '2025-01-01', amount: 2 },
      ]),
    'invalid_input',
    'flows[0].date',
  ],
  [
    'safeXirr(flows, null)',
    () =>
      safeXirr(
        [
          { date: '2024-01-01', amount: -1 },
          { date: '2025-01-01', amount: 2 },
        ],
        null as never,
      ),
    'invalid_input',
    'options',
  ],
  [
    'xnpv(rate, flows, null)',
    () => xnpv('5%', [{ date: '2024-01-01', amount: 1 }], null as never),
    'invalid_input',
    'options',
  ],
  [
    'xnpv valued on 2024-02-30',
    () => xnpv('5%', [{ date: '2024-01-01', amount: 1 }], { valuationDate: '2024-02-30' }),
    'invalid_input',
    'valuationDate',
  ],
  ['realNpv("5%", [1], null)', () => realNpv('5%', [1], null as never), 'invalid_input', 'options'],
];

const economics: Case[] = [
  ['shareReturns(null, …)', () => shareReturns(null as never, { project: { yield: '0.05' } }), 'invalid_input', 'deal'],
  ['shareReturns(deal, null)', () => shareReturns(mou(), null as never), 'invalid_input', 'options'],
  ['shareReturns without a project', () => shareReturns(mou(), { project: null as never }), 'invalid_input', 'project'],
  [
    'shareReturns at a yield of -10%',
    () => shareReturns(mou(), { project: { yield: '-0.1' } }),
    'invalid_input',
    'project.yield',
  ],
  [
    'shareReturns with a lag of -1',
    () => shareReturns(mou(), { project: { yield: '0.05', lag: -1 } }),
    'invalid_input',
    'project.lag',
  ],
  [
    'shareReturns with a rule in JSON form',
    () =>
      shareReturns(mou(), {
        project: { yield: '0.05' },
        rule: {
          appliesTo: 'cash',
          tiers: [{ partyShare: '0.5', counterpartyShare: '0.5' }],
          recovery: { target: 'principal' },
        } as never,
      }),
    'invalid_input',
    'options.rule.tiers[0].partyShare',
  ],
  [
    'shareReturns of a deal without a rule',
    () => shareReturns(proposal('cash 1B'), { project: { yield: '0.05' } }),
    'invalid_input',
    'rule',
  ],
  [
    'shareReturns of an unparsed deal',
    () =>
      shareReturns({ ...oneComponent({ lumpSum: '10B' }), profitSharing: rule() } as never, {
        project: { yield: '0.05' },
      }),
    'invalid_input',
    'deal.headline',
  ],
  [
    'shareReturns of { invested: "1B" }',
    () => shareReturns({ invested: '1B', rule: rule() } as never, { project: { yield: '0.05' } }),
    'invalid_input',
    'deal.invested',
  ],
  [
    'economicCost weights { cash: -1 }',
    () => economicCost(mou(), { weights: { cash: -1 } }),
    'invalid_input',
    'weights.cash',
  ],
  [
    'economicCost weights { cassh: 1 }',
    () => economicCost(mou(), { weights: { cassh: 1 } as never }),
    'invalid_input',
    'weights.cassh',
  ],
  ['economicCost weights "x"', () => economicCost(mou(), { weights: 'x' as never }), 'invalid_input', 'weights'],
  [
    'economicCost weights with a __proto__ key',
    () => economicCost(mou(), { weights: JSON.parse('{"__proto__": {"cash": "5"}}') }),
    'invalid_input',
    'weights.__proto__',
  ],
  ['economicCost(deal, null)', () => economicCost(mou(), null as never), 'invalid_input', 'options'],
  [
    'economicCost of deal JSON',
    () => economicCost(oneComponent({ lumpSum: '10B' }) as never),
    'invalid_input',
    'deal.headline',
  ],
  ['loanFlows(null, terms)', () => loanFlows(null as never, { rate: '0.03', tenor: 5 }), 'invalid_input', 'component'],
  [
    'loanFlows of a component with a JSON schedule',
    () =>
      loanFlows({ label: 'l', instrument: 'loan', schedule: { lumpSum: '10B' } } as never, { rate: '0.03', tenor: 5 }),
    'invalid_input',
    'component.schedule',
  ],
  [
    'loanFlows(schedule, terms, null)',
    () => loanFlows(lumpSum('10B'), { rate: '0.03', tenor: 5 }, null as never),
    'invalid_input',
    'options',
  ],
  [
    'guaranteeFlows(null, terms)',
    () => guaranteeFlows(null as never, { tenor: 5, fee: '0', callProbability: '0', lossGivenCall: '0' }),
    'invalid_input',
    'component',
  ],
  ['burden(null, economy)', () => burden(null as never, economyPreset('kr')), 'invalid_input', 'deal'],
  ['burden(deal)', () => burden(mou(), undefined as never), 'invalid_input', 'economy'],
  [
    'burden with economy JSON',
    () => burden(mou(), { id: 'x', figures: { gdp: { value: '1.8T', unit: 'USD' } }, fx: [] } as never),
    'invalid_input',
    'economy.figures.gdp.value',
  ],
  ['burden(deal, economy, null)', () => burden(mou(), economyPreset('kr'), null as never), 'invalid_input', 'options'],
  ['tariffSavings(null)', () => tariffSavings(null as never), 'invalid_input', 'deal'],
  ['tariffSavings(deal, null)', () => tariffSavings(mou(), null as never), 'invalid_input', 'options'],
  ['delivery(null)', () => delivery(null as never), 'invalid_input', 'deal'],
  ['delivery as of 2026-02-30', () => delivery(mou(), { asOf: '2026-02-30' }), 'invalid_input', 'asOf'],
];

const comparisons: Case[] = [
  [
    'metrics of deal JSON not yet parsed',
    () => metrics(oneComponent({ lumpSum: '10B' }) as never),
    'invalid_input',
    'deal.headline',
  ],
  ['metrics(deal, null)', () => metrics(mou(), null as never), 'invalid_input', 'options'],
  ['compare(null, null)', () => compare(null as never, null as never), 'invalid_input', 'a'],
  ['compare(a, b, null)', () => compare(mou(), mou(), null as never), 'invalid_input', 'options'],
  ['sweep(null, {})', () => sweep(null as never, {}, (m) => m), 'invalid_input', 'build'],
];

const reports: Case[] = [
  ['renderTable(null)', () => renderTable(null as never), 'invalid_input', 'report'],
  [
    'renderTable without notes',
    () => renderTable({ title: 'T', tables: [], sentences: [] } as never),
    'invalid_input',
    'report.notes',
  ],
  [
    'renderTable of a table without rows',
    () => renderTable({ title: 'T', notes: [], sentences: [], tables: [{ columns: [] }] } as never),
    'invalid_input',
    'report.tables[0]',
  ],
  [
    'renderTable(report, null)',
    () => renderTable({ title: 'T', notes: [], tables: [], sentences: [] }, null as never),
    'invalid_input',
    'options',
  ],
  ['renderMarkdown(null)', () => renderMarkdown(null as never), 'invalid_input', 'report'],
  ['comparisonReport(null)', () => comparisonReport(null as never), 'invalid_input', 'comparisons'],
  ['comparisonReport([42])', () => comparisonReport([42] as never), 'invalid_input', 'comparisons[0]'],
  [
    'comparisonReport(list, null)',
    () => comparisonReport([compare(mou(), mou())], null as never),
    'invalid_input',
    'options',
  ],
  ['comparisonCsv(null)', () => comparisonCsv(null as never), 'invalid_input', 'comparisons'],
  ['metricsCsv(null)', () => metricsCsv(null as never), 'invalid_input', 'metrics'],
  ['metricsCsv of a deal', () => metricsCsv(mou() as never), 'invalid_input', 'metrics'],
  ['metricsCsv(metrics, null)', () => metricsCsv(metrics(mou()), null as never), 'invalid_input', 'options'],
  ['metricsReport(null, metrics)', () => metricsReport(null as never, metrics(mou())), 'invalid_input', 'deal'],
  ['metricsReport(deal, null)', () => metricsReport(mou(), null as never), 'invalid_input', 'metrics'],
];

describe('bad-input catalogue (library)', () => {
  describe.each([
    ['money', money],
    ['dates', dates],
    ['schedules', schedules],
    ['deals, proposals and presets', deals],
    ['time value of money', value],
    ['economics', economics],
    ['metrics, comparisons and sweeps', comparisons],
    ['reports', reports],
  ] as const)('%s', (_group, cases) => {
    it.each(cases.map((c) => [c[0], c] as const))('%s', (_name, c) => {
      check(c, /^safe/.test(c[0]));
    });
  });

  it('holds at least 100 hostile inputs', () => {
    expect(
      money.length +
        dates.length +
        schedules.length +
        deals.length +
        value.length +
        economics.length +
        comparisons.length +
        reports.length,
    ).toBeGreaterThanOrEqual(100);
  });

  it('left Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).cash).toBeUndefined();
  });
});
