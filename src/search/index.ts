/**
 * Search of settlements (and municipalities) by what a person types: any
 * case, ё or е, a type word in front, a prefix, an abbreviated word, a small
 * typo, the wrong keyboard layout, a Latin spelling, or the district after
 * the name. Pure TypeScript: the same index serves a widget and a backend.
 */
import { BigramIndex, bigrams } from './grams.js';
import { MAX_QUERY_LENGTH } from './limits.js';
import { allowedTypos, SCORE, scoreText, scoreWords } from './match.js';
import { editDistance, fold, fromLatinLayout, hasLatin, latinSkeleton } from './normalize.js';
import { latinSkeletons } from './normalize.js';
import { addKey, PrefixTable } from './prefixes.js';

export { editDistance, fold, fromLatinLayout, latinSkeleton } from './normalize.js';
export { MAX_QUERY_LENGTH } from './limits.js';

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
  /** The records that match `query`, best first. */
  search(query: string, options?: SearchOptions): T[];
}

/** Type words and abbreviations people put before (or after) a name: "с. Ахты", "пгт Шамхал". */
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
  'станица',
  'д',
  'дер',
  'деревня',
  'мкр',
  'рп',
  'снт',
]);

/** Type words that may also follow the name: "Махачкала г", "Ахты село". */
const TRAILING_TYPE_WORDS = new Set([
  'с',
  'село',
  'г',
  'город',
  'п',
  'пос',
  'поселок',
  'пгт',
  'аул',
]);

/** Words of municipality names, and of what people add to them, that tell none apart. */
const GENERIC_WORDS = new Set([
  'район',
  'района',
  'р',
  'н',
  'рн',
  'городской',
  'городского',
  'округ',
  'округа',
  'город',
  'города',
  'г',
  'го',
  'мр',
  'муниципальный',
  'муниципального',
  'сельское',
  'сельского',
  'поселение',
  'поселения',
  'сельсовет',
]);

/** The region, which a person may add but which tells no settlement of it from another. */
const REGION_WORDS = new Set(['республика', 'республики', 'респ', 'рд', 'дагестан', 'дагестана']);

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
  /** Distinctive words of the municipality, for "Советское Магарамкентский", and their skeletons. */
  district: District;
}

interface District {
  words: string[];
  skeletons: string[];
}

/** One way to read a query: the words of the name, and maybe the district's words beside them. */
interface Interpretation {
  tokens: string[];
  compact: string;
  skeletons: string[];
  tokenSkeletons: string[];
  district: string[] | null;
}

/** Whether a typed word names the district: "магарамкентский", "магарамкентского", "магарам". */
function namesDistrictWord(token: string, word: string): boolean {
  if (word.startsWith(token)) return true;
  if (token.length < 5) return false;
  // Another case ending: "хунзахского" for "хунзахский".
  let common = 0;
  while (common < token.length && token[common] === word[common]) common++;
  if (common >= 5 && common >= Math.min(token.length, word.length) - 3) return true;
  return editDistance(token, word.slice(0, token.length), 1) <= 1;
}

function matchesDistrict(tokens: string[], entry: Entry<unknown>): boolean {
  let named = false;
  let regionOnly = true;
  for (const token of tokens) {
    if (REGION_WORDS.has(token)) continue;
    regionOnly = false;
    if (GENERIC_WORDS.has(token) || TYPE_WORDS.has(token)) continue;
    const latin = /[a-z]/.test(token);
    const words = latin ? entry.district.skeletons : entry.district.words;
    const typed = latin ? latinSkeleton(token) : token;
    if (!words.some((word) => namesDistrictWord(typed, word))) return false;
    // One or two letters ("С.-Стальский") may shorten a word, but do not name a district alone.
    if (token.length >= 3) named = true;
  }
  return named || regionOnly;
}

function stripTypeWords(tokens: string[]): string[] {
  const result = [...tokens];
  // Up to three, for "п. г. т. Шамхал".
  for (let i = 0; i < 3 && result.length > 1; i++) {
    if (!TYPE_WORDS.has(result[0]!) && !(i > 0 && result[0] === 'т')) break;
    result.shift();
  }
  if (result.length > 1 && TRAILING_TYPE_WORDS.has(result[result.length - 1]!)) result.pop();
  return result;
}

