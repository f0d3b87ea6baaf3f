/**
 * Search of settlements (and municipalities) by what a person types: any
 * case, ё or е, a type word in front, a prefix, a small typo, the wrong
 * keyboard layout, a Latin spelling, or the district after the name.
 * Pure TypeScript: the same index serves a widget and a backend.
 */
import { BigramIndex, bigrams } from './grams.js';
import { editDistance, fold, fromLatinLayout, hasLatin, latinSkeleton } from './normalize.js';

export { editDistance, fold, fromLatinLayout, latinSkeleton } from './normalize.js';

/** What the search needs of a record: a settlement or a municipality. */
export interface Searchable {
  name: string;
  kind?: string | undefined;
  municipality?: { name: string } | undefined;
}

export interface SearchOptions {
  /** How many results to return at most; 20 by default. */
  limit?: number;
}

export interface SettlementSearch<T extends Searchable> {
  search(query: string, options?: SearchOptions): T[];
}

/** Type words and abbreviations people put before a name: "с. Ахты", "пгт Ленинкент". */
const TYPE_WORDS = new Set([
  'с',
  'село',
  'сел',
  'г',
  'гор',
  'город',
  'п',
  'пос',
  'посел',
  'поселок',
  'пгт',
  'аул',
  'х',
  'хут',
  'хутор',
  'ст',
  'станица',
  'д',
  'дер',
  'деревня',
  'мкр',
  'рп',
  'снт',
]);

/** Words of municipality names that do not tell one from another. */
const GENERIC_WORDS = new Set(['район', 'р', 'н', 'городской', 'округ', 'город', 'го', 'мр']);

const SCORE = {
  exact: 1,
  prefix: 0.9,
  wordExact: 0.85,
  wordPrefix: 0.8,
  typo: 0.6,
  typoPrefix: 0.5,
} as const;

interface Entry<T> {
  record: T;
  order: number;
  city: boolean;
  /** Folded name without spaces, its words, and its Latin skeleton. */
  compact: string;
  /** The name without generic words: "кизляр" of "городской округ город Кизляр". */
  core: string;
  words: string[];
  skeleton: string;
  wordSkeletons: string[];
  /** Distinctive words of the municipality, for "Советское Магарамкентский". */
  districtWords: string[];
}

interface Form {
  compact: string;
  skeleton: string;
}

/** The typos allowed for a query of this length: none for very short ones. */
const allowedTypos = (length: number) => (length < 4 ? 0 : length < 9 ? 1 : 2);

function scoreText(query: string, compact: string, words: string[]): number {
  if (!query) return 0;
  if (compact === query) return SCORE.exact;
  if (compact.startsWith(query)) return SCORE.prefix + 0.05 * (query.length / compact.length);
  if (words.length > 1) {
    if (words.includes(query)) return SCORE.wordExact;
    if (words.some((word) => word.startsWith(query))) return SCORE.wordPrefix;
  }

  const typos = allowedTypos(query.length);
  if (typos === 0) return 0;
  if (editDistance(query, compact, typos) <= typos) return SCORE.typo;
  if (words.length > 1 && words.some((word) => editDistance(query, word, typos) <= typos)) {
    return SCORE.typo - 0.05;
  }
  // A typo inside what is still a prefix: "махчк" for "махачкала".
  if (query.length >= 5 && compact.length > query.length) {
    for (const length of [query.length - 1, query.length, query.length + 1]) {
      if (editDistance(query, compact.slice(0, length), 1) <= 1) return SCORE.typoPrefix;
    }
  }
  return 0;
}

function scoreForm(form: Form, entry: Entry<unknown>): number {
  return Math.max(
    scoreText(form.compact, entry.compact, entry.words),
    entry.core === entry.compact ? 0 : scoreText(form.compact, entry.core, []),
    // The Latin skeleton is looser, so it never scores as an exact match.
    scoreText(form.skeleton, entry.skeleton, entry.wordSkeletons) * 0.97,
  );
}

function matchesDistrict(tokens: string[], entry: Entry<unknown>): boolean {
  return tokens.every((token) => {
    if (GENERIC_WORDS.has(token)) return true;
    if (token.length < 3) return false;
    return entry.districtWords.some(
      (word) =>
        word.startsWith(token) ||
        (token.length >= 5 && editDistance(token, word.slice(0, token.length), 1) <= 1),
    );
  });
}

