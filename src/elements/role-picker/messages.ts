import type { MessageBundle } from '../../core/i18n.js';

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

export const rolePickerMessages: MessageBundle<RolePickerMessages> = {
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
  en: {
    heading: 'Who are you?',
    intro: 'What to do next depends on your answer.',
    roles: {
      'school-staff': {
        title: 'Teacher or school staff',
        description: 'Connect a school or register in one that is already connected.',
      },
      'municipal-staff': {
        title: 'Staff of a municipal education authority',
        description: 'Connect the education authority of a district or city.',
      },
      'pupil-parent': {
        title: 'Pupil or parent',
        description: 'Find out how to open the electronic diary.',
      },
    },
    pupilHeading: 'Pupils and parents do not need to connect',
    pupilIntro: 'A school is connected by its staff. To open the electronic diary:',
    pupilSteps: [
      'Log in to the electronic diary with the login and password the school gives you.',
      'If you have not received them or have forgotten them, ask the class teacher.',
      'Where the region allows it, you can log in through Gosuslugi: choose ' +
        '“Log in with Gosuslugi” on the login page.',
    ],
    pupilNote: 'If you are school or education authority staff after all, go back to the choice.',
    back: 'Back to the choice',
  },
};
