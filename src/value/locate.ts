import { partsAt, type PartsAt, type RatePolynomial } from './polynomial.ts';

// Locating roots in floats: the solver's first phase, which only proposes where roots are; the
// exact phase (certify.ts) decides. The interval of v is cut into cells in u = ln v; a cell is
// dropped when its positive and negative parts cannot meet there (each part grows with v, so
// P ≥ plus(a) − minus(b) on [a, b]), kept as a bracket when P changes sign and P′ cannot vanish
// there (same test on the slope), and halved otherwise. Cells that shrink to MIN_WIDTH without
// a decision, or whose values vary less than float noise, are "suspects": a double root, two
// roots too close for floats, or nothing. Unlike a
// fixed grid, two roots in one coarse cell are not missed: the cell is never dropped while
// both parts overlap.

/** Narrowest cell, in u = ln v (relative width of v). */
const MIN_WIDTH = 2 ** -36;
/** Most cells examined before giving up on completeness. */
const MAX_CELLS = 200_000;

/** Where roots may be: brackets hold one sign change each; suspects need the exact phase. */
export interface Located {
  readonly brackets: Array<readonly [number, number]>;
  readonly suspects: Array<readonly [number, number]>;
  /** False when MAX_CELLS were examined before every cell was decided. */
  readonly complete: boolean;
}

/** Float noise allowed in a sum of m terms, relative to the sum of their magnitudes. */
export function floatSlack(terms: number): number {
  return 64 * terms * Number.EPSILON;
}

/** Candidate roots of P for v in [vLow, vHigh] ⊂ (0, 1]. */
export function locate(p: RatePolynomial, vLow: number, vHigh: number): Located {
  const slack = floatSlack(p.floats.length);
  const cache = new Map<number, PartsAt>();
  const at = (u: number): PartsAt => {
    let parts = cache.get(u);
    if (parts === undefined) {
      parts = partsAt(p, Math.exp(u));
      cache.set(u, parts);
    }
    return parts;
  };
  const uLow = Math.log(vLow);
  const uHigh = Math.log(vHigh);
  const pieces = Math.max(8, Math.ceil(uHigh - uLow));
  const cells: Array<[number, number]> = [];
  for (let k = pieces - 1; k >= 0; k -= 1)
    cells.push([
      k === 0 ? uLow : uLow + ((uHigh - uLow) * k) / pieces,
      k === pieces - 1 ? uHigh : uLow + ((uHigh - uLow) * (k + 1)) / pieces,
    ]);

  const brackets: Array<readonly [number, number]> = [];
  const suspects: Array<readonly [number, number]> = [];
  let examined = 0;
  while (cells.length > 0) {
    if ((examined += 1) > MAX_CELLS) return { brackets, suspects, complete: false };
    const [ua, ub] = cells.pop()!;
    const a = at(ua);
    const b = at(ub);
    const mid = (ua + ub) / 2;
    const c = at(mid);
    const noise = slack * (b.plus + b.minus);
    if (a.plus - b.minus > noise || b.plus - a.minus < -noise) continue; // the parts cannot meet
    // P′ on the cell, from the slope parts ÷ v (each part grows with v).
    const slopeNoise = (slack * (b.slopePlus + b.slopeMinus)) / b.v;
    const slopeLow = a.slopePlus / a.v - b.slopeMinus / b.v;
    const slopeHigh = b.slopePlus / b.v - a.slopeMinus / a.v;
    // Mean value: |P(v) − P(mid)| ≤ max|P′| × half the width, so P keeps P(mid)'s sign.
    const fc = c.plus - c.minus;
    const reach = (Math.max(Math.abs(slopeLow), Math.abs(slopeHigh)) + slopeNoise) * Math.max(c.v - a.v, b.v - c.v);
    if (Math.abs(fc) > reach + noise) continue;
    const fa = a.plus - a.minus;
    const fb = b.plus - b.minus;
    const clearSigns = Math.abs(fa) > noise && Math.abs(fb) > noise;
    const signChange = fa > 0 !== fb > 0;
    const monotone = slopeLow > slopeNoise || slopeHigh < -slopeNoise;
    if (clearSigns && signChange && monotone) {
      brackets.push([a.v, b.v]);
      continue;
    }
    // Narrow enough, or so flat that every value on it is within float noise of zero (halving
    // cannot tell more): let the exact phase decide.
    if (ub - ua <= MIN_WIDTH * Math.max(1, Math.abs(ua)) || Math.abs(fc) + reach <= 2 * noise) {
      (clearSigns && signChange ? brackets : suspects).push([a.v, b.v]);
      continue;
    }
    cells.push([mid, ub], [ua, mid]);
  }
  return { brackets: mergeTouching(brackets), suspects: mergeTouching(suspects), complete: true };
}

// Neighbouring cells that meet at an end are one place (a root on a cell boundary shows in both).
function mergeTouching(cells: Array<readonly [number, number]>): Array<readonly [number, number]> {
  const sorted = [...cells].sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * A float estimate of the root of P in a bracket [va, vb] whose ends have opposite signs:
 * Newton's method kept inside the bracket, bisection (in ln v) when it strays.
 */
export function refineInFloats(p: RatePolynomial, va: number, vb: number): number {
  let a = va;
  let b = vb;
  let pa = partsAt(p, a);
  const positiveAtA = pa.plus - pa.minus > 0;
  let x = Math.sqrt(a * b);
  for (let k = 0; k < 200 && b - a > 4 * Number.EPSILON * b; k += 1) {
    const px = partsAt(p, x);
    const fx = px.plus - px.minus;
    if (fx === 0) return x;
    if (fx > 0 === positiveAtA) {
      a = x;
      pa = px;
    } else b = x;
    const slope = (px.slopePlus - px.slopeMinus) / x;
    const newton = slope === 0 ? a : x - fx / slope;
    x = newton > a && newton < b ? newton : Math.sqrt(a * b);
    if (x <= a || x >= b) x = (a + b) / 2;
  }
  return x;
}
