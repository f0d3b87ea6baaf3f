/**
 * Every distinct key of every record in one sorted table, so that the keys
 * starting with a query are one binary search away, however many there are.
 */
export class PrefixTable {
  readonly #keys: string[];
  readonly #records: (number | number[])[];

  /** `keys` maps each distinct key to the record (or records) that have it. */
  constructor(keys: Map<string, number | number[]>) {
    // The engine's own sort of strings, by code unit, is much faster than one with a callback.
    this.#keys = [...keys.keys()].sort();
    this.#records = this.#keys.map((key) => keys.get(key)!);
  }

  /** Calls `found` with the records of at most `cap` keys that start with `prefix`, itself first. */
  collect(prefix: string, cap: number, found: (record: number) => void): void {
    const keys = this.#keys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < keys.length && i < low + cap; i++) {
      if (!keys[i]!.startsWith(prefix)) break;
      const records = this.#records[i]!;
      if (typeof records === 'number') found(records);
      else for (const record of records) found(record);
    }
  }
}

/** Adds `record` to the records of `key` in a map that `PrefixTable` takes. */
export function addKey(keys: Map<string, number | number[]>, key: string, record: number): void {
  const held = keys.get(key);
  if (held === undefined) keys.set(key, record);
  else if (typeof held === 'number') {
    if (held !== record) keys.set(key, [held, record]);
  } else if (held[held.length - 1] !== record) held.push(record);
}
