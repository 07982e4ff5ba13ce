import { describeValue, invalid, type PathSegment } from '../errors/DealcalcError.ts';
import { optionsObject } from '../errors/options.ts';
import { daysBetween, formatIsoDate, parseIsoDate, type IsoDate } from '../dates/calendarDate.ts';
import { D, type Decimal, type DecimalInput } from '../money/decimal.ts';
import { pointAt, readStepPath, type StepPath } from '../money/stepPath.ts';
import { periodsPerYear } from '../schedules/frequency.ts';
import { periodDate, type Schedule } from '../schedules/schedule.ts';
import { readDatedFlows, type DatedFlowInput } from './datedFlows.ts';
import { readFlows } from './flowsInput.ts';
import { readRate } from './rate.ts';
import { discountRate, presentValue } from './discount.ts';
import { flowsOfDecimals } from './flows.ts';

/** One level of a price index, in force from its period or date until the next. */
export interface CpiPoint {
  /** Index level (any base: 2017 = 100, 1982–84 = 100 …), > 0. */
  readonly level: Decimal;
  /** Period from which the level holds (paths by period). */
  readonly period?: number;
  /** Date from which the level holds (paths by date). */
  readonly date?: IsoDate;
  /** Where the level comes from. */
  readonly source?: string;
}

/** A price index over time (CPI), by period or by date. Plain, frozen data. */
export interface CpiPath {
  /** Whether the levels are keyed by period or by date. */
  readonly by: 'period' | 'date';
  /** Ascending, one per period or date. */
  readonly points: readonly CpiPoint[];
}

/** What {@link cpiPath} reads. */
export interface CpiPathInput {
  /**
   * Index levels, each > 0: a plain list (periods `start`, `start + 1`, …), `{ period, level }`
   * entries, or `{ date, level }` entries (a monthly CPI is in force from the first of its month).
   */
  readonly levels:
    | readonly DecimalInput[]
    | ReadonlyArray<{
        /** Period from which the level holds: a whole number from 0 to 10,000. */
        readonly period: number;
        /** Index level, > 0 (any base). */
        readonly level: DecimalInput;
        /** Where the level comes from (default: the path's `source`). */
        readonly source?: string;
      }>
    | ReadonlyArray<{
        /** Date from which the level holds, `YYYY-MM-DD`. */
        readonly date: string;
        /** Index level, > 0 (any base). */
        readonly level: DecimalInput;
        /** Where the level comes from (default: the path's `source`). */
        readonly source?: string;
      }>;
  /** Period of the first level of a plain list (default 0). */
  readonly start?: number;
  /** Source recorded on every level that names none. */
  readonly source?: string;
}

/**
 * A price-index path (CPI) for stating flows in real terms. Levels hold from their period or
 * date until the next one.
 *
 * @throws {DealcalcError} `invalid_input` for an empty list, a level ≤ 0 or not a number (with
 *   its index), two levels for one period or date, or a list mixing forms.
 *
 * @example
 * cpiPath({ levels: ['100', '102', '104.04'] }).points.map((p) => p.period) //=> [0, 1, 2]
 */
export function cpiPath(input: CpiPathInput): CpiPath {
  if (typeof input !== 'object' || input === null) {
    return invalid([
      {
        path: [],
        expected: 'a CPI path { levels }',
        received: describeValue(input),
        message: `expected a CPI path { levels }, received ${describeValue(input)}`,
      },
    ]);
  }
  const steps = readStepPath(input.levels, 'level', {
    path: ['levels'],
    ...(input.start === undefined ? {} : { start: input.start }),
    ...(input.source === undefined ? {} : { source: input.source }),
  });
  const points = steps.points.map((p) =>
    Object.freeze({
      level: p.value,
      ...(p.period === undefined ? {} : { period: p.period }),
      ...(p.date === undefined ? {} : { date: p.date }),
      ...(p.source === undefined ? {} : { source: p.source }),
    }),
  );
  return Object.freeze({ by: steps.by, points: Object.freeze(points) });
}

/** How flows are deflated: by a constant inflation rate or by a price index. */
export interface DeflateOptions {
  /** Constant inflation, a yearly rate for schedules and dated flows, per period for lists (`'2%'`). */
  readonly inflation?: DecimalInput;
  /** A price-index path (from {@link cpiPath}); by period for schedules and lists, by date for dated flows or anchored schedules. */
  readonly cpi?: CpiPath;
  /**
   * Whose prices "today's money" means: a period (default 0) or, for dated flows and a CPI by
   * date, a date (default the schedule's start date or the earliest flow's date).
   */
  readonly base?: number | string;
}

