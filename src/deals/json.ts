import type { ScheduleRecipeJson } from '../schedules/json.ts';
import type { GuaranteeTermsJson, LoanTermsJson } from './terms.ts';
import type { Instrument } from './instrument.ts';
import type { Stage } from './stage.ts';
import type { TariffBasis } from './deal.ts';

// The deal JSON format, written out so that editors and the API reference show every field. The
// zod schemas (schema.ts, tariff.ts, record.ts) are the source of truth: the tests check that these
// types equal what the schemas accept (tests/jsonTypes.test-d.ts). In the JSON, decimals are
// strings (a JSON number would lose digits) and dates are `YYYY-MM-DD`.

/** Where a figure was published, in JSON. Every figure of a preset points at one or more of these. */
export interface SourceJson {
  /** Short key that `sources` lists elsewhere in the deal refer to (`"K28"`); unique within the deal. */
  id: string;
  /** Title of the article or document. */
  title: string;
  /** Who published it (`"Yonhap"`, `"White House"`). */
  publisher: string;
  /** Where to read it: an `http` or `https` URL. */
  url: string;
  /** Publication date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
  date: string;
  /** `true` when the date is approximate. Default: exact. */
  approximate?: boolean | undefined;
}

/**
 * One part of a deal in JSON: an instrument paid over a schedule, with optional loan or
 * guarantee terms.
 */
export interface ComponentJson {
  /** Name of the part, unique within the deal (`"Strategic investments (cash)"`). */
  label: string;
  /** What the part is made of; decides how it weighs (see {@link Instrument}). */
  instrument: Instrument;
  /**
   * When the money moves: any of the {@link ScheduleRecipeJson} forms (`{ "each": "25B", "count": 8 }`).
   * Amounts 0 or more, in the deal's currency (a recipe that names no currency takes the deal's).
   */
  schedule: ScheduleRecipeJson;
  /**
   * Loan terms (for a `loan` component) or guarantee terms (for a `guarantee`), when known or
   * assumed; terms of the other kind are an error. Their tenors must be whole periods of the
   * schedule's frequency.
   */
  terms?: LoanTermsJson | GuaranteeTermsJson | undefined;
  /** Free-text notes: assumptions, conflicting reports. Default none. */
  notes?: string[] | undefined;
  /** Ids of the deal's `sources` this part's figures come from. Default none. */
  sources?: string[] | undefined;
}

/** One tier of a profit-sharing rule in JSON; the two shares add up to exactly 1. */
export interface ProfitTierJson {
  /** Share of distributable cash going to the pledging party: a fraction from 0 to 1 as a string (`"0.5"` is 50%). */
  partyShare: string;
  /** Share going to the counterparty: a fraction from 0 to 1 as a string; `partyShare + counterpartyShare` = 1. */
  counterpartyShare: string;
  /** `"recovery"`: the tier lasts until the party has recovered its target. Required on every tier but the last; not allowed on the last. */
  until?: 'recovery' | undefined;
}

/** What the pledging party must recover before the first profit-sharing tier ends, in JSON. */
export type RecoveryTargetJson =
  | {
      /** The principal paid in. */
      target: 'principal';
    }
  | {
      /** Principal plus interest accrued at `rate` (Japan's "deemed allocation amount"). */
      target: 'principal-plus-interest';
      /** Yearly interest rate the target accrues: a fraction above -1 as a string (`"0.04"` is 4% a year). */
      rate: string;
      /** How the rate was chosen or reported. */
      note?: string | undefined;
    };

/** How returns on the pledged money are shared, in JSON (Korea and Japan: 50/50 until recovery, then 10/90). */
export interface ProfitSharingJson {
  /** Instrument whose returns are shared. Default `"cash"`. */
  appliesTo?: Instrument | undefined;
  /** Tiers in order, at least one; each but the last has `until: "recovery"`. */
  tiers: ProfitTierJson[];
  /** What ends the first tier. */
  recovery: RecoveryTargetJson;
  /** Free-text notes. Default none. */
  notes?: string[] | undefined;
  /** Ids of the deal's `sources`. Default none. */
  sources?: string[] | undefined;
}

/**
 * A tariff rate in JSON: a fraction from 0 to 1 as a string (`"0.15"` is 15%), or an object
 * saying also under which law and when it applies.
 */
export type TariffRateJson =
  | string
  | {
      /** The rate: a fraction from 0 to 1 as a string (`"0.15"` is 15%). */
      rate: string;
      /** The law it rests on; a ruling that voids a basis ends every rate on it. Default: not stated. */
      basis?: TariffBasis | undefined;
      /** First day the rate applies, `YYYY-MM-DD`. */
      from?: string | undefined;
      /** Day the rate stops applying (it applies up to the day before), `YYYY-MM-DD`, after `from`. */
      until?: string | undefined;
    };

/** Tariff rates on one line of goods, in JSON. */
export interface TariffLineJson {
  /** Rate actually applied before the deal (not a threat). */
  before: TariffRateJson;
  /** Rate threatened before the deal and never applied; shown, counted only when asked. */
  threatened?: TariffRateJson | undefined;
  /** Rate under the deal. */
  after: TariffRateJson;
  /** Yearly exports to the counterparty the rates apply to, in the deal's currency (`"140.61B"`). */
  exportsCovered?: string | undefined;
  /** Free-text notes. Default none. */
  notes?: string[] | undefined;
  /** Ids of the deal's `sources`. Default none. */
  sources?: string[] | undefined;
}

/** The tariff rates for one sector (autos, steel …) where they differ from the headline rates, in JSON. */
export interface SectorTariffJson extends TariffLineJson {
  /** The sector (`"cars (Section 232)"`). */
  sector: string;
}

