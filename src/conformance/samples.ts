/**
 * Valid bodies the checks send: an application with fresh registry numbers
 * and a sample of each setup step.
 */
import type { ApplicationInput } from '../contract/types.js';
import { createRandom, makeInn, makeKpp, makeOgrn } from '../mocks/generate.js';

/** An application for `settlementId` whose INN, OGRN and e-mail are new for each `seed`. */
export function sampleApplication(settlementId: string, seed: number): ApplicationInput {
  const random = createRandom(seed);
  const taxOffice = '05' + String(10 + Math.floor(random() * 40));
  return {
    kind: 'organization',
    settlementId,
    fullName: `Муниципальное казённое общеобразовательное учреждение "Проверочная СОШ № ${seed % 1000}"`,
    inn: makeInn(taxOffice, random),
    ogrn: makeOgrn(taxOffice, random),
    kpp: makeKpp(taxOffice),
    address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 1',
    administrator: {
      lastName: 'Проверкина',
      firstName: 'Мадина',
      position: 'Секретарь',
      email: `check-${seed}@example.ru`,
      phone: '+79280000000',
    },
  };
}

/** A valid body of each setup step; a step without one is saved by no check. */
export const SETUP_SAMPLES: Record<string, unknown> = {
  profile: {
    fullName: 'Муниципальное казённое общеобразовательное учреждение "Проверочная СОШ"',
    address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 1',
    postalCode: '368730',
    phone: '+79280000000',
    email: 'school@example.ru',
    headName: 'Алиев Магомед Расулович',
  },
  year: {
    start: '2026-09-01',
    end: '2027-05-31',
    periodKind: 'semesters',
    periods: [
      { name: '1 полугодие', start: '2026-09-01', end: '2026-12-28' },
      { name: '2 полугодие', start: '2027-01-09', end: '2027-05-31' },
    ],
  },
  grading: { system: 'five' },
  bells: { lessons: [{ start: '08:30', end: '09:15' }] },
  classes: { classes: [{ grade: 1, letter: 'А' }] },
  staff: {
    invitations: [{ name: 'Иванова Анна Петровна', email: 'teacher@example.ru', role: 'teacher' }],
  },
};
