/**
 * Writes `settlement-queries.json`: labelled queries for Dagestan's real
 * settlements, of every kind people type (case, type words, hyphens and
 * spaces, abbreviated words, prefixes, typos, the wrong keyboard layout,
 * Latin spellings, the district after the name), each with the id of the
 * settlement meant.
 *
 * Two parts, from two disjoint sets of settlements and two random seeds:
 * `tuning`, which the search was developed against, and `heldOut`, which it
 * never was. Hand-written queries join each part from `hand-written.ts`.
 *
 * Run: `npx tsx bench/queries/make-queries.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import data from '../../src/mocks/data/dagestan-settlements.json' with { type: 'json' };
import { fold } from '../../src/search/normalize.js';
import { handWritten } from './hand-written.js';

interface Settlement {
  id: string;
  name: string;
  kind?: string;
  municipality: { id: string; name: string };
}

export interface LabelledQuery {
  query: string;
  /** The id of the settlement meant. */
  id: string;
  /** What kind of variation the query shows. */
  kind: string;
}

const settlements = data.settlements as Settlement[];
const here = path.dirname(fileURLToPath(import.meta.url));

/** A small seeded generator (mulberry32), so the file comes out the same each run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYOUT_RU = 'йцукенгшщзхъфывапролджэячсмитьбю';
const LAYOUT_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.";

/** Neighbouring keys of the Russian layout, for realistic wrong letters. */
const ROWS = ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'];
function neighbours(letter: string): string[] {
  for (const row of ROWS) {
    const at = row.indexOf(letter);
    if (at >= 0) return [row[at - 1], row[at + 1]].filter((c): c is string => Boolean(c));
  }
  return [];
}

/** Letters people confuse by sound, more often than by key. */
const SOUNDS: Record<string, string[]> = {
  а: ['о'],
  о: ['а'],
  е: ['и', 'э'],
  и: ['е', 'ы'],
  ы: ['и'],
  э: ['е'],
  з: ['с'],
  с: ['з'],
  д: ['т'],
  т: ['д'],
  б: ['п'],
  п: ['б'],
  г: ['к'],
  к: ['г', 'х'],
  х: ['к'],
  ю: ['у'],
  я: ['а'],
  ц: ['с'],
};

/** Latin spellings: GOST 7.79 (system B), the passport rules of 2013, and casual ones. */
const GOST: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'j',
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
  х: 'x',
  ц: 'cz',
  ч: 'ch',
  ш: 'sh',
  щ: 'shh',
  ъ: '``',
  ы: "y'",
  ь: '`',
  э: "e'",
  ю: 'yu',
  я: 'ya',
};
const PASSPORT: Record<string, string> = {
  ...GOST,
  й: 'i',
  х: 'kh',
  ц: 'ts',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
const CASUAL: Record<string, string[]> = {
  й: ['y', 'j', 'i'],
  х: ['kh', 'h', 'h', 'x'],
  ж: ['zh', 'zh', 'j'],
  ц: ['ts', 'c', 'tz'],
  щ: ['sch', 'sh', 'shch'],
  ы: ['y', 'i'],
  ь: ['', '', "'"],
  ъ: ['', "'"],
  э: ['e'],
  ю: ['yu', 'ju', 'iu'],
  я: ['ya', 'ja', 'ia'],
  ё: ['yo', 'e', 'jo'],
};

function romanize(name: string, system: 'gost' | 'passport' | 'casual', next: () => number) {
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i]!;
    let roman: string;
    if (system === 'gost') {
      roman = GOST[char] ?? char;
      // GOST 7.79 writes ц as "c" except before e, i, y and j.
      if (char === 'ц' && !/[еийыэ]/.test(lower[i + 1] ?? '')) roman = 'c';
    } else if (system === 'passport') {
      roman = PASSPORT[char] ?? char;
    } else {
      const choices = CASUAL[char];
      roman = choices ? choices[Math.floor(next() * choices.length)]! : (PASSPORT[char] ?? char);
    }
    out += name[i] !== lower[i] ? roman.charAt(0).toUpperCase() + roman.slice(1) : roman;
  }
  return out;
}

function withCase(text: string, next: () => number): string {
  const roll = next();
  if (roll < 0.45) return text.toLowerCase();
  if (roll < 0.55) return text.toUpperCase();
  return text;
}

