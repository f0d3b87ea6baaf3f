import { bundle } from './i18n.js';

/** Strings shared by every element: failures, retry, loading. */
export interface CommonMessages {
  loading: string;
  retry: string;
  network: string;
  timeout: string;
  server: string;
  contract: string;
  /** A 404 the element did not expect: the service is missing, not the person's answer. */
  notFound: string;
  refused: (status: number) => string;
  serverBusy: (wait: string | undefined) => string;
  tooManyRequests: (wait: string | undefined) => string;
  sessionExpired: string;
  keptInput: string;
  errorSummaryTitle: string;
  required: string;
}

export const commonMessages = bundle<CommonMessages>({
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
      'Сервис сейчас недоступен (ошибка 404): дело не в том, что вы ввели. ' +
      'Попробуйте позже; если ошибка повторится, сообщите в поддержку сайта.',
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
  en: () => import('./messages.en.js'),
});
