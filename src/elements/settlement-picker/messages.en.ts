import type { SettlementPickerMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: SettlementPickerMessages = {
  settlement: {
    label: 'Settlement',
    hint: 'Start typing the name, for example: Akhty or Derbent. Choose it from the list.',
    found: (count) => `${count} ${count === 1 ? 'settlement' : 'settlements'} found`,
    missing: 'Enter the settlement',
    notChosen: 'Choose the settlement from the list',
  },
  municipality: {
    label: 'Municipality',
    hint: 'A district or city district, for example: Akhtynsky district or Derbent.',
    found: (count) => `${count} ${count === 1 ? 'municipality' : 'municipalities'} found`,
    missing: 'Enter the municipality',
    notChosen: 'Choose the municipality from the list',
  },
  municipalityKinds: { district: 'municipal district', city: 'city district' },
  searching: 'Searching…',
  typeMore: 'Type at least two letters',
  nothingFound: 'Nothing found',
  nothingFoundHint: 'Check the name, or type only its beginning.',
};
