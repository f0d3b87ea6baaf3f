import { expect } from '@open-wc/testing';
import type { Organization } from '../../src/contract/types.js';
import { findDuplicates, parseSchoolName, schoolSearch } from '../../src/duplicates/index.js';
import { createMockDb } from '../../src/mocks/db.js';

const AKHTY = '0500500000100';
const DERBENT = '0500000600000';

const school = (id: string, shortName: string, settlementId: string, extra = {}): Organization => ({
  id,
  fullName: shortName,
  shortName,
  settlementId,
  ...extra,
});

describe('duplicate matcher', () => {
  const db = createMockDb();
  const akhtySchools = db.organizationsOf(AKHTY);
  const akhtyFirst = akhtySchools.find((o) => o.shortName === 'МКОУ "Ахтынская СОШ № 1"')!;

  it('knows the generated Ахтынская СОШ № 1', () => {
    expect(akhtyFirst.fullName).to.equal(
      'Муниципальное казённое общеобразовательное учреждение ' +
        '"Ахтынская средняя общеобразовательная школа № 1"',
    );
  });

  it('takes the same INN or OGRN for the same organization, whatever the name', () => {
    const candidate = { inn: akhtyFirst.inn, name: 'Совсем другое имя' };
    const [byInn] = findDuplicates(candidate, db.organizations);
    expect(byInn!.organization.id).to.equal(akhtyFirst.id);
    expect(byInn!.score).to.equal(1);
    expect(byInn!.reasons).to.deep.equal(['same-inn']);

    const [byOgrn] = findDuplicates({ ogrn: ` ${akhtyFirst.ogrn} ` }, db.organizations);
    expect(byOgrn!.reasons).to.deep.equal(['same-ogrn']);

    const both = findDuplicates({ inn: akhtyFirst.inn, ogrn: akhtyFirst.ogrn }, db.organizations);
    expect(both).to.have.length(1);
    expect(both[0]!.reasons).to.deep.equal(['same-inn', 'same-ogrn']);
  });

  it('matches "МКОУ СОШ №1 с. Ахты" with the generated Ахтынская СОШ № 1', () => {
    for (const settlementId of [AKHTY, undefined]) {
      const candidate = { name: 'МКОУ СОШ №1 с. Ахты', settlementId };
      const matches = findDuplicates(candidate, db.organizations);
      expect(
        matches.map((m) => m.organization.id),
        String(settlementId),
      ).to.deep.equal([akhtyFirst.id]);
      expect(matches[0]!.reasons).to.deep.equal(['same-name']);
      expect(matches[0]!.score).to.be.within(0.6, 1);
    }
  });

  it('reads every way of writing one name alike', () => {
    const spellings = [
      'Муниципальное казенное общеобразовательное учреждение «Ахтынская средняя ' +
        'общеобразовательная школа №1»',
      'мкоу ахтынская сош N 1',
      'МКОУ „Ахтынская СОШ No. 1“',
      'МКОУ СОШ № 1 села Ахты',
      'СОШ номер 1 с.Ахты',
      'Ахтынская средняя школа No1',
      'АХТЫНСКАЯ СОШ #1',
      'СОШ 1 Ахтынская МКОУ',
    ];
    for (const spelling of spellings) {
      const [match] = findDuplicates({ name: spelling }, akhtySchools);
      expect(match?.organization.id, spelling).to.equal(akhtyFirst.id);
      expect(match!.reasons, spelling).to.deep.equal(['same-name']);
    }
  });

  it('reads the settlement in the name as a noun or as its adjective', () => {
    const kaspiysk = [school('k', 'МБОУ «Каспийская СОШ № 5»', '0500000400000')];
    for (const name of ['СОШ № 5 г. Каспийска', 'СОШ № 5 города Каспийск', 'каспийская сош 5']) {
      expect(findDuplicates({ name }, kaspiysk), name).to.have.length(1);
    }
    expect(findDuplicates({ name: 'СОШ № 5 г. Буйнакска' }, kaspiysk)).to.deep.equal([]);

    // Кемцы and Кемецкая, Удомля and Удомельская: a vowel drops from the noun.
    const kemtsy = [school('m', 'МБОУ «Кемецкая СОШ»', 'kemtsy')];
    expect(findDuplicates({ name: 'СОШ с. Кемцы' }, kemtsy)).to.have.length(1);
    const udomlya = [school('u', 'МОУ «Удомельская СОШ № 1»', 'udomlya')];
    expect(findDuplicates({ name: 'СОШ №1 г. Удомля' }, udomlya)).to.have.length(1);
  });

  it('knows the adjectives of cities with a linking -ов-: Хасавюртовская, Кизилюртовская', () => {
    for (const city of ['Хасавюрт', 'Кизилюрт']) {
      const registered = [school('c', `МБОУ «${city}овская СОШ № 1»`, 'city')];
      expect(findDuplicates({ name: `МБОУ "СОШ №1" г. ${city}` }, registered), city).to.have.length(
        1,
      );
    }
  });

  it("reads initials after a title as the person's, not as a settlement", () => {
    const name = 'МКОУ "Гунибская СОШ им. Героя России Г.Ш. Гаджимагомедова"';
    expect(parseSchoolName(name).namesake).to.equal('гаджимагомедов');
    expect(findDuplicates({ name }, [school('g', 'МКОУ «СОШ с. Гуниб»', 'gunib')])).to.have.length(
      1,
    );
  });

  it('tells villages with near names apart', () => {
    const botashyurt = [school('b', 'МБОУ «Боташюртская СОШ»', 'botashyurt')];
    expect(findDuplicates({ name: 'СОШ с. Ботаюрт' }, botashyurt)).to.deep.equal([]);
    const aranskaya = [school('a', 'МКОУ «Аранская СОШ»', 'aran')];
    expect(findDuplicates({ name: 'Аранинская СОШ' }, aranskaya)).to.deep.equal([]);
    // The same settlement, known by its id, forgives a misspelt place.
    const candidate = { name: 'Боташюрская СОШ', settlementId: 'botashyurt' };
    const [typo] = findDuplicates(candidate, botashyurt);
    expect(typo!.reasons).to.deep.equal(['similar-name']);
  });

  it('reads the district or region after the name as no part of it', () => {
    const registered = [school('a', 'МКОУ «Ахтынская СОШ № 2»', AKHTY)];
    const [match] = findDuplicates({ name: 'Ахтынская СОШ № 2 Ахтынского района' }, registered);
    expect(match!.reasons).to.deep.equal(['same-name']);
    const elsewhere = { name: 'Кахская СОШ № 2, Ахтынский район' };
    expect(findDuplicates(elsewhere, registered)).to.deep.equal([]);
  });

  it('reads "имени" and "им." alike, also on one side only', () => {
    const full = parseSchoolName('Дербентская СОШ № 4 имени Юрия Гагарина');
    const short = parseSchoolName('Дербентская СОШ №4 им. Ю. Гагарина');
    expect(full).to.deep.equal(short);
    expect(parseSchoolName('ГБОУ ШКОЛА № 641 ИМЕНИ С. ЕСЕНИНА').namesake).to.equal('есенин');

    const registered = [school('d', 'МБОУ «Дербентская СОШ № 4 им. Ю. Гагарина»', DERBENT)];
    expect(findDuplicates({ name: 'СОШ № 4 г. Дербента' }, registered)).to.have.length(1);
    const unnumbered = [school('c', 'ГБОУ Школа имени маршала В.И. Чуйкова', 'moscow')];
    expect(findDuplicates({ name: 'Школа им. Чуйкова' }, unnumbered)).to.have.length(1);
    expect(findDuplicates({ name: 'Школа им. Пушкина' }, unnumbered)).to.deep.equal([]);
  });

  it('reads initials before the kind: УСОШ, ТЕПСОШ', () => {
    const fullName = 'ЧОУ «Тверская епархиальная православная средняя общеобразовательная школа»';
    const registered = [school('t', fullName, 'tver')];
    expect(findDuplicates({ name: 'ТЕПСОШ' }, registered)).to.have.length(1);
    expect(findDuplicates({ name: 'КЕПСОШ' }, registered)).to.deep.equal([]);
  });

  it('needs the words of an unnumbered school to agree', () => {
    const registered = [school('v', 'ГБОУ города Москвы «Лицей «Вторая школа»', 'moscow')];
    expect(findDuplicates({ name: 'ГБОУ ЛИЦЕЙ "ВТОРАЯ ШКОЛА"' }, registered)).to.have.length(1);
    expect(findDuplicates({ name: 'ГБОУ Лицей «Интеллектуал»' }, registered)).to.deep.equal([]);
    const complex = [school('b', 'ГБОУ «Школа «Многопрофильный комплекс Бибирево»', 'moscow')];
    const kuzminki = { name: 'ГБОУ «Многопрофильный образовательный комплекс «Кузьминки»' };
    expect(findDuplicates(kuzminki, complex)).to.deep.equal([]);
  });

  it('does not take СОШ № 2 for СОШ № 12', () => {
    const registered = [
      school('12', 'МБОУ "Дербентская СОШ № 12"', DERBENT),
      school('2', 'МБОУ "Дербентская СОШ № 2"', DERBENT),
    ];
    const candidate = { name: 'СОШ № 2 г. Дербент', settlementId: DERBENT };
    const matches = findDuplicates(candidate, registered);
    expect(matches.map((m) => m.organization.id)).to.deep.equal(['2']);
    expect(findDuplicates({ name: 'Дербентская СОШ №12' }, [registered[1]!])).to.deep.equal([]);
  });

  it('does not take гимназия № 1 for лицей № 1, nor СОШ for ООШ', () => {
    const registered = [school('g', 'МБОУ "Дербентская гимназия № 1"', DERBENT)];
    expect(
      findDuplicates({ name: 'Дербентский лицей № 1', settlementId: DERBENT }, registered),
    ).to.deep.equal([]);
    expect(
      findDuplicates({ name: 'Гимназия №1', settlementId: DERBENT }, registered),
    ).to.have.length(1);

    const village = [school('s', 'МКОУ "Ахтынская СОШ"', AKHTY)];
    expect(findDuplicates({ name: 'Ахтынская ООШ', settlementId: AKHTY }, village)).to.deep.equal(
      [],
    );
  });

  it('does not take an evening or a cadet school for the day school of its number', () => {
    const registered = [school('d', 'МБОУ «СОШ № 2»', DERBENT)];
    const evening = { name: 'Вечерняя (сменная) школа № 2', settlementId: DERBENT };
    expect(findDuplicates(evening, registered)).to.deep.equal([]);
    const cadets = [school('k', 'ГКОУ «Кадетская школа-интернат № 1»', 'moscow')];
    expect(findDuplicates({ name: 'ГКОУ КШИ № 1' }, cadets)).to.have.length(1);
    expect(findDuplicates({ name: 'Школа-интернат № 1' }, cadets)).to.deep.equal([]);
  });

  it('does not match the same name in another settlement', () => {
    const registered = [school('a', 'МКОУ "СОШ № 1"', AKHTY)];
    expect(
      findDuplicates({ name: 'МКОУ "СОШ № 1"', settlementId: DERBENT }, registered),
    ).to.deep.equal([]);
    expect(findDuplicates({ name: 'Дербентская СОШ № 1' }, akhtySchools)).to.deep.equal([]);
  });

  it('matches a bare name without a settlement, below one whose place agrees', () => {
    const registered = [
      school('a', 'МКОУ "СОШ № 1"', AKHTY),
      school('b', 'МКОУ "Ахтынская СОШ № 1"', AKHTY),
    ];
    const matches = findDuplicates({ name: 'СОШ № 1 с. Ахты' }, registered);
    expect(matches.map((m) => m.organization.id)).to.deep.equal(['b', 'a']);
    expect(matches[0]!.score).to.be.greaterThan(matches[1]!.score);
  });

  it('lets a settlement decide only when both sides know it', () => {
    const withoutPlace = { id: 'n', fullName: 'МКОУ «Ахтынская СОШ № 1»' } as Organization;
    const candidate = { name: 'СОШ № 1 с. Ахты', settlementId: AKHTY };
    expect(findDuplicates(candidate, [withoutPlace])).to.have.length(1);
    const elsewhere = { id: 'k', fullName: 'МКОУ «СОШ № 1 с. Кахиб»' } as Organization;
    expect(findDuplicates({ name: 'СОШ № 1 с. Ахты' }, [elsewhere])).to.deep.equal([]);
  });

  it('returns the very objects passed in, with scores from 0 to 1', () => {
    const matches = findDuplicates({ name: 'Ахтынская СОШ', settlementId: AKHTY }, akhtySchools);
    expect(matches.length).to.be.greaterThan(0);
    for (const match of matches) {
      expect(akhtySchools).to.include(match.organization);
      expect(match.score).to.be.within(0, 1);
    }
  });

  it('calls a name with a missing number similar, not the same, and ranks it lower', () => {
    const matches = findDuplicates({ name: 'Ахтынская СОШ', settlementId: AKHTY }, akhtySchools);
    expect(matches.length).to.be.greaterThan(1);
    expect(matches.every((m) => m.reasons.includes('similar-name'))).to.equal(true);

    const exact = findDuplicates({ name: 'Ахтынская СОШ № 2', settlementId: AKHTY }, akhtySchools);
    expect(exact[0]!.score).to.be.greaterThan(matches[0]!.score);
  });

  it('puts a same-INN match first, and returns nothing for an empty candidate', () => {
    const other = akhtySchools.find((o) => o.id !== akhtyFirst.id)!;
    const matches = findDuplicates(
      { name: 'МКОУ СОШ № 1 с. Ахты', inn: other.inn, settlementId: AKHTY },
      akhtySchools,
    );
    expect(matches.map((m) => m.organization.id)).to.deep.equal([other.id, akhtyFirst.id]);
    expect(findDuplicates({}, akhtySchools)).to.deep.equal([]);
  });

  it('searches a list with the same reading of names, words typed in part included', () => {
    const list = [
      school('1', 'МКОУ «Ахтынская СОШ № 1»', AKHTY),
      school('2', 'МКОУ «Ахтынская СОШ № 2 им. Ю. Гагарина»', AKHTY),
      school('21', 'МКОУ «Ахтынская СОШ № 21»', AKHTY),
      school('g', 'МКОУ «Ахтынская гимназия»', AKHTY),
    ];
    const found = (query: string) => list.filter(schoolSearch(query)).map((o) => o.id);

    expect(found('сош 2')).to.deep.equal(['2']);
    expect(found('средняя школа № 1 с. Ахты')).to.deep.equal(['1']);
    expect(found('ахтын')).to.deep.equal(['1', '2', '21', 'g']);
    expect(found('гимн')).to.deep.equal(['g']);
    expect(found('им. Гагарина')).to.deep.equal(['2']);
    expect(found('лицей')).to.deep.equal([]);
    expect(found('  ')).to.have.length(4);
  });
});
