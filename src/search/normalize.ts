/**
 * Text folding for place search: what people type and what a registry
 * writes become comparable strings. Pure functions, no DOM.
 */

/**
 * Letters of the scripts place names are written in. Listed as ranges, not
 * `\p{L}`: folding runs for every record of an index, and this is faster.
 */
const LETTERS = [
  '0-9a-z',
  '\\u00c0-\\u024f', // Latin with diacritics
  '\\u0370-\\u03ff', // Greek
  '\\u0400-\\u052f', // Cyrillic
  '\\u0530-\\u06ff', // Armenian, Hebrew, Arabic
  '\\u10a0-\\u10ff', // Georgian
  '\\u3040-\\u9fff\\uac00-\\ud7af', // Japanese, Chinese, Korean
].join('');
const NOT_LETTER = new RegExp(`[^${LETTERS}]+`, 'g');

/** Lower case, ё as е, every run of punctuation, quotes and hyphens as one space. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(NOT_LETTER, ' ').trim();
}

const LATIN_KEYS = '`qwertyuiop[]asdfghjkl;\'zxcvbnm,./~{}:"<>';
const CYRILLIC_KEYS = 'ёйцукенгшщзхъфывапролджэячсмитьбю.ёхъжэбю';

const LAYOUT = new Map<string, string>(
  [...LATIN_KEYS].map((key, i) => [key, CYRILLIC_KEYS[i] ?? key]),
);

/**
 * What the keys of a query typed with the Latin layout on would have given
 * with the Russian one: "lth,tyn" → "дербент".
 */
export function fromLatinLayout(text: string): string {
  return [...text.toLowerCase()].map((char) => LAYOUT.get(char) ?? char).join('');
}

const ROMAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Latin letters with diacritics of GOST 7.79 (system A) and scholarly spellings. */
const DIACRITICS: Record<string, string> = {
  č: 'ch',
  š: 'sh',
  ž: 'zh',
  ŝ: 'shch',
  â: 'ya',
  û: 'yu',
  ë: 'yo',
  è: 'e',
  é: 'e',
  ė: 'e',
  ǎ: 'ya',
  ŭ: 'u',
};

/**
 * A Latin skeleton that the usual romanizations of one name share:
 * "Махачкала", "Makhachkala" and "Mahachkala" all give "mahackala";
 * "Хасавюрт", "Khasavyurt" and "Hasavjurt" all give "hasaviurt".
 */
const SKELETON_RULES = /shch|shh|sch|kh|zh|ts|tz|tc|cz|ch|sh|[cyjwqx]/g;
const SKELETON: Record<string, string> = {
  shch: 's',
  shh: 's',
  sch: 's',
  kh: 'h',
  zh: 'z',
  ts: 'c',
  tz: 'c',
  tc: 'c',
  cz: 'c',
  ch: 'c',
  sh: 's',
  c: 'c',
  y: 'i',
  j: 'i',
  w: 'v',
  q: 'k',
  x: 'ks',
};

function romanize(text: string): string {
  let roman = '';
  for (const char of fold(text)) {
    if (char !== ' ') roman += ROMAN[char] ?? DIACRITICS[char] ?? char;
  }
  return roman;
}

const skeletonOf = (roman: string) =>
  roman.replace(SKELETON_RULES, (match) => SKELETON[match]!).replace(/(.)\1+/g, '$1');

export function latinSkeleton(text: string): string {
  return skeletonOf(romanize(text));
}

/**
 * The skeletons a Latin query may stand for. Beside the usual one: "x" as
 * х (GOST 7.79 writes "Xasavyurt"), and "j" as дж ("Majalis" for Маджалис).
 */
export function latinSkeletons(text: string): string[] {
  const roman = romanize(text);
  const variants = new Set([skeletonOf(roman)]);
  if (roman.includes('x')) variants.add(skeletonOf(roman.replace(/x/g, 'h')));
  if (/(^|[^d])j/.test(roman)) variants.add(skeletonOf(roman.replace(/(^|[^d])j/g, '$1dzh')));
  return [...variants];
}

export const hasLatin = (text: string) => /[a-z]/i.test(text);

/** Rows reused by every call of `editDistance`, which runs for each candidate of a search. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance with adjacent swaps (optimal string alignment), giving up
 * as soon as it exceeds `max`: then it returns `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) {
    rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  }
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;

  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = charA === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        charA === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
