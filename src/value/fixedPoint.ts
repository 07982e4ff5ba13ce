// Binary fixed-point numbers on bigints: an integer V stands for V ÷ 2^WORK_BITS. The solver's
// high-precision phase evaluates NPV polynomials at such points. A fixed-point point is an exact
// dyadic rational, so the only errors are the truncations of products, which are bounded below.
//
// Working precision. WORK_BITS = 320 (about 96 decimal digits). A value v ≤ 1 carries an absolute
// error of at most one unit (2^−320 ≈ 4.7e−97) per truncated product. Horner's rule over m terms
// with gaps g_k (∑ g_k = D) accumulates at most m + C·(e_v + 2)·D units, C = ∑|c_k| (see
// `hornerBound`); with m ≤ 10,000, D ≤ 3,650,000 (daily steps over 10,000 years) that is below
// 2^−270·C, so any value larger than 1e−75 of ∑|c_k| has its sign and its leading 40+ digits
// right. The solver promises roots to 1e−28 of 1 + r and certifies them by signs of values of
// order 1e−30 × slope, far above that floor.

/** Fraction bits of the fixed-point numbers. */
export const WORK_BITS = 320;
const W = BigInt(WORK_BITS);
/** 1 in fixed point. */
export const ONE = 1n << W;

/** The fixed-point number nearest a float in (0, 1]: locating hands its estimates over this way. */
export function fixedOf(v: number): bigint {
  // v × 2^WORK_BITS is exact in floats (a power-of-two scaling of a value in (0, 1)), and so is its floor.
  if (v <= 0) return 1n;
  if (v >= 1) return ONE;
  const fixed = BigInt(Math.floor(v * 2 ** WORK_BITS));
  return fixed === 0n ? 1n : fixed;
}

/**
 * A fixed-point number (or any bigint scaled by 2^WORK_BITS) as a float, for locating only;
 * `scaleBits` divides it further by 2^scaleBits.
 */
export function floatOf(value: bigint, scaleBits = 0): number {
  // The usual case: the value converts to a float by itself (rounded to nearest), and scaling
  // by a power of two is exact while the result is a normal float; otherwise the top 60 bits.
  const direct = Number(value) * 2 ** -(WORK_BITS + scaleBits);
  if (Math.abs(direct) > 1e-290 && Math.abs(direct) < 1e290) return direct;
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const bits = magnitude.toString(16).length * 4;
  const drop = Math.max(0, bits - 60);
  const head = Number(magnitude >> BigInt(drop));
  const x = head * 2 ** (drop - WORK_BITS - scaleBits);
  return negative ? -x : x;
}

/** a × b in fixed point (truncated towards −∞; error below one unit). */
export function fixedTimes(a: bigint, b: bigint): bigint {
  return (a * b) >> W;
}

/** v^k in fixed point for v ≤ 1 and a whole k ≥ 0, by squaring (error ≤ k·(e_v + 2) units). */
export function fixedPow(v: bigint, k: number): bigint {
  if (k === 0) return ONE;
  if (k === 1) return v;
  let result = ONE;
  let base = v;
  let n = k;
  while (n > 0) {
    if (n & 1) result = result === ONE ? base : fixedTimes(result, base);
    n = Math.floor(n / 2);
    if (n > 0) base = fixedTimes(base, base);
  }
  return result;
}

/**
 * Horner's rule in fixed point for the polynomial Σ c_k v^(e_k), given the coefficients in the
 * order of descending exponents and the gaps between consecutive exponents
 * (`gaps[k] = e_(k−1) − e_k`, `gaps[0]` unused) and the smallest exponent `last`. The result is
 * the value × 2^WORK_BITS, in the coefficients' units. v must lie in (0, 1].
 */
export function hornerFixed(coefficients: readonly bigint[], gaps: readonly number[], last: number, v: bigint): bigint {
  const power = memoized((g) => fixedPow(v, g)); // v^g for gaps above one, made once each
  let acc = coefficients[0]! << W;
  for (let k = 1; k < coefficients.length; k += 1) {
    const g = gaps[k]!;
    acc = ((acc * (g === 1 ? v : power(g))) >> W) + (coefficients[k]! << W);
  }
  return last === 0 ? acc : (acc * (last === 1 ? v : power(last))) >> W;
}

/**
 * A bound, in units of 2^−WORK_BITS of the coefficients' unit, on the error of
 * {@link hornerFixed} at an exact fixed-point v ≤ 1: one unit per product, plus the error of
 * each power v^g (at most g·2 units) times the largest accumulator (at most Σ|c_k|).
 */
export function hornerBound(coefficients: readonly bigint[], totalDegree: number): bigint {
  let absolute = 0n;
  for (const c of coefficients) absolute += c < 0n ? -c : c;
  return BigInt(coefficients.length + 1) + absolute * BigInt(2 * totalDegree + 2) + 1n;
}

/** `make` with its answers kept per argument (the map made on the first call that needs one). */
export function memoized<T>(make: (k: number) => T): (k: number) => T {
  let map: Map<number, T> | undefined;
  return (k) => {
    let v = (map ??= new Map()).get(k);
    if (v === undefined) map.set(k, (v = make(k)));
    return v;
  };
}
