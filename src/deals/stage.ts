/**
 * How far a deal had got when its figures were published:
 * `demand` (one side's ask), `offer` (the pledging side's offer or counter-offer),
 * `framework` (announced by both, details open), `agreed` (signed text: MOU, joint statement, agreement).
 */
export type Stage = 'demand' | 'offer' | 'framework' | 'agreed';

/** Every stage, earliest first. */
export const STAGES: readonly Stage[] = ['demand', 'offer', 'framework', 'agreed'];
