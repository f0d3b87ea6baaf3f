import type { RolePickerMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: RolePickerMessages = {
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
};
