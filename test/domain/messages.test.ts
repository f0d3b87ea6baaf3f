import { expect } from '@open-wc/testing';
import {
  addressProblem,
  emailProblem,
  formatPhone,
  innProblem,
  kppProblem,
  ogrnProblem,
  phoneProblem,
  validationMessages,
} from '../../src/domain/messages.js';

const m = validationMessages.ru;

describe('validation messages', () => {
  it('says how many digits an INN has and how many were typed', () => {
    expect(innProblem('690700696', m)).to.equal(
      'ИНН организации состоит из 10 цифр, вы ввели 9 цифр',
    );
    expect(innProblem('6907', m)).to.equal('ИНН организации состоит из 10 цифр, вы ввели 4 цифры');
  });

  it('tells a wrong check digit from a wrong length and a personal INN', () => {
    expect(innProblem('6907006969', m)).to.equal(
      'Контрольная цифра ИНН не совпадает: проверьте, не перепутаны ли цифры',
    );
    expect(innProblem('500100732259', m)).to.include('физического лица');
    expect(innProblem('69O7006968', m)).to.include('только из цифр');
    expect(innProblem('6907006968', m)).to.equal(null);
  });

  it('explains OGRN, OGRNIP and KPP problems', () => {
    expect(ogrnProblem('102690160661', m)).to.equal(
      'ОГРН организации состоит из 13 цифр, вы ввели 12 цифр',
    );
    expect(ogrnProblem('1026901606611', m)).to.include('Контрольная цифра ОГРН');
    expect(ogrnProblem('304500116000157', m)).to.include('ОГРНИП');
    expect(kppProblem('69070100', m)).to.equal('КПП состоит из 9 знаков, вы ввели 8 знаков');
    expect(kppProblem('6907-0100', m)).to.include('4 цифры');
  });

  it('names the mistake in an e-mail address', () => {
    expect(emailProblem('school.example.ru', m)).to.include('нет знака @');
    expect(emailProblem('school @example.ru', m)).to.include('пробелов');
    expect(emailProblem('school@example.ru.', m)).to.include('точкой');
    expect(emailProblem('school@example', m)).to.include('Проверьте адрес');
    expect(emailProblem('school@mаil.ru', m)).to.include('смешаны русские и латинские');
    expect(emailProblem('школа@пример.рф', m)).to.equal(null);
  });

  it('asks for a phone of ten digits and a postal code in the address', () => {
    expect(phoneProblem('8 928 123', m)).to.include('10 цифр');
    expect(phoneProblem('8 928 123-45-67', m)).to.equal(null);
    expect(addressProblem('с. Ахты, ул. Ленина, 1', m)).to.include('почтовый индекс');
    expect(addressProblem('368730, с. Ахты, ул. Ленина, 1', m)).to.equal(null);
  });

  it('leaves empty values to the required check, and writes phones readably', () => {
    expect(innProblem('', m)).to.equal(null);
    expect(emailProblem('', m)).to.equal(null);
    expect(formatPhone('+79281234567')).to.equal('+7 928 123-45-67');
  });
});