/** The convention a real-terms result was computed under, spelled out. */
export interface RealTermsConvention {
  /** Always `'real'`: amounts are in the prices of `base`. */
  readonly terms: 'real';
  /** The period or date whose prices the real amounts are in. */
  readonly base: number | IsoDate;
  /** `'constant-inflation'` or `'cpi'`. */
  readonly deflator: 'constant-inflation' | 'cpi';
  /** The constant inflation rate, when one was given. */
  readonly inflation?: Decimal;
  /** How time between the base and a flow is measured. */
  readonly time: 'periods' | 'years (period ÷ periods a year)' | 'years (Act/365F)' | 'index level';
}

/** A flow in nominal and in real terms. */
export interface RealFlow {
  /** The flow's period, for schedules and lists. */
  readonly period?: number;
  /** The flow's date, for dated flows and schedules anchored to the calendar. */
  readonly date?: IsoDate;
  /** The flow as given, signed as given, in money of its own time (the flows' currency). */
  readonly nominal: Decimal;
  /** nominal ÷ deflator: money of the base's prices. */
  readonly real: Decimal;
  /** (1 + inflation)^t, or CPI at the flow ÷ CPI at the base. */
  readonly deflator: Decimal;
}

/** Flows deflated to the prices of one period or date. */
export interface RealFlows {
  /** Every flow, in the order given (schedules: period order), nominal and real. */
  readonly flows: readonly RealFlow[];
  /** Σ nominal: the flows as given, summed. */
  readonly nominalTotal: Decimal;
  /** Σ real: the flows in the base's prices, summed (smaller than the nominal total under positive inflation for flows after the base). */
  readonly realTotal: Decimal;
  /** The base, deflator and time measure used. */
  readonly convention: RealTermsConvention;
}

/** Flows {@link deflate} takes: a schedule, a list (flow k in period k) or dated flows. */
export type FlowsInput = Schedule | readonly DecimalInput[] | readonly DatedFlowInput[];

interface Placed {
  readonly period?: number;
  readonly date?: IsoDate;
  readonly amount: Decimal;
}

/**
 * States flows in real terms ("today's money"): each flow divided by its deflator, either a
 * constant inflation rate compounded over the time from the base, (1 + π)^t, or a price index,
 * CPI(flow) ÷ CPI(base) (the level in force at the flow's period or date). "$200B over 10 years"
 * in base-year dollars is the sum of the real flows.
 *
 * Time t: for a schedule, (period − base) ÷ periods a year with a yearly inflation rate; for a
 * list, flow k is in period k and the rate is per period; for dated flows, Act/365F years from the
 * base date. Divisions carry 64 significant digits; nothing else is rounded.
 *
 * @param flows - A schedule, a list of flows (flow k in period k), or `{ date, amount }` flows.
 * @param options - `inflation` or `cpi` (exactly one), and `base`.
 * @returns Every flow nominal and real, the totals, and the convention used.
 *
 * @throws {DealcalcError} `invalid_input` for neither or both of `inflation` and `cpi`, an
 *   inflation rate ≤ −100%, a CPI path by period for dated flows (or by date for a schedule
 *   without a start date), a flow or base before the CPI path starts, or bad flows.
 *
 * @example
 * const r = deflate(installments('20B', 10), { inflation: '2%' });
 * formatAmount(r.nominalTotal) //=> '$200.0B'
 * formatAmount(r.realTotal)    //=> '$183.2B'
 * r.convention.deflator        //=> 'constant-inflation'
 */
