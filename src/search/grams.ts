/**
 * An index of letter pairs, to find the few keys a query could match with a
 * typo before comparing it with each. A string within k edits of another
 * shares all but at most 3k of its distinct pairs with it (an edit, or a
 * swap of two letters, breaks at most three pairs), and differs in length by
 * at most k, so keys failing either can be skipped without losing a match.
 */

/**
 * The distinct pairs of adjacent letters of `text`, each as one number, and
 * its first letter as a pair of its own: people seldom mistype the first.
 */
export function bigrams(text: string): Set<number> {
  const pairs = new Set<number>();
  if (text) pairs.add(65536 + text.charCodeAt(0));
  for (let i = 0; i + 1 < text.length; i++) {
    pairs.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  }
  return pairs;
}

export class BigramIndex {
  /** Pair → its slot; during building, each key's pair slots. */
  readonly #slots = new Map<number, number>();
  #keyPairs: number[] = [];
  #keyEnds: number[] = [];
  #lengths: number[] = [];
  #offsets = new Int32Array(0);
  #postings = new Int32Array(0);
  #counts = new Uint8Array(0);
  #keyLengths = new Uint8Array(0);

  /** Adds a key; keys are numbered from 0 in the order added. */
  add(key: string): void {
    const start = this.#keyPairs.length;
    for (let i = -1; i + 1 < key.length; i++) {
      const pair =
        i < 0 ? 65536 + key.charCodeAt(0) : key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1);
      let slot = this.#slots.get(pair);
      if (slot === undefined) this.#slots.set(pair, (slot = this.#slots.size));
      // Keys are short: a look back is cheaper than a set for each.
      if (this.#keyPairs.indexOf(slot, start) < 0) this.#keyPairs.push(slot);
    }
    this.#keyEnds.push(this.#keyPairs.length);
    this.#lengths.push(Math.min(key.length, 255));
  }

  /** Lays the postings out flat, pair by pair; `collect` works only after it. */
  seal(): void {
    const pairCount = this.#slots.size;
    const offsets = new Int32Array(pairCount + 1);
    for (const slot of this.#keyPairs) offsets[slot + 1]! += 1;
    for (let i = 0; i < pairCount; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, pairCount);
    const postings = new Int32Array(this.#keyPairs.length);
    let start = 0;
    this.#keyEnds.forEach((end, key) => {
      for (let i = start; i < end; i++) postings[fill[this.#keyPairs[i]!]!++] = key;
      start = end;
    });
    this.#offsets = offsets;
    this.#postings = postings;
    this.#counts = new Uint8Array(this.#keyEnds.length);
    this.#keyLengths = Uint8Array.from(this.#lengths);
    this.#keyPairs = [];
    this.#keyEnds = [];
    this.#lengths = [];
  }

  /**
   * Calls `found` with each key that shares at least `need` distinct pairs
   * with `text` and differs from it in length by at most `slack`.
   */
  collect(text: string, need: number, slack: number, found: (key: number) => void): void {
    const counts = this.#counts;
    const postings = this.#postings;
    const touched: number[] = [];
    for (const pair of bigrams(text)) {
      const slot = this.#slots.get(pair);
      if (slot === undefined) continue;
      const end = this.#offsets[slot + 1]!;
      for (let i = this.#offsets[slot]!; i < end; i++) {
        const key = postings[i]!;
        const count = ++counts[key]!;
        if (count === 1) touched.push(key);
        if (count === need && Math.abs(this.#keyLengths[key]! - text.length) <= slack) found(key);
      }
    }
    for (const key of touched) counts[key] = 0;
  }
}
