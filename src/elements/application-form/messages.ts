import type { MessageBundle } from '../../core/i18n.js';
import { validationMessages, type ValidationMessages } from '../../domain/messages.js';
import type { ApplicantKind, FieldName } from './fields.js';

export interface ApplicationFormMessages extends ValidationMessages {
  title: (kind: ApplicantKind) => string;
  settlement: (name: string) => string;
  municipality: (name: string) => string;
  intro: string;
  optional: string;
  organizationGroup: (kind: ApplicantKind) => string;
  registryHelp: string;
  registryLink: string;
  administratorGroup: string;
  administratorIntro: string;
  labels: (kind: ApplicantKind) => Record<FieldName, string>;
  hints: (kind: ApplicantKind) => Partial<Record<FieldName, string>>;
  required: Record<FieldName, string>;
  errorPrefix: string;
  toReview: string;
  reviewTitle: string;
  reviewIntro: string;
  change: string;
  backToForm: string;
  emailTitle: string;
  emailWarning: string;
  submit: string;
  sending: string;
  sent: (number: string) => string;
  thisIsMine: string;
  notAnswered: string;
  earlierTitle: (number: string) => string;
  earlierText: (email: string) => string;
  sendAsNew: string;
  keepEarlier: string;
  conflictTitle: string;
  conflictText: string;
  changeInn: string;
  serverRefused: string;
}