export function deflate(flows: FlowsInput, options: DeflateOptions): RealFlows {
  const deflator = readDeflator(options);
  const placed = place(flows);
  const isSchedule = !Array.isArray(flows);
  const schedule = isSchedule ? (flows as Schedule) : undefined;
  const dated = placed.length > 0 && placed[0]!.date !== undefined && placed[0]!.period === undefined;
  const base = readBase(options.base, deflator, schedule, placed, dated);
  const perYear = schedule === undefined ? 1 : periodsPerYear(schedule.frequency);
  const factor = deflatorOf(deflator, base, perYear, schedule, dated);
  const out = placed.map((p, k) => {
    const d = factor(p, ['flows', k]);
    return Object.freeze({
      ...(p.period === undefined ? {} : { period: p.period }),
      ...(p.date === undefined ? {} : { date: p.date }),
      nominal: p.amount,
      real: p.amount.div(d),
      deflator: d,
    });
  });
  const time =
    deflator.kind === 'cpi'
      ? 'index level'
      : dated
        ? 'years (Act/365F)'
        : isSchedule
          ? 'years (period ÷ periods a year)'
          : 'periods';
  return Object.freeze({
    flows: Object.freeze(out),
    nominalTotal: out.reduce((s, f) => s.plus(f.nominal), new D(0)),
    realTotal: out.reduce((s, f) => s.plus(f.real), new D(0)),
    convention: Object.freeze({
      terms: 'real' as const,
      base,
      deflator: deflator.kind === 'cpi' ? ('cpi' as const) : ('constant-inflation' as const),
      ...(deflator.kind === 'inflation' ? { inflation: deflator.rate } : {}),
      time,
    }),
  });
}

/** Options of {@link realNpv}. */
export interface RealNpvOptions extends DeflateOptions {
  /**
   * What `rate` is:
   * - `'real'` (default): a real rate, applied to the real flows (real discounting);
   * - `'nominal'`: a nominal rate, applied to the nominal flows (nominal discounting); the value is
   *   then restated in the base's prices.
   * With constant inflation the two agree when real = (1 + nominal) ÷ (1 + inflation) − 1 (Fisher).
   */
  readonly rateIs?: 'real' | 'nominal';
}

/** A present value in real terms, with the discounting convention named. */
export interface RealNpvResult {
  /** Present value at period 0, in the prices of the base. */
  readonly value: Decimal;
  /** `'real rate on real flows'` or `'nominal rate on nominal flows'`. */
  readonly discounting: 'real rate on real flows' | 'nominal rate on nominal flows';
  /** The rate as given. */
  readonly rate: Decimal;
  /** With constant inflation, the rate of the other kind by Fisher's relation (1 + n) = (1 + r)(1 + π). */
  readonly equivalentRate?: {
    /** The kind of the rate below: the other kind than the rate given. */
    readonly kind: 'real' | 'nominal';
    /** The equivalent rate as a fraction, same basis (yearly or per period) as the rate given. */
    readonly rate: Decimal;
  };
  /** How the real amounts were formed. */
  readonly convention: RealTermsConvention & {
    /** Annual effective rate with period k at k ÷ n years (schedules), or per period (lists). */
    readonly rateBasis: 'annual' | 'per-period';
    /** Periods per year n of the times t = k ÷ n (1 for lists). */
    readonly periodsPerYear: number;
  };
}

/**
 * Present value in real terms ("in today's money") of a schedule or a list of flows, at period 0
 * (first installment undiscounted, as `npv`), with the discounting convention named in the
 * result: a real rate on the deflated flows, or a nominal rate on the nominal flows.
 *
 * @param rate - Discount rate, a fraction or percentage text, > −100%; real or nominal as
 *   `options.rateIs` says (default real). Yearly for schedules, per period for lists.
 * @param flows - A schedule or a list of flows (flow k in period k).
 * @param options - `inflation` or `cpi`, `base`, `rateIs`.
 *
 * @throws {DealcalcError} as {@link deflate}, and `invalid_input` for a bad rate or `rateIs`.
 *
 * @example
 * const real = realNpv('2%', installments('20B', 10), { inflation: '2%' });
 * real.discounting //=> 'real rate on real flows'
 * formatAmount(real.value) //=> '$168.4B'
 * formatAmount(realNpv('4.04%', installments('20B', 10), { inflation: '2%', rateIs: 'nominal' }).value) //=> '$168.4B'
 */
