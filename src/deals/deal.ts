import type { IsoDate } from '../dates/calendarDate.ts';
import type { CurrencyCode } from '../money/currency.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Schedule } from '../schedules/schedule.ts';
import type { GuaranteeTerms, LoanTerms } from './terms.ts';
import type { Instrument } from './instrument.ts';
import type { Stage } from './stage.ts';

/** Where a figure was published. Every preset figure points at one or more of these. */
export interface Source {
  /** Short key other fields refer to (`'K28'`). */
  readonly id: string;
  /** Title of the article or document. */
  readonly title: string;
  /** Who published it (`'Yonhap'`, `'White House'`). */
  readonly publisher: string;
  /** Where to read it: an `http` or `https` URL. */
  readonly url: string;
  /** Publication date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
  readonly date: string;
  /** True when the date is approximate. */
  readonly approximate?: boolean;
}

/** One part of a deal: an instrument paid over a schedule. */
export interface Component {
  /** Unique within the deal (`'Strategic investments (cash)'`). */
  readonly label: string;
  /** What the part is made of; decides how it weighs (see {@link Instrument}). */
  readonly instrument: Instrument;
  /** When the money moves, in the deal's currency: the amount pledged in each period, 0 or more (for a loan, what is lent; for a guarantee, the exposure taken on). */
  readonly schedule: Schedule;
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Ids of the deal's sources this component's figures come from. */
  readonly sources: readonly string[];
  /** Loan terms (for a loan) or guarantee terms (for a guarantee), when known or assumed. */
  readonly terms?: LoanTerms | GuaranteeTerms;
}

/**
 * Legal basis of a US tariff rate: `mfn` (the ordinary most-favoured-nation duty),
 * `ieepa-reciprocal` (the "reciprocal" and baseline rates under IEEPA, struck down on
 * 20 Feb 2026), `section-232` (sector tariffs: autos, steel, lumber …), `section-122` (the
 * temporary balance-of-payments surcharge), `section-301`, or `other`.
 */
export type TariffBasis = 'mfn' | 'ieepa-reciprocal' | 'section-232' | 'section-122' | 'section-301' | 'other';

/** Every tariff basis. */
export const TARIFF_BASES: readonly TariffBasis[] = [
  'mfn',
  'ieepa-reciprocal',
  'section-232',
  'section-122',
  'section-301',
  'other',
];

/** One tariff rate: how much, under which law, and when it applies. */
export interface TariffRate {
  /** The rate as a fraction from 0 to 1 (0.15 = 15%). */
  readonly rate: Decimal;
  /** The law it rests on, when known: a ruling that voids a basis ends every rate on it. */
  readonly basis?: TariffBasis;
  /** First day the rate applies. */
  readonly from?: IsoDate;
  /** Day the rate stops applying (it applies up to the day before). */
  readonly until?: IsoDate;
}

/**
 * Tariff rates on one line of goods: the rate applied before the deal, the rate threatened
 * (announced, never applied; kept and labelled, counted only when asked), and the deal's rate.
 */
export interface TariffLine {
  /** Rate actually applied before the deal. */
  readonly before: TariffRate;
  /** Rate threatened before the deal and never applied, when there was one. */
  readonly threatened?: TariffRate;
  /** Rate under the deal. */
  readonly after: TariffRate;
  /** Yearly exports to the counterparty the rates apply to, in the deal's currency. */
  readonly exportsCovered?: Decimal;
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Ids of the deal's sources for this line's figures. */
  readonly sources: readonly string[];
}

/** The tariff rates for one sector (autos, steel …), when they differ from the headline rates. */
export interface SectorTariff extends TariffLine {
  /** The sector (`'cars (Section 232)'`). */
  readonly sector: string;
}

/**
 * A dated change in the legal ground under the rates: a ruling that voids every rate on one
 * basis (`voided`), or a rate imposed on the party's goods with or without the deal
 * (`imposed`, such as the Section 122 surcharge), which is shown but saves nothing.
 */
export interface TariffEvent {
  /** Day it takes effect. */
  readonly date: IsoDate;
  /** `'voided'`: every rate on `basis` stops applying from `date`; `'imposed'`: a rate applied with or without the deal (saves nothing). */
  readonly effect: 'voided' | 'imposed';
  /** The legal basis voided or used. */
  readonly basis: TariffBasis;
  /** What happened (`'Supreme Court: IEEPA tariffs struck down'`). */
  readonly label: string;
  /** For `imposed`: the rate, as a fraction from 0 to 1. */
  readonly rate?: Decimal;
  /** For `imposed`: the day it stops applying. */
  readonly until?: IsoDate;
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Ids of the deal's sources for these figures. */
  readonly sources: readonly string[];
}

/**
 * What the deal buys on tariffs: the headline rates (applied before, threatened, after), rates
 * by sector where they differ, and dated events such as a ruling that voids one legal basis.
 */
export interface TariffTerms extends TariffLine {
  /** Sectors with their own rates (empty when the headline rates cover everything). */
  readonly sectors: readonly SectorTariff[];
  /** Dated events in date order as given, such as a ruling that voids one legal basis. */
  readonly events: readonly TariffEvent[];
}

