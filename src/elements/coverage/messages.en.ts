import type { CoverageMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: CoverageMessages = {
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
};