/** A dated change in the legal ground under the rates, in JSON (see {@link TariffEvent}). */
export interface TariffEventJson {
  /** Day it takes effect, `YYYY-MM-DD`. */
  date: string;
  /** `"voided"`: every rate on `basis` stops applying from `date`; `"imposed"`: a rate applied with or without the deal. */
  effect: 'voided' | 'imposed';
  /** The legal basis voided or used. */
  basis: TariffBasis;
  /** What happened (`"Supreme Court: IEEPA tariffs struck down"`). */
  label: string;
  /** For `imposed` (required there, not allowed for `voided`): the rate, a fraction from 0 to 1 as a string. */
  rate?: string | undefined;
  /** For `imposed`: the day it stops applying, `YYYY-MM-DD`, after `date`. */
  until?: string | undefined;
  /** Free-text notes. Default none. */
  notes?: string[] | undefined;
  /** Ids of the deal's `sources`. Default none. */
  sources?: string[] | undefined;
}

/** What the deal buys on tariffs, in JSON: headline rates, rates by sector, dated events. */
export interface TariffJson extends TariffLineJson {
  /** Sectors with their own rates. Default none. */
  sectors?: SectorTariffJson[] | undefined;
  /** Dated events, such as a ruling that voids one legal basis. Default none. */
  events?: TariffEventJson[] | undefined;
}

/** One thing that has happened under a deal, in JSON (see {@link RecordEntry}). */
export interface RecordEntryJson {
  /** Date of the announcement, payment or report, `YYYY-MM-DD`, not after the record's `asOf`. */
  date: string;
  /** For an amount that covers a stretch of time (purchases over months): its first day, `YYYY-MM-DD`, not after `date`. */
  from?: string | undefined;
  /** What it is: the tranche, project or purchase. */
  label: string;
  /** Amount in the deal's currency, 0 or more (`"5.5B"`). */
  amount: string;
  /** `"announced"` or `"completed"` count as delivered; `"candidate"` (under negotiation) does not. Default `"announced"`. */
  status?: 'announced' | 'completed' | 'candidate' | undefined;
  /** Label of the component or alongside line it counts towards. Default: the headline as a whole. */
  against?: string | undefined;
  /** Free-text notes. Default none. */
  notes?: string[] | undefined;
  /** Ids of the deal's `sources`. Default none. */
  sources?: string[] | undefined;
}

/** A dated step in a deal's life that moves no money, in JSON. */
export interface MilestoneJson {
  /** When, `YYYY-MM-DD`, not after the record's `asOf`. */
  date: string;
  /** What happened: a law passed, a text approved, a committee met. */
  label: string;
  /** Free-text notes. Default none. */
  notes?: string[] | undefined;
  /** Ids of the deal's `sources`. Default none. */
  sources?: string[] | undefined;
}

/** What has happened under a deal since it was announced, in JSON (see {@link DealRecord}). */
export interface RecordJson {
  /** The date the record is current to, `YYYY-MM-DD`. */
  asOf: string;
  /** The deal's latest state in a line. */
  status: string;
  /** Money delivered: tranches, projects, purchases. Default none. */
  entries?: RecordEntryJson[] | undefined;
  /** Steps that move no money. Default none. */
  milestones?: MilestoneJson[] | undefined;
  /** Free-text notes. Default none. */
  notes?: string[] | undefined;
  /** Ids of the deal's `sources`. Default none. */
  sources?: string[] | undefined;
}

/**
 * A deal in JSON: the input of {@link dealSchema} and {@link parseDeal}, the output of
 * {@link serializeDeal} and {@link presetJson}. Amounts are strings (plain decimals or shorthand
 * such as `"350B"`), rates are fractions as strings (`"0.15"`), dates are `YYYY-MM-DD`.
 * The components must add up to the headline exactly.
 */
export interface DealJson {
  /** Lower-case id: letters, digits and hyphens, 1 to 80 characters, starting with a letter or digit (`"kr-2025-11-mou"`). */
  id: string;
  /** Title shown in reports. */
  title: string;
  /** Pledging party: two upper-case letters, an ISO 3166-1 alpha-2 code (`"KR"`) or `"EU"`. */
  party?: string | undefined;
  /** Counterparty: two upper-case letters. Default `"US"`. */
  counterparty?: string | undefined;
  /** How far the deal had got when its figures were published. */
  stage?: Stage | undefined;
  /** Date of the document or announcement, `YYYY-MM-DD`: period 0 of schedules without their own start date. */
  date?: string | undefined;
  /** ISO 4217 code of every amount in the deal. Default `"USD"`. */
  currency?: string | undefined;
  /** The amount announced, 0 or more: plain decimal string or shorthand (`"350B"`); a currency it names must be `currency`. */
  headline: string;
  /** The parts the headline is split into, at least one; their schedules add up to `headline` exactly. */
  components: ComponentJson[];
  /** Commitments announced with the deal but outside its headline (energy purchases, company plans). Default none. */
  alongside?: ComponentJson[] | undefined;
  /** Date by which the headline is to be delivered, when the text sets one, `YYYY-MM-DD`. */
  due?: string | undefined;
  /** Tariff terms the deal buys. */
  tariff?: TariffJson | undefined;
  /** How returns on the pledged money are shared. */
  profitSharing?: ProfitSharingJson | undefined;
  /** What has happened since the deal was announced. */
  record?: RecordJson | undefined;
  /** Free-text notes: assumptions, conflicting reports. Default none. */
  notes?: string[] | undefined;
  /** Where the figures were published; ids unique. Default none. */
  sources?: SourceJson[] | undefined;
}
