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

/** Every number that differs from `value` in exactly one digit: 9 for each position. */
function oneDigitChanges(value: string): string[] {
  const changes: string[] = [];
  for (let index = 0; index < value.length; index++) {
    for (let by = 1; by < 10; by++) changes.push(changeDigit(value, index, by));
  }
  return changes;
}

/**
 * The remainder a check digit is taken from, computed here without the
 * validators: the weighted sum of an organization's INN, the body of an OGRN.
 */
function innRemainder(inn: string): number {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  return weights.reduce((sum, weight, i) => sum + weight * Number(inn[i]), 0) % 11;
}
const ogrnRemainder = (ogrn: string) => Number(BigInt(ogrn.slice(0, 12)) % 11n);

/**
 * A change no check digit can tell: the registry writes a remainder of 10
 * as the check digit 0, so with 0 at the end, a typo that moves the
 * remainder between 0 and 10 keeps the number valid.
 */
function blindSpot(original: number, changed: number, checkDigit: string): boolean {
  return checkDigit === '0' && original !== changed && [0, 10].includes(changed);
}

describe('registry numbers', () => {
  it('are fourteen real records, each with an INN and an OGRN', () => {
    expect(registrySample.length).to.equal(14);
    expect(registrySample.filter((record) => record.kpp).length).to.equal(13);
  });

  for (const record of registrySample) {
    const name = record.shortName ?? record.inn;

    it(`accepts the real INN, OGRN and KPP of ${name}`, () => {
      expect(isValidInn(record.inn), record.inn).to.equal(true);
      expect(isValidOgrn(record.ogrn), record.ogrn).to.equal(true);
      if (record.kpp) expect(isValidKpp(record.kpp), record.kpp).to.equal(true);
    });

    it(`refuses the INN of ${name} with any one digit changed`, () => {
      const changes = oneDigitChanges(record.inn);
      const accepted = changes.filter(isValidInn);
      for (const changed of accepted) {
        const spot = blindSpot(innRemainder(record.inn), innRemainder(changed), record.inn[9]!);
        expect(spot, `${changed} is accepted`).to.equal(true);
      }
      for (let by = 1; by < 10; by++) {
        expect(isValidInn(changeDigit(record.inn, 9, by))).to.equal(false);
      }
      if (record.inn[9] !== '0') expect(accepted).to.deep.equal([]);
    });

    it(`refuses the OGRN of ${name} with any one digit changed`, () => {
      const changes = oneDigitChanges(record.ogrn);
      const accepted = changes.filter(isValidOgrn);
      for (const changed of accepted) {
        const spot = blindSpot(ogrnRemainder(record.ogrn), ogrnRemainder(changed), '0');
        expect(record.ogrn[12], `${changed} is accepted`).to.equal('0');
        expect(spot, `${changed} is accepted`).to.equal(true);
      }
      for (let by = 1; by < 10; by++) {
        expect(isValidOgrn(changeDigit(record.ogrn, 12, by))).to.equal(false);
      }
      if (record.ogrn[12] !== '0') expect(accepted).to.deep.equal([]);
    });

    if (record.kpp) {
      it(`refuses the KPP of ${name} with a letter or sign instead of a digit`, () => {
        const kpp = record.kpp!;
        for (let index = 0; index < kpp.length; index++) {
          for (const sign of ['-', ' ', 'O', 'З']) {
            const changed = kpp.slice(0, index) + sign + kpp.slice(index + 1);
            const letterAllowed = (index === 4 || index === 5) && sign === 'O';
            expect(isValidKpp(changed), changed).to.equal(letterAllowed);
          }
        }
        expect(isValidKpp(kpp.slice(1))).to.equal(false);
        expect(isValidKpp(`${kpp}0`)).to.equal(false);
      });
    }
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

  it('refuses the region code 00 in an INN and an OGRN that starts with 0', () => {
    expect(isValidInn('0000000000')).to.equal(false);
    expect(isValidInn('000000000000')).to.equal(false);
    expect(isValidInn('0057000051')).to.equal(false);
    expect(isValidOgrn('0000000000000')).to.equal(false);
    expect(isValidOgrn('000000000000000')).to.equal(false);
    expect(isValidInn('0522004310')).to.equal(true);
  });

  it('refuses numbers of a wrong length or with anything but digits', () => {
    expect(isValidInn('690700696')).to.equal(false);
    expect(isValidInn(' 6907006968')).to.equal(false);
    expect(isValidInn('69070О6968')).to.equal(false);
    expect(isValidOgrn('10269016066100')).to.equal(false);
    expect(isValidKpp('69070100')).to.equal(false);
    expect(isValidKpp('6907AB001')).to.equal(true);
    expect(isValidKpp('6907ab001')).to.equal(false);
    expect(isValidKpp('6907АВ001')).to.equal(false);
    expect(isValidInn('６９０７００６９６８')).to.equal(false);
    expect(isValidOgrn('1026901606610\n')).to.equal(false);
    expect(isValidOgrn(' 1026901606610')).to.equal(false);
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
    '89281234567',
    '+7(928)1234567',
    '(928) 123-45-67',
    'ТЕЛ.: 8-928-123-45-67',
    'tel. +7 928 123 45 67',
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
    '+1 928 123 45 67',
    '8 928 123 45 67 доб. 12',
    '8 928+123 45 67',
    '++7 928 123 45 67',
    '+7 8 928 123 45 67',
  ];
  it('reads a landline with a five-digit area code', () => {
    expect(normalizePhone('8 (87263) 2-14-56')).to.equal('+78726321456');
  });

  for (const wrong of wrongForms) {
    it(`refuses «${wrong}»`, () => {
      expect(normalizePhone(wrong)).to.equal(null);
    });
  }
});

describe('isValidEmail', () => {
  const good = [
    'школа@пример.рф',
    'Директор.Школы@ахты-школа.рф',
    'ahty3@школа.рф',
    'school1@edu.dagestan.ru',
    'a.b+c@xn--80a1acny.xn--p1ai',
    "o'neil_1@mail-server.example.com",
  ];
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
    'school@-example.ru',
    'school@example-.ru',
    '.school@example.ru',
    'school.@example.ru',
    'sch..ool@example.ru',
    'school@@example.ru',
    'school@example.r',
    'school@example.123',
    'school@example.ru ',
    'school@mаil.ru',
    'shkolа@mail.ru',
    'школа@пример.pф',
    `${'a'.repeat(65)}@example.ru`,
  ];
  for (const address of wrong) {
    it(`refuses «${address}»`, () => {
      expect(isValidEmail(address)).to.equal(false);
    });
  }
});

describe('values that are not text', () => {
  // A Node backend hands the checks what a JSON body holds: a number, null, an object.
  const values = [null, undefined, 571001002, {}, [], Number.NaN];

  it('are never valid registry numbers, e-mails or phones, and throw nothing', () => {
    for (const value of values) {
      const text = value as unknown as string;
      expect(isValidInn(text), String(value)).to.equal(false);
      expect(isValidOgrn(text), String(value)).to.equal(false);
      expect(isValidKpp(text), String(value)).to.equal(false);
      expect(isValidEmail(text), String(value)).to.equal(false);
      expect(normalizePhone(text), String(value)).to.equal(null);
      expect(digitsOnly(text), String(value)).to.equal('');
    }
  });
});
