import type { IsoDate } from '../dates/calendarDate.ts';
import type { Instrument } from '../deals/instrument.ts';
import { CURRENCY_SYMBOLS, type CurrencyCode } from '../money/currency.ts';
import type { Decimal } from '../money/decimal.ts';
import type { FxExposure, FxPath, FxRatePoint } from '../money/fxPath.ts';
import { FACE_LABELS } from './compareReport.ts';
import { cellFormat, NONE, type CellFormat, type ReportOptions } from './format.ts';
import type { ReportTable } from './report.ts';

/** The currency risk of one stream of a deal along an FX path (see `currencyRisk`). */
export interface CurrencyRiskResult {
  /** The stream converted. */
  readonly instrument: Instrument;
  readonly path: FxPath;
  /** `'rates'`: a rate per period given by the user; `'record'`: the dated rates the reporting used. */
  readonly given: 'rates' | 'record';
  /** `null` when the deal has no such stream. */
  readonly exposure: FxExposure | null;
  /** For a path by date and a deal whose schedules are not anchored: the deal's date, taken as the start of period 0. */
  readonly anchoredAt?: IsoDate;
}

/** One line of real terms: a stream's total as paid and in base-year prices, and its real present values. */
export interface RealTermsLine {
  /** An instrument, or `'all'` for every part of the deal at face value. */
  readonly instrument: Instrument | 'all';
  readonly nominalTotal: Decimal;
  /** Σ payment ÷ (1 + inflation)^t: the total in the prices of period 0. */
  readonly realTotal: Decimal;
  /** At each real rate: the present value of the real flows (real rate on real flows), and the nominal rate that gives the same value on the nominal flows. */
  readonly presentValues: ReadonlyArray<{
    readonly rate: Decimal;
    readonly value: Decimal;
    readonly nominalRate: Decimal;
  }>;
}

/** A deal in real terms at a constant inflation rate (see `deflate`, `realNpv`). */
export interface RealTermsResult {
  /** Yearly inflation, a fraction. */
  readonly inflation: Decimal;
  /** Prices are those of period 0. */
  readonly base: 0;
  readonly discounting: 'real rate on real flows';
  readonly deflator: 'constant-inflation';
  readonly timing: 'start' | 'end';
  readonly lines: readonly RealTermsLine[];
}

/** What `--fx-path` and `--real` add for one deal. */
export interface OverTime {
  /** The deal's id. */
  readonly deal: string;
  readonly currencyRisk?: CurrencyRiskResult;
  /** The burden's yearly government outflow converted along the path (`burden(..., { fxPath })`). */
  readonly burdenAlongFxPath?: FxExposure;
  readonly real?: RealTermsResult;
}

/** Tables and convention notes a report gains. */
export interface ReportAddition {
  readonly tables: readonly ReportTable[];
  readonly notes: readonly string[];
}

/**
 * The tables `dealcalc show` adds for `--fx-path` and `--real`: each payment of the stream at
 * the path's rate, the totals at the path, at its lowest and highest rate and the range; the
 * same for the burden's yearly outflow with `--economy`; each instrument as paid, in the prices
 * of period 0 and at each real rate. The conventions are named in the notes.
 */
export function overTimeReport(
  o: OverTime,
  currency: CurrencyCode,
  period: string,
  options: ReportOptions = {},
): ReportAddition {
  const tables: ReportTable[] = [];
  const notes: string[] = [];
  const risk = o.currencyRisk;
  if (risk !== undefined) {
    notes.push(pathNote(risk, period));
    if (risk.exposure === null)
      notes.push(`Currency risk: the deal has no ${FACE_LABELS[risk.instrument]} to convert.`);
    else
      tables.push(
        ...exposureTables(
          `Currency risk: ${FACE_LABELS[risk.instrument]} paid from ${risk.path.to}`,
          risk.instrument,
          risk.exposure,
          risk.path,
          currency,
          period,
          options,
        ),
      );
  }
  if (o.burdenAlongFxPath !== undefined) {
    tables.push(
      ...exposureTables(
        `Burden along the path: government money out (cash and loans) by year, from ${o.burdenAlongFxPath.to}`,
        'outflow',
        o.burdenAlongFxPath,
        risk!.path,
        currency,
        'year',
        options,
      ),
    );
  }
  if (o.real !== undefined) {
    const r = o.real;
    const f = cellFormat(currency, options);
    const label = (i: RealTermsLine['instrument']): string =>
      i === 'all' ? 'all parts, at face value' : FACE_LABELS[i];
    const column = (pick: (l: RealTermsLine) => Decimal | undefined): string[] => {
      const scale = f.scale(r.lines.map(pick));
      return r.lines.map((l) => f.money(pick(l), scale));
    };
    const nominal = column((l) => l.nominalTotal);
    const real = column((l) => l.realTotal);
    const values = r.lines[0]?.presentValues.map((_, k) => column((l) => l.presentValues[k]?.value)) ?? [];
    tables.push({
      title: `In real terms: prices of ${period} 0 at ${f.rate(r.inflation)} inflation a year (present values: ${r.discounting})`,
      columns: [
        { label: 'instrument', align: 'left' },
        { label: 'total as paid', align: 'right' },
        { label: `total in ${period}-0 prices`, align: 'right' },
        ...(r.lines[0]?.presentValues ?? []).map((v) => ({
          label: `today's money at a real ${f.rate(v.rate)}`,
          align: 'right' as const,
        })),
      ],
      rows: r.lines.map((l, k) => [label(l.instrument), nominal[k]!, real[k]!, ...values.map((v) => v[k]!)]),
    });
    notes.push(realNote(r, f, period));
  }
  return { tables, notes };
}

