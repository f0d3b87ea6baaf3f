/**
 * Sample schools and education authorities for the real settlements of
 * Dagestan. No public list of the region's schools exists, so the mock
 * backend invents them: the same seed always gives the same records, named
 * and numbered the way real ones are, with check digits that pass.
 */
import type { Authority, Municipality, Organization, Settlement } from '../contract/types.js';

/** A generated school, with what the mock needs beyond the contract. */
export interface MockOrganization extends Organization {
  municipalityId: string;
  /** Whether the school already works in the network (for coverage). */
  connected: boolean;
  /** Whether its connection awaits moderation. */
  pending?: boolean;
}

export interface GeneratedRegistry {
  organizations: MockOrganization[];
  authorities: Authority[];
}

/** A small, fast, seeded generator (mulberry32): numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

function choose<T>(random: Random, options: readonly T[]): T {
  return options[Math.floor(random() * options.length)] as T;
}

function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

// ---------------------------------------------------------------- registry numbers

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

const digits = (random: Random, count: number) =>
  Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('');

/** A 10-digit INN of an organization registered at `taxOffice` (e.g. `0522`). */
export function makeInn(taxOffice: string, random: Random): string {
  const body = taxOffice + digits(random, 5);
  let sum = 0;
  INN_WEIGHTS.forEach((weight, i) => (sum += weight * Number(body[i])));
  return body + String((sum % 11) % 10);
}

/** A 13-digit OGRN of a legal entity of region 05, with its mod-11 check digit. */
export function makeOgrn(taxOffice: string, random: Random): string {
  const year = String(between(random, 2, 22)).padStart(2, '0');
  const body = `1${year}${taxOffice}${digits(random, 5)}`;
  let rest = 0;
  for (const digit of body) rest = (rest * 10 + Number(digit)) % 11;
  return body + String(rest % 10);
}

export const makeKpp = (taxOffice: string) => `${taxOffice}01001`;

// ---------------------------------------------------------------- names

export const LEGAL_FORMS = {
  МБОУ: 'Муниципальное бюджетное общеобразовательное учреждение',
  МКОУ: 'Муниципальное казённое общеобразовательное учреждение',
  МАОУ: 'Муниципальное автономное общеобразовательное учреждение',
  ГБОУ: 'Государственное бюджетное общеобразовательное учреждение',
  ЧОУ: 'Частное общеобразовательное учреждение',
} as const;
type LegalForm = keyof typeof LEGAL_FORMS;

const KINDS = {
  СОШ: { full: 'средняя общеобразовательная школа', short: 'СОШ', masculine: false },
  ООШ: { full: 'основная общеобразовательная школа', short: 'ООШ', masculine: false },
  НОШ: { full: 'начальная общеобразовательная школа', short: 'НОШ', masculine: false },
  гимназия: { full: 'гимназия', short: 'гимназия', masculine: false },
  лицей: { full: 'лицей', short: 'лицей', masculine: true },
  'школа-интернат': { full: 'школа-интернат', short: 'школа-интернат', masculine: false },
  'центр образования': { full: 'центр образования', short: 'центр образования', masculine: true },
} as const;
type Kind = keyof typeof KINDS;

const NAMESAKES = [
  ['Расула Гамзатова', 'Р. Гамзатова'],
  ['Гамзата Цадасы', 'Г. Цадасы'],
  ['Сулеймана Стальского', 'С. Стальского'],
  ['Эффенди Капиева', 'Э. Капиева'],
  ['Героя Советского Союза Магомеда Гаджиева', 'Героя Советского Союза М. Гаджиева'],
  ['Алибека Тахо-Годи', 'А. Тахо-Годи'],
  ['Юрия Гагарина', 'Ю. Гагарина'],
  ['Александра Сергеевича Пушкина', 'А.С. Пушкина'],
] as const;

/**
 * The feminine adjective of a settlement's name ("Ахты" → "Ахтынская"),
 * or `null` where no simple rule gives a believable one.
 */
export function settlementAdjective(name: string): string | null {
  if (!/^[А-ЯЁ][а-яё]+$/.test(name)) return null;
  if (/(ое|ый|ий|ой|ая|ья|ье|ь|й|о|у|е|э|ю|я|ш|щ|ж|ч|ц)$/.test(name)) return null;

  if (/ы$/.test(name)) return `${name}нская`;
  if (/[иа]$/.test(name)) return `${name.slice(0, -1)}инская`;
  if (/ка$/.test(name)) return `${name.slice(0, -2)}ская`;
  if (/ск$/.test(name)) return `${name}ая`;
  if (/[кгх]$/.test(name)) return `${name}ская`;
  if (/л$/.test(name)) return `${name}ьская`;
  return `${name}ская`;
}

