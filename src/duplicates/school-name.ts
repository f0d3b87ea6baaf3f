/**
 * Reading a school's name into the parts that tell one school from another:
 * its kind, its number, the places it names, its namesake, and any other words.
 * The legal form, quotes, case, ё/е, word order and abbreviations do not matter.
 */

/** A settlement a name speaks of, as a noun ("с. Ахты") or an adjective ("Ахтынская"). */
export interface PlaceMention {
  adjective: boolean;
  /** The word(s) without their ending: `ахт` for "Ахты", `ахтынск` for "Ахтынская". */
  stem: string;
  /**
   * The forms that meet the other kind of mention: for a noun its stem with and
   * without -ск ("каспийск", "каспий"), for an adjective the nouns it may come from.
   */
  roots: string[];
}

export interface SchoolNameParts {
  /** `сош`, `оош`, `нош`, `гимназия`, `лицей`, `интернат`, `цо` …; `null` when not said. */
  kind: string | null;
  number: string | null;
  places: PlaceMention[];
  /** Stem of the surname of the person the school is named after. */
  namesake: string | null;
  /** What makes it another kind of school beside its kind: `вечерн`, `кадетск`, sorted. */
  traits: string[];
  /** The words left over, sorted. */
  words: string[];
  /** "теп" of "ТЕПСОШ": letters standing for the words before the kind. */
  initials: string | null;
  /** First letters of the words before the kind: "теп" of "Тверская епархиальная … СОШ". */
  lead: string;
}

// Whole phrases first, so that "средняя общеобразовательная школа" is one kind.
const PHRASES: [string, string][] = [
  ['средняя (?:общеобразовательная )?школа', 'сош'],
  ['основная (?:общеобразовательная )?школа', 'оош'],
  ['начальная (?:общеобразовательная )?школа', 'нош'],
  ['школа[ -]интернат', 'интернат'],
  ['центр образования|образовательный центр', 'цо'],
  ['республики дагестан', ''],
];
/** All the phrases in one pass; `\b` knows no Cyrillic, so spaces mark the edges. */
const PHRASE = new RegExp(
  `(?<= )(?:${PHRASES.map(([pattern]) => `(${pattern})`).join('|')})(?= )`,
  'g',
);
const phraseReplacement = (...groups: (string | undefined)[]) =>
  PHRASES[groups.slice(1, PHRASES.length + 1).findIndex(Boolean)]![1];

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

/** Words that make a school another of its kind: an evening school is not the day school. */
const TRAIT = /^(вечерн|сменн|кадетск|коррекционн|специальн|музыкальн|художественн|спортивн)/;

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
    .replace(/(?:№|#|(?<![a-zа-я])(?:n|no|n°|номер)\.?)\s*(\d+)/g, ' № $1 ')
    .replace(/[^a-zа-я0-9№-]+/g, ' ')
    .replace(/(?<![a-zа-я])-|-(?![a-zа-я])/g, ' ')
    .replace(/(\d+)/g, ' $1 ')
    .replace(/ {2,}/g, ' ')
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

/** Whether `next` names a settlement after `word`: "с. Ахты", not "с углубленным изучением". */
const startsPlace = (word: string, next: string) =>
  !/^\d+$/.test(next) &&
  next !== '№' &&
  !KIND_WORDS.has(next) &&
  !LEGAL_FORM.test(next) &&
  !(word === 'с' && /(?:ым|ем)$/.test(next));

/** Whether a settlement's name of several words goes on after `place`. */
const goesOn = (place: string, next: string | undefined): next is string =>
  next !== undefined &&
  !isKeyword(next) &&
  (ADJECTIVE_ENDING.test(place) || /(?:^| )(?:им|имени|район)$/.test(place) || place.includes(' '));

/** A surname as it follows "имени": Гагарина, Стальского, Капцовых. */
const SURNAME = /(?:ова|ева|ина|ына|ого|ых|их)$/;

/**
 * Where the name of the person after "имени" ends: at the next part of the
 * school's name. A letter is an initial before the surname ("им. С. Есенина")
 * or before another initial or a surname ("Героя России Г.Ш. Гаджиева"), and
 * a place after it ("им. Гагарина с. Ахты").
 */
function endsPerson(token: string, next: string | undefined, afterSurname: boolean): boolean {
  if (isKeyword(token) || PLACE_ADJECTIVE.test(token)) return true;
  if (!PLACE_WORDS.has(token)) return false;
  if (token.length > 1) return true;
  const initial = next !== undefined && (next.length === 1 || SURNAME.test(next));
  return afterSurname && !initial;
}

/** Reads a school's name into its parts. */
export function parseSchoolName(name: string): SchoolNameParts {
  const text = clean(name).replace(PHRASE, phraseReplacement);
  const tokens = text.split(' ').filter(Boolean);

  const parts: SchoolNameParts = {
    kind: null,
    number: null,
    places: [],
    namesake: null,
    traits: [],
    words: [],
    initials: null,
    lead: '',
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (NOISE.has(token) || REGION_QUALIFIER.test(token)) continue;

    if (token === 'кши') {
      // Кадетская школа-интернат, in three letters.
      parts.kind ??= 'интернат';
      parts.traits.push('кадетск');
      continue;
    }
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
      while (tokens[i + 1] && !endsPerson(tokens[i + 1]!, tokens[i + 2], surname !== null)) {
        const word = tokens[++i]!;
        if (word.length > 2) surname = word;
      }
      if (surname) parts.namesake ??= withoutVowels(surname);
    } else if (PLACE_WORDS.has(token) && next && startsPlace(token, next)) {
      let place = tokens[++i]!;
      // "Новый Чиркей", "им. Карла Маркса", "Район озера Турали": the name goes on.
      let more = place === 'им' || place === 'имени' ? 2 : 1;
      while (more-- > 0 && goesOn(place, tokens[i + 1])) place += ` ${tokens[++i]!}`;
      parts.places.push(nounPlace(withoutVowels(place)));
    } else if (TRAIT.test(token)) {
      parts.traits.push(token.match(TRAIT)![1]!);
    } else if (PLACE_ADJECTIVE.test(token)) {
      if (next && DISTRICT_WORDS.has(next)) continue;
      parts.places.push(adjectivePlace(token.replace(/(?:ая|ий|ое)$/, '')));
      if (parts.kind === null) parts.lead += token[0];
    } else if (token.length > 2) {
      parts.words.push(token);
      if (parts.kind === null) parts.lead += token[0];
    }
  }
  parts.words.sort();
  parts.traits = [...new Set(parts.traits)].sort();
  return parts;
}

/**
 * The forms a settlement's name may take before its adjective's suffix:
 * "ахтынск" gives `ахтын`, `ахты`, `ахт`; "кемецк" gives `кемец`, `кемц`.
 */
function adjectiveRoots(stem: string): string[] {
  const root = stem.replace(/(?:ск|цк)$/, (suffix) => (suffix === 'цк' ? 'ц' : ''));
  const roots = [root, root.replace(/(?:ин|ын|н|ь|ов|ев)$/, '')];
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
  return adjective.roots.some((root) => noun.roots.includes(root));
}

// "Каспийск" and "Каспийская": the noun may end in the adjective's -ск.
const nounPlace = (stem: string): PlaceMention => ({
  adjective: false,
  stem,
  roots: stem.endsWith('ск') ? [stem, stem.slice(0, -2)] : [stem],
});

const adjectivePlace = (stem: string): PlaceMention => ({
  adjective: true,
  stem,
  roots: adjectiveRoots(stem),
});
