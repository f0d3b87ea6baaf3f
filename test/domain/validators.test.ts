import { expect } from '@open-wc/testing';
import {
  digitsOnly,
  isValidEmail,
  isValidInn,
  isValidKpp,
  isValidOgrn,
  normalizePhone,
} from '../../src/domain/validators.js';
import { registrySample } from './registry-sample.js';

/** The same number with the digit at `index` replaced by another one. */
function changeDigit(value: string, index: number, by = 1): string {
  const digit = (Number(value[index]) + by) % 10;
  return value.slice(0, index) + digit + value.slice(index + 1);
}

describe('registry numbers', () => {
  for (const record of registrySample) {
    const name = record.shortName ?? record.inn;

    it(`accepts the real INN, OGRN and KPP of ${name}`, () => {
      expect(isValidInn(record.inn), record.inn).to.equal(true);
      expect(isValidOgrn(record.ogrn), record.ogrn).to.equal(true);
      if (record.kpp) expect(isValidKpp(record.kpp), record.kpp).to.equal(true);
    });

    it(`refuses the INN of ${name} with any one digit changed`, () => {
      for (let index = 0; index < record.inn.length; index++) {
        const changed = changeDigit(record.inn, index);
        expect(isValidInn(changed), changed).to.equal(false);
      }
    });

    it(`refuses the OGRN of ${name} with its check digit changed`, () => {
      // A changed body digit can slip through when the check digit is 0: the
      // remainders 0 and 10 both give 0. Only the check digit catches every change.
      for (let by = 1; by < 10; by++) {
        const changed = changeDigit(record.ogrn, 12, by);
        expect(isValidOgrn(changed), changed).to.equal(false);
      }
    });
  }

  it('checks both check digits of a 12-digit personal INN', () => {
    expect(isValidInn('500100732259')).to.equal(true);
    expect(isValidInn('500100732250')).to.equal(false);
    expect(isValidInn('500100732269')).to.equal(false);
  });

  it('checks the mod-13 check digit of a 15-digit OGRNIP', () => {
    expect(isValidOgrn('304500116000157')).to.equal(true);
    expect(isValidOgrn('304500116000158')).to.equal(false);
  });

  it('refuses numbers of a wrong length or with anything but digits', () => {
    expect(isValidInn('690700696')).to.equal(false);
    expect(isValidInn(' 6907006968')).to.equal(false);
    expect(isValidInn('69070О6968')).to.equal(false);
    expect(isValidOgrn('10269016066100')).to.equal(false);
    expect(isValidKpp('69070100')).to.equal(false);
    expect(isValidKpp('6907AB001')).to.equal(true);
    expect(isValidKpp('6907ab001')).to.equal(false);
  });

  it('cleans the spaces, dashes and dots that people type around digits', () => {
    expect(digitsOnly('69 07 00-69.68')).to.equal('6907006968');
    expect(digitsOnly('1026901606610\u00a0')).to.equal('1026901606610');
    expect(digitsOnly('0571\u200b001002')).to.equal('0571001002');
    expect(digitsOnly('102 – 690 — 1606610')).to.equal('1026901606610');
  });
});

describe('normalizePhone', () => {
  const forms = [
    '8 (928) 123-45-67',
    '+7 928 123 45 67',
    '7-928-123-45-67',
    '9281234567',
    'тел. 8 928 123 45 67',
    'Телефон: +7 (928) 123-45-67',
    '8\u00a0928\u00a0123\u201145\u201167',
    '8 928 123\u200b45 67',
  ];
  for (const form of forms) {
    it(`reads «${form}» as +79281234567`, () => {
      expect(normalizePhone(form)).to.equal('+79281234567');
    });
  }

  const wrongForms = [
    '8 928 123 45',
    '+8 928 123 45 67',
    '8 928 abc 45 67',
    '',
    '8 928 123 45 678',
    '8928123456',
  ];
  for (const wrong of wrongForms) {
    it(`refuses «${wrong}»`, () => {
      expect(normalizePhone(wrong)).to.equal(null);
    });
  }
});

describe('isValidEmail', () => {
  const good = ['школа@пример.рф', 'school1@edu.dagestan.ru', 'a.b+c@xn--80a1acny.xn--p1ai'];
  for (const address of good) {
    it(`accepts ${address}`, () => {
      expect(isValidEmail(address)).to.equal(true);
    });
  }

  const wrong = [
    'school.example.ru',
    'school @example.ru',
    'school@example.ru.',
    '@example.ru',
    'school@ru',
    'school@exa..mple.ru',
  ];
  for (const address of wrong) {
    it(`refuses «${address}»`, () => {
      expect(isValidEmail(address)).to.equal(false);
    });
  }
});
