import type { CoverageStatus } from '../../contract/coverage.js';
import { pluralRu, type MessageBundle } from '../../core/i18n.js';

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

export const messages: MessageBundle<CoverageMessages> = {
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
  en: {
    title: (scope) => `Connection coverage: ${scope}`,
    heading: 'Connection coverage',
    region: 'the whole region',
    summary: (connected, known, percent) => `Connected ${connected} of ${known}, ${percent}`,
    counts: {
      pending: 'Application under review',
      rejected: 'Application rejected',
      notConnected: 'Never applied',
    },
    showList: 'show in the list',
    emptyScope: 'No educational organization is known here yet.',
    updatedAt: (time) => `Figures as of ${time}.`,
    refresh: 'Refresh',
    areasTitle: { municipality: 'By municipality', settlement: 'By settlement' },
    areasChart: (count, lowest, highest) =>
      `Coverage chart, ${count} ${count === 1 ? 'row' : 'rows'}: from ${lowest} to ${highest}. ` +
      'The same figures are in the table below.',
    area: { municipality: 'Municipality', settlement: 'Settlement' },
    known: 'Total',
    connected: 'Connected',
    share: 'Coverage, %',
    ofKnown: (connected, known) => `${connected} of ${known}`,
    noOrganizations: 'no organizations',
    timelineTitle: 'Connections per week',
    timelineChart: (first, last, total) =>
      `Chart of connected organizations from the week of ${first} to the week of ${last}: ` +
      `${total} at the end. The same figures are in the table below.`,
    timelineEmpty: 'No connections yet.',
    week: 'Week of',
    weekConnected: 'Connected that week',
    weekTotal: 'Connected in all',
    table: 'Table of these figures',
    tableRegion: (title) => `Table “${title}”`,
    listTitle: 'Whom to call',
    listLead: 'Organizations not connected yet, with their status and when it last changed.',
    statusFilter: 'Status',
    status: {
      none: 'Never applied',
      pending: 'Application under review',
      rejected: 'Application rejected',
      connected: 'Connected',
    },
    searchLabel: 'Search by name or INN',
    searchHint: 'For example: “СОШ № 2”, “гимназия”, “Ахтынская”.',
    listCount: (shown, total) =>
      shown === total
        ? `${total} ${total === 1 ? 'organization' : 'organizations'}`
        : `Showing ${shown} of ${total}`,
    listEmpty: 'No organization matches.',
    organization: 'Organization',
    settlement: 'Settlement',
    municipality: 'Municipality',
    inn: 'INN',
    changedAt: 'Changed',
    application: 'Application',
    more: 'Show more',
    exportCsv: 'Download the table (CSV for Excel)',
    exporting: 'Preparing the file…',
    exported: (file) => `File ${file} downloaded.`,
    files: { areas: 'coverage', timeline: 'connections-per-week', organizations: 'organizations' },
  },
};
