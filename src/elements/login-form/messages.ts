import type { MessageBundle } from '../../core/i18n.js';
import { pluralRu } from '../../core/i18n.js';

export interface LoginFormMessages {
  title: string;
  intro: string;
  login: string;
  loginHint: string;
  password: string;
  show: string;
  showPassword: string;
  capsLock: string;
  submit: string;
  submitting: string;
  loginRequired: string;
  passwordRequired: string;
  invalidCredentials: string;
  accountBlocked: string;
  passwordExpired: string;
  tooManyAttempts: (seconds: number) => string;
  canRetryNow: string;
  loggedIn: (name: string) => string;
}

const secondsRu = (n: number) => `${n} ${pluralRu(n, 'секунду', 'секунды', 'секунд')}`;

export const loginFormMessages: MessageBundle<LoginFormMessages> = {
  ru: {
    title: 'Вход',
    intro: 'Логин и временный пароль пришли в письме после одобрения заявки.',
    login: 'Логин',
    loginHint: 'Как в письме с учётными данными',
    password: 'Пароль',
    show: 'Показать',
    showPassword: 'Показать пароль',
    capsLock: 'Включён Caps Lock: пароль вводится заглавными буквами.',
    submit: 'Войти',
    submitting: 'Вход…',
    loginRequired: 'Введите логин',
    passwordRequired: 'Введите пароль',
    invalidCredentials:
      'Неверный логин или пароль. Проверьте каждую букву, раскладку клавиатуры ' +
      '(русская или английская) и не включён ли Caps Lock.',
    accountBlocked:
      'Учётная запись заблокирована. Обратитесь в службу поддержки регионального оператора: ' +
      'назовите логин и номер заявки.',
    passwordExpired:
      'Срок действия временного пароля истёк. Чтобы получить новый, напишите в службу ' +
      'поддержки с адреса, указанного в заявке, и назовите номер заявки: новый временный ' +
      'пароль придёт письмом на этот адрес.',
    tooManyAttempts: (seconds) =>
      `Слишком много попыток входа. Следующая попытка возможна через ${secondsRu(seconds)}.`,
    canRetryNow: 'Можно попробовать войти снова.',
    loggedIn: (name) => (name ? `Вход выполнен: ${name}.` : 'Вход выполнен.'),
  },
  en: {
    title: 'Log in',
    intro:
      'The login and temporary password came in the letter sent once the application was ' +
      'approved.',
    login: 'Login',
    loginHint: 'As written in the letter with your credentials',
    password: 'Password',
    show: 'Show',
    showPassword: 'Show password',
    capsLock: 'Caps Lock is on: the password is being typed in capital letters.',
    submit: 'Log in',
    submitting: 'Logging in…',
    loginRequired: 'Enter your login',
    passwordRequired: 'Enter your password',
    invalidCredentials:
      'Wrong login or password. Check every letter, the keyboard layout (Russian or English) ' +
      'and whether Caps Lock is on.',
    accountBlocked:
      'This account is blocked. Contact the regional operator’s support with your login and ' +
      'application number.',
    passwordExpired:
      'The temporary password has expired. To get a new one, write to support from the address ' +
      'given in the application, with the application number: a new temporary password will ' +
      'be sent to that address.',
    tooManyAttempts: (seconds) =>
      `Too many login attempts. You can try again in ${seconds} ` +
      `${seconds === 1 ? 'second' : 'seconds'}.`,
    canRetryNow: 'You can try to log in again.',
    loggedIn: (name) => (name ? `Logged in as ${name}.` : 'Logged in.'),
  },
};
