import type { DuplicatePanelMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: DuplicatePanelMessages = {
  title: 'Your organization may already be registered',
  intro: 'If it is in this list, do not apply: choose it and register your staff profile there.',
  found: (count) =>
    count === 0
      ? ''
      : `${count} similar ${count === 1 ? 'organization' : 'organizations'} ` +
        'found among registered ones',
  reasons: {
    'same-inn': 'the same INN',
    'same-ogrn': 'the same OGRN',
    'same-name': 'the same name in this settlement',
    'similar-name': 'a similar name in this settlement',
  },
  matchesBy: 'Matches:',
  thisIsMine: 'This is my organization',
  notMine: 'Not mine',
  goOn: 'If none of them is yours, go on with the application.',
  dismissed: (name) => `“${name}” removed from the similar ones. Go on with the application.`,
  allDismissed: 'You marked the similar organizations as not yours. Go on with the application.',
  showAgain: 'Show them again',
};
