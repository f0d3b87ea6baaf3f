/**
 * How well a folded query matches a folded name: exact, a prefix, one word
 * of it, its words abbreviated ("н казанище" for "нижнее казанище"), or a
 * small typo. Higher is better; 0 is no match.
 */
import { editDistance } from './normalize.js';

export const SCORE = {
  exact: 1,
  prefix: 0.9,
  abbreviation: 0.87,
  wordExact: 0.85,
  wordPrefix: 0.8,
  typo: 0.6,
  typoPrefix: 0.5,
} as const;

/** The typos allowed in a query of this length: none for very short ones. */
export const allowedTypos = (length: number) => (length < 4 ? 0 : length < 9 ? 1 : 2);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A typo's score: fewer edits first, then the longer agreement at the start,
 * since people rarely get the first letters wrong.
 */
function typoScore(base: number, query: string, target: string, edits: number): number {
  return base - 0.05 * (edits - 1) + 0.003 * Math.min(commonPrefix(query, target), 10);
}

/** `query` against one name, written as one string without spaces and as its words. */
export function scoreText(query: string, compact: string, words: readonly string[]): number {
  if (!query) return 0;
  if (compact === query) return SCORE.exact;
  if (compact.startsWith(query)) return SCORE.prefix + 0.05 * (query.length / compact.length);
  if (words.length > 1) {
    if (words.includes(query)) return SCORE.wordExact;
    if (words.some((word) => word.startsWith(query))) return SCORE.wordPrefix;
    if (words.length === 2 && isContraction(query, words[0]!, words[1]!)) {
      return SCORE.abbreviation - 0.02;
    }
  }

  const typos = allowedTypos(query.length);
  if (typos === 0) return 0;
  const edits = editDistance(query, compact, typos);
  if (edits <= typos) return typoScore(SCORE.typo, query, compact, edits);
  let best = 0;
  if (words.length > 1) {
    for (const word of words) {
      const wordEdits = editDistance(query, word, typos);
      if (wordEdits <= typos) {
        best = Math.max(best, typoScore(SCORE.typo - 0.05, query, word, wordEdits));
      }
    }
    if (best > 0) return best;
  }
  // A typo inside what is still a prefix: "махчк" for "махачкала".
  if (query.length >= 5 && compact.length > query.length) {
    for (const length of [query.length - 1, query.length, query.length + 1]) {
      const head = compact.slice(0, length);
      const prefixEdits = editDistance(query, head, typos);
      if (prefixEdits <= typos) {
        best = Math.max(best, typoScore(SCORE.typoPrefix, query, head, prefixEdits));
      }
    }
  }
  return best;
}

/** A shortened first word run into the second: "дагогни" for "дагестанские огни". */
function isContraction(query: string, first: string, second: string): boolean {
  for (let cut = 2; cut <= Math.min(first.length - 1, query.length - 3); cut++) {
    if (query[cut - 1] !== first[cut - 1]) return false;
    if (second.startsWith(query.slice(cut))) return true;
  }
  return false;
}

/** How one typed word stands for one word of the name: 1 the same, less when shortened or mistyped. */
function wordMatch(token: string, word: string, last: boolean): number {
  if (token === word) return 1;
  // "н" or "нижн" for "нижнее"; and a name's own abbreviation, "им" for "имени".
  if (word.startsWith(token)) return last && token.length > 2 ? 0.98 : 0.95;
  if (word.length <= 3 && token.startsWith(word)) return 0.95;
  const typos = allowedTypos(token.length);
  if (typos > 0) {
    if (editDistance(token, word, typos) <= typos) return 0.7;
    if (last && token.length >= 4 && editDistance(token, word.slice(0, token.length), 1) <= 1) {
      return 0.65;
    }
  }
  return 0;
}

/**
 * Typed words against the words of a name, one for one, in order or (a
 * little worse) in any order: "н казанище", "гоцатль б", "большой гоцатль".
 */
export function scoreWords(tokens: readonly string[], words: readonly string[]): number {
  if (tokens.length < 2 || tokens.length > words.length || tokens.length > 4) return 0;

  const inOrder = alignedScore(tokens, words);
  if (inOrder > 0) return inOrder;
  if (tokens.length === words.length) {
    const reversed = alignedScore(tokens, [...words].reverse());
    if (reversed > 0) return reversed - 0.03;
  }
  return 0;
}

function alignedScore(tokens: readonly string[], words: readonly string[]): number {
  let worst = 1;
  for (let i = 0; i < tokens.length; i++) {
    const value = wordMatch(tokens[i]!, words[i]!, i === tokens.length - 1);
    if (value === 0) return 0;
    worst = Math.min(worst, value);
  }
  // Fewer words typed than the name has: the rest are still to come.
  const complete = tokens.length === words.length ? 0 : 0.02;
  if (worst >= 0.95) return SCORE.abbreviation - complete;
  return SCORE.typo - 0.02 - complete - (worst < 0.7 ? 0.05 : 0);
}
