import { dayNumber, daysInMonth, formatIsoDate, fromDayNumber, parseIsoDate, type IsoDate } from '../calendarDate.ts';

/** Day of the week: 0 Sunday, 1 Monday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * How a holiday that falls on a weekend is observed:
 * - `'none'`: not moved (a weekend holiday costs no business day);
 * - `'sunday-to-monday'`: Sunday → Monday;
 * - `'nearest-weekday'`: Saturday → Friday before, Sunday → Monday after (US federal rule);
 * - `'weekend-to-monday'`: Saturday or Sunday → the Monday after (Korea's substitute holidays);
 * - `'weekend-to-friday'`: Saturday or Sunday → the Friday before (KRX's year-end closing).
 */
export type Observance = 'none' | 'sunday-to-monday' | 'nearest-weekday' | 'weekend-to-monday' | 'weekend-to-friday';

interface RuleBase {
  /** English name, as the calendar's sources give it. */
  readonly name: string;
  /** First year the rule applies (inclusive). */
  readonly from?: number;
  /** Last year the rule applies (inclusive). */
  readonly to?: number;
  /**
   * A closing day that is not a public holiday in law (banks' 2–3 January in Japan, KRX's
   * year-end): it closes the calendar but triggers no substitute or bridge holiday.
   */
  readonly closure?: true;
}

/** One holiday rule, as data. */
export type HolidayRule =
  | (RuleBase & { readonly kind: 'fixed'; readonly month: number; readonly day: number; readonly observe?: Observance })
  /** The nth given weekday of a month; `nth: -1` is the last. */
  | (RuleBase & {
      readonly kind: 'weekday';
      readonly month: number;
      readonly weekday: Weekday;
      readonly nth: 1 | 2 | 3 | 4 | -1;
    })
  /** Days from Easter Sunday (Gregorian): −2 Good Friday, +1 Easter Monday. */
  | (RuleBase & { readonly kind: 'easter'; readonly offset: number })
  /** Japan's equinox days, by the formula QuantLib uses (see {@link equinoxDay}). */
  | (RuleBase & { readonly kind: 'equinox'; readonly season: 'vernal' | 'autumnal' })
  /** Explicit dates (lunar holidays, elections, one-off closings). */
  | (RuleBase & { readonly kind: 'dates'; readonly dates: readonly string[] });

/** A substitute-holiday law: what happens when a public holiday falls on a Sunday. */
export interface SubstituteRule {
  readonly from: number;
  readonly to?: number;
  /** `'next-day'`: the Monday, unless it is a holiday itself; `'next-non-holiday'`: the first day after that is not a holiday. */
  readonly rule: 'next-day' | 'next-non-holiday';
}

/** A business-day calendar written as data. */
export interface CalendarRules {
  readonly id: string;
  /** Name as QuantLib calls it (`'TARGET'`, `'South Korea (KRX)'`). */
  readonly name: string;
  /** Where the rules and lists come from. */
  readonly sources: readonly string[];
  /** Years the holiday data covers (inclusive). */
  readonly firstYear: number;
  readonly lastYear: number;
  readonly weekend: readonly Weekday[];
  readonly holidays: readonly HolidayRule[];
  /** Japan: a public holiday on a Sunday moves to a later day. */
  readonly substitute?: readonly SubstituteRule[];
  /** Japan: a day between two public holidays is itself a holiday (国民の休日), from this year. */
  readonly bridge?: { readonly from: number; readonly name: string };
  /** Rules of another calendar that this one adds to (KRX adds closings to Korea's settlement calendar). */
  readonly extends?: CalendarRules;
}

/** A calendar ready for use: its rules and its holidays by day number. */
export interface BuiltCalendar {
  readonly rules: CalendarRules;
  /** Day number → holiday name, for every year from firstYear to lastYear (weekends not listed). */
  readonly holidays: ReadonlyMap<number, string>;
}

/** Day of the week of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): Weekday {
  return (((day % 7) + 7 + 4) % 7) as Weekday;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, integers only). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/**
 * Japan's equinox day in March or September by the approximation QuantLib's Japan calendar
 * uses (day = ⌊20.69115 + 0.242194·(y − 2000)⌋ − ⌊(y − 2000)/4⌋ for the vernal equinox, 23.09
 * for the autumnal), here in integers (millionths), valid for 2000–2099. The Cabinet Office
 * fixes each year's equinox days in February of the year before; they agree for every year
 * announced so far.
 */