/** "с. Ахты" or "г. Дербент", as a name or an address writes a settlement. */
export const settlementLabel = (settlement: Settlement) =>
  `${settlement.kind === 'город' ? 'г.' : 'с.'} ${settlement.name}`;

interface SchoolName {
  fullName: string;
  shortName: string;
}

export function schoolName(
  settlement: Settlement,
  form: LegalForm,
  kind: Kind,
  number: number | null,
  namesake: readonly [string, string] | null,
): SchoolName {
  const feminine = settlementAdjective(settlement.name);
  const adjective = feminine && KINDS[kind].masculine ? feminine.replace(/ая$/, 'ий') : feminine;
  const numbered = number === null ? '' : ` № ${number}`;
  const fullNamesake = namesake ? ` имени ${namesake[0]}` : '';
  const shortNamesake = namesake ? ` им. ${namesake[1]}` : '';
  const place = adjective ? '' : ` ${settlementLabel(settlement)}`;
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  const fullKind = adjective ? `${adjective} ${KINDS[kind].full}` : capital(KINDS[kind].full);
  const shortKind = adjective ? `${adjective} ${KINDS[kind].short}` : capital(KINDS[kind].short);
  const formFull = form === 'ГБОУ' ? `${LEGAL_FORMS[form]} Республики Дагестан` : LEGAL_FORMS[form];
  const formShort = form === 'ГБОУ' ? 'ГБОУ РД' : form;

  return {
    fullName: `${formFull} "${fullKind}${numbered}${place}${fullNamesake}"`,
    shortName: `${formShort} "${shortKind}${numbered}${place}${shortNamesake}"`,
  };
}

// ---------------------------------------------------------------- sizes

const CITY_SCHOOLS: Record<string, [number, number]> = {
  Махачкала: [15, 40],
  Хасавюрт: [10, 18],
  Дербент: [10, 18],
  Каспийск: [9, 15],
  Буйнакск: [6, 12],
  Кизляр: [6, 10],
  Кизилюрт: [5, 9],
  Избербаш: [5, 9],
};

/** The first settlement of a district's code block is its centre (Ахты, Касумкент). */
const isDistrictCentre = (settlement: Settlement) =>
  settlement.kind !== 'город' && settlement.id.endsWith('00000100');

function schoolCount(settlement: Settlement, random: Random): number {
  if (settlement.kind === 'город') {
    const [min, max] = CITY_SCHOOLS[settlement.name] ?? [3, 6];
    return between(random, min, max);
  }
  return isDistrictCentre(settlement) ? between(random, 3, 5) : between(random, 1, 3);
}

function pickKind(random: Random, city: boolean, centre: boolean, index: number): Kind {
  // Numbering starts with the ordinary schools; a district centre has at least two.
  if (index === 0 || (centre && index === 1)) return 'СОШ';
  if (!city)
    return weighted(random, [
      ['СОШ', 6],
      ['ООШ', 3],
      ['НОШ', 1],
    ] as const);
  return weighted(random, [
    ['СОШ', 14],
    ['гимназия', 2],
    ['лицей', 2],
    ['ООШ', 1],
    ['школа-интернат', 1],
    ['центр образования', 1],
  ] as const);
}

function pickForm(random: Random, city: boolean, kind: Kind): LegalForm {
  if (kind === 'школа-интернат') return 'ГБОУ';
  if (!city)
    return weighted(random, [
      ['МКОУ', 8],
      ['МБОУ', 2],
    ] as const);
  return weighted(random, [
    ['МБОУ', 12],
    ['МАОУ', 2],
    ['МКОУ', 1],
    ['ЧОУ', 1],
  ] as const);
}

// ---------------------------------------------------------------- addresses

const STREETS = [
  'ул. Ленина',
  'ул. Шамиля',
  'ул. Советская',
  'ул. Гагарина',
  'ул. Школьная',
  'ул. Центральная',
  'ул. Молодёжная',
  'ул. Р. Гамзатова',
  'ул. Магомеда Гаджиева',
  'просп. Имама Шамиля',
];

