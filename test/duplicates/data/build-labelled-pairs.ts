/// <reference types="node" />
/**
 * Builds `labelled-pairs.json`: pairs of a typed candidate and a registered
 * organization, each labelled a duplicate or not, for measuring `findDuplicates`.
 *
 * Run from the repository root, with the shared data beside it at `../shared`:
 *
 *     npx tsx test/duplicates/data/build-labelled-pairs.ts
 *
 * (or with `SHARED_DIR=/path/to/shared` when it lives elsewhere).
 *
 * The same sources always give the same pairs. About a third of them, chosen by
 * a hash of the pair's id, are marked `held-out`: the matcher is never tuned on
 * them, and the test reports them apart. SOURCES.md says where each name comes from.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Organization, Settlement } from '../../../src/contract/types.js';
import {
  createRandom,
  LEGAL_FORMS,
  makeInn,
  makeOgrn,
  schoolName,
  settlementAdjective,
} from '../../../src/mocks/generate.js';
import settlementData from '../../../src/mocks/data/dagestan-settlements.json' with { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
// The shared data sits beside the repository; SHARED_DIR points elsewhere.
const shared = process.env.SHARED_DIR ?? path.resolve(here, '../../../../shared');
const schools = path.join(shared, 'data/schools');
const output = path.join(here, 'labelled-pairs.json');

export interface Candidate {
  name?: string;
  inn?: string;
  ogrn?: string;
  settlementId?: string;
}

export interface LabelledPair {
  id: string;
  /** Which source and construction the pair comes from. */
  group: string;
  split: 'tune' | 'held-out';
  duplicate: boolean;
  candidate: Candidate;
  registered: Organization;
}

const random = createRandom(2026);
const chance = (p: number) => random() < p;
const choose = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;

const pairs: LabelledPair[] = [];
const counters = new Map<string, number>();

function add(group: string, duplicate: boolean, candidate: Candidate, registered: Organization) {
  const count = (counters.get(group) ?? 0) + 1;
  counters.set(group, count);
  const id = `${group}-${String(count).padStart(3, '0')}`;
  pairs.push({
    id,
    group,
    split: heldOut(id) ? 'held-out' : 'tune',
    duplicate,
    candidate,
    registered,
  });
}

/** FNV-1a of the id: a third of the pairs, the same third on every run. */
function heldOut(id: string): boolean {
  let hash = 0x811c9dc5;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % 3 === 0;
}

// ---------------------------------------------------------------- reading the sources

/** Rows of a comma-separated file with double-quoted fields. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(schools, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) {
      field += char;
    } else if (char === ',') {
      endField();
    } else if (char === '\n') {
      endRow();
    }
  }
  if (field || row.length > 0) endRow();
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

const numberOf = (name: string) => name.match(/№\s*(\d+)/)?.[1] ?? null;
const tidy = (name: string) => name.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- Moscow

const MOSCOW = '7700000000000';
const moscow = (id: string, fullName: string, extra: Partial<Organization> = {}) => ({
  id,
  fullName: tidy(fullName),
  settlementId: MOSCOW,
  ...extra,
});
/** A Moscow candidate says its settlement about half the time. */
const inMoscow = (name: string): Candidate =>
  chance(0.5) ? { name, settlementId: MOSCOW } : { name };

const ege = readCsv('moscow_schools_ege_2016_ogrn.csv').map((row) => ({
  name: tidy(row.EDU_NAME!),
  ogrn: row.OGRN!,
  older: row.LINK!.match(/value=(.*)\}$/)?.[1],
}));
const datagov = readCsv('moscow_schools_datagov_2013.csv').map((row) => tidy(row.name!));
const rating = readCsv('moscow_schools_rating_2017_shortnames.csv').map((row) =>
  tidy(row.short_name!),
);

const egeByNumber = new Map<string, typeof ege>();
for (const school of ege) {
  const number = numberOf(school.name);
  if (number) egeByNumber.set(number, [...(egeByNumber.get(number) ?? []), school]);
}
const uniqueEge = (number: string | null) => {
  const found = number ? egeByNumber.get(number) : undefined;
  return found?.length === 1 ? found[0] : undefined;
};

