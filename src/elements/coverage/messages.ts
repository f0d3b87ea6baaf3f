import type { CoverageStatus } from '../../contract/coverage.js';
import { bundle, pluralRu } from '../../core/i18n.js';

export interface CoverageMessages {
  title: (scope: string) => string;
  /** The heading before the municipality's name has arrived. */
  heading: string;
  region: string;
  /** «Подключено 412 из 530, 78 %». */
  summary: (connected: string, known: string, percent: string) => string;
  counts: Record<'pending' | 'rejected' | 'notConnected', string>;
  showList: string;
  emptyScope: string;
  updatedAt: (time: string) => string;
  refresh: string;
  areasTitle: Record<'municipality' | 'settlement', string>;
  areasChart: (count: number, lowest: string, highest: string) => string;
  area: Record<'municipality' | 'settlement', string>;
  known: string;
  connected: string;
  share: string;
  ofKnown: (connected: string, known: string) => string;
  noOrganizations: string;
  timelineTitle: string;
  timelineChart: (first: string, last: string, total: string) => string;
  timelineEmpty: string;
  week: string;
  weekConnected: string;
  weekTotal: string;
  table: string;
  /** Name of the scrolling box around a table. */
  tableRegion: (title: string) => string;
  listTitle: string;
  listLead: string;
  statusFilter: string;
  status: Record<CoverageStatus, string>;
  searchLabel: string;
  searchHint: string;
  listCount: (shown: number, total: number) => string;
  listEmpty: string;
  organization: string;
  settlement: string;
  municipality: string;
  inn: string;
  changedAt: string;
  application: string;
  more: string;
  exportCsv: string;
  exporting: string;
  exported: (file: string) => string;
  /** Names of the downloaded files, without `.csv`. */
  files: Record<'areas' | 'timeline' | 'organizations', string>;
}

export const messages = bundle<CoverageMessages>({
  ru: {
    title: (scope) => `Охват подключения: ${scope}`,
    heading: 'Охват подключения',
    region: 'вся республика',
    summary: (connected, known, percent) => `Подключено ${connected} из ${known}, ${percent}`,
    counts: {
      pending: 'Заявка на модерации',
      rejected: 'Заявка отклонена',
      notConnected: 'Не подключались',
    },
    showList: 'показать в списке',
    emptyScope: 'Здесь пока нет ни одной известной образовательной организации.',
    updatedAt: (time) => `Данные на ${time}.`,
    refresh: 'Обновить',
    areasTitle: { municipality: 'По муниципалитетам', settlement: 'По населённым пунктам' },
    areasChart: (count, lowest, highest) =>
      `Диаграмма охвата, ${count} ${pluralRu(count, 'строка', 'строки', 'строк')}: ` +
      `от ${lowest} до ${highest}. Те же числа — в таблице ниже.`,
    area: { municipality: 'Муниципалитет', settlement: 'Населённый пункт' },
    known: 'Всего',
    connected: 'Подключено',
    share: 'Охват, %',
    ofKnown: (connected, known) => `${connected} из ${known}`,
    noOrganizations: 'нет организаций',
    timelineTitle: 'Подключения по неделям',
    timelineChart: (first, last, total) =>
      `График числа подключённых организаций с недели ${first} по неделю ${last}: ` +
      `в конце ${total}. Те же числа — в таблице ниже.`,
    timelineEmpty: 'Подключений пока не было.',
    week: 'Неделя с',
    weekConnected: 'Подключено за неделю',
    weekTotal: 'Подключено всего',
    table: 'Таблица с этими числами',
    tableRegion: (title) => `Таблица «${title}»`,
    listTitle: 'Кому позвонить',
    listLead: 'Организации, которые ещё не подключены, с их статусом и датой последнего изменения.',
    statusFilter: 'Статус',
    status: {
      none: 'Не подключались',
      pending: 'Заявка на модерации',
      rejected: 'Заявка отклонена',
      connected: 'Подключены',
    },
    searchLabel: 'Поиск по названию или ИНН',
    searchHint: 'Например: «СОШ № 2», «гимназия», «Ахтынская».',
    listCount: (shown, total) =>
      shown === total
        ? `${total} ${pluralRu(total, 'организация', 'организации', 'организаций')}`
        : `Показаны ${shown} из ${total}`,
    listEmpty: 'Ни одна организация не подходит под условия.',
    organization: 'Организация',
    settlement: 'Населённый пункт',
    municipality: 'Муниципалитет',
    inn: 'ИНН',
    changedAt: 'Изменение',
    application: 'Заявка',
    more: 'Показать ещё',
    exportCsv: 'Скачать таблицу (CSV для Excel)',
    exporting: 'Готовим файл…',
    exported: (file) => `Файл ${file} скачан.`,
    files: { areas: 'ohvat', timeline: 'podklyucheniya-po-nedelyam', organizations: 'organizacii' },
  },
  en: () => import('./messages.en.js'),
});
