/**
 * Defines `key` on `target` as an enumerable property computed on first read and kept: parts of
 * a result that many callers never read (per-period rows, sentences) cost nothing until read,
 * yet appear in JSON and in spreads like any other field. Call before freezing the object.
 */
export function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: false,
    get() {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
}
