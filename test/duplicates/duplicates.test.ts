import { expect } from '@open-wc/testing';
import type { Organization } from '../../src/contract/types.js';
import { findDuplicates, parseSchoolName } from '../../src/duplicates/index.js';
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
    const expected = parseSchoolName('МКОУ "Ахтынская СОШ № 1"');
    const spellings = [
      'Муниципальное казенное общеобразовательное учреждение «Ахтынская средняя ' +
        'общеобразовательная школа №1»',
      'мкоу ахтынская сош N 1',
      'МКОУ „Ахтынская СОШ No. 1“',
      'МКОУ СОШ № 1 села Ахты',
      'Ахтынская средняя школа No1',
      'АХТЫНСКАЯ СОШ #1',
    ];
    for (const spelling of spellings) {
      expect(parseSchoolName(spelling), spelling).to.deep.equal(expected);
    }
  });

  it('reads "имени" and "им." alike', () => {
    const full = parseSchoolName('Дербентская СОШ № 4 имени Юрия Гагарина');
    const short = parseSchoolName('Дербентская СОШ №4 им. Ю. Гагарина');
    expect(full).to.deep.equal(short);
    expect(full.namesake).to.equal('гагарина');
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

  it('does not match the same name in another settlement', () => {
    const registered = [school('a', 'МКОУ "СОШ № 1"', AKHTY)];
    expect(
      findDuplicates({ name: 'МКОУ "СОШ № 1"', settlementId: DERBENT }, registered),
    ).to.deep.equal([]);
    expect(findDuplicates({ name: 'Дербентская СОШ № 1' }, akhtySchools)).to.deep.equal([]);
  });

  it('needs a settlement in common for a bare name', () => {
    const registered = [school('a', 'МКОУ "СОШ № 1"', AKHTY)];
    expect(findDuplicates({ name: 'СОШ № 1' }, registered)).to.deep.equal([]);
    const [match] = findDuplicates({ name: 'сош 1', settlementId: AKHTY }, registered);
    expect(match!.organization.id).to.equal('a');
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
});
