import { bundle, pluralRu } from '../../core/i18n.js';

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

export const loginFormMessages = bundle<LoginFormMessages>({
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
  en: () => import('./messages.en.js'),
});
