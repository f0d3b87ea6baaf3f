import { bundle } from '../../core/i18n.js';
import { validationMessages, type ValidationMessages } from '../../domain/messages.js';

export interface ApplicationStatusMessages extends ValidationMessages {
  title: string;
  intro: string;
  numberLabel: string;
  numberHint: string;
  numberRequired: string;
  emailLabel: string;
  emailHint: string;
  emailRequired: string;
  errorPrefix: string;
  check: string;
  checking: string;
  pendingTitle: (number: string) => string;
  /** Takes the e-mail as well, so that overrides written for it keep working. */
  pendingText: (since: string, email: string) => string;
  pendingNext: (email: string) => string;
  reviewTitle: (number: string) => string;
  reviewText: (since: string) => string;
  reviewNext: (email: string) => string;
  approvedTitle: (number: string) => string;
  approvedText: (email: string) => string;
  approvedSpam: string;
  login: string;
  rejectedTitle: (number: string) => string;
  rejectedReason: string;
  noReason: string;
  rejectedWhatToDo: string;
  reapply: string;
  notFound: string;
  resend: string;
  resending: string;
  resent: (to: string, at: string) => string;
  resendWait: (wait: string) => string;
  resendFailed: string;
}

export const applicationStatusMessages = bundle<ApplicationStatusMessages>({
  ru: {
    ...validationMessages.ru,
    title: 'Статус заявки',
    intro: 'Введите номер заявки и адрес электронной почты, указанный в ней.',
    numberLabel: 'Номер заявки',
    numberHint: 'Номер был показан после отправки заявки',
    numberRequired: 'Введите номер заявки',
    emailLabel: 'Электронная почта из заявки',
    emailHint: 'Адрес администратора, на который придут логин и пароль',
    emailRequired: 'Введите адрес электронной почты',
    errorPrefix: 'Ошибка:',
    check: 'Узнать статус',
    checking: 'Узнаём статус заявки…',
    pendingTitle: (number) => `Заявка № ${number} получена`,
    pendingText: (since) =>
      `Заявка отправлена ${since} и ждёт, когда её возьмёт на рассмотрение модератор.`,
    pendingNext: (email) =>
      'Модератор проверит данные заявки. Если всё верно, на адрес ' +
      `${email} придёт письмо с логином и временным паролем; если нет, здесь будет ` +
      'причина отказа. Ничего делать не нужно, проверьте статус позже.',
    reviewTitle: (number) => `Заявка № ${number} на рассмотрении`,
    reviewText: (since) => `Модератор взял заявку на рассмотрение ${since} и проверяет её данные.`,
    reviewNext: (email) =>
      `Когда модератор примет решение, на адрес ${email} придёт письмо: с логином и ` +
      'временным паролем, если заявку одобрят, или с причиной отказа. Менять заявку сейчас ' +
      'не нужно.',
    approvedTitle: (number) => `Заявка № ${number} одобрена`,
    approvedText: (email) => `Письмо с логином и временным паролем отправлено на адрес ${email}.`,
    resend: 'Отправить письмо ещё раз',
    resending: 'Отправляем письмо…',
    resent: (to, at) => `Письмо отправлено ещё раз на ${to} в ${at}.`,
    resendWait: (wait) => `Письмо можно отправить снова через ${wait}.`,
    resendFailed: 'Письмо не отправлено.',
    approvedSpam: 'Если письма нет во входящих, загляните в папку «Спам».',
    login: 'Войти',
    rejectedTitle: (number) => `Заявка № ${number} отклонена`,
    rejectedReason: 'Причина, которую указал модератор:',
    noReason: 'Модератор не указал причину.',
    rejectedWhatToDo:
      'Исправьте то, что указал модератор, и подайте заявку снова: старая заявка не помешает.',
    reapply: 'Подать заявку снова',
    notFound:
      'Заявка с таким номером и адресом почты не найдена. Проверьте номер заявки и адрес: ' +
      'он должен быть тем же, что вы указали в заявке.',
  },
  en: () => import('./messages.en.js'),
});