/** The readings of a query: as typed, and as if typed in the other layout. */
function readings(query: string): { tokens: string[]; latin: boolean }[] {
  const folded = fold(query).split(' ').filter(Boolean);
  const result = [{ tokens: stripTypeWords(folded), latin: hasLatin(query) }];
  if (hasLatin(query)) {
    const switched = fold(fromLatinLayout(query)).split(' ').filter(Boolean);
    result.push({ tokens: stripTypeWords(switched), latin: false });
  }
  return result.filter(({ tokens }) => tokens.length > 0);
}

function interpretation(tokens: string[], district: string[] | null, latin: boolean) {
  return {
    tokens,
    compact: tokens.join(''),
    skeletons: latin ? latinSkeletons(tokens.join(' ')) : [latinSkeleton(tokens.join(' '))],
    tokenSkeletons: tokens.length > 1 ? tokens.map((token) => latinSkeleton(token)) : [],
    district,
  };
}

function interpret(query: string): Interpretation[] {
  const result: Interpretation[] = [];
  for (const { tokens, latin } of readings(query)) {
    result.push(interpretation(tokens, null, latin));
    for (let split = 1; split < tokens.length; split++) {
      const [head, tail] = [tokens.slice(0, split), tokens.slice(split)];
      result.push(interpretation(stripTypeWords(head), tail, latin));
      result.push(interpretation(stripTypeWords(tail), head, latin));
    }
  }
  return result;
}

function scoreName(form: Interpretation, entry: Entry<unknown>): number {
  let best = Math.max(
    scoreText(form.compact, entry.compact, entry.words),
    entry.core === entry.compact ? 0 : scoreText(form.compact, entry.core, []),
    scoreWords(form.tokens, entry.words),
  );
  // The Latin skeleton is looser, so it never scores as an exact match; and a skeleton
  // much shorter than what was typed ("щщщщ" is one "s") says too little.
  for (const skeleton of form.skeletons) {
    if (skeleton.length < form.compact.length * 0.6) continue;
    best = Math.max(best, scoreText(skeleton, entry.skeleton, entry.wordSkeletons) * 0.97);
  }
  if (form.tokenSkeletons.length > 0 && entry.wordSkeletons.length > 0) {
    best = Math.max(best, scoreWords(form.tokenSkeletons, entry.wordSkeletons) * 0.97);
  }
  return best;
}

function toDistrict(name: string): District {
  const words = fold(name)
    .split(' ')
    .filter((word) => word && !GENERIC_WORDS.has(word));
  return { words, skeletons: words.map((word) => latinSkeleton(word)) };
}

/** What an entry derives from its name alone; records of one name share it. */
type NameForms = Pick<Entry<unknown>, 'compact' | 'core' | 'words' | 'skeleton' | 'wordSkeletons'>;

function nameForms(name: string): NameForms {
  const words = fold(name).split(' ').filter(Boolean);
  return {
    compact: words.join(''),
    core: words.filter((word) => !GENERIC_WORDS.has(word)).join(''),
    words,
    skeleton: latinSkeleton(name),
    wordSkeletons: words.length > 1 ? words.map((word) => latinSkeleton(word)) : [],
  };
}

/** Whether a query's word can name some district at all: else no reading needs to try it. */
function plausibleDistrict(tokens: string[], districtWords: PrefixTable): boolean {
  let named = false;
  let regionOnly = true;
  for (const token of tokens) {
    if (REGION_WORDS.has(token)) continue;
    regionOnly = false;
    if (GENERIC_WORDS.has(token) || TYPE_WORDS.has(token)) continue;
    const text = /[a-z]/.test(token) ? latinSkeleton(token) : token;
    let hit = false;
    districtWords.collect(text.slice(0, 4), 1, () => (hit = true));
    if (!hit) return false;
    if (token.length >= 3) named = true;
  }
  return named || regionOnly;
}

/** Folded names compare in the alphabet's order, ё aside, which folding removes. */
const byName = (a: Entry<unknown>, b: Entry<unknown>) =>
  a.compact < b.compact ? -1 : a.compact > b.compact ? 1 : a.order - b.order;

/** How many keys one prefix may bring in: enough for any list a person reads. */
const PREFIX_CAP = 1000;

/**
 * Builds the index of `records` once. `search` returns the records
 * themselves, best first: exact and prefix matches before typos, a city
 * before a village of the same score, then by name.
 */