/**
 * The kind a name says, roughly, to keep out pairs whose sources disagree on it:
 * a school renamed from СОШ to лицей cannot be told from another school.
 */
function roughKind(name: string): string | null {
  const lower = name.toLowerCase();
  if (/гимнази/.test(lower)) return 'гимназия';
  if (/лице[йя]/.test(lower)) return 'лицей';
  if (/интернат/.test(lower)) return 'интернат';
  if (/центр образования|образовательный центр/.test(lower)) return 'центр';
  if (/средняя общеобразовательная школа|(?<![а-я])сош(?![а-я])/.test(lower)) return 'сош';
  if (/(?<![а-я])(шор|тк|кмб)(?![а-я])|колледж|училищ|техникум/.test(lower)) return 'другое';
  return null;
}
const kindsAgree = (a: string, b: string) => {
  const [x, y] = [roughKind(a), roughKind(b)];
  return x !== 'другое' && y !== 'другое' && (x === null || y === null || x === y);
};

// Two official names of one OGRN: the name of 2016 and the older one beside it.
ege.forEach((school, index) => {
  if (!school.older || school.older === 'null' || school.older === school.name) return;
  add('moscow-ogrn-names', true, inMoscow(school.older), moscow(`msk-${index}`, school.name));
});

// The short names of the 2017 rating, with the full name of the same number.
rating.forEach((short, index) => {
  const full = uniqueEge(numberOf(short.replace(/№(\d)/, '№ $1')));
  if (!full || !kindsAgree(short, full.name)) return;
  const registered = moscow(`msk-r${index}`, full.name, chance(0.3) ? { ogrn: full.ogrn } : {});
  add('moscow-short-full', true, inMoscow(short), registered);
});

// The names of 2013 and of 2016 for one number: the school renamed, not another school.
datagov.forEach((old, index) => {
  const current = uniqueEge(numberOf(old));
  if (!current || !kindsAgree(old, current.name) || index % 4 !== 0) return;
  add('moscow-2013-2016', true, inMoscow(old), moscow(`msk-d${index}`, current.name));
});

/** A number that shares digits with `number`: 12 for 2, 1426 for 426, 1535 for 1553. */
function nearNumber(number: string): string[] {
  const n = Number(number);
  const near = [
    `1${number}`,
    `${number}1`,
    number.slice(1),
    number.slice(0, -1),
    String(n + 1),
    String(n - 1),
    number.split('').reverse().join(''),
    number.length > 2 ? number.slice(0, -2) + number.at(-1) + number.at(-2) : '',
  ];
  return near.filter((other) => other && other !== number && !other.startsWith('0'));
}

// Real schools whose numbers are close: «Школа № 426» is not «Школа № 1426».
let nearCount = 0;
for (const school of ege) {
  const number = numberOf(school.name);
  if (!number) continue;
  const other = nearNumber(number)
    .map((near) => uniqueEge(near))
    .find((found) => found && kindsAgree(found.name, school.name));
  if (!other || nearCount++ % 2 === 1) continue;
  add('moscow-near-number', false, inMoscow(school.name), moscow(`msk-n${nearCount}`, other.name));
}

// Short names against the full name of a school with a close number.
rating.forEach((short, index) => {
  const number = numberOf(short.replace(/№(\d)/, '№ $1'));
  if (!number) return;
  const other = nearNumber(number)
    .map((near) => uniqueEge(near))
    .find((found) => found && kindsAgree(found.name, short));
  if (!other) return;
  add('moscow-short-near-number', false, inMoscow(short), moscow(`msk-rn${index}`, other.name));
});

// Schools without a number, named by words alone: «Лицей «Вторая школа»» is not «Школа «Спектр»».
const unnumbered = ege.filter(
  (school) => !numberOf(school.name) && /общеобразовательное/.test(school.name),
);
unnumbered.forEach((school, index) => {
  const other = unnumbered[(index + 1) % unnumbered.length]!;
  add('moscow-other-words', false, inMoscow(school.name), moscow(`msk-w${index}`, other.name));
});

