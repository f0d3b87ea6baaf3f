import type { ApplicantType, LegalForm } from '../../contract/types.js';
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
      'Пока открыта эта вкладка, введённое сохраняется: оно не пропадёт, если страница ' +
      'перезагрузится или пропадёт связь. Когда вы закроете вкладку, ответы забудутся, чтобы ' +
      'на общем компьютере их не увидел следующий человек.',
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
