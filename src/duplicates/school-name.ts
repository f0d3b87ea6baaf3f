/**
 * Reading a school's name into the parts that tell one school from another:
 * its kind, its number, the places it names, its namesake, and any other words.
 * The legal form, quotes, case, ё/е, word order and abbreviations do not matter.
 */

/** A settlement a name speaks of, as a noun ("с. Ахты") or an adjective ("Ахтынская"). */
export interface PlaceMention {
  adjective: boolean;
  /** The word(s) without their ending: `ахт` for "Ахты", `ахтын` for "Ахтынская". */
  stem: string;
}

export interface SchoolNameParts {
  /** `сош`, `оош`, `нош`, `гимназия`, `лицей`, `интернат`, `цо` …; `null` when not said. */
  kind: string | null;
  number: string | null;
  places: PlaceMention[];
  /** Stem of the surname of the person the school is named after. */
  namesake: string | null;
  /** The words left over, sorted. */
  words: string[];
  /** "теп" of "ТЕПСОШ": letters standing for the words before the kind. */
  initials: string | null;
  /** First letters of the words before the kind, in order: "теп" of "Тверская епархиальная православная СОШ". */
  lead: string;
}

/** A pattern of whole words; `\b` knows no Cyrillic, so spaces mark the edges. */
const wholeWords = (pattern: string) => new RegExp(`(?<= )(?:${pattern})(?= )`, 'g');

// Whole phrases first, so that "средняя общеобразовательная школа" is one kind.
const PHRASES: [RegExp, string][] = [
  [wholeWords('средняя (?:общеобразовательная )?школа'), 'сош'],
  [wholeWords('основная (?:общеобразовательная )?школа'), 'оош'],
  [wholeWords('начальная (?:общеобразовательная )?школа'), 'нош'],
  [wholeWords('школа[ -]интернат'), 'интернат'],
  [wholeWords('центр образования|образовательный центр'), 'цо'],
  [wholeWords('республики дагестан'), ' '],
];

/** Words that name a kind of school, and their abbreviations. */
const KIND_WORDS = new Map([
  ['сош', 'сош'],
  ['сш', 'сош'],
  ['оош', 'оош'],
  ['нош', 'нош'],
  ['гимназия', 'гимназия'],
  ['лицей', 'лицей'],
  ['интернат', 'интернат'],
  ['цо', 'цо'],
  ['колледж', 'колледж'],
  ['техникум', 'техникум'],
  ['училище', 'училище'],
]);

/** "УСОШ": the initials of the settlement, then the kind. */
const INITIALS_AND_KIND = /^[а-я]{1,4}(сош|оош|нош)$/;

/** Legal forms: МБОУ, МКОУ, ГБОУ, ГБПОУ, ЧОУ, ОУ … and words that say no more than that. */
const LEGAL_FORM = /^[а-я]{0,3}оу$/;
const NOISE = new Set([
  'ано',
  'рд',
  'мо',
  'го',
  'мр',
  'во',
  'впо',
  'нпо',
  'спо',
  'очу',
  'школа',
  'муниципальное',
  'государственное',
  'частное',
  'негосударственное',
  'некоммерческое',
  'бюджетное',
  'казенное',
  'автономное',
  'профессиональное',
  'общеобразовательное',
  'образовательное',
  'общеобразовательная',
  'учреждение',
  'организация',
  'образования',
  'высшего',
  'среднего',
  'начального',
  'общего',
  'дополнительного',
  'муниципального',
  'городского',
  'района',
  'район',
  'округа',
  'области',
  'края',
  'республики',
]);
/** "Орловского", "Тверской": the district or region around the school, not the school. */
const REGION_QUALIFIER = /(?:ского|цкого|ской|цкой)$/;

/** Words after a place's adjective that make it a district's: "Ахтынский район". */
const DISTRICT_WORDS = new Set(['район', 'района', 'округ', 'округа', 'улус']);

const PLACE_WORDS = new Set([
  'с',
  'сел',
  'село',
  'села',
  'селе',
  'г',
  'гор',
  'город',
  'города',
  'городе',
  'п',
  'пос',
  'поселок',
  'поселка',
  'поселке',
  'пгт',
  'аул',
  'аула',
  'х',
  'хутор',
  'хутора',
  'д',
  'деревня',
  'деревни',
  'ст',
  'станица',
  'станицы',
]);

/** A place's own adjective: "Ахтынская", "Каспийский", "Кемецкое". */
const PLACE_ADJECTIVE = /(?:ск|цк)(?:ая|ий|ое)$/;
/** The first word of a place of two: "Новый Чиркей", "Дагестанские Огни". */
const ADJECTIVE_ENDING = /(?:ий|ый|ой|ая|ое|ие|ые|ее|яя)$/;

/**
 * Lower case, ё as е, quotes and punctuation as spaces, every number sign as `№`;
 * a hyphen stays only inside a word ("Адиль-Янгиюрт").
 */
