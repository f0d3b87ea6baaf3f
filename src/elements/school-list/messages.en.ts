import type { SchoolListMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: SchoolListMessages = {
  inSettlement: (name) => name,
  heading: (place) => `Organizations already registered in ${place}`,
  chooseFirst: 'Choose the settlement first.',
  searchLabel: 'Find by name or INN',
  searchHint: 'For example: Akhty school No. 1 or 0526001234',
  count: (shown, total) =>
    total !== undefined && total > shown
      ? `Showing ${shown} of ${total} organizations`
      : `${shown} ${shown === 1 ? 'organization' : 'organizations'} found`,
  emptySettlement: (place) =>
    `No organization in ${place} is registered yet. If yours is not here, apply to connect it.`,
  emptySearch: (query) => `Nothing found for “${query}”. Check the spelling or search by INN.`,
  sampleNotice:
    'Records marked “Sample” are for demonstration: no real organization stands behind them.',
  sample: 'Sample',
  sampleExplained: 'demonstration record',
  inn: 'INN',
  address: 'Address',
  status: {
    connected: 'Connected to the network',
    pending: 'Application to connect under review',
    unknown: 'Not connected to the network yet',
  },
  report: 'Report a problem with this profile',
  more: 'Show more',
  loadingMore: 'Loading more…',
  missing: 'My organization is not in the list',
  missingHint: 'Not found your organization? Then apply to connect it.',
  missingUnchecked:
    'The list did not load, so it cannot be checked yet. Press “Try again”; apply only if ' +
    'you are sure your organization is not registered.',
};