/**
 * The tables `dealcalc compare` adds for `--fx-path` and `--real`: per deal, the compared
 * stream at the path, at its lowest and highest rate and the range (and the burden along the
 * path with `--economy`), and the stream in the prices of period 0 and at each real rate, with
 * the differences from the first deal.
 */
export function overTimeComparison(
  items: readonly OverTime[],
  names: readonly string[],
  currency: CurrencyCode,
  period: string,
  options: ReportOptions = {},
): ReportAddition {
  const tables: ReportTable[] = [];
  const notes: string[] = [];
  const several = items.length > 2;
  const columns = (first: string) => [
    { label: first, align: 'left' as const, keep: true },
    ...names.map((n) => ({ label: n, align: 'right' as const })),
    ...names.slice(1).map((n) => ({ label: several ? `difference from ${n}` : 'difference', align: 'right' as const })),
  ];
  const moneyRow = (f: CellFormat, label: string, values: ReadonlyArray<Decimal | undefined>): string[] => {
    const scale = f.scale(values);
    const a = values[0];
    return [
      label,
      ...values.map((v) => f.money(v, scale)),
      ...values.slice(1).map((v) => (a === undefined || v === undefined ? NONE : f.signedMoney(a.minus(v), scale))),
    ];
  };

  const risks = items.map((o) => o.currencyRisk);
  const first = risks.find((r) => r !== undefined);
  if (first !== undefined) {
    notes.push(pathNote(first, period, false));
    const to = first.path.to;
    const g = cellFormat(to, withoutSecond(options));
    const exposures = risks.map((r) => r?.exposure ?? undefined);
    const known = exposures.find((e) => e !== undefined);
    const what = FACE_LABELS[first.instrument];
    const rows: string[][] = [
      moneyRow(
        cellFormat(currency, options),
        `${what} as paid`,
        exposures.map((e) => (e === undefined ? undefined : sum(e))),
      ),
    ];
    rows.push(
      moneyRow(
        g,
        `${what} along the path`,
        exposures.map((e) => e?.atPath),
      ),
    );
    if (known !== undefined) {
      rows.push(
        moneyRow(
          g,
          `at the lowest rate, ${rateAt(known.best.point, first.path, period, g)}`,
          exposures.map((e) => e?.best.total),
        ),
      );
      rows.push(
        moneyRow(
          g,
          `at the highest rate, ${rateAt(known.worst.point, first.path, period, g)}`,
          exposures.map((e) => e?.worst.total),
        ),
      );
      rows.push(
        moneyRow(
          g,
          'range (highest − lowest)',
          exposures.map((e) => e?.range),
        ),
      );
    }
    tables.push({ title: `Currency risk: ${what} paid from ${to} (${unitOf(to)})`, columns: columns(''), rows });
    const anchored = risks.flatMap((r, k) => (r?.anchoredAt === undefined ? [] : [`${names[k]} from ${r.anchoredAt}`]));
    if (anchored.length > 0)
      notes.push(
        `Deals whose schedules are not anchored to the calendar are placed on their own dates: ${anchored.join(', ')}.`,
      );
  }
  items.forEach((o, k) => {
    if (o.burdenAlongFxPath !== undefined) {
      tables.push(
        ...exposureTables(
          `Burden along the path, ${names[k]}: government money out (cash and loans) by year, from ${o.burdenAlongFxPath.to}`,
          'outflow',
          o.burdenAlongFxPath,
          o.currencyRisk!.path,
          currency,
          'year',
          options,
        ),
      );
    }
  });

  const reals = items.map((o) => o.real);
  const r0 = reals.find((r) => r !== undefined);
  if (r0 !== undefined) {
    const f = cellFormat(currency, options);
    const focus = reals.map((r) => r?.lines.find((l) => l.instrument !== 'all'));
    const instrument = focus.find((l) => l !== undefined)?.instrument ?? 'cash';
    const what = instrument === 'all' ? 'all parts' : FACE_LABELS[instrument];
    const rows: string[][] = [
      moneyRow(
        f,
        `${what} as paid`,
        focus.map((l) => l?.nominalTotal),
      ),
      moneyRow(
        f,
        `${what} in ${period}-0 prices`,
        focus.map((l) => l?.realTotal),
      ),
      ...(r0.lines[0]?.presentValues ?? []).map((v, j) =>
        moneyRow(
          f,
          `${what} in today's money at a real ${f.rate(v.rate)}`,
          focus.map((l) => l?.presentValues[j]?.value),
        ),
      ),
    ];
    tables.push({
      title: `In real terms: prices of ${period} 0 at ${f.rate(r0.inflation)} inflation a year (present values: ${r0.discounting})`,
      columns: columns(''),
      rows,
    });
    notes.push(realNote(r0, f, period));
  }
  return { tables, notes };
}

