import { pluralEn } from '../../core/i18n.js';
import type { LoginFormMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: LoginFormMessages = {
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
    `${pluralEn(seconds, 'second', 'seconds')}.`,
  canRetryNow: 'You can try to log in again.',
  loggedIn: (name) => (name ? `Logged in as ${name}.` : 'Logged in.'),
};
