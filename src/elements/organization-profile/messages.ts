import { bundle } from '../../core/i18n.js';

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

export const organizationProfileMessages = bundle<OrganizationProfileMessages>({
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
  en: () => import('./messages.en.js'),
});