// The same number under another kind: a lyceum named as a gymnasium is another school.
const OTHER_KIND_WORD: Record<string, string> = { лицей: 'гимназия', гимназия: 'лицей' };
function swapKind(name: string): string | null {
  const found = name.match(/лицей|гимназия/i);
  if (!found) return null;
  const word = found[0];
  const other = OTHER_KIND_WORD[word.toLowerCase()]!;
  const cased =
    word === word.toUpperCase()
      ? other.toUpperCase()
      : word[0] === word[0]!.toUpperCase()
        ? other[0]!.toUpperCase() + other.slice(1)
        : other;
  return name.slice(0, found.index) + cased + name.slice(found.index! + word.length);
}
rating.forEach((short, index) => {
  const full = uniqueEge(numberOf(short.replace(/№(\d)/, '№ $1')));
  const swapped = swapKind(short);
  if (!full || !swapped || !kindsAgree(short, full.name)) return;
  add('moscow-other-kind', false, inMoscow(swapped), moscow(`msk-k${index}`, full.name));
});
datagov.forEach((old, index) => {
  const swapped = swapKind(old);
  if (!swapped || !numberOf(old) || index % 2 !== 0) return;
  add('moscow-other-kind', false, inMoscow(swapped), moscow(`msk-dk${index}`, old));
});

// ---------------------------------------------------------------- the registry sample

interface RegistryRecord {
  full_name: string;
  short_name: string | null;
  inn: string;
  ogrn: string;
}
const registry = JSON.parse(
  readFileSync(path.join(schools, 'rosobrnadzor_registry_sample_skillline.json'), 'utf8'),
) as RegistryRecord[];

registry.forEach((record, index) => {
  const registered: Organization = {
    id: `reg-${index}`,
    fullName: tidy(record.full_name),
    ...(record.short_name ? { shortName: tidy(record.short_name) } : {}),
    inn: record.inn,
    ogrn: record.ogrn,
    settlementId: `registry-${index}`,
  };
  const other = registry[(index + 1) % registry.length]!;
  // The same INN or OGRN is the same organization, whatever name is typed beside it.
  add('registry-same-number', true, { inn: record.inn }, registered);
  add('registry-same-number', true, { ogrn: record.ogrn, name: other.full_name }, registered);
  add(
    'registry-same-number',
    true,
    { inn: ` ${record.inn.slice(0, 4)} ${record.inn.slice(4)}` },
    registered,
  );
  add('registry-other-number', false, { inn: other.inn }, registered);
  add('registry-other-number', false, { ogrn: other.ogrn }, registered);
  if (record.short_name) {
    add(
      'registry-full-short',
      true,
      { name: record.short_name },
      { ...registered, shortName: undefined },
    );
  }
});

// ---------------------------------------------------------------- Dagestan

const settlements: Settlement[] = settlementData.settlements;
const cities = settlements.filter((s) => s.kind === 'город');
const villages = settlements.filter(
  (s) => s.kind !== 'город' && settlementAdjective(s.name) && !/[\s-]/.test(s.name),
);

type Kind = 'СОШ' | 'ООШ' | 'НОШ' | 'гимназия' | 'лицей' | 'школа-интернат' | 'центр образования';
const FULL_KIND: Record<Kind, string> = {
  СОШ: 'средняя общеобразовательная школа',
  ООШ: 'основная общеобразовательная школа',
  НОШ: 'начальная общеобразовательная школа',
  гимназия: 'гимназия',
  лицей: 'лицей',
  'школа-интернат': 'школа-интернат',
  'центр образования': 'центр образования',
};
const NAMESAKES = [
  ['Расула Гамзатова', 'Р. Гамзатова', 'Р.Г. Гамзатова'],
  ['Юрия Гагарина', 'Ю. Гагарина', 'Ю.А. Гагарина'],
  ['Гамзата Цадасы', 'Г. Цадасы', 'Г. Цадаса'],
  ['Сулеймана Стальского', 'С. Стальского', 'С.Стальского'],
  ['Магомед-Салиха Гусаева', 'М.-С. Гусаева', 'М-С. Гусаева'],
] as const;

