import type { OrganizationProfileMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: OrganizationProfileMessages = {
  registered: 'This organization is already connected to the network.',
  sample: 'Sample',
  sampleNotice: 'This is a demonstration record: no real organization stands behind it.',
  details: 'Organization details',
  fullName: 'Full name',
  shortName: 'Short name',
  inn: 'INN',
  ogrn: 'OGRN',
  kpp: 'KPP',
  address: 'Address',
  noApplyTitle: 'Do not apply to connect it',
  noApply:
    'The organization is already registered. A second application will be rejected; ' +
    'staff only need to register a personal profile.',
  stepsTitle: 'How to register a personal profile',
  openPage: 'Open the organization’s page in the network:',
  openPageLink: 'organization page',
  openPageNoLink: 'Open the network’s site and find the organization by name or INN.',
  newWindow: '(opens in a new window)',
  chooseStaff: 'Press “Register as staff”.',
  fillIn: 'Enter your full name and e-mail address.',
  waitConfirmation:
    'Wait for the organization’s administrator to confirm you: a letter will come by e-mail.',
  problemTitle: 'Something wrong with the profile?',
  problemText:
    'If it lists people who do not work there, or describes the school falsely, tell ' +
    'support. Such profiles were usually created by mistake and get removed.',
  report: 'Report a problem with the profile',
  notMine: 'This is not my organization',
  noOrganization: 'No organization chosen.',
};
