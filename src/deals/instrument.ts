/**
 * What a component of a deal is made of, and so how it weighs:
 *
 * - `cash`: direct funding or equity, paid out; may earn returns under a profit-sharing rule.
 * - `loan`: policy-bank lending; out when disbursed, back when repaid; its economic cost is the subsidy.
 * - `guarantee`: credit guarantees or insurance; nothing paid unless called.
 * - `purchase`: commitments to buy goods (energy, aircraft, chips); paid for goods received.
 * - `private`: corporate investment announced alongside; shown, never counted as fiscal cost.
 * - `unspecified`: the part of a headline not yet allocated, kept visible.
 */
export type Instrument = 'cash' | 'loan' | 'guarantee' | 'purchase' | 'private' | 'unspecified';

/** Every instrument, in the order reports show them. */
export const INSTRUMENTS: readonly Instrument[] = ['cash', 'loan', 'guarantee', 'purchase', 'private', 'unspecified'];

/** Instruments whose amounts are government money (the others are purchases, companies' plans or not yet allocated). */
export const GOVERNMENT_INSTRUMENTS: readonly Instrument[] = ['cash', 'loan', 'guarantee'];
