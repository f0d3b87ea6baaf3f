import { bundle } from '../../core/i18n.js';
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

export const applicationFormMessages = bundle<ApplicationFormMessages>({
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
  en: () => import('./messages.en.js'),
});
