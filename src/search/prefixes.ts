/**
 * Every key of every record in one sorted table, so that the keys starting
 * with a query are one binary search away, however many there are.
 */
export class PrefixTable {
  readonly #keys: readonly string[];
  readonly #order: Int32Array;

  /** Sorts `keys`, numbered by their places in it. */
  constructor(keys: readonly string[]) {
    this.#keys = keys;
    const order = Int32Array.from(keys.keys());
    order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    this.#order = order;
  }

  /** Calls `found` with at most `cap` keys that start with `prefix`, the shortest (itself) first. */
  collect(prefix: string, cap: number, found: (key: number) => void): void {
    const keys = this.#keys;
    const order = this.#order;
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[order[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < order.length && i < low + cap; i++) {
      const at = order[i]!;
      if (!keys[at]!.startsWith(prefix)) break;
      found(at);
    }
  }
}