export function realNpv(
  rate: DecimalInput,
  flows: Schedule | readonly DecimalInput[],
  options: RealNpvOptions,
): RealNpvResult {
  const r = readRate(rate);
  options = optionsObject(options, ['options'], true) as RealNpvOptions;
  const rateIs = options.rateIs ?? 'real';
  if (rateIs !== 'real' && rateIs !== 'nominal') {
    invalid([
      {
        path: ['rateIs'],
        expected: "'real' or 'nominal'",
        received: describeValue(rateIs),
        message: `expected 'real' or 'nominal', received ${describeValue(rateIs)}`,
      },
    ]);
  }
  if (Array.isArray(flows) && flows.some((f) => typeof f === 'object' && f !== null && 'date' in f)) {
    invalid([
      {
        path: ['flows'],
        expected: 'a schedule or a list of flows by period',
        received: 'dated flows',
        message: 'expected a schedule or a list of flows by period, received dated flows (deflate them with deflate)',
      },
    ]);
  }
  const real = deflate(flows, options);
  const isSchedule = !Array.isArray(flows);
  const perYear = isSchedule ? periodsPerYear((flows as Schedule).frequency) : 1;
  const amounts = real.flows.map((f) => ({ step: f.period!, amount: rateIs === 'real' ? f.real : f.nominal }));
  let value = presentValue(flowsOfDecimals(amounts, perYear), discountRate(r));
  if (rateIs === 'nominal') {
    // Period-0 money restated in the base's prices: ÷ the deflator of period 0.
    const zero = deflate(
      Array.isArray(flows) ? ['1'] : { ...(flows as Schedule), installments: [{ period: 0, amount: new D(1) }] },
      options,
    ).flows[0]!.deflator;
    value = value.div(zero);
  }
  const inflation = real.convention.inflation;
  const equivalentRate =
    inflation === undefined
      ? undefined
      : rateIs === 'real'
        ? { kind: 'nominal' as const, rate: nominalRate(r, inflation) }
        : { kind: 'real' as const, rate: realRate(r, inflation) };
  return Object.freeze({
    value,
    discounting: rateIs === 'real' ? ('real rate on real flows' as const) : ('nominal rate on nominal flows' as const),
    rate: r,
    ...(equivalentRate === undefined ? {} : { equivalentRate: Object.freeze(equivalentRate) }),
    convention: Object.freeze({
      ...real.convention,
      rateBasis: isSchedule ? ('annual' as const) : ('per-period' as const),
      periodsPerYear: perYear,
    }),
  });
}

/**
 * The real rate of a nominal rate under constant inflation, by Fisher's relation:
 * (1 + nominal) ÷ (1 + inflation) − 1 (not the approximation nominal − inflation).
 *
 * @param nominal - The nominal rate, a fraction or percentage text, above −100%.
 * @param inflation - Inflation over the same period (a year, or one period), a fraction or percentage text, above −100%.
 * @returns The real rate over that period, as a fraction.
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100%.
 *
 * @example
 * realRate('5%', '2%').toFixed(6)  //=> '0.029412'
 * realRate('4.04%', '2%').toString() //=> '0.02'
 */
export function realRate(nominal: DecimalInput, inflation: DecimalInput): Decimal {
  const n = readRate(nominal, ['nominal']);
  const pi = readRate(inflation, ['inflation']);
  return n.plus(1).div(pi.plus(1)).minus(1);
}

/**
 * The nominal rate of a real rate under constant inflation: (1 + real)(1 + inflation) − 1.
 *
 * @param real - The real rate, a fraction or percentage text, above −100%.
 * @param inflation - Inflation over the same period, a fraction or percentage text, above −100%.
 * @returns The nominal rate over that period, as a fraction.
 *
 * @throws {DealcalcError} `invalid_input` for a rate ≤ −100%.
 *
 * @example
 * nominalRate('2%', '2%').toString() //=> '0.0404'
 */
export function nominalRate(real: DecimalInput, inflation: DecimalInput): Decimal {
  const r = readRate(real, ['real']);
  const pi = readRate(inflation, ['inflation']);
  return r.plus(1).times(pi.plus(1)).minus(1);
}

type Deflator =
  | { readonly kind: 'inflation'; readonly rate: Decimal }
  | { readonly kind: 'cpi'; readonly path: StepPath };

function readDeflator(options: DeflateOptions): Deflator {
  if (
    typeof options !== 'object' ||
    options === null ||
    (options.inflation === undefined) === (options.cpi === undefined)
  ) {
    return invalid([
      {
        path: ['options'],
        expected: 'exactly one of inflation or cpi',
        received: describeValue(options),
        message: 'expected exactly one of inflation (a constant rate) or cpi (a price-index path)',
      },
    ]);
  }
  if (options.inflation !== undefined) return { kind: 'inflation', rate: readRate(options.inflation, ['inflation']) };
  const cpi = options.cpi!;
  if (typeof cpi !== 'object' || cpi === null || !Array.isArray(cpi.points) || cpi.points.length === 0) {
    return invalid([
      {
        path: ['cpi'],
        expected: 'a CPI path (from cpiPath)',
        received: describeValue(cpi),
        message: `expected a CPI path (from cpiPath), received ${describeValue(cpi)}`,
      },
    ]);
  }
  return { kind: 'cpi', path: { by: cpi.by, points: cpi.points.map((p) => ({ ...p, value: p.level })) } };
}

