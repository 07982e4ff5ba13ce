import type { Deal } from './deal.ts';
import { readDeal } from './readDeal.ts';

/** What identifies a deal in lists and results: id, title, party, stage, date, currency, headline. */
export type DealSummary = Pick<Deal, 'id' | 'title' | 'party' | 'stage' | 'date' | 'currency' | 'headline'>;

/**
 * The {@link DealSummary} of a deal (optional fields only when the deal has them).
 *
 * @throws {DealcalcError} `invalid_input` when `deal` is not a deal built by `parseDeal`, `deal()` or `presetDeal`.
 *
 * @example
 * summarize(presetDeal('kr-2025-11-mou')).stage //=> 'agreed'
 */
export function summarize(deal: Deal): DealSummary {
  readDeal(deal, ['deal']);
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
