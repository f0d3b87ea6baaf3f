import { expect } from '@open-wc/testing';
import { ApplicationInput, LetterReceipt, Person } from '../../src/contract/schemas.js';
import type { ApplicationInput as Input } from '../../src/contract/types.js';
import { maskEmail } from '../../src/domain/mask.js';
import { registrySample } from '../domain/registry-sample.js';

const [school] = registrySample;

const input: Input = {
  kind: 'organization',
  settlementId: '0500500000100',
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Кемецкая СОШ»',
  type: 'secondary-school',
  legalForm: 'municipal-budget',
  inn: school!.inn,
  kpp: school!.kpp!,
  ogrn: school!.ogrn,
  address: '171062, Тверская область, с. Кемцы, ул. Школьная, 18',
  postalAddress: '171062, Тверская область, с. Кемцы, ул. Школьная, 18',
  phone: '+78482612345',
  email: 'kemtzy@школа.рф',
  website: 'https://kemtzy-school.nubex.ru',
  head: { lastName: 'Иванова', firstName: 'Анна', position: 'Директор' },
  consent: true,
  administrator: {
    lastName: 'Петрова',
    firstName: 'Мария',
    position: 'Заместитель директора',
    email: 'zam@школа.рф',
    phone: '+79201234567',
  },
};

/** The paths the schema refuses in a body, as a backend would report them. */
function refused(body: unknown): string[] {
  const result = ApplicationInput.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the application contract', () => {
  it('takes a real registry record with Cyrillic addresses', () => {
    expect(refused(input)).to.deep.equal([]);
  });

  it('refuses what the validators refuse, at the path of each field', () => {
    expect(refused({ ...input, inn: `${school!.inn.slice(0, 9)}0` })).to.deep.equal(['inn']);
    expect(refused({ ...input, ogrn: ` ${school!.ogrn}` })).to.deep.equal(['ogrn']);
    expect(refused({ ...input, kpp: '6907-01001' })).to.deep.equal(['kpp']);
    expect(refused({ ...input, phone: '8 928 123-45-67' })).to.deep.equal(['phone']);
    expect(refused({ ...input, email: 'kemtzy@mаil.ru' })).to.deep.equal(['email']);
    expect(refused({ ...input, website: 'javascript:alert(1)' })).to.deep.equal(['website']);
    expect(refused({ ...input, consent: false })).to.deep.equal(['consent']);
    expect(refused({ ...input, type: 'university' })).to.deep.equal(['type']);
    const head = { ...input.head, lastName: ' ' };
    expect(refused({ ...input, head })).to.deep.equal(['head.lastName']);
  });

  it('takes a phone only as +7 and ten digits, the way normalizePhone writes it', () => {
    const person = input.administrator;
    expect(Person.safeParse({ ...person, phone: '+79201234567' }).success).to.equal(true);
    expect(Person.safeParse({ ...person, phone: '89201234567' }).success).to.equal(false);
    expect(Person.safeParse({ ...person, phone: '+7920123456' }).success).to.equal(false);
  });

  it('masks the address a letter went to, keeping the domain', () => {
    expect(maskEmail('zarema@ахты-школа.рф')).to.equal('z•••a@ахты-школа.рф');
    expect(maskEmail('ab@school.ru')).to.equal('a•••@school.ru');
    const receipt = { sentTo: maskEmail('ab@school.ru'), sentAt: '2026-12-03T20:00:00Z' };
    expect(LetterReceipt.safeParse({ ...receipt, nextAllowedAt: receipt.sentAt }).success).to.equal(
      true,
    );
  });
});
