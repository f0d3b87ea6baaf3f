import { bundle } from '../../core/i18n.js';

export interface ApplicationSentMessages {
  title: string;
  numberLabel: string;
  keepNumber: string;
  copy: string;
  copied: string;
  copyFailed: string;
  nextTitle: string;
  nextModeration: string;
  nextLetter: string;
  nextLogin: string;
  noLetterTitle: string;
  checkAddress: string;
  checkAddressWrong: string;
  checkSpam: string;
  checkStatus: string;
  statusButton: string;
  loginButton: string;
}

export const applicationSentMessages = bundle<ApplicationSentMessages>({
  ru: {
    title: 'Заявка отправлена',
    numberLabel: 'Номер заявки',
    keepNumber: 'Сохраните номер: по нему и адресу почты можно узнать, что с заявкой.',
    copy: 'Скопировать номер',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать. Номер выделен: нажмите Ctrl+C или перепишите его.',
    nextTitle: 'Что будет дальше',
    nextModeration: 'Модератор сверит данные организации с государственными реестрами.',
    nextLetter: 'Когда заявку одобрят, на адрес ниже придёт письмо с логином и временным паролем.',
    nextLogin: 'Войдите с этими данными и задайте свой пароль.',
    noLetterTitle: 'Если письмо не пришло',
    checkAddress: 'Проверьте адрес, который вы указали:',
    checkAddressWrong:
      'Если в адресе ошибка, письмо не придёт. Модератор отклонит заявку, и вы подадите новую ' +
      'с верным адресом.',
    checkSpam: 'Загляните в папку «Спам» или «Нежелательная почта».',
    checkStatus:
      'Узнайте статус заявки: она может быть ещё на проверке или отклонена, ' +
      'тогда там сказано почему.',
    statusButton: 'Узнать статус заявки',
    loginButton: 'Войти с полученными данными',
  },
  en: () => import('./messages.en.js'),
});