function place(flows: FlowsInput): Placed[] {
  if (!Array.isArray(flows)) {
    const schedule = flows as Schedule;
    if (typeof schedule !== 'object' || schedule === null || !Array.isArray(schedule.installments)) {
      return invalid([
        {
          path: ['flows'],
          expected: 'a schedule, a list of flows or dated flows',
          received: describeValue(flows),
          message: `expected a schedule, a list of flows or dated flows, received ${describeValue(flows)}`,
        },
      ]);
    }
    return schedule.installments.map((i) => ({
      period: i.period,
      amount: i.amount,
      ...(schedule.startDate === undefined ? {} : { date: periodDate(schedule, i.period)! }),
    }));
  }
  const first: unknown = flows[0];
  if (typeof first === 'object' && first !== null && 'date' in first)
    return readDatedFlows(flows, ['flows']).map((f) => ({ date: f.date, amount: f.amount }));
  return readFlows(flows, ['flows']).map((amount, k) => ({ period: k, amount }));
}

function readBase(
  base: unknown,
  deflator: Deflator,
  schedule: Schedule | undefined,
  placed: readonly Placed[],
  dated: boolean,
): number | IsoDate {
  const byDate = dated || (deflator.kind === 'cpi' && deflator.path.by === 'date');
  if (!byDate) {
    if (base === undefined) return 0;
    if (typeof base === 'number' && Number.isSafeInteger(base) && base >= 0) return base;
    return invalid([
      {
        path: ['base'],
        expected: 'a period (a whole number ≥ 0)',
        received: describeValue(base),
        message: `expected a period (a whole number ≥ 0), received ${describeValue(base)}`,
      },
    ]);
  }
  if (base === undefined) {
    if (schedule?.startDate !== undefined) return schedule.startDate;
    if (dated) return placed.map((p) => p.date!).reduce((a, b) => (a < b ? a : b));
    return invalid([
      {
        path: ['flows'],
        expected: 'dated flows or a schedule with a start date (the CPI path is by date)',
        received: 'flows by period',
        message:
          'expected dated flows or a schedule with a start date to read a CPI path by date, received flows by period',
      },
    ]);
  }
  if (typeof base === 'string') {
    return formatIsoDate(parseIsoDate(base, ['base']));
  }
  return invalid([
    {
      path: ['base'],
      expected: 'a date as YYYY-MM-DD',
      received: describeValue(base),
      message: `expected a date as YYYY-MM-DD, received ${describeValue(base)}`,
    },
  ]);
}

function deflatorOf(
  deflator: Deflator,
  base: number | IsoDate,
  perYear: number,
  schedule: Schedule | undefined,
  dated: boolean,
): (p: Placed, at: readonly PathSegment[]) => Decimal {
  if (deflator.kind === 'inflation') {
    const growth = deflator.rate.plus(1);
    if (typeof base === 'string') return (p) => growth.pow(new D(daysBetween(base, p.date!)).div(365));
    return (p) => {
      const steps = p.period! - base;
      return perYear === 1 ? growth.pow(steps) : growth.pow(new D(steps).div(perYear));
    };
  }
  const path = deflator.path;
  if (path.by === 'period' && (dated || typeof base === 'string')) {
    return invalid([
      {
        path: ['cpi'],
        expected: 'a CPI path by date (the flows are dated)',
        received: 'a CPI path by period',
        message: 'expected a CPI path by date for dated flows, received one by period',
      },
    ]);
  }
  if (path.by === 'date' && schedule !== undefined && schedule.startDate === undefined) {
    return invalid([
      {
        path: ['flows', 'startDate'],
        expected: 'a schedule with a start date (the CPI path is by date)',
        received: 'none',
        message:
          'expected a schedule anchored to the calendar (a startDate) to read a CPI path by date, received one without',
      },
    ]);
  }
  const level = pointAt(path, base, ['base'], 'CPI path').value;
  return (p, at) => pointAt(path, path.by === 'period' ? p.period! : p.date!, at, 'CPI path').value.div(level);
}
