/**
 * The validators of `edu-connect/validators` beside the npm packages that
 * do the same: how many real registry numbers each accepts, how many typos
 * and malformed values it refuses, and how fast it answers.
 *
 * Anchors: ru-validation-codes (INN, OGRN, OGRNIP), validator (isEmail,
 * isMobilePhone), libphonenumber-js (phones).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { checkINN, checkOgrn, checkOgrnip } from 'ru-validation-codes';
import validator from 'validator';
import {
  isValidEmail,
  isValidInn,
  isValidOgrn,
  normalizePhone,
} from '../../src/domain/validators.js';
import { registrySample } from '../../test/domain/registry-sample.js';

type Check = (value: string) => boolean;

/** Every number one digit away from `value`. */
function oneDigitChanges(value: string): string[] {
  const changes: string[] = [];
  for (let i = 0; i < value.length; i++) {
    for (let by = 1; by < 10; by++) {
      changes.push(value.slice(0, i) + ((Number(value[i]) + by) % 10) + value.slice(i + 1));
    }
  }
  return changes;
}

/** Values no registry number looks like: spaces, letters, lengths, zeros. */
function malformed(value: string): string[] {
  return [
    ` ${value}`,
    `${value} `,
    `${value.slice(0, 4)} ${value.slice(4)}`,
    value.slice(1),
    `${value}1`,
    value.replace(/\d$/, 'O'),
    '0'.repeat(value.length),
    '',
  ];
}

/** Nanoseconds per call over `values`, measured for at least 300 ms. */
function speed(check: (value: string) => unknown, values: string[]): number {
  for (let i = 0; i < 2000; i++) check(values[i % values.length]!);
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 300) {
    for (const value of values) check(value);
    calls += values.length;
  }
  return ((performance.now() - start) * 1e6) / calls;
}

const count = (check: Check, values: string[], want: boolean) =>
  values.filter((value) => check(value) === want).length;

function table(title: string, rows: [string, Check][], valid: string[], invalid: string[][]) {
  const [typos, broken] = invalid;
  console.log(`\n### ${title}\n`);
  console.log(
    `| | real accepted (of ${valid.length}) | typos refused (of ${typos!.length}) | ` +
      `malformed refused (of ${broken!.length}) | ns per call |`,
  );
  console.log('| --- | --- | --- | --- | --- |');
  const all = [...valid, ...typos!, ...broken!];
  for (const [name, check] of rows) {
    const safe: Check = (value) => {
      try {
        return check(value);
      } catch {
        return false;
      }
    };
    const cells = [
      count(safe, valid, true),
      count(safe, typos!, false),
      count(safe, broken!, false),
      speed(safe, all).toFixed(0),
    ];
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

const inns = registrySample.map((record) => record.inn);
const ogrns = registrySample.map((record) => record.ogrn);
process.stderr.write('validators: INN, OGRN\n');

console.log('## Validators');
console.log(
  '\nThe fourteen real registry records of `test/domain/registry-sample.ts`, every ' +
    'number one digit away from each, and malformed values. A one-digit change ' +
    'that moves the remainder between 0 and 10 keeps a check digit of 0 and cannot be ' +
    'caught by any correct check: no row can refuse every typo.',
);
table(
  'INN',
  [
    ['edu-connect isValidInn', isValidInn],
    ['ru-validation-codes checkINN', checkINN],
  ],
  inns,
  [inns.flatMap(oneDigitChanges).filter((inn) => !inns.includes(inn)), inns.flatMap(malformed)],
);
table(
  'OGRN',
  [
    ['edu-connect isValidOgrn', isValidOgrn],
    ['ru-validation-codes checkOgrn', (value) => checkOgrn(value) || checkOgrnip(value)],
  ],
  ogrns,
  [ogrns.flatMap(oneDigitChanges), ogrns.flatMap(malformed)],
);

process.stderr.write('validators: e-mail, phone\n');
const emails = {
  valid: [
    'school1@edu.dagestan.ru',
    'ahty3@школа.рф',
    'директор@ахты-школа.рф',
    'a.b+c@xn--80a1acny.xn--p1ai',
    'sekretar@mail.ru',
  ],
  typos: ['school@mаil.ru', 'shkolа@mail.ru', 'school@mail.r', 'school@mail..ru', 'school.mail.ru'],
  broken: ['school @mail.ru', 'school@mail.ru.', '@mail.ru', 'school@', 'school@@mail.ru'],
};
table(
  'E-mail',
  [
    ['edu-connect isValidEmail', isValidEmail],
    [
      'validator isEmail (UTF-8 local part)',
      (v) => validator.isEmail(v, { allow_utf8_local_part: true }),
    ],
  ],
  emails.valid,
  [emails.typos, emails.broken],
);

const phones = {
  valid: [
    '8 (928) 123-45-67',
    '+7 928 123 45 67',
    '9281234567',
    'тел. 8 928 123 45 67',
    '8 (87263) 2-14-56',
  ],
  typos: ['8 928 123 45', '8 928 123 45 678', '+8 928 123 45 67', '8928123456', '+1 928 123 45 67'],
  broken: ['8 928 abc 45 67', '', '8 928+123 45 67', '++7 928 123 45 67', 'позвоните мне'],
};
table(
  'Phone (read as +7 and ten digits)',
  [
    ['edu-connect normalizePhone', (v) => normalizePhone(v) !== null],
    [
      'libphonenumber-js (RU) isValid',
      (v) => parsePhoneNumberFromString(v, 'RU')?.isValid() ?? false,
    ],
    ['validator isMobilePhone ru-RU', (v) => validator.isMobilePhone(v, 'ru-RU')],
  ],
  phones.valid,
  [phones.typos, phones.broken],
);
