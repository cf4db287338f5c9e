// Shapes of decoded data (a cache entry, JSON), told apart without `instanceof`: a value decoded in a test's
// VM context has that context's `Object.prototype`, `Map` and `Set`.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `[object Map]`, `[object Set]`, `[object Object]` …, whichever realm made the value. */
export const tagOf = (value: unknown): string => Object.prototype.toString.call(value);

export const isMap = (value: unknown): value is Map<unknown, unknown> => tagOf(value) === '[object Map]';

export const isSet = (value: unknown): value is Set<unknown> => tagOf(value) === '[object Set]';

/** An object whose prototype is `Object.prototype` (of any realm) or null: not made by a class. */
export function hasPlainPrototype(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