function pathNote(r: CurrencyRiskResult, period: string, withAnchor = true): string {
  const p = r.path;
  const rates = p.points
    .map(
      (x) =>
        `${x.rate.toDecimalPlaces(2).toFixed()}${x.period !== undefined ? ` from ${period} ${x.period}` : ` on ${x.date}`}`,
    )
    .join(', ');
  const origin =
    r.given === 'record'
      ? 'the dated rates the reporting used (each holds from its date until the next; the last holds after)'
      : 'a rate per period as given (the last holds after)';
  const anchor =
    r.anchoredAt === undefined || !withAnchor
      ? ''
      : ` The deal's schedules are not anchored to the calendar: period 0 is placed on its date, ${r.anchoredAt}, and period k on the anniversaries.`;
  return `FX path ${p.from} → ${p.to}, ${p.to} per ${p.from}: ${rates}; ${origin}. Lowest rate: best case for a payer who earns ${p.to} and pays ${p.from}; highest: the worst.${anchor}`;
}

function realNote(r: RealTermsResult, f: CellFormat, period: string): string {
  const example = r.lines[0]?.presentValues[0];
  const fisher =
    example === undefined
      ? ''
      : ` (a real ${f.rate(example.rate)} at ${f.rate(r.inflation)} inflation is a nominal ${f.rate(example.nominalRate)}: (1 + real)(1 + inflation) − 1)`;
  return `Real terms: each payment divided by (1 + ${f.rate(r.inflation)})^t, t its time in years from ${period} 0${r.timing === 'end' ? ', paid at the end of its period' : ''} (constant inflation); present values discount these real flows at a real rate (real rate on real flows), the same as discounting the payments as made at the matching nominal rate${fisher}.`;
}

// Each payment at the path's rate, then the totals at the path and at its extremes.
function exposureTables(
  title: string,
  what: string,
  e: FxExposure,
  path: FxPath,
  currency: CurrencyCode,
  period: string,
  options: ReportOptions,
): ReportTable[] {
  const f = cellFormat(currency, options);
  const g = cellFormat(e.to, withoutSecond(options));
  const fromScale = f.scale(e.rows.map((r) => r.amount));
  const toScale = g.scale([...e.rows.map((r) => r.converted), e.atPath, e.best.total, e.worst.total]);
  const dated = e.rows.some((r) => typeof r.at === 'string');
  return [
    {
      title: `${title} (${e.from} → ${e.to})`,
      columns: [
        { label: dated ? 'date' : period, align: dated ? 'left' : 'right' },
        { label: `${what} (${unitOf(e.from)})`, align: 'right' },
        { label: `rate (${e.to} per ${e.from})`, align: 'right' },
        { label: `${what} (${unitOf(e.to)})`, align: 'right' },
      ],
      rows: e.rows.map((r) => [
        String(r.at),
        f.money(r.amount, fromScale),
        g.decimal(r.rate, 2),
        g.money(r.converted, toScale),
      ]),
    },
    {
      title: `${title}: at the path and at its extremes (${unitOf(e.to)})`,
      columns: [
        { label: '', align: 'left' },
        { label: `rate (${e.to} per ${e.from})`, align: 'right' },
        { label: `total (${unitOf(e.to)})`, align: 'right' },
      ],
      rows: [
        ['along the path', NONE, g.money(e.atPath, toScale)],
        [
          `at the lowest rate (${when(e.best.point, path, period)}): best`,
          g.decimal(e.best.rate, 2),
          g.money(e.best.total, toScale),
        ],
        [
          `at the highest rate (${when(e.worst.point, path, period)}): worst`,
          g.decimal(e.worst.rate, 2),
          g.money(e.worst.total, toScale),
        ],
        ['range (worst − best)', NONE, g.money(e.range, toScale)],
      ],
    },
  ];
}

function sum(e: FxExposure): Decimal {
  return e.rows.reduce((s, r) => s.plus(r.amount), e.range.minus(e.range));
}

// When a rate of a path holds: its date, or its period (and after, for the path's last rate).
function when(p: FxRatePoint, path: FxPath, period: string): string {
  if (p.date !== undefined) return p.date;
  return `${period} ${p.period}${p === path.points[path.points.length - 1] ? ' on' : ''}`;
}

function rateAt(p: FxRatePoint, path: FxPath, period: string, g: CellFormat): string {
  return `${g.decimal(p.rate, 2)} (${when(p, path, period)})`;
}

function unitOf(currency: CurrencyCode): string {
  return CURRENCY_SYMBOLS[currency] ?? currency;
}

// Amounts already in the path's currency are not converted again by --currency/--fx.
function withoutSecond(options: ReportOptions): ReportOptions {
  const { second: _second, ...rest } = options;
  return rest;
}
