/**
 * An index of letter pairs, to find the few records a query could match
 * before comparing it with each. A string within k edits of another shares
 * all but at most 3k of its distinct pairs with it (an edit, or a swap of
 * two letters, breaks at most three pairs), so records sharing fewer can
 * be skipped without losing a match.
 */

/** The distinct pairs of adjacent letters of `text`, each as one number. */
export function bigrams(text: string): Set<number> {
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    pairs.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  }
  return pairs;
}

export class BigramIndex {
  readonly #postings = new Map<number, number[]>();
  readonly #counts: Uint8Array;

  constructor(size: number) {
    this.#counts = new Uint8Array(size);
  }

  /** Indexes the record at `position` under every pair of `texts`; positions only grow. */
  add(position: number, texts: readonly string[]): void {
    for (const text of texts) {
      for (let i = 0; i + 1 < text.length; i++) {
        const pair = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
        const list = this.#postings.get(pair);
        if (!list) this.#postings.set(pair, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  }

  /** Adds to `found` the records sharing at least `need` distinct pairs with `text`. */
  collect(text: string, need: number, found: Set<number>): void {
    const touched: number[] = [];
    for (const pair of bigrams(text)) {
      for (const position of this.#postings.get(pair) ?? []) {
        const count = ++this.#counts[position]!;
        if (count === 1) touched.push(position);
        if (count === need) found.add(position);
      }
    }
    for (const position of touched) this.#counts[position] = 0;
  }
}
