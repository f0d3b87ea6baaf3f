import type { ApplicantType, DuplicateReason, LegalForm } from '../../contract/types.js';
import { pluralRu, type MessageBundle } from '../../core/i18n.js';
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
  headGroup: (kind: ApplicantKind) => string;
  administratorGroup: string;
  administratorIntro: string;
  types: Record<ApplicantType, string>;
  legalForms: Record<LegalForm, string>;
  notAnOption: string;
  postalSame: string;
  postalSameAnswer: string;
  consentGroup: string;
  consentText: (kind: ApplicantKind) => string[];
  consentLabel: string;
  consentMissing: string;
  consentGiven: string;
  restoredTitle: string;
  emailSuggestion: (address: string) => string;
  useSuggestion: (address: string) => string;
  restoredText: string;
  startAgain: string;
  startedAgain: string;
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
  duplicatesTitle: string;
  duplicatesIntro: string;
  duplicatesFound: (count: number) => string;
  duplicateReasons: Record<DuplicateReason, string>;
  matchesBy: string;
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
    headGroup: (kind) =>
      kind === 'authority' ? 'Руководитель органа' : 'Руководитель организации',
    administratorGroup: 'Администратор',
    administratorIntro:
      'Сотрудник, который получит логин и временный пароль и подключит остальных сотрудников.',
    types: {
      'secondary-school': 'Средняя общеобразовательная школа (СОШ)',
      'basic-school': 'Основная общеобразовательная школа (ООШ)',
      'primary-school': 'Начальная общеобразовательная школа (НОШ)',
      gymnasium: 'Гимназия',
      lyceum: 'Лицей',
      'boarding-school': 'Школа-интернат',
      'education-centre': 'Центр образования',
      'other-school': 'Другая общеобразовательная организация',
      'authority-department': 'Управление образования',
      'authority-division': 'Отдел образования',
      'authority-committee': 'Комитет по образованию',
      'other-authority': 'Другой орган управления образованием',
    },
    legalForms: {
      'municipal-budget': 'Муниципальное бюджетное учреждение (МБОУ)',
      'municipal-treasury': 'Муниципальное казённое учреждение (МКОУ, МКУ)',
      'municipal-autonomous': 'Муниципальное автономное учреждение (МАОУ)',
      'state-budget': 'Государственное бюджетное учреждение (ГБОУ)',
      'state-treasury': 'Государственное казённое учреждение (ГКОУ)',
      'state-autonomous': 'Государственное автономное учреждение (ГАОУ)',
      private: 'Частное учреждение (ЧОУ)',
      'local-government': 'Орган местного самоуправления или подразделение администрации',
    },
    notAnOption: 'Выберите один из вариантов списка',
    postalSame: 'Почтовый адрес совпадает с юридическим',
    postalSameAnswer: 'Совпадает с юридическим',
    consentGroup: 'Согласие на обработку персональных данных',
    consentText: (kind) => [
      'В заявке есть персональные данные: фамилии, имена, отчества и должности руководителя ' +
        'и администратора, адрес электронной почты и телефон администратора.',
      'Оператор региональной информационной системы образования обрабатывает их, чтобы ' +
        `рассмотреть заявку, подключить ${kind === 'authority' ? 'орган' : 'организацию'} ` +
        'и прислать администратору логин и временный пароль (Федеральный закон ' +
        '«О персональных данных» № 152-ФЗ). Данные не передаются третьим лицам; согласие ' +
        'можно отозвать, написав в поддержку системы.',
    ],
    consentLabel:
      'Я даю согласие на обработку персональных данных, указанных в заявке, на этих условиях',
    consentMissing: 'Отметьте согласие на обработку персональных данных: без него заявку не примут',
    consentGiven: 'Согласие на обработку персональных данных дано',
    emailSuggestion: (address) => `Проверьте адрес: возможно, вы имели в виду ${address}?`,
    useSuggestion: (address) => `Исправить на ${address}`,
    restoredTitle: 'Мы восстановили ответы, которые вы ввели раньше',
    restoredText:
      'Проверьте их и продолжайте. Согласие на обработку персональных данных нужно отметить ' +
      'снова: оно не сохраняется.',
    startAgain: 'Начать заново: удалить все ответы',
    startedAgain: 'Ответы удалены, форма пустая',
    labels: (kind) => ({
      fullName: kind === 'authority' ? 'Полное наименование органа' : 'Полное наименование',
      shortName: 'Сокращённое наименование',
      type: kind === 'authority' ? 'Вид органа' : 'Вид организации',
      legalForm: 'Организационно-правовая форма',
      inn: 'ИНН',
      kpp: 'КПП',
      ogrn: 'ОГРН',
      address: 'Юридический адрес с почтовым индексом',
      postalAddress: 'Почтовый адрес с индексом',
      orgPhone: kind === 'authority' ? 'Телефон органа' : 'Телефон организации',
      orgEmail: kind === 'authority' ? 'Электронная почта органа' : 'Электронная почта организации',
      website: 'Сайт',
      headLastName: 'Фамилия руководителя',
      headFirstName: 'Имя руководителя',
      headMiddleName: 'Отчество руководителя',
      headPosition: 'Должность руководителя',
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
      postalAddress: 'Куда приходят письма, например: 368730, с. Ахты, а/я 12',
      orgPhone: 'Например: 8 (87263) 2-14-56',
      orgEmail: 'Общий адрес организации, например: ahty-school@mail.ru',
      website: 'Например: ahty-school.ru',
      headPosition: kind === 'authority' ? 'Например: начальник управления' : 'Например: директор',
      email: 'Рабочий адрес, письма на который вы читаете: на него придут логин и пароль',
      emailConfirm: 'Введите адрес ещё раз, чтобы не ошибиться',
      phone: 'Например: 8 928 123-45-67',
    }),
    required: {
      fullName: 'Введите полное наименование',
      shortName: '',
      type: 'Выберите вид',
      legalForm: 'Выберите организационно-правовую форму',
      inn: 'Введите ИНН',
      kpp: 'Введите КПП',
      ogrn: 'Введите ОГРН',
      address: 'Введите юридический адрес с почтовым индексом',
      postalAddress: 'Введите почтовый адрес или отметьте, что он совпадает с юридическим',
      orgPhone: 'Введите телефон',
      orgEmail: 'Введите адрес электронной почты',
      website: '',
      headLastName: 'Введите фамилию руководителя',
      headFirstName: 'Введите имя руководителя',
      headMiddleName: '',
      headPosition: 'Введите должность руководителя',
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
    duplicatesTitle: 'Возможно, ваша организация уже зарегистрирована',
    duplicatesIntro:
      'Если она есть в этом списке, подавать заявку не нужно: выберите её и зарегистрируйте ' +
      'свой профиль сотрудника.',
    duplicatesFound: (count) =>
      count === 0
        ? ''
        : `${pluralRu(count, 'Найдена', 'Найдены', 'Найдено')} ${count} ` +
          pluralRu(count, 'похожая организация', 'похожие организации', 'похожих организаций') +
          ' среди зарегистрированных',
    duplicateReasons: {
      'same-inn': 'тот же ИНН',
      'same-ogrn': 'тот же ОГРН',
      'same-name': 'то же наименование в этом населённом пункте',
      'similar-name': 'похожее наименование в этом населённом пункте',
    },
    matchesBy: 'Совпадает:',
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
    headGroup: (kind) =>
      kind === 'authority' ? 'Head of the authority' : 'Head of the organization',
    administratorGroup: 'Administrator',
    administratorIntro:
      'The person who receives the login and a temporary password and connects the other staff.',
    types: {
      'secondary-school': 'Secondary school (СОШ)',
      'basic-school': 'Basic school (ООШ)',
      'primary-school': 'Primary school (НОШ)',
      gymnasium: 'Gymnasium',
      lyceum: 'Lyceum',
      'boarding-school': 'Boarding school',
      'education-centre': 'Education centre',
      'other-school': 'Another general education organization',
      'authority-department': 'Education department (управление)',
      'authority-division': 'Education division (отдел)',
      'authority-committee': 'Education committee',
      'other-authority': 'Another education authority',
    },
    legalForms: {
      'municipal-budget': 'Municipal budget institution (МБОУ)',
      'municipal-treasury': 'Municipal treasury institution (МКОУ, МКУ)',
      'municipal-autonomous': 'Municipal autonomous institution (МАОУ)',
      'state-budget': 'State budget institution (ГБОУ)',
      'state-treasury': 'State treasury institution (ГКОУ)',
      'state-autonomous': 'State autonomous institution (ГАОУ)',
      private: 'Private institution (ЧОУ)',
      'local-government': 'Local government body or a unit of the administration',
    },
    notAnOption: 'Choose one of the options in the list',
    postalSame: 'The postal address is the legal address',
    postalSameAnswer: 'The legal address',
    consentGroup: 'Consent to personal data processing',
    consentText: (kind) => [
      'The application holds personal data: the names and positions of the head and the ' +
        'administrator, and the administrator’s e-mail and phone.',
      'The operator of the regional education information system processes them to review the ' +
        `application, connect the ${kind === 'authority' ? 'authority' : 'organization'} and ` +
        'send the administrator a login and a temporary password (Federal Law 152-FZ “On ' +
        'personal data”). The data is not passed to third parties; the consent can be ' +
        'withdrawn by writing to the system’s support.',
    ],
    consentLabel:
      'I consent to the processing of the personal data in this application on these terms',
    consentMissing:
      'Tick the consent to personal data processing: without it the application is refused',
    consentGiven: 'Consent to personal data processing given',
    emailSuggestion: (address) => `Check the address: did you mean ${address}?`,
    useSuggestion: (address) => `Change it to ${address}`,
    restoredTitle: 'We restored the answers you typed before',
    restoredText:
      'Check them and go on. Tick the consent to personal data processing again: it is not kept.',
    startAgain: 'Start again: delete every answer',
    startedAgain: 'The answers are deleted, the form is empty',
    labels: (kind) => ({
      fullName: kind === 'authority' ? 'Full name of the authority' : 'Full name',
      shortName: 'Short name',
      type: kind === 'authority' ? 'Kind of authority' : 'Kind of organization',
      legalForm: 'Legal form',
      inn: 'INN',
      kpp: 'KPP',
      ogrn: 'OGRN',
      address: 'Legal address with postal code',
      postalAddress: 'Postal address with postal code',
      orgPhone: kind === 'authority' ? 'Phone of the authority' : 'Phone of the organization',
      orgEmail: kind === 'authority' ? 'E-mail of the authority' : 'E-mail of the organization',
      website: 'Website',
      headLastName: 'Last name of the head',
      headFirstName: 'First name of the head',
      headMiddleName: 'Patronymic of the head',
      headPosition: 'Position of the head',
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
      postalAddress: 'Where letters arrive, for example: 368730, с. Ахты, а/я 12',
      orgPhone: 'For example: 8 (87263) 2-14-56',
      orgEmail: 'The organization’s shared address, for example: ahty-school@mail.ru',
      website: 'For example: ahty-school.ru',
      headPosition:
        kind === 'authority' ? 'For example: head of the department' : 'For example: director',
      email: 'A work address whose mail you read: the login and password go there',
      emailConfirm: 'Type the address again to be sure',
      phone: 'For example: 8 928 123-45-67',
    }),
    required: {
      fullName: 'Enter the full name',
      shortName: '',
      type: 'Choose the kind',
      legalForm: 'Choose the legal form',
      inn: 'Enter the INN',
      kpp: 'Enter the KPP',
      ogrn: 'Enter the OGRN',
      address: 'Enter the legal address with its postal code',
      postalAddress: 'Enter the postal address or tick that it is the legal address',
      orgPhone: 'Enter the phone',
      orgEmail: 'Enter the e-mail address',
      website: '',
      headLastName: 'Enter the head’s last name',
      headFirstName: 'Enter the head’s first name',
      headMiddleName: '',
      headPosition: 'Enter the head’s position',
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
    duplicatesTitle: 'Your organization may already be registered',
    duplicatesIntro:
      'If it is in this list, do not apply: choose it and register your staff profile there.',
    duplicatesFound: (count) =>
      count === 0
        ? ''
        : `${count} similar ${count === 1 ? 'organization' : 'organizations'} ` +
          'found among registered ones',
    duplicateReasons: {
      'same-inn': 'the same INN',
      'same-ogrn': 'the same OGRN',
      'same-name': 'the same name in this settlement',
      'similar-name': 'a similar name in this settlement',
    },
    matchesBy: 'Matches:',
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
