// Fields computed on first read. Each object keeps its pending computations in one box under a
// non-enumerable symbol, and every object shares one getter function per field name. A getter
// closure made per object (Object.defineProperty with a fresh `get`, or a `get x()` in a literal)
// would give every result its own hidden class, and those classes keep the whole result alive
// past the young-generation collections: measured, that made garbage collection the largest
// cost of `metrics` and `compare`.

const PENDING = Symbol('pending');

type Box = Record<PropertyKey, { compute: (() => unknown) | undefined; value: unknown }>;

let getters: Map<PropertyKey, PropertyDescriptor> | undefined;

function descriptorOf(key: PropertyKey): PropertyDescriptor {
  let descriptor = (getters ??= new Map()).get(key);
  if (descriptor === undefined) {
    descriptor = {
      enumerable: true,
      get(this: { [PENDING]: Box }) {
        const entry = this[PENDING][key]!;
        if (entry.compute !== undefined) {
          entry.value = entry.compute(); // a computation that throws throws again on the next read
          entry.compute = undefined;
        }
        return entry.value;
      },
    };
    getters.set(key, descriptor);
  }
  return descriptor;
}

/**
 * Defines `key` on `target` as an enumerable property computed on first read and kept: parts of
 * a result that many callers never read (per-period rows, sentences) cost nothing until read,
 * yet appear in JSON and in spreads like any other field. Call before freezing the object.
 */
export function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let box = (target as { [PENDING]?: Box })[PENDING];
  if (box === undefined) {
    box = {};
    Object.defineProperty(target, PENDING, { value: box });
  }
  box[key] = { compute, value: undefined };
  Object.defineProperty(target, key, descriptorOf(key));
}

/**
 * True for an object with lazy fields (a result `metrics` or `compare` built in this copy of
 * dealcalc): their box is not enumerable, so a spread or JSON copy has none.
 */
export function builtResult(value: unknown): value is object {
  return typeof value === 'object' && value !== null && PENDING in value;
}