export function createSettlementSearch<T extends Searchable>(
  records: readonly T[],
): SettlementSearch<T> {
  // Many records share a municipality, and many a name: each is folded once.
  const districts = new Map<string, District>();
  const names = new Map<string, NameForms>();
  const entries: Entry<T>[] = records.map((record, order) => {
    const municipality = record.municipality?.name ?? '';
    let district = districts.get(municipality);
    if (!district) districts.set(municipality, (district = toDistrict(municipality)));
    let forms = names.get(record.name);
    if (!forms) names.set(record.name, (forms = nameForms(record.name)));
    const city = record.kind === 'город' || record.kind === 'city';
    const { compact, core, words, skeleton, wordSkeletons } = forms;
    return { record, order, city, district, compact, core, words, skeleton, wordSkeletons };
  });
  const hasLatinNames = entries.some((entry) => /[a-z]/.test(entry.compact));

  const keyMap = new Map<string, number | number[]>();
  const keyEntries: number[] = [];
  const pairs = new BigramIndex();
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position]!;
    const own = [entry.compact, entry.core, entry.skeleton];
    if (entry.words.length > 1) own.push(...entry.words, ...entry.wordSkeletons);
    for (let i = 0; i < own.length; i++) {
      const key = own[i]!;
      if (!key || own.indexOf(key) < i) continue;
      addKey(keyMap, key, position);
      keyEntries.push(position);
      pairs.add(key);
    }
  }
  pairs.seal();
  const prefixes = new PrefixTable(keyMap);
  keyMap.clear();
  const entryOf = Int32Array.from(keyEntries);
  const districtKeys = new Map<string, number>();
  for (const { words, skeletons } of districts.values()) {
    for (const word of [...words, ...skeletons]) districtKeys.set(word, 0);
  }
  const districtWords = new PrefixTable(districtKeys);
  /** Without a query: cities first, then by name; sorted once, when first asked. */
  let listing: Entry<T>[] | undefined;

  /** The entries a query could match: by a prefix, or sharing enough letter pairs for a typo. */
  function candidates(interpretations: Interpretation[]): Entry<T>[] {
    const found = new Set<number>();
    const add = (key: number) => found.add(entryOf[key]!);
    const addEntry = (position: number) => found.add(position);
    const lookUp = (text: string, fuzzy: boolean, cap: number) => {
      if (!text) return;
      prefixes.collect(text, cap, addEntry);
      const typos = fuzzy ? allowedTypos(text.length) : 0;
      if (typos === 0) return;
      pairs.collect(text, Math.max(2, bigrams(text).size - 3 * typos), typos, add);
      // A typo inside what is still a prefix ("махчк"): people get the first letters right.
      if (text.length >= 5) {
        prefixes.collect(text.slice(0, 3), PREFIX_CAP / 5, addEntry);
      }
    };

    for (const form of interpretations) {
      const latin = /[a-z]/.test(form.compact);
      lookUp(form.compact, true, PREFIX_CAP);
      if (form.tokens.length > 1) {
        for (const token of form.tokens) if (token.length > 1) lookUp(token, true, PREFIX_CAP / 4);
      }
      if (latin || hasLatinNames) {
        for (const skeleton of form.skeletons) lookUp(skeleton, latin, PREFIX_CAP);
        for (const token of form.tokenSkeletons) {
          if (token.length > 1) lookUp(token, latin, PREFIX_CAP / 4);
        }
      }
    }
    return [...found].map((position) => entries[position]!);
  }

  function score(interpretations: Interpretation[], entry: Entry<T>): number {
    let best = 0;
    for (const form of interpretations) {
      if (form.district && !matchesDistrict(form.district, entry)) continue;
      let value = scoreName(form, entry);
      // Among prefixes of the same quality, a city is the likelier one meant.
      if (entry.city && value >= SCORE.prefix && value < SCORE.exact) value += 0.02;
      // Naming the district as well makes the match a little better.
      if (value > 0) best = Math.max(best, form.district ? value + 0.01 : value);
    }
    return best;
  }

  return {
    search(query, { limit = 20 } = {}) {
      if (typeof query !== 'string') return [];
      // Punctuation alone («%_», «!!!») names no place: nothing matches it, unlike an empty query.
      if (query.trim() && !/[\p{L}\p{N}]/u.test(query)) return [];
      const interpretations = interpret(query.slice(0, MAX_QUERY_LENGTH)).filter(
        (form) => !form.district || plausibleDistrict(form.district, districtWords),
      );
      if (interpretations.length === 0) {
        listing ??= [...entries].sort((a, b) => Number(b.city) - Number(a.city) || byName(a, b));
        return listing.slice(0, limit).map((entry) => entry.record);
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
            byName(a.entry, b.entry),
        )
        .slice(0, limit)
        .map(({ entry }) => entry.record);
    },
  };
}
