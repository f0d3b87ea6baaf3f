import type { MessageBundle } from './i18n.js';

/** Strings shared by every element: failures, retry, loading. */
export interface CommonMessages {
  loading: string;
  retry: string;
  network: string;
  timeout: string;
  server: string;
  contract: string;
  notFound: string;
  refused: (status: number) => string;
  serverBusy: (wait: string | undefined) => string;
  tooManyRequests: (wait: string | undefined) => string;
  sessionExpired: string;
  keptInput: string;
  errorSummaryTitle: string;
  required: string;
}

export const commonMessages: MessageBundle<CommonMessages> = {
  ru: {
    loading: 'Загрузка…',
    retry: 'Повторить',
    network: 'Нет связи с сервером. Проверьте подключение к интернету и нажмите «Повторить».',
    timeout:
      'Сервер не ответил вовремя: связь медленная или сервер перегружен. Нажмите «Повторить».',
    server: 'На сервере произошла ошибка. Попробуйте ещё раз через несколько минут.',
    contract:
      'Сервер прислал ответ, который нельзя показать. Попробуйте позже; ' +
      'если ошибка повторится, сообщите в поддержку.',
    notFound:
      'Сервер не нашёл запрошенное (ошибка 404). Проверьте введённые данные; ' +
      'если ошибка повторится, сообщите в поддержку.',
    refused: (status) =>
      `Сервер не принял запрос (ошибка ${status}). Проверьте введённые данные; ` +
      'если ошибка повторится, сообщите в поддержку.',
    serverBusy: (wait) => `Сервер перегружен. Попробуйте ещё раз через ${wait}.`,
    tooManyRequests: (wait) =>
      wait
        ? `Слишком много запросов. Подождите ${wait} и попробуйте снова.`
        : 'Слишком много запросов. Подождите минуту и попробуйте снова.',
    sessionExpired: 'Сеанс истёк. Войдите снова: введённые данные сохранены.',
    keptInput: 'Введённые данные сохранены.',
    errorSummaryTitle: 'Исправьте ошибки',
    required: 'Заполните это поле',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    network: 'Cannot reach the server. Check your internet connection and press “Try again”.',
    timeout:
      'The server did not answer in time: the connection is slow or the server is busy. ' +
      'Press “Try again”.',
    server: 'The server failed. Please try again in a few minutes.',
    contract:
      'The server sent an answer that cannot be shown. Try later; ' +
      'if it happens again, tell support.',
    notFound:
      'The server did not find what was asked for (error 404). Check what you entered; ' +
      'if it happens again, tell support.',
    refused: (status) =>
      `The server refused the request (error ${status}). Check what you entered; ` +
      'if it happens again, tell support.',
    serverBusy: (wait) => `The server is busy. Try again in ${wait}.`,
    tooManyRequests: (wait) =>
      wait
        ? `Too many requests. Wait ${wait} and try again.`
        : 'Too many requests. Wait a minute and try again.',
    sessionExpired: 'Your session has expired. Log in again: what you entered is kept.',
    keptInput: 'What you entered is kept.',
    errorSummaryTitle: 'Fix these errors',
    required: 'Fill in this field',
  },
};