function typo(word: string, next: () => number): string {
  const letters = [...word];
  // People rarely get the first letter wrong.
  const at = 1 + Math.floor(next() * (letters.length - 1));
  const roll = next();
  const letter = letters[at]!.toLowerCase();
  if (roll < 0.25) letters.splice(at, 1);
  else if (roll < 0.45) letters.splice(at, 0, letters[at]!);
  else if (roll < 0.75) {
    const choices = [...(SOUNDS[letter] ?? []), ...neighbours(letter)];
    if (choices.length === 0) letters.splice(at, 1);
    else letters[at] = choices[Math.floor(next() * choices.length)]!;
  } else if (at + 1 < letters.length) {
    [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  } else letters.splice(at, 1);
  return letters.join('');
}

const TYPE_WORDS = ['с. ', 'с.', 'село ', 'с ', 'пос. ', 'п. ', 'пгт ', 'аул ', 'х. ', 'хутор '];
const CITY_WORDS = ['г. ', 'г.', 'город ', 'г '];

/** The district's adjective as people write it: whole, cut short, in the genitive, with "р-н". */
function districtAs(municipality: string, next: () => number): string {
  const words = fold(municipality).split(' ');
  const adjective = words.find((word) => /(ский|цкий)$/.test(word));
  if (!adjective) {
    const city = municipality.match(/город ([^"]+)/)?.[1] ?? municipality;
    return next() < 0.5 ? city : `г. ${city}`;
  }
  const stem = adjective.replace(/ий$/, '');
  const forms = [
    adjective,
    `${adjective} район`,
    `${adjective} р-н`,
    `${stem}ого района`,
    `${stem}ий р-н`,
    adjective.slice(0, Math.max(5, adjective.length - 4)),
  ];
  const form = forms[Math.floor(next() * forms.length)]!;
  return next() < 0.6 ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

function abbreviate(name: string, next: () => number): string | null {
  const words = name.split(/([\s-]+)/);
  const parts = words.filter((word, i) => i % 2 === 0 && word.length > 3);
  if (parts.length < 2) return null;
  const first = words[0]!;
  if (first.length <= 3) return null;
  const cut = first.slice(0, 1 + Math.floor(next() * 3));
  const joiner = next() < 0.5 ? '. ' : next() < 0.5 ? '.' : ' ';
  return `${cut}${joiner}${words.slice(2).join('')}`;
}

const byName = new Map<string, Settlement[]>();
for (const settlement of settlements) {
  const key = fold(settlement.name).replace(/ /g, '');
  byName.set(key, [...(byName.get(key) ?? []), settlement]);
}
const compactNames = [...byName.keys()];

/** Whether the query, read plainly, names another settlement exactly: then it is no test. */
function namesAnother(query: string, id: string): boolean {
  const found = byName.get(fold(query).replace(/ /g, ''));
  return Boolean(found && !found.some((settlement) => settlement.id === id));
}

function generate(pool: Settlement[], seed: number, perKind: number): LabelledQuery[] {
  const next = random(seed);
  const out: LabelledQuery[] = [];
  const pickOne = () => pool[Math.floor(next() * pool.length)]!;
  const unique = pool.filter((s) => byName.get(fold(s.name).replace(/ /g, ''))!.length === 1);
  const pickUnique = () => unique[Math.floor(next() * unique.length)]!;
  const add = (query: string, settlement: Settlement, kind: string) => {
    if (!namesAnother(query, settlement.id)) out.push({ query, id: settlement.id, kind });
  };
  const count = (kind: string) => out.filter((q) => q.kind === kind).length;
  const fill = (kind: string, make: () => void) => {
    for (let tries = 0; count(kind) < perKind && tries < perKind * 30; tries++) make();
  };

  fill('case', () => {
    const s = pickUnique();
    add(withCase(s.name, next), s, 'case');
  });
  fill('type word', () => {
    const s = pickUnique();
    const words = s.kind === 'город' ? CITY_WORDS : TYPE_WORDS;
    add(withCase(words[Math.floor(next() * words.length)]! + s.name, next), s, 'type word');
  });
  fill('hyphens and spaces', () => {
    const s = pickUnique();
    if (!/[\s-]/.test(s.name)) return;
    const joiners = [' ', '', '-', ' - ', '  '];
    const joined = s.name.split(/[\s-]+/).join(joiners[Math.floor(next() * joiners.length)]);
    add(withCase(joined, next), s, 'hyphens and spaces');
  });
  fill('abbreviated word', () => {
    const s = pickUnique();
    const short = abbreviate(s.name, next);
    if (short) add(short, s, 'abbreviated word');
  });
  fill('prefix', () => {
    const s = pickUnique();
    const compact = fold(s.name).replace(/ /g, '');
    if (compact.length < 6) return;
    const length = Math.max(4, Math.round(compact.length * (0.5 + next() * 0.3)));
    const prefix = s.name.slice(0, length);
    const foldedPrefix = fold(prefix).replace(/ /g, '');
    // A prefix that other names share tells nothing of which was meant.
    if (compactNames.filter((name) => name.startsWith(foldedPrefix)).length > 1) return;
    add(withCase(prefix, next), s, 'prefix');
  });
  fill('typo', () => {
    const s = pickUnique();
    if (s.name.length < 5) return;
    add(withCase(typo(s.name, next), next), s, 'typo');
  });
  fill('two typos', () => {
    const s = pickUnique();
    if (s.name.length < 10) return;
    add(withCase(typo(typo(s.name, next), next), next), s, 'two typos');
  });
  fill('keyboard layout', () => {
    const s = pickUnique();
    const keys = [...s.name.toLowerCase()]
      .map((c) => LAYOUT_EN[LAYOUT_RU.indexOf(c)] ?? (c === '-' ? '-' : c))
      .join('');
    const typed = next() < 0.25 ? keys.charAt(0).toUpperCase() + keys.slice(1) : keys;
    add(typed, s, 'keyboard layout');
  });
  fill('latin', () => {
    const s = pickUnique();
    const roll = next();
    const system = roll < 0.3 ? 'gost' : roll < 0.55 ? 'passport' : 'casual';
    add(withCase(romanize(s.name, system, next), next), s, `latin`);
  });
  fill('district', () => {
    const s = pickOne();
    const same = byName.get(fold(s.name).replace(/ /g, ''))!;
    if (same.length < 2 && next() < 0.7) return;
    // Two of one name in one district (Белиджи, Кирпичный) cannot be told apart by typing.
    if (same.some((other) => other !== s && other.municipality.id === s.municipality.id)) return;
    const name = withCase(s.name, next);
    const district = districtAs(s.municipality.name, next);
    const query = next() < 0.8 ? `${name} ${district}` : `${name}, ${district}`;
    out.push({ query, id: s.id, kind: 'district' });
  });
  fill('combined', () => {
    const s = pickUnique();
    const roll = next();
    if (roll < 0.35 && s.name.length >= 6) {
      add(
        `${TYPE_WORDS[Math.floor(next() * TYPE_WORDS.length)]!}${typo(s.name, next)}`,
        s,
        'combined',
      );
    } else if (roll < 0.7) {
      const roman = romanize(s.name, 'casual', next);
      if (roman.length >= 7) add(typo(roman, next), s, 'combined');
    } else {
      const words = s.kind === 'город' ? CITY_WORDS : TYPE_WORDS;
      add(
        `${words[Math.floor(next() * words.length)]!}${s.name} ${districtAs(s.municipality.name, next)}`,
        s,
        'combined',
      );
    }
  });
  return out;
}

/** Every fourth settlement, by a hash of its id, is kept apart for the held-out part. */
function heldOut(settlement: Settlement): boolean {
  let hash = 0;
  for (const char of settlement.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 4 === 0;
}

const tuningPool = settlements.filter((s) => !heldOut(s));
const heldOutPool = settlements.filter(heldOut);
const resolve = (entries: typeof handWritten.tuning) =>
  entries.map(([query, name, district, kind]) => {
    const matches = settlements.filter(
      (s) => s.name === name && (!district || s.municipality.name.includes(district)),
    );
    if (matches.length !== 1) throw new Error(`«${name}» ${district ?? ''}: ${matches.length}`);
    return { query, id: matches[0]!.id, kind };
  });

const output = {
  source:
    'Queries made for the settlements of src/mocks/data/dagestan-settlements.json ' +
    '(KLADR, ФНС России, 2021) by bench/queries/make-queries.ts and hand-written.ts.',
  tuning: [...generate(tuningPool, 20261203, 40), ...resolve(handWritten.tuning)],
  heldOut: [...generate(heldOutPool, 77031, 25), ...resolve(handWritten.heldOut)],
};
writeFileSync(path.join(here, 'settlement-queries.json'), `${JSON.stringify(output, null, 1)}\n`);
console.log(`tuning: ${output.tuning.length}, held out: ${output.heldOut.length}`);