export const applicationFormMessages: MessageBundle<ApplicationFormMessages> = {
  ru: {
    ...validationMessages.ru,
    title: (kind) =>
      kind === 'authority'
        ? 'Заявка на подключение органа управления образованием'
        : 'Заявка на подключение образовательной организации',
    settlement: (name) => `Населённый пункт: ${name}`,
    municipality: (name) => `Муниципальное образование: ${name}`,
    intro:
      'Заполните все поля, кроме отмеченных «необязательно». ' +
      'Всё, что вы вводите, сохраняется на этом устройстве: можно вернуться позже.',
    optional: 'необязательно',
    organizationGroup: (kind) =>
      kind === 'authority' ? 'Орган управления образованием' : 'Организация',
    registryHelp:
      'ИНН, ОГРН и КПП указаны в уставе и в выписке из ЕГРЮЛ. ' +
      'Выписку можно бесплатно получить на сайте налоговой службы.',
    registryLink: 'egrul.nalog.ru (откроется в новой вкладке)',
    administratorGroup: 'Администратор',
    administratorIntro:
      'Сотрудник, который получит логин и временный пароль и подключит остальных сотрудников.',
    labels: (kind) => ({
      fullName: kind === 'authority' ? 'Полное наименование органа' : 'Полное наименование',
      shortName: 'Сокращённое наименование',
      inn: 'ИНН',
      ogrn: 'ОГРН',
      kpp: 'КПП',
      address: 'Юридический адрес с почтовым индексом',
      lastName: 'Фамилия',
      firstName: 'Имя',
      middleName: 'Отчество',
      position: 'Должность',
      email: 'Электронная почта',
      emailConfirm: 'Электронная почта ещё раз',
      phone: 'Телефон',
    }),
    hints: (kind) => ({
      ...(kind === 'authority'
        ? {
            fullName:
              'Как в положении об органе, например: Управление образования администрации ' +
              'муниципального района «Ахтынский район»',
            shortName: 'Например: УО МР «Ахтынский район»',
            address: 'Например: 368730, с. Ахты, ул. Гаджибекова, 3',
            position: 'Например: начальник управления',
          }
        : {
            fullName:
              'Как в уставе, например: Муниципальное казённое общеобразовательное учреждение ' +
              '«Ахтынская средняя общеобразовательная школа № 1»',
            shortName: 'Например: МКОУ «Ахтынская СОШ № 1»',
            address: 'Например: 368730, с. Ахты, ул. Гаджибекова, 20',
            position: 'Например: заместитель директора',
          }),
      inn: '10 цифр. Указан в уставе и в выписке из ЕГРЮЛ',
      ogrn: '13 цифр. Указан в уставе и в выписке из ЕГРЮЛ',
      kpp: '9 знаков. Указан в выписке из ЕГРЮЛ',
      email: 'Рабочий адрес, письма на который вы читаете: на него придут логин и пароль',
      emailConfirm: 'Введите адрес ещё раз, чтобы не ошибиться',
      phone: 'Например: 8 928 123-45-67',
    }),
    required: {
      fullName: 'Введите полное наименование',
      shortName: '',
      inn: 'Введите ИНН',
      ogrn: 'Введите ОГРН',
      kpp: 'Введите КПП',
      address: 'Введите юридический адрес с почтовым индексом',
      lastName: 'Введите фамилию',
      firstName: 'Введите имя',
      middleName: '',
      position: 'Введите должность',
      email: 'Введите адрес электронной почты',
      emailConfirm: 'Введите адрес электронной почты ещё раз',
      phone: 'Введите номер телефона',
    },
    errorPrefix: 'Ошибка:',
    toReview: 'Проверить ответы',
    reviewTitle: 'Проверьте ответы',
    reviewIntro: 'Если всё верно, отправьте заявку. Чтобы исправить ответ, нажмите «Изменить».',
    change: 'Изменить',
    backToForm: 'Вернуться к форме',
    emailTitle: 'Логин и временный пароль придут на адрес',
    emailWarning:
      'Проверьте адрес ещё раз: если в нём ошибка, письмо не дойдёт и подключиться не получится.',
    submit: 'Отправить заявку',
    sending: 'Отправляем заявку…',
    sent: (number) => `Заявка № ${number} отправлена.`,
    thisIsMine: 'Это моя организация',
    notAnswered: 'не указано',
    earlierTitle: (number) => `Заявка № ${number} уже дошла до сервера`,
    earlierText: (email) =>
      `Прошлая отправка дошла, хотя ответ на неё потерялся, и в ней были прежние ответы: ` +
      `письмо с логином уйдёт на ${email}. Если там ошибка, отправьте исправленную заявку ` +
      'как новую: модератор увидит обе.',
    sendAsNew: 'Отправить исправленную заявку',
    keepEarlier: 'Оставить прежнюю заявку',
    conflictTitle: 'Эта организация уже зарегистрирована',
    conflictText:
      'Вторую заявку на неё подать нельзя. Если это ваша организация, выберите её, ' +
      'чтобы зарегистрировать профиль сотрудника. Если ИНН введён с ошибкой, исправьте его.',
    changeInn: 'Исправить ИНН',
    serverRefused: 'Сервер не принял некоторые ответы. Исправьте их и отправьте заявку снова.',
  },
  en: {
    ...validationMessages.en,
    title: (kind) =>
      kind === 'authority'
        ? 'Application to connect an education authority'
        : 'Application to connect an educational organization',
    settlement: (name) => `Settlement: ${name}`,
    municipality: (name) => `Municipality: ${name}`,
    intro:
      'Fill in every field except those marked “optional”. ' +
      'What you type is kept on this device: you can come back later.',
    optional: 'optional',
    organizationGroup: (kind) => (kind === 'authority' ? 'Education authority' : 'Organization'),
    registryHelp:
      'The INN, OGRN and KPP are in the charter and in the extract from the state register ' +
      '(EGRUL). The tax service gives the extract for free.',
    registryLink: 'egrul.nalog.ru (opens in a new tab)',
    administratorGroup: 'Administrator',
    administratorIntro:
      'The person who receives the login and a temporary password and connects the other staff.',
    labels: (kind) => ({
      fullName: kind === 'authority' ? 'Full name of the authority' : 'Full name',
      shortName: 'Short name',
      inn: 'INN',
      ogrn: 'OGRN',
      kpp: 'KPP',
      address: 'Legal address with postal code',
      lastName: 'Last name',
      firstName: 'First name',
      middleName: 'Patronymic',
      position: 'Position',
      email: 'E-mail',
      emailConfirm: 'E-mail again',
      phone: 'Phone',
    }),
    hints: (kind) => ({
      ...(kind === 'authority'
        ? {
            fullName: 'As in the authority’s regulations',
            shortName: 'For example: УО МР «Ахтынский район»',
            address: 'For example: 368730, с. Ахты, ул. Гаджибекова, 3',
            position: 'For example: head of the department',
          }
        : {
            fullName: 'As in the charter',
            shortName: 'For example: МКОУ «Ахтынская СОШ № 1»',
            address: 'For example: 368730, с. Ахты, ул. Гаджибекова, 20',
            position: 'For example: deputy head',
          }),
      inn: '10 digits. It is in the charter and the EGRUL extract',
      ogrn: '13 digits. It is in the charter and the EGRUL extract',
      kpp: '9 characters. It is in the EGRUL extract',
      email: 'A work address whose mail you read: the login and password go there',
      emailConfirm: 'Type the address again to be sure',
      phone: 'For example: 8 928 123-45-67',
    }),
    required: {
      fullName: 'Enter the full name',
      shortName: '',
      inn: 'Enter the INN',
      ogrn: 'Enter the OGRN',
      kpp: 'Enter the KPP',
      address: 'Enter the legal address with its postal code',
      lastName: 'Enter the last name',
      firstName: 'Enter the first name',
      middleName: '',
      position: 'Enter the position',
      email: 'Enter the e-mail address',
      emailConfirm: 'Enter the e-mail address again',
      phone: 'Enter the phone number',
    },
    errorPrefix: 'Error:',
    toReview: 'Check your answers',
    reviewTitle: 'Check your answers',
    reviewIntro: 'If everything is right, send the application. To fix an answer, press “Change”.',
    change: 'Change',
    backToForm: 'Back to the form',
    emailTitle: 'The login and a temporary password go to',
    emailWarning: 'Check the address once more: with a mistake in it the letter never arrives.',
    submit: 'Send the application',
    sending: 'Sending the application…',
    sent: (number) => `Application № ${number} sent.`,
    thisIsMine: 'This is my organization',
    notAnswered: 'not given',
    earlierTitle: (number) => `Application № ${number} has reached the server already`,
    earlierText: (email) =>
      'The earlier sending arrived although its answer was lost, with the earlier answers: ' +
      `the letter with the login goes to ${email}. If that is wrong, send the corrected ` +
      'application as a new one: the moderator will see both.',
    sendAsNew: 'Send the corrected application',
    keepEarlier: 'Keep the earlier application',
    conflictTitle: 'This organization is already registered',
    conflictText:
      'A second application for it is not possible. If it is yours, choose it to register your ' +
      'staff profile. If the INN has a typo, fix it.',
    changeInn: 'Fix the INN',
    serverRefused:
      'The server did not accept some answers. Fix them and send the application again.',
  },
};
