import type { IsoDate } from '../dates/calendarDate.ts';
import type { CurrencyCode } from '../money/currency.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Schedule } from '../schedules/schedule.ts';
import type { GuaranteeTerms, LoanTerms } from '../economics/terms.ts';
import type { Instrument } from './instrument.ts';
import type { Stage } from './stage.ts';

/** Where a figure was published. Every preset figure points at one or more of these. */
export interface Source {
  /** Short key other fields refer to (`'K28'`). */
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
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
  readonly instrument: Instrument;
  /** When the money moves, in the deal's currency. */
  readonly schedule: Schedule;
  readonly notes: readonly string[];
  /** Ids of the deal's sources this component's figures come from. */
  readonly sources: readonly string[];
  /** Loan terms (for a loan) or guarantee terms (for a guarantee), when known or assumed. */
  readonly terms?: LoanTerms | GuaranteeTerms;
}

/** A tariff rate for one sector, before and after the deal. */
export interface SectorTariff {
  readonly sector: string;
  /** Rate before the deal or threatened, as a fraction (0.25 = 25%). */
  readonly before: Decimal;
  /** Rate under the deal, as a fraction. */
  readonly after: Decimal;
  /** Yearly exports to the counterparty the rate applies to, in the deal's currency. */
  readonly exportsCovered?: Decimal;
  readonly notes: readonly string[];
}

/** What the deal buys: tariff rates before and after. */
export interface TariffTerms {
  /** Headline rate before the deal or threatened, as a fraction (0.25 = 25%). */
  readonly before: Decimal;
  /** Headline rate under the deal, as a fraction. */
  readonly after: Decimal;
  /** Yearly exports to the counterparty the headline rate applies to, in the deal's currency. */
  readonly exportsCovered?: Decimal;
  /** Date the new rate took effect. */
  readonly effective?: IsoDate;
  readonly sectors: readonly SectorTariff[];
  readonly notes: readonly string[];
  readonly sources: readonly string[];
}

/** One tier of a profit-sharing rule: how distributable cash is split while the tier lasts. */
export interface ProfitTier {
  /** Share of distributable cash going to the pledging party, as a fraction. */
  readonly partyShare: Decimal;
  /** Share going to the counterparty; `partyShare + counterpartyShare = 1`. */
  readonly counterpartyShare: Decimal;
  /** The tier lasts until the pledging party has recovered its target; the last tier has no end. */
  readonly until?: 'recovery';
}

/** The recovery target that ends the first tier. */
export type RecoveryTarget =
  | { readonly target: 'principal' }
  | {
      /** Principal plus interest accrued at `rate` (Japan's "deemed allocation amount"). */
      readonly target: 'principal-plus-interest';
      /** Yearly interest rate as a fraction. */
      readonly rate: Decimal;
      readonly note?: string;
    };

/** How returns on the pledged money are shared (Korea and Japan: 50/50 until recovery, then 10/90). */
export interface ProfitSharingRule {
  /** Instrument whose returns are shared (normally `'cash'`). */
  readonly appliesTo: Instrument;
  /** Ordered tiers. */
  readonly tiers: readonly ProfitTier[];
  readonly recovery: RecoveryTarget;
  readonly notes: readonly string[];
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
  readonly title: string;
  /** Pledging party: ISO 3166-1 alpha-2 code, or `'EU'`. */
  readonly party?: string;
  /** Counterparty, `'US'` unless stated. */
  readonly counterparty: string;
  readonly stage?: Stage;
  /** Date of the document or announcement; period 0 of the deal's schedules starts here unless they carry their own start date. */
  readonly date?: IsoDate;
  readonly currency: CurrencyCode;
  /** The amount announced, in `currency`. The components add up to it exactly. */
  readonly headline: Decimal;
  readonly components: readonly Component[];
  /** Commitments announced with the deal but outside its headline (energy purchases, company plans). */
  readonly alongside: readonly Component[];
  readonly tariff?: TariffTerms;
  readonly profitSharing?: ProfitSharingRule;
  readonly notes: readonly string[];
  readonly sources: readonly Source[];
}

/** What identifies a deal in lists and results: id, title, party, stage, date, currency, headline. */
export type DealSummary = Pick<Deal, 'id' | 'title' | 'party' | 'stage' | 'date' | 'currency' | 'headline'>;

/**
 * The {@link DealSummary} of a deal (optional fields only when the deal has them).
 *
 * @example
 * summarize(presetDeal('kr-2025-11-mou')).stage //=> 'agreed'
 */
export function summarize(deal: Deal): DealSummary {
  return {
    id: deal.id,
    title: deal.title,
    ...(deal.party === undefined ? {} : { party: deal.party }),
    ...(deal.stage === undefined ? {} : { stage: deal.stage }),
    ...(deal.date === undefined ? {} : { date: deal.date }),
    currency: deal.currency,
    headline: deal.headline,
  };
}