/** Postal codes of Dagestan run from 367000 to 368999; one block per municipality. */
function postalCode(municipalityIndex: number, random: Random): string {
  return String(367000 + ((municipalityIndex * 37) % 1900) + between(random, 0, 30));
}

function address(settlement: Settlement, municipalityIndex: number, random: Random): string {
  const parts = [postalCode(municipalityIndex, random), 'Республика Дагестан'];
  if (settlement.kind !== 'город') parts.push(settlement.municipality.name);
  parts.push(settlementLabel(settlement));
  parts.push(`${choose(random, STREETS)}, д. ${between(random, 1, 120)}`);
  return parts.join(', ');
}

// ---------------------------------------------------------------- the registry

export const PROFILE_BASE = 'https://network.example/organizations/';

/**
 * Invents the schools of every settlement and an authority for most
 * municipalities. Deterministic for a given seed.
 */
export function generateRegistry(
  settlements: readonly Settlement[],
  municipalities: readonly Municipality[],
  seed = 5,
): GeneratedRegistry {
  const random = createRandom(seed);
  const usedInn = new Set<string>();
  const usedOgrn = new Set<string>();
  const municipalityIndex = new Map(municipalities.map((m, i) => [m.id, i]));
  const taxOffice = (id: string) =>
    `05${String(((municipalityIndex.get(id) ?? 0) % 48) + 1).padStart(2, '0')}`;

  function registryNumbers(office: string) {
    let inn = makeInn(office, random);
    while (usedInn.has(inn)) inn = makeInn(office, random);
    let ogrn = makeOgrn(office, random);
    while (usedOgrn.has(ogrn)) ogrn = makeOgrn(office, random);
    usedInn.add(inn);
    usedOgrn.add(ogrn);
    return { inn, ogrn, kpp: makeKpp(office) };
  }

  const organizations: MockOrganization[] = [];
  for (const settlement of settlements) {
    const city = settlement.kind === 'город';
    const count = schoolCount(settlement, random);
    const office = taxOffice(settlement.municipality.id);
    const place = municipalityIndex.get(settlement.municipality.id) ?? 0;
    const centre = isDistrictCentre(settlement);
    const kinds = Array.from({ length: count }, (_, index) =>
      pickKind(random, city, centre, index),
    );
    const total = (kind: Kind) => kinds.filter((other) => other === kind).length;
    const numberOf: Partial<Record<Kind, number>> = {};

    for (const [index, kind] of kinds.entries()) {
      const first = index === 0 && kind === 'СОШ';
      const form = first ? (city ? 'МБОУ' : 'МКОУ') : pickForm(random, city, kind);
      numberOf[kind] = (numberOf[kind] ?? 0) + 1;
      // A school that is the only one of its kind in a village goes without a number.
      const number = total(kind) === 1 && !city ? null : numberOf[kind]!;
      const namesake = random() < 0.15 ? choose(random, NAMESAKES) : null;
      const name = schoolName(settlement, form, kind, number, namesake);

      const id = `oo-${settlement.id}-${String(index + 1).padStart(2, '0')}`;
      organizations.push({
        id,
        ...name,
        ...registryNumbers(office),
        address: address(settlement, place, random),
        settlementId: settlement.id,
        profileUrl: `${PROFILE_BASE}${id}`,
        generated: true,
        municipalityId: settlement.municipality.id,
        connected: random() < 0.55,
      });
      // Every third school not yet connected has applied: no draw, so the seed gives the same.
      const school = organizations[organizations.length - 1]!;
      if (!school.connected && index % 3 === 1) school.pending = true;
    }
  }

  const authorities: Authority[] = [];
  municipalities.forEach((municipality, index) => {
    // A few municipalities have no authority registered, for the municipal flow.
    if (index % 11 === 7) return;
    const subject =
      municipality.kind === 'city'
        ? `ГО "город ${municipality.name.replace(/^городской округ "город (.+)"$/, '$1')}"`
        : `МР "${municipality.name}"`;
    const id = `mouo-${municipality.id}`;
    authorities.push({
      id,
      fullName: `Управление образования администрации ${subject}`,
      shortName: `УО ${subject}`,
      inn: registryNumbers(taxOffice(municipality.id)).inn,
      municipalityId: municipality.id,
      profileUrl: `${PROFILE_BASE}${id}`,
      generated: true,
    });
  });

  return { organizations, authorities };
}
