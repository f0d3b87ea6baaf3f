import { expect } from '@open-wc/testing';
import type { Municipality, Settlement } from '../../src/contract/types.js';
import data from '../../src/mocks/data/dagestan-settlements.json';
import {
  createSettlementSearch,
  fromLatinLayout,
  latinSkeleton,
  MAX_QUERY_LENGTH,
} from '../../src/search/index.js';

const settlements = data.settlements as Settlement[];
const index = createSettlementSearch(settlements);
const names = (query: string, limit = 5) => index.search(query, { limit }).map((s) => s.name);
const first = (query: string) => index.search(query, { limit: 1 })[0]?.name;

describe('settlement search', () => {
  it('returns the settlement objects themselves', () => {
    const [found] = index.search('Ахты');
    expect(settlements).to.include(found);
    expect(found!.municipality.name).to.equal('Ахтынский район');
  });

  it('reads no more of a pasted text than its first characters', () => {
    const pasted = `Ахты ${'село '.repeat(2000)}`;
    expect(index.search(pasted).map((s) => s.id)).to.deep.equal(
      index.search(pasted.slice(0, MAX_QUERY_LENGTH)).map((s) => s.id),
    );
  });

  it('answers nothing, and throws nothing, for a query that is not text', () => {
    for (const query of [null, undefined, 7, {}]) {
      expect(index.search(query as unknown as string), String(query)).to.deep.equal([]);
    }
  });

  it('finds a city despite case, ё/е and spaces', () => {
    for (const query of ['Махачкала', 'махачкала', 'МАХАЧКАЛА', '  махачкала  ']) {
      expect(first(query), query).to.equal('Махачкала');
    }
    expect(first('каспиИск')).to.equal('Каспийск');
  });

  it('ignores hyphens, spaces and punctuation inside a name', () => {
    for (const query of ['Шамхал-Термен', 'шамхал термен', 'шамхалтермен', 'Шамхал—Термен.']) {
      expect(first(query), query).to.equal('Шамхал-Термен');
    }
    expect(first('новый-кяхулай')).to.equal('Новый Кяхулай');
  });

  it('ignores a leading type word or its abbreviation', () => {
    const cases: [string, string][] = [
      ['с. Ахты', 'Ахты'],
      ['село Касумкент', 'Касумкент'],
      ['г. Дербент', 'Дербент'],
      ['город Хасавюрт', 'Хасавюрт'],
      ['пос. Новый Кяхулай', 'Новый Кяхулай'],
      ['пгт Шамхал', 'Шамхал'],
      ['аул Ахты', 'Ахты'],
      ['х. Кизляр', 'Кизляр'],
      ['г.Каспийск', 'Каспийск'],
    ];
    for (const [query, name] of cases) expect(first(query), query).to.equal(name);
  });

  it('finds by a prefix, the exact name first', () => {
    expect(first('Махач')).to.equal('Махачкала');
    expect(first('Касум')).to.equal('Касумкент');
    expect(names('Кяхулай')).to.deep.equal(['Кяхулай', 'Новый Кяхулай']);
    expect(names('Шамхал', 3)[0]).to.equal('Шамхал');
  });

  it('forgives one letter missing, extra, wrong or swapped', () => {
    expect(first('Дербнт')).to.equal('Дербент');
    expect(first('Дербеннт')).to.equal('Дербент');
    expect(first('Дербунт')).to.equal('Дербент');
    expect(first('Дербнет')).to.equal('Дербент');
    expect(first('Хасавюр')).to.equal('Хасавюрт');
    expect(first('Кизлар')).to.equal('Кизляр');
    expect(first('Касумкнет')).to.equal('Касумкент');
  });

  it('forgives a typo at any position, of every kind', () => {
    for (const name of ['Дербент', 'Касумкент', 'Хасавюрт', 'Каспийск']) {
      const word = name.toLowerCase();
      const typos = new Set<string>();
      for (let i = 0; i < word.length; i++) {
        typos.add(word.slice(0, i) + word.slice(i + 1));
        typos.add(`${word.slice(0, i)}ы${word.slice(i + 1)}`);
        typos.add(`${word.slice(0, i)}о${word.slice(i)}`);
        if (i + 1 < word.length) {
          typos.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
        }
      }
      for (const typo of typos) expect(names(typo, 20), typo).to.include(name);
    }
  });

  it('finds a name among a hundred thousand records', () => {
    const crowd: Settlement[] = [];
    for (let copy = 0; copy < 60; copy++) {
      for (const settlement of settlements) {
        const { id, name } = settlement;
        crowd.push({ ...settlement, id: `${id}-${copy}`, name: `${name}${copy}` });
      }
    }
    crowd.push(settlements.find((s) => s.name === 'Касумкент')!);
    const large = createSettlementSearch(crowd);
    expect(crowd.length).to.be.greaterThan(98_000);
    expect(large.search('Касумкнет', { limit: 1 })[0]!.id).to.equal('0503200000100');
    expect(large.search('rfcevrtyn', { limit: 1 })[0]!.id).to.equal('0503200000100');
  });

  it('ranks exact and prefix matches above typos', () => {
    // "Ахты" is exact; "Ашты" is one letter away and comes after it.
    const found = names('Ахты', 10);
    expect(found[0]).to.equal('Ахты');
    expect(found).to.include('Ашты');
    expect(found.indexOf('Ахтини')).to.be.lessThan(found.indexOf('Ашты'));
  });

  it('reads a query typed in the Latin layout', () => {
    expect(fromLatinLayout('lth,tyn')).to.equal('дербент');
    expect(first('lth,tyn')).to.equal('Дербент');
    expect(first('vf[fxrfkf')).to.equal('Махачкала');
    expect(first('[fcfd.hn')).to.equal('Хасавюрт');
    expect(first('F[ns')).to.equal('Ахты');
    expect(first('rfcgbqcr')).to.equal('Каспийск');
  });

  it('finds Latin spellings of the usual transliterations', () => {
    const cases: [string, string][] = [
      ['Makhachkala', 'Махачкала'],
      ['Mahachkala', 'Махачкала'],
      ['Derbent', 'Дербент'],
      ['Kizlyar', 'Кизляр'],
      ['Kizljar', 'Кизляр'],
      ['Khasavyurt', 'Хасавюрт'],
      ['Hasavjurt', 'Хасавюрт'],
      ['Kaspiysk', 'Каспийск'],
      ['Kaspijsk', 'Каспийск'],
      ['Akhty', 'Ахты'],
      ['Kasumkent', 'Касумкент'],
      ['Shamkhal-Termen', 'Шамхал-Термен'],
      ['Novyj Kjahulaj', 'Новый Кяхулай'],
    ];
    for (const [query, name] of cases) expect(first(query), query).to.equal(name);
    expect(latinSkeleton('Хасавюрт')).to.equal(latinSkeleton('Khasavyurt'));
  });

  it('keeps same-named settlements apart, and narrows by the district', () => {
    const found = index.search('Советское', { limit: 10 });
    const sovetskoe = found.filter((s) => s.name === 'Советское');
    expect(sovetskoe).to.have.length(3);

    for (const query of ['Советское Магарамкентский', 'Магарамкентский Советское']) {
      const [found, ...rest] = index.search(query);
      expect(found!.municipality.name, query).to.equal('Магарамкентский район');
      expect(
        rest.every((s) => s.name !== 'Советское'),
        query,
      ).to.equal(true);
    }
    const [short] = index.search('советское магарамкент');
    expect(short!.municipality.name).to.equal('Магарамкентский район');
  });

  it('puts a city above a village of the same score', () => {
    const cityNamed = index.search('Кизляр', { limit: 5 });
    expect(cityNamed[0]).to.include({ name: 'Кизляр', kind: 'город' });
    const cities = createSettlementSearch<Settlement>([
      { id: 'v', name: 'Дербентка', municipality: { id: 'm', name: 'Район' } },
      { id: 'c', name: 'Дербентск', kind: 'город', municipality: { id: 'm', name: 'Район' } },
    ]);
    expect(cities.search('Дербент').map((s) => s.id)).to.deep.equal(['c', 'v']);
  });

  it('respects the limit, finds nothing for nonsense, lists cities first without a query', () => {
    expect(index.search('а', { limit: 3 })).to.have.length(3);
    expect(index.search('zzqqxx')).to.deep.equal([]);
    for (const query of ['%_', '!!!', ' - . ']) {
      expect(index.search(query), query).to.deep.equal([]);
    }
    const all = index.search('', { limit: 12 });
    expect(all.slice(0, 10).every((s) => s.kind === 'город')).to.equal(true);
  });

  it('reads an abbreviated, reordered or run-together word of a multi-word name', () => {
    const cases: [string, string][] = [
      ['Н. Казанище', 'Нижнее Казанище'],
      ['В.Казанище', 'Верхнее Казанище'],
      ['Даг. Огни', 'Дагестанские Огни'],
      ['Дагогни', 'Дагестанские Огни'],
      ['Гоцатль Б.', 'Гоцатль Большой'],
      ['Большой Гоцатль', 'Гоцатль Большой'],
      ['имени Кирова', 'им Кирова'],
      ['Цовкра-1', 'Цовкра 1-я'],
    ];
    for (const [query, name] of cases) expect(first(query), query).to.equal(name);
  });

  it('reads GOST 7.79, the passport rules and casual spellings', () => {
    const cases: [string, string][] = [
      ['Xasavyurt', 'Хасавюрт'],
      ['Gocatl Bolshoj', 'Гоцатль Большой'],
      ['Kaspijsk', 'Каспийск'],
      ['Majalis', 'Маджалис'],
      ['Madzhalis', 'Маджалис'],
      ['Tsudakhar', 'Цудахар'],
      ['Cudahar', 'Цудахар'],
      ['Kizliar', 'Кизляр'],
      ['Yuzhno-Sukhokumsk', 'Южно-Сухокумск'],
      ['Južno-Suhokumsk', 'Южно-Сухокумск'],
    ];
    for (const [query, name] of cases) expect(first(query), query).to.equal(name);
  });

  it('narrows by the district in any case ending, abbreviated, or with the region', () => {
    const cases: [string, string][] = [
      ['Аксай Хунзахского района', 'Хунзахский район'],
      ['Аксай, Хасавюртовский р-н', 'Хасавюртовский район'],
      ['Хпюк С.-Стальский', 'Сулейман-Стальский район'],
      ['Магарамкентский район, с. Советское', 'Магарамкентский район'],
      ['Республика Дагестан, Тляратинский район, с. Тлярата', 'Тляратинский район'],
    ];
    for (const [query, district] of cases) {
      expect(index.search(query)[0]!.municipality.name, query).to.equal(district);
    }
    // A letter that only starts the district's name does not stand for it.
    expect(first('Н.Чиркей')).to.equal('Новый Чиркей');
  });

  it('drops a type word after the name, or several before it', () => {
    expect(first('Махачкала г')).to.equal('Махачкала');
    expect(first('Ахты село')).to.equal('Ахты');
    expect(first('п. г. т. Ленинкент')).to.equal('Ленинкент');
  });

  it('searches municipalities as well', () => {
    const municipalities = createSettlementSearch(data.municipalities as Municipality[]);
    expect(municipalities.search('Ахтынский')[0]!.name).to.equal('Ахтынский район');
    expect(municipalities.search('ахты')[0]!.name).to.equal('Ахтынский район');
    expect(municipalities.search('Кизляр')[0]!.kind).to.equal('city');
    expect(municipalities.search('Сулейман Стальский')[0]!.name).to.equal(
      'Сулейман-Стальский район',
    );
  });
});