/** The genitive of a settlement's name after «с.», «г.», as people write it. */
function genitive(name: string): string {
  if (/ск$/.test(name)) return `${name}а`;
  if (/а$/.test(name)) return `${name.slice(0, -1)}ы`;
  if (/[бвгдзклмнпрстфхц]$/.test(name)) return `${name}а`;
  return name;
}

let registeredCount = 0;
function dagestanSchool(settlement: Settlement, kind: Kind, number: number | null, namesake = -1) {
  const city = settlement.kind === 'город';
  const form = city
    ? choose(['МБОУ', 'МБОУ', 'МАОУ'] as const)
    : choose(['МКОУ', 'МКОУ', 'МБОУ'] as const);
  const person = namesake >= 0 ? NAMESAKES[namesake]! : null;
  const name = schoolName(settlement, form, kind, number, person ? [person[0], person[1]] : null);
  const office = `05${String(1 + (registeredCount % 48)).padStart(2, '0')}`;
  registeredCount += 1;
  const organization: Organization = {
    id: `dag-${registeredCount}`,
    fullName: name.fullName,
    shortName: name.shortName,
    inn: makeInn(office, random),
    ogrn: makeOgrn(office, random),
    settlementId: settlement.id,
  };
  return { organization, form, city };
}

const numberSign = (number: number) =>
  choose([
    `№ ${number}`,
    `№${number}`,
    `N ${number}`,
    `No. ${number}`,
    `номер ${number}`,
    `#${number}`,
  ]);
const quote = (text: string) => choose([`«${text}»`, `"${text}"`, `„${text}“`, text]);

/** How a person types the name of a school, in one of many ways. */
function typed(
  settlement: Settlement,
  kind: Kind,
  number: number | null,
  form: string,
  namesake = -1,
) {
  const adjective = settlementAdjective(settlement.name);
  const masculine = kind === 'лицей' || kind === 'центр образования';
  const placeAdjective = adjective && (masculine ? adjective.replace(/ая$/, 'ий') : adjective);
  const kindWord = chance(0.5) ? FULL_KIND[kind] : kind;
  const numbered = number === null ? '' : ` ${numberSign(number)}`;
  const city = settlement.kind === 'город';
  const place = choose(
    city
      ? [
          `г. ${settlement.name}`,
          `г. ${genitive(settlement.name)}`,
          `города ${genitive(settlement.name)}`,
          `город ${settlement.name}`,
        ]
      : [`с. ${settlement.name}`, `села ${settlement.name}`, `с.${settlement.name}`],
  );
  const person =
    namesake >= 0 && chance(0.7)
      ? ` ${choose(['им.', 'имени'])} ${choose(NAMESAKES[namesake]!)}`
      : '';
  const legal = choose([form, form, LEGAL_FORMS[form as keyof typeof LEGAL_FORMS] ?? form, '']);

  const variants = [
    `${legal} ${quote(`${kindWord}${numbered}`)} ${place}${person}`,
    `${legal} ${kindWord}${numbered} ${place}${person}`,
    `${kindWord}${numbered}${person} ${place}`,
  ];
  if (placeAdjective) {
    variants.push(`${legal} ${quote(`${placeAdjective} ${kindWord}${numbered}${person}`)}`);
    variants.push(`${placeAdjective} ${kindWord}${numbered}${person}`);
  }
  let name = tidy(choose(variants));
  const upper = chance(0.15);
  if (upper) name = name.toUpperCase();
  else if (chance(0.15)) name = name.toLowerCase();
  if (chance(0.3)) name = name.replace(/ё/g, 'е');
  return name;
}

const withSettlement = (settlement: Settlement, name: string): Candidate =>
  chance(0.7) ? { name, settlementId: settlement.id } : { name };