/** The readings of a query: as typed, and as if typed in the other layout. */
function readings(query: string): string[][] {
  const variants = [query];
  if (hasLatin(query)) variants.push(fromLatinLayout(query));
  return variants.map((variant) => {
    const tokens = fold(variant).split(' ').filter(Boolean);
    if (tokens.length > 1 && TYPE_WORDS.has(tokens[0]!)) tokens.shift();
    return tokens;
  });
}

const toForm = (tokens: string[]): Form => ({
  compact: tokens.join(''),
  skeleton: latinSkeleton(tokens.join(' ')),
});

/** One way to read a query: the name, and maybe the district's words around it. */
interface Interpretation {
  form: Form;
  district: string[] | null;
}

function interpret(tokens: string[]): Interpretation[] {
  if (tokens.length === 0) return [];
  const result: Interpretation[] = [{ form: toForm(tokens), district: null }];
  for (let split = 1; split < tokens.length; split++) {
    result.push({ form: toForm(tokens.slice(0, split)), district: tokens.slice(split) });
    result.push({ form: toForm(tokens.slice(split)), district: tokens.slice(0, split) });
  }
  return result;
}

/**
 * Builds the index of `records` once. `search` returns the records
 * themselves, best first: exact and prefix matches before typos, a city
 * before a village of the same score, then by name.
 */
export function createSettlementSearch<T extends Searchable>(
  records: readonly T[],
): SettlementSearch<T> {
  const collator = new Intl.Collator('ru');
  const sorted = [...records].sort((a, b) => collator.compare(a.name, b.name));
  const entries: Entry<T>[] = sorted.map((record, order) => {
    const words = fold(record.name).split(' ').filter(Boolean);
    const districtWords = fold(record.municipality?.name ?? '')
      .split(' ')
      .filter((word) => word && !GENERIC_WORDS.has(word));
    return {
      record,
      order,
      city: record.kind === 'город' || record.kind === 'city',
      compact: words.join(''),
      core: words.filter((word) => !GENERIC_WORDS.has(word)).join(''),
      words,
      skeleton: latinSkeleton(record.name),
      wordSkeletons: words.length > 1 ? words.map((word) => latinSkeleton(word)) : [],
      districtWords,
    };
  });

  const pairs = new BigramIndex(entries.length);
  entries.forEach((entry, position) =>
    pairs.add(position, [entry.compact, entry.core, entry.skeleton, ...entry.wordSkeletons]),
  );

  /** The entries a query could match, or all of them when it is too short to tell. */
  function candidates(interpretations: Interpretation[]): Entry<T>[] {
    const texts = new Set(interpretations.flatMap(({ form }) => [form.compact, form.skeleton]));
    const found = new Set<number>();
    for (const text of texts) {
      if (!text) continue;
      const need = bigrams(text).size - 3 * allowedTypos(text.length);
      if (need <= 0) return entries;
      pairs.collect(text, need, found);
    }
    return [...found].sort((a, b) => a - b).map((position) => entries[position]!);
  }

  function score(interpretations: Interpretation[], entry: Entry<T>): number {
    let best = 0;
    for (const { form, district } of interpretations) {
      if (district && !matchesDistrict(district, entry)) continue;
      const value = scoreForm(form, entry);
      // Naming the district as well makes the match a little better.
      if (value > 0) best = Math.max(best, district ? value + 0.01 : value);
    }
    return best;
  }

  return {
    search(query, { limit = 20 } = {}) {
      const tokenReadings = readings(query);
      const interpretations = tokenReadings.flatMap(interpret);
      if (interpretations.length === 0) {
        return [...entries]
          .sort((a, b) => Number(b.city) - Number(a.city) || a.order - b.order)
          .slice(0, limit)
          .map((entry) => entry.record);
      }

      const found: { entry: Entry<T>; score: number }[] = [];
      for (const entry of candidates(interpretations)) {
        const value = score(interpretations, entry);
        if (value > 0) found.push({ entry, score: value });
      }
      return found
        .sort(
          (a, b) =>
            b.score - a.score ||
            Number(b.entry.city) - Number(a.entry.city) ||
            a.entry.compact.length - b.entry.compact.length ||
            a.entry.order - b.entry.order,
        )
        .slice(0, limit)
        .map(({ entry }) => entry.record);
    },
  };
}