function clean(name: string): string {
  const text = name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(?:№|#|(?<![\p{L}])(?:n|no|n°|номер)\.?)\s*(\d+)/gu, ' № $1 ')
    .replace(/[^\p{L}\p{N}№-]+/gu, ' ')
    .replace(/(?<!\p{L})-|-(?!\p{L})/gu, ' ')
    .replace(/(\d+)/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
  return ` ${text} `;
}

const withoutVowels = (word: string) => word.replace(/[аеиоуыэюяь]+$/, '');

function isKeyword(token: string): boolean {
  return (
    KIND_WORDS.has(token) ||
    LEGAL_FORM.test(token) ||
    token === '№' ||
    token === 'имени' ||
    token === 'им' ||
    /^\d+$/.test(token)
  );
}

/** Where the name of the person after "имени" ends: at the next part of the school's name. */
const endsPerson = (token: string, afterSurname: boolean) =>
  isKeyword(token) ||
  PLACE_ADJECTIVE.test(token) ||
  (PLACE_WORDS.has(token) && (afterSurname || token.length > 1));

/** Reads a school's name into its parts. */
export function parseSchoolName(name: string): SchoolNameParts {
  let text = clean(name);
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, ` ${replacement} `);
  const tokens = text.split(' ').filter(Boolean);

  const parts: SchoolNameParts = {
    kind: null,
    number: null,
    places: [],
    namesake: null,
    words: [],
    initials: null,
    lead: '',
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (NOISE.has(token) || REGION_QUALIFIER.test(token)) continue;

    const initials = token.match(INITIALS_AND_KIND);
    const kind = KIND_WORDS.get(token) ?? initials?.[1];
    if (kind) {
      if (parts.kind === null && initials) parts.initials = token.slice(0, -initials[1]!.length);
      parts.kind ??= kind;
    } else if (LEGAL_FORM.test(token)) {
      continue;
    } else if (token === '№' || /^\d+$/.test(token)) {
      const digits = token === '№' ? tokens[++i] : token;
      if (digits && /^\d+$/.test(digits)) parts.number ??= String(Number(digits));
    } else if (token === 'имени' || token === 'им') {
      // The words after "имени" name a person, the surname last, up to the next part.
      let surname: string | null = null;
      // A letter before the surname is an initial ("им. С. Есенина"), after it a place.
      while (tokens[i + 1] && !endsPerson(tokens[i + 1]!, surname !== null)) {
        const word = tokens[++i]!;
        if (word.length > 2) surname = word;
      }
      if (surname) parts.namesake ??= withoutVowels(surname);
    } else if (PLACE_WORDS.has(token) && next && !isKeyword(next) && !NOISE.has(next)) {
      let place = tokens[++i]!;
      // "Новый Чиркей": an adjective first, then the name itself.
      if (ADJECTIVE_ENDING.test(place) && tokens[i + 1] && !isKeyword(tokens[i + 1]!)) {
        place += ` ${tokens[++i]!}`;
      }
      parts.places.push({ adjective: false, stem: withoutVowels(place) });
    } else if (PLACE_ADJECTIVE.test(token)) {
      if (next && DISTRICT_WORDS.has(next)) continue;
      parts.places.push({ adjective: true, stem: token.replace(/(?:ая|ий|ое)$/, '') });
      if (parts.kind === null) parts.lead += token[0];
    } else if (token.length > 2) {
      parts.words.push(token);
      if (parts.kind === null) parts.lead += token[0];
    }
  }
  parts.words.sort();
  return parts;
}

/**
 * The forms a settlement's name may take before its adjective's suffix:
 * "ахтынск" gives `ахтын`, `ахты`, `ахт`; "кемецк" gives `кемец`, `кемц`.
 */
function adjectiveRoots(stem: string): string[] {
  const root = stem.replace(/(?:ск|цк)$/, (suffix) => (suffix === 'цк' ? 'ц' : ''));
  const roots = [root, root.replace(/(?:ин|ын|н|ь)$/, '')];
  for (const form of [...roots]) {
    // A vowel that drops from the noun: Кемецкая and Кемцы, Удомельская and Удомля.
    const fleeting = form.replace(/[ео](?=[бвгджзклмнпрстфхцчшщ]$)/, '');
    if (fleeting !== form) roots.push(fleeting);
  }
  return roots.map(withoutVowels);
}

/** Whether two mentions can be one settlement. A near miss is another village. */
export function samePlace(a: PlaceMention, b: PlaceMention): boolean {
  if (a.adjective === b.adjective) return a.stem === b.stem;
  const [noun, adjective] = a.adjective ? [b, a] : [a, b];
  // "Каспийск" and "Каспийская": the noun may end in the adjective's -ск.
  const nouns = [noun.stem, noun.stem.replace(/ск$/, '')];
  return adjectiveRoots(adjective.stem).some((root) => nouns.includes(root));
}
