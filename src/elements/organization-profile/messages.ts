import type { MessageBundle } from '../../core/i18n.js';

export interface OrganizationProfileMessages {
  registered: string;
  sample: string;
  sampleNotice: string;
  details: string;
  fullName: string;
  shortName: string;
  inn: string;
  ogrn: string;
  kpp: string;
  address: string;
  noApplyTitle: string;
  noApply: string;
  stepsTitle: string;
  openPage: string;
  openPageLink: string;
  openPageNoLink: string;
  newWindow: string;
  chooseStaff: string;
  fillIn: string;
  waitConfirmation: string;
  problemTitle: string;
  problemText: string;
  report: string;
  notMine: string;
  noOrganization: string;
}

export const organizationProfileMessages: MessageBundle<OrganizationProfileMessages> = {
  ru: {
    registered: 'Эта организация уже подключена к сети.',
    sample: 'Пример',
    sampleNotice: 'Это демонстрационная запись: за ней не стоит настоящая организация.',
    details: 'Сведения об организации',
    fullName: 'Полное название',
    shortName: 'Краткое название',
    inn: 'ИНН',
    ogrn: 'ОГРН',
    kpp: 'КПП',
    address: 'Адрес',
    noApplyTitle: 'Заявку на подключение подавать не нужно',
    noApply:
      'Организация уже зарегистрирована. Повторную заявку отклонят, а сотрудникам нужно ' +
      'только зарегистрировать личный профиль.',
    stepsTitle: 'Как зарегистрировать личный профиль',
    openPage: 'Откройте страницу организации в сети:',
    openPageLink: 'страница организации',
    openPageNoLink: 'Откройте сайт сети и найдите организацию по названию или ИНН.',
    newWindow: '(откроется в новом окне)',
    chooseStaff: 'Нажмите «Зарегистрироваться как сотрудник».',
    fillIn: 'Укажите фамилию, имя, отчество и адрес электронной почты.',
    waitConfirmation:
      'Дождитесь, пока администратор организации подтвердит регистрацию: на почту придёт письмо.',
    problemTitle: 'С профилем что-то не так?',
    problemText:
      'Если в нём значатся люди, которые не работают в организации, или сведения о школе ' +
      'неверны, сообщите в поддержку. Такие профили обычно созданы по ошибке и удаляются.',
    report: 'Сообщить о проблеме с профилем',
    notMine: 'Это не моя организация',
    noOrganization: 'Организация не выбрана.',
  },
  en: {
    registered: 'This organization is already connected to the network.',
    sample: 'Sample',
    sampleNotice: 'This is a demonstration record: no real organization stands behind it.',
    details: 'Organization details',
    fullName: 'Full name',
    shortName: 'Short name',
    inn: 'INN',
    ogrn: 'OGRN',
    kpp: 'KPP',
    address: 'Address',
    noApplyTitle: 'Do not apply to connect it',
    noApply:
      'The organization is already registered. A second application will be rejected; ' +
      'staff only need to register a personal profile.',
    stepsTitle: 'How to register a personal profile',
    openPage: 'Open the organization’s page in the network:',
    openPageLink: 'organization page',
    openPageNoLink: 'Open the network’s site and find the organization by name or INN.',
    newWindow: '(opens in a new window)',
    chooseStaff: 'Press “Register as staff”.',
    fillIn: 'Enter your full name and e-mail address.',
    waitConfirmation:
      'Wait for the organization’s administrator to confirm you: a letter will come by e-mail.',
    problemTitle: 'Something wrong with the profile?',
    problemText:
      'If it lists people who do not work there, or describes the school falsely, tell ' +
      'support. Such profiles were usually created by mistake and get removed.',
    report: 'Report a problem with the profile',
    notMine: 'This is not my organization',
    noOrganization: 'No organization chosen.',
  },
};