const SCHOOL_KINDS: Kind[] = ['СОШ', 'СОШ', 'СОШ', 'ООШ', 'НОШ'];
const CITY_KINDS: Kind[] = [
  'СОШ',
  'СОШ',
  'гимназия',
  'лицей',
  'школа-интернат',
  'центр образования',
];
const OTHER_KIND: Record<Kind, Kind[]> = {
  СОШ: ['ООШ', 'НОШ', 'гимназия', 'лицей', 'школа-интернат'],
  ООШ: ['СОШ', 'НОШ'],
  НОШ: ['СОШ', 'ООШ'],
  гимназия: ['лицей', 'СОШ'],
  лицей: ['гимназия', 'СОШ'],
  'школа-интернат': ['СОШ', 'гимназия'],
  'центр образования': ['СОШ', 'лицей'],
};
const NEAR_NUMBERS: [number, number][] = [
  [2, 12],
  [1, 11],
  [3, 13],
  [1, 10],
  [4, 14],
  [5, 15],
  [2, 20],
  [7, 17],
  [1, 21],
  [6, 16],
  [12, 21],
  [3, 31],
  [8, 18],
  [2, 22],
  [9, 19],
  [1, 2],
  [13, 31],
  [10, 11],
];

for (let round = 0; round < 150; round++) {
  const city = chance(0.35);
  const settlement = city ? choose(cities) : choose(villages);
  const kind = city ? choose(CITY_KINDS) : choose(SCHOOL_KINDS);
  const numbered = city || chance(0.5);
  const [near, far] = choose(NEAR_NUMBERS);
  const [number, other] = chance(0.5) ? [near, far] : [far, near];
  const namesake = chance(0.2) ? Math.floor(random() * NAMESAKES.length) : -1;
  const school = dagestanSchool(settlement, kind, numbered ? number : null, namesake);

  // The same school, typed another way.
  const spelling = typed(settlement, kind, numbered ? number : null, school.form, namesake);
  add('dagestan-typed', true, withSettlement(settlement, spelling), school.organization);
  const { fullName, shortName } = school.organization;
  if (chance(0.5))
    add('dagestan-full-short', true, withSettlement(settlement, fullName), {
      ...school.organization,
      fullName: shortName!,
      shortName: undefined,
    });

  // Another number in the same settlement.
  if (numbered) {
    const name = typed(settlement, kind, other, school.form, namesake);
    add('dagestan-other-number', false, withSettlement(settlement, name), school.organization);
  }

  // Another kind with the same number.
  const otherKind = choose(OTHER_KIND[kind]);
  const kindName = typed(settlement, otherKind, numbered ? number : null, school.form);
  add('dagestan-other-kind', false, withSettlement(settlement, kindName), school.organization);

  // The same kind and number in another settlement, said by the id or by the name.
  const elsewhere = choose(
    city ? cities.filter((c) => c !== settlement) : villages.filter((v) => v !== settlement),
  );
  const elsewhereName = typed(elsewhere, kind, numbered ? number : null, school.form);
  const candidate = chance(0.5)
    ? { name: elsewhereName, settlementId: elsewhere.id }
    : { name: elsewhereName };
  add('dagestan-other-settlement', false, candidate, school.organization);
}

// Settlements whose names differ by a little: Верхнее and Нижнее Казанище, Ахты and Ахтын…
const byStem = new Map<string, Settlement[]>();
for (const settlement of villages) {
  const stem = settlement.name.slice(0, 4);
  byStem.set(stem, [...(byStem.get(stem) ?? []), settlement]);
}
let similarCount = 0;
for (const group of byStem.values()) {
  const distinct = group.filter((s, i) => group.findIndex((o) => o.name === s.name) === i);
  if (distinct.length < 2 || similarCount++ % 2 === 1) continue;
  const [first, second] = distinct as [Settlement, Settlement];
  const school = dagestanSchool(first, 'СОШ', null);
  add(
    'dagestan-similar-settlement',
    false,
    { name: typed(second, 'СОШ', null, school.form) },
    school.organization,
  );
  add(
    'dagestan-similar-settlement',
    true,
    { name: typed(first, 'СОШ', null, school.form) },
    school.organization,
  );
}

// ---------------------------------------------------------------- writing

pairs.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(output, `${JSON.stringify(pairs)}\n`);
execFileSync('npx', ['prettier', '--write', output], { stdio: 'ignore' });

const summary = [...counters].map(([group, count]) => `${group}: ${count}`).join(', ');
const positives = pairs.filter((pair) => pair.duplicate).length;
console.error(`${pairs.length} pairs (${positives} duplicates): ${summary}`);