export function equinoxDay(year: number, season: 'vernal' | 'autumnal'): number {
  const k = year - 2000;
  const base = season === 'vernal' ? 20_691_150 : 23_090_000;
  return Math.floor((base + k * 242_194) / 1_000_000) - Math.floor(k / 4);
}

function inYears(rule: { readonly from?: number; readonly to?: number }, year: number): boolean {
  return (rule.from === undefined || year >= rule.from) && (rule.to === undefined || year <= rule.to);
}

function observe(day: number, observance: Observance): number {
  const w = weekdayOf(day);
  switch (observance) {
    case 'none':
      return day;
    case 'sunday-to-monday':
      return w === 0 ? day + 1 : day;
    case 'nearest-weekday':
      return w === 0 ? day + 1 : w === 6 ? day - 1 : day;
    case 'weekend-to-monday':
      return w === 0 ? day + 1 : w === 6 ? day + 2 : day;
    case 'weekend-to-friday':
      return w === 0 ? day - 2 : w === 6 ? day - 1 : day;
  }
}

/** The dates a rule gives in one year, before observance. */
function ruleDays(rule: HolidayRule, year: number): number[] {
  switch (rule.kind) {
    case 'fixed':
      return [dayNumber({ year, month: rule.month, day: rule.day })];
    case 'weekday': {
      if (rule.nth === -1) {
        const last = dayNumber({ year, month: rule.month, day: daysInMonth(year, rule.month) });
        return [last - ((weekdayOf(last) - rule.weekday + 7) % 7)];
      }
      const first = dayNumber({ year, month: rule.month, day: 1 });
      return [first + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1)];
    }
    case 'easter':
      return [dayNumber({ year, ...easterSunday(year) }) + rule.offset];
    case 'equinox':
      return [dayNumber({ year, month: rule.season === 'vernal' ? 3 : 9, day: equinoxDay(year, rule.season) })];
    case 'dates':
      return rule.dates.filter((d) => d.startsWith(`${year}-`)).map((d) => dayNumber(parseIsoDate(d)));
  }
}

/**
 * Builds a calendar's holidays for every year it covers. Runs once per calendar, on first use.
 * Public holidays first (observed as each rule says), then the substitute and bridge laws (which
 * count public holidays only), then closings.
 */
export function buildCalendar(rules: CalendarRules): BuiltCalendar {
  const holidays = new Map<number, string>(rules.extends === undefined ? [] : buildCalendar(rules.extends).holidays);
  const publicHolidays = new Map<number, string>();
  const closures: Array<[number, string]> = [];
  for (let year = rules.firstYear - 1; year <= rules.lastYear + 1; year++) {
    for (const rule of rules.holidays) {
      if (!inYears(rule, year)) continue;
      for (const raw of ruleDays(rule, year)) {
        const day = rule.kind === 'fixed' ? observe(raw, rule.observe ?? 'none') : raw;
        const name = day === raw ? rule.name : `${rule.name} (observed)`;
        if (rule.closure === true) closures.push([day, name]);
        else if (!publicHolidays.has(day)) publicHolidays.set(day, name);
      }
    }
  }
  const isPublic = (day: number): boolean => publicHolidays.has(day);
  const extra = new Map<number, string>();
  for (const [day, name] of [...publicHolidays].sort((a, b) => a[0] - b[0])) {
    const year = fromDayNumber(day).year;
    const law = rules.substitute?.find((s) => inYears(s, year));
    if (law === undefined || weekdayOf(day) !== 0) continue;
    let next = day + 1;
    if (law.rule === 'next-non-holiday') while (isPublic(next) || extra.has(next)) next++;
    if (!isPublic(next)) extra.set(next, `Substitute holiday for ${name}`);
  }
  if (rules.bridge !== undefined) {
    for (const day of publicHolidays.keys()) {
      const between = day + 1;
      if (
        fromDayNumber(between).year >= rules.bridge.from &&
        isPublic(between + 1) &&
        !isPublic(between) &&
        !extra.has(between)
      ) {
        extra.set(between, rules.bridge.name);
      }
    }
  }
  for (const [day, name] of [...publicHolidays, ...extra, ...closures]) {
    const year = fromDayNumber(day).year;
    if (year < rules.firstYear || year > rules.lastYear) continue;
    if (rules.weekend.includes(weekdayOf(day))) continue;
    if (!holidays.has(day)) holidays.set(day, name);
  }
  return { rules, holidays };
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): IsoDate {
  return formatIsoDate(fromDayNumber(day));
}
