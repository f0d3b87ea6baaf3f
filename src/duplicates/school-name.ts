/**
 * Reading a school's name into the parts that tell one school from another:
 * its kind, its number, its settlement, its namesake, and any other words.
 * The legal form, quotes, case, ё/е and abbreviations do not matter.
 */
import { editDistance } from '../search/normalize.js';

export interface SchoolNameParts {
  /** `сош`, `оош`, `нош`, `гимназия`, `лицей`, `интернат`, `цо`; `null` when not said. */
  kind: string | null;
  number: string | null;
  /** Stem of the settlement, from "с. Ахты" or from "Ахтынская": `ахт`. */
  place: string | null;
  /** Surname of the person the school is named after. */
  namesake: string | null;
  /** The words left over, sorted. */
  words: string[];
}

/** A pattern of whole words; `\\b` knows no Cyrillic, so spaces mark the edges. */
const wholeWords = (pattern: string) => new RegExp(`(?<= )(?:${pattern})(?= )`, 'g');

// Whole phrases first, so that "средняя общеобразовательная школа" is one kind.
const PHRASES: [RegExp, string][] = [
  [wholeWords('муниципальное|государственное|частное|негосударственное'), ' '],
  [wholeWords('бюджетное|казенное|автономное'), ' '],
  [wholeWords('(?:обще)?образовательное (?:учреждение|организация)'), ' '],
  [wholeWords('средняя (?:общеобразовательная )?школа'), 'сош'],
  [wholeWords('основная (?:общеобразовательная )?школа'), 'оош'],
  [wholeWords('начальная (?:общеобразовательная )?школа'), 'нош'],
  [wholeWords('школа интернат'), 'интернат'],
  [wholeWords('центр образования'), 'цо'],
  [wholeWords('республики дагестан'), ' '],
];

const KINDS = new Set(['сош', 'оош', 'нош', 'гимназия', 'лицей', 'интернат', 'цо']);

const FORMS = new Set([
  'мбоу',
  'мкоу',
  'маоу',
  'моу',
  'гбоу',
  'гкоу',
  'гаоу',
  'чоу',
  'ноу',
  'ано',
  'рд',
  'оу',
]);

const NOISE = new Set(['школа', 'учреждение', 'общеобразовательная', 'мо', 'района', 'район']);

const PLACE_WORDS = new Set([
  'с',
  'село',
  'села',
  'г',
  'город',
  'города',
  'п',
  'пос',
  'поселок',
  'поселка',
  'пгт',
  'аул',
  'х',
  'хутор',
  'хутора',
]);

const ADJECTIVE = /(ская|ский|ское|цкая|цкий)$/;

/** Lower case, ё as е, quotes and punctuation as spaces, every number sign as `№`. */
function clean(name: string): string {
  const text = name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(?:№|#|(?<![\p{L}])(?:n|no|n°|номер)\.?)\s*(\d+)/gu, ' № $1 ')
    .replace(/[^\p{L}\p{N}№]+/gu, ' ')
    .replace(/(\d+)/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
  return ` ${text} `;
}

/** The stem of a settlement's name or adjective: "ахты" and "ахтынская" give "ахт". */
export function placeStem(word: string): string {
  const base = word.replace(/(инская|ынская|инский|ынский|ская|ский|ское|цкая|цкий)$/, '');
  return base.replace(/[аеиоуыэюяь]+$/, '').replace(/(ск|к)$/, '') || base;
}

export function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = a.length < b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length >= 4 && longer.startsWith(shorter)) return true;
  return shorter.length >= 5 && editDistance(a, b, 1) <= 1;
}

export function parseSchoolName(name: string): SchoolNameParts {
  let text = clean(name);
  for (const [pattern, replacement] of PHRASES) {
    text = text.replace(pattern, replacement).replace(/ {2,}/g, ' ');
  }
  const tokens = text.split(' ').filter(Boolean);

  const parts: SchoolNameParts = {
    kind: null,
    number: null,
    place: null,
    namesake: null,
    words: [],
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (FORMS.has(token) || NOISE.has(token)) continue;

    if (KINDS.has(token)) {
      parts.kind ??= token;
    } else if (token === '№' || /^\d+$/.test(token)) {
      const digits = token === '№' ? tokens[++i] : token;
      if (digits && /^\d+$/.test(digits)) parts.number ??= String(Number(digits));
    } else if (token === 'имени' || token === 'им') {
      // The words after "имени" name a person, the surname last, up to the next part.
      const person: string[] = [];
      while (tokens[i + 1] && !isKeyword(tokens[i + 1]!) && !PLACE_WORDS.has(tokens[i + 1]!)) {
        person.push(tokens[++i]!);
      }
      parts.namesake = person.filter((word) => word.length > 1).pop() ?? null;
    } else if (PLACE_WORDS.has(token) && tokens[i + 1] && !KINDS.has(tokens[i + 1]!)) {
      const place: string[] = [];
      while (tokens[i + 1] && !isKeyword(tokens[i + 1]!)) place.push(tokens[++i]!);
      parts.place ??= placeStem(place.join(''));
    } else if (ADJECTIVE.test(token) && parts.place === null) {
      parts.place = placeStem(token);
    } else {
      parts.words.push(token);
    }
  }
  parts.words.sort();
  return parts;
}

function isKeyword(token: string): boolean {
  return (
    KINDS.has(token) ||
    FORMS.has(token) ||
    token === '№' ||
    token === 'имени' ||
    token === 'им' ||
    /^\d+$/.test(token)
  );
}
