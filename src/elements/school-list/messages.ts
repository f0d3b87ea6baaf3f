import { bundle, pluralRu } from '../../core/i18n.js';

/** Whether an organization works in the network; `unknown` when the server does not say. */
export type ConnectionStatus = 'connected' | 'pending' | 'unknown';

export interface SchoolListMessages {
  /** "в с. Ахты": the settlement as it reads after the preposition. */
  inSettlement: (name: string, kind: string | undefined) => string;
  heading: (place: string) => string;
  chooseFirst: string;
  searchLabel: string;
  searchHint: string;
  count: (shown: number, total: number | undefined) => string;
  emptySettlement: (place: string) => string;
  emptySearch: (query: string) => string;
  sampleNotice: string;
  sample: string;
  sampleExplained: string;
  inn: string;
  address: string;
  status: Record<ConnectionStatus, string>;
  report: string;
  more: string;
  loadingMore: string;
  missing: string;
  missingHint: string;
  missingUnchecked: string;
}

/** Abbreviations used before a settlement's name, by its kind word. */
const KIND_ABBREVIATIONS: Record<string, string> = {
  город: 'г.',
  село: 'с.',
  посёлок: 'пос.',
  поселок: 'пос.',
  'посёлок городского типа': 'пгт',
  'поселок городского типа': 'пгт',
  аул: 'аул',
  хутор: 'х.',
  станица: 'ст-ца',
  деревня: 'д.',
};

const organizationsRu = (count: number) =>
  pluralRu(count, 'организация', 'организации', 'организаций');

export const schoolListMessages = bundle<SchoolListMessages>({
  ru: {
    inSettlement: (name, kind) => {
      const abbreviation = kind ? KIND_ABBREVIATIONS[kind.toLowerCase()] : undefined;
      return abbreviation ? `${abbreviation} ${name}` : `населённом пункте ${name}`;
    },
    heading: (place) => `Организации, уже зарегистрированные в ${place}`,
    chooseFirst: 'Сначала выберите населённый пункт.',
    searchLabel: 'Найти по названию или ИНН',
    searchHint: 'Например: Ахтынская СОШ № 1 или 0526001234',
    count: (shown, total) =>
      total !== undefined && total > shown
        ? `Показаны ${shown} из ${total} ` +
          pluralRu(total, 'организации', 'организаций', 'организаций')
        : `${pluralRu(shown, 'Найдена', 'Найдено', 'Найдено')} ${shown} ${organizationsRu(shown)}`,
    emptySettlement: (place) =>
      `В ${place} ещё не зарегистрирована ни одна организация. Если вашей здесь нет, ` +
      'подайте заявку на подключение.',
    emptySearch: (query) =>
      `По запросу «${query}» ничего не найдено. Проверьте написание или поищите по ИНН.`,
    sampleNotice:
      'Записи с пометкой «Пример» созданы для демонстрации: за ними не стоит ' +
      'настоящая организация.',
    sample: 'Пример',
    sampleExplained: 'демонстрационная запись',
    inn: 'ИНН',
    address: 'Адрес',
    status: {
      connected: 'Подключена к сети',
      pending: 'Заявка на подключение рассматривается',
      unknown: 'Ещё не подключена к сети',
    },
    report: 'Сообщить о проблеме с этим профилем',
    more: 'Показать ещё',
    loadingMore: 'Загружаем ещё…',
    missing: 'Моей организации нет в списке',
    missingHint: 'Не нашли свою организацию? Тогда подайте заявку на подключение.',
    missingUnchecked:
      'Список не загрузился, поэтому проверить, нет ли вашей организации, пока нельзя. ' +
      'Нажмите «Повторить»; заявку подавайте, только если уверены, что её нет в списке.',
  },
  en: () => import('./messages.en.js'),
});
