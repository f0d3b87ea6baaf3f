import { bundle } from '../../core/i18n.js';

export type Role = 'school-staff' | 'municipal-staff' | 'pupil-parent';

export interface RolePickerMessages {
  heading: string;
  intro: string;
  roles: Record<Role, { title: string; description: string }>;
  pupilHeading: string;
  pupilIntro: string;
  pupilSteps: string[];
  pupilNote: string;
  back: string;
}

export const rolePickerMessages = bundle<RolePickerMessages>({
  ru: {
    heading: 'Кто вы?',
    intro: 'От ответа зависит, что нужно сделать дальше.',
    roles: {
      'school-staff': {
        title: 'Учитель, сотрудник школы',
        description: 'Подключить школу или зарегистрироваться в уже подключённой.',
      },
      'municipal-staff': {
        title: 'Сотрудник муниципального органа управления образованием',
        description: 'Подключить управление образованием района или городского округа.',
      },
      'pupil-parent': {
        title: 'Ученик или родитель',
        description: 'Узнать, как попасть в электронный дневник.',
      },
    },
    pupilHeading: 'Ученикам и родителям подключаться не нужно',
    pupilIntro: 'Школу подключают её сотрудники. Чтобы открыть электронный дневник, сделайте так:',
    pupilSteps: [
      'Войдите в электронный дневник с логином и паролем, которые выдаёт школа.',
      'Если вы их не получили или забыли, обратитесь к классному руководителю.',
      'Там, где регион это разрешает, можно войти через Госуслуги: выберите на странице ' +
        'входа «Войти через Госуслуги».',
    ],
    pupilNote: 'Если вы всё же сотрудник школы или управления образованием, вернитесь к выбору.',
    back: 'Вернуться к выбору',
  },
  en: () => import('./messages.en.js'),
});
