import type { MessageBundle } from '../../core/i18n.js';

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

export const applicationSentMessages: MessageBundle<ApplicationSentMessages> = {
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
  en: {
    title: 'Application sent',
    numberLabel: 'Application number',
    keepNumber: 'Keep the number: with it and the e-mail address you can check the application.',
    copy: 'Copy the number',
    copied: 'Copied',
    copyFailed: 'Could not copy. The number is selected: press Ctrl+C or write it down.',
    nextTitle: 'What happens next',
    nextModeration: 'A moderator checks the organization’s details against the state registers.',
    nextLetter:
      'Once the application is approved, a letter with a login and a temporary password goes ' +
      'to the address below.',
    nextLogin: 'Log in with them and set your own password.',
    noLetterTitle: 'If no letter comes',
    checkAddress: 'Check the address you gave:',
    checkAddressWrong:
      'With a mistake in it the letter cannot arrive. The moderator will reject the application ' +
      'and you can send a new one with the right address.',
    checkSpam: 'Look in the spam or junk mail folder.',
    checkStatus:
      'Check the application’s status: it may still be under review, or rejected with the reason.',
    statusButton: 'Check the status',
    loginButton: 'Log in with the credentials received',
  },
};