/** One tier of a profit-sharing rule: how distributable cash is split while the tier lasts. */
export interface ProfitTier {
  /** Share of distributable cash going to the pledging party, as a fraction. */
  readonly partyShare: Decimal;
  /** Share going to the counterparty, as a fraction from 0 to 1; `partyShare + counterpartyShare = 1`. */
  readonly counterpartyShare: Decimal;
  /** The tier lasts until the pledging party has recovered its target; the last tier has no end. */
  readonly until?: 'recovery';
}

/** The recovery target that ends the first tier. */
export type RecoveryTarget =
  | {
      /** The principal paid in. */
      readonly target: 'principal';
    }
  | {
      /** Principal plus interest accrued at `rate` (Japan's "deemed allocation amount"). */
      readonly target: 'principal-plus-interest';
      /** Yearly interest rate the target accrues, as a fraction above -1 (0.04 = 4% a year). */
      readonly rate: Decimal;
      /** How the rate was chosen or reported. */
      readonly note?: string;
    };

/** How returns on the pledged money are shared (Korea and Japan: 50/50 until recovery, then 10/90). */
export interface ProfitSharingRule {
  /** Instrument whose returns are shared (normally `'cash'`). */
  readonly appliesTo: Instrument;
  /** Ordered tiers: each but the last lasts until recovery; the last has no end. */
  readonly tiers: readonly ProfitTier[];
  /** What ends the first tier. */
  readonly recovery: RecoveryTarget;
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Ids of the deal's sources for these figures. */
  readonly sources: readonly string[];
}

/**
 * One thing that has actually happened under a deal: a tranche or project announced, money
 * paid, goods bought over a stretch of time. `candidate` items (under negotiation, considered)
 * are kept on the record but not counted as delivered.
 */
export interface RecordEntry {
  /** Date of the announcement, payment or report. */
  readonly date: IsoDate;
  /** For an amount that covers a stretch of time (purchases over months): its first day. */
  readonly from?: IsoDate;
  /** What it is: the tranche, project or purchase. */
  readonly label: string;
  /** In the deal's currency, ≥ 0. */
  readonly amount: Decimal;
  /** `announced` (selected, signed, announced), `completed` (paid, delivered), `candidate` (under negotiation; not counted). */
  readonly status: 'announced' | 'completed' | 'candidate';
  /** Label of the component or alongside line it counts towards; absent: the headline as a whole. */
  readonly against?: string;
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Ids of the deal's sources for these figures. */
  readonly sources: readonly string[];
}

/** A dated step in a deal's life that moves no money: a law passed, a text approved, a committee met. */
export interface Milestone {
  /** When, on or before the record's `asOf`. */
  readonly date: IsoDate;
  /** What happened: a law passed, a text approved, a committee met. */
  readonly label: string;
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Ids of the deal's sources for these figures. */
  readonly sources: readonly string[];
}

/** What has happened under a deal since it was announced, current to `asOf`. */
export interface DealRecord {
  /** The date the record is current to. */
  readonly asOf: IsoDate;
  /** The deal's latest state in a line (`'Special Act passed 12 Mar 2026; no project selected yet'`). */
  readonly status: string;
  /** Money delivered (tranches, projects, purchases), as given. */
  readonly entries: readonly RecordEntry[];
  /** Steps that move no money, as given. */
  readonly milestones: readonly Milestone[];
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Ids of the deal's sources for these figures. */
  readonly sources: readonly string[];
}

/**
 * A pledge between a party and a counterparty: a headline split exactly into components,
 * plus commitments announced alongside but outside the headline, the tariff terms bought,
 * an optional profit-sharing rule, notes and sources. Plain, frozen data.
 */
export interface Deal {
  /** Lower-case id (`'kr-2025-11-mou'`). */
  readonly id: string;
  /** Title shown in reports. */
  readonly title: string;
  /** Pledging party: ISO 3166-1 alpha-2 code, or `'EU'`. */
  readonly party?: string;
  /** Counterparty, `'US'` unless stated. */
  readonly counterparty: string;
  /** How far the deal had got when its figures were published. */
  readonly stage?: Stage;
  /** Date of the document or announcement; period 0 of the deal's schedules starts here unless they carry their own start date. */
  readonly date?: IsoDate;
  /** ISO 4217 code of every amount in the deal. */
  readonly currency: CurrencyCode;
  /** The amount announced, in `currency`, 0 or more. The components add up to it exactly. */
  readonly headline: Decimal;
  /** The parts the headline is split into, at least one, labels unique; their schedules share one period axis. */
  readonly components: readonly Component[];
  /** Commitments announced with the deal but outside its headline (energy purchases, company plans). */
  readonly alongside: readonly Component[];
  /** Date by which the headline is to be delivered, when the text sets one (Japan: 19 Jan 2029). */
  readonly due?: IsoDate;
  /** What the deal buys on tariffs, when stated. */
  readonly tariff?: TariffTerms;
  /** How returns on the pledged money are shared, when the deal says. */
  readonly profitSharing?: ProfitSharingRule;
  /** What has happened since: tranches, projects, purchases to date, milestones. */
  readonly record?: DealRecord;
  /** Free-text notes: assumptions, conflicting reports. */
  readonly notes: readonly string[];
  /** Where the figures were published; ids unique. */
  readonly sources: readonly Source[];
}
