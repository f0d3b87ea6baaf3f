// Written by `npm run contract:shapes` from schemas.ts: edit the schemas, not this file.
import type { z } from 'zod/mini';
import type * as S from './schemas.js';
import type { Shape } from './shape.js';

export const Settlement: Shape<z.infer<typeof S.Settlement>> = [
  'o',
  {
    id: ['s', 1, 100],
    name: ['s', null, 200],
    kind: ['s', null, 50],
    municipality: ['o', { id: ['s', 1, 100], name: ['s', null, 200] }, ['id', 'name']],
    region: ['s', null, null],
  },
  ['id', 'name', 'municipality'],
];
export const SettlementPage: Shape<z.infer<typeof S.SettlementPage>> = [
  'o',
  {
    items: [
      'a',
      [
        'o',
        {
          id: ['s', 1, 100],
          name: ['s', null, 200],
          kind: ['s', null, 50],
          municipality: ['o', { id: ['s', 1, 100], name: ['s', null, 200] }, ['id', 'name']],
          region: ['s', null, null],
        },
        ['id', 'name', 'municipality'],
      ],
      null,
      null,
    ],
    nextCursor: ['u', [['s', null, null], ['0']]],
    total: ['n', 0, 9007199254740991, 1],
  },
  ['items', 'nextCursor'],
];
export const MunicipalityPage: Shape<z.infer<typeof S.MunicipalityPage>> = [
  'o',
  {
    items: [
      'a',
      [
        'o',
        { id: ['s', 1, 100], name: ['s', null, 200], kind: ['e', ['district', 'city']] },
        ['id', 'name'],
      ],
      null,
      null,
    ],
    nextCursor: ['u', [['s', null, null], ['0']]],
    total: ['n', 0, 9007199254740991, 1],
  },
  ['items', 'nextCursor'],
];
export const Organization: Shape<z.infer<typeof S.Organization>> = [
  'o',
  {
    id: ['s', 1, 100],
    fullName: ['s', null, 1000],
    shortName: ['s', null, 300],
    inn: ['s', null, null, '^\\d{10}$'],
    ogrn: ['s', null, null, '^\\d{13}$'],
    kpp: ['s', null, null, '^\\d{4}[\\dA-Z]{2}\\d{3}$'],
    address: ['s', null, 500],
    settlementId: ['s', 1, 100],
    profileUrl: ['s', null, 2000, '^https?:\\/\\/\\S+$', 'i'],
    generated: ['b'],
  },
  ['id', 'fullName', 'settlementId'],
];
export const OrganizationPage: Shape<z.infer<typeof S.OrganizationPage>> = [
  'o',
  {
    items: [
      'a',
      [
        'o',
        {
          id: ['s', 1, 100],
          fullName: ['s', null, 1000],
          shortName: ['s', null, 300],
          inn: ['s', null, null, '^\\d{10}$'],
          ogrn: ['s', null, null, '^\\d{13}$'],
          kpp: ['s', null, null, '^\\d{4}[\\dA-Z]{2}\\d{3}$'],
          address: ['s', null, 500],
          settlementId: ['s', 1, 100],
          profileUrl: ['s', null, 2000, '^https?:\\/\\/\\S+$', 'i'],
          generated: ['b'],
        },
        ['id', 'fullName', 'settlementId'],
      ],
      null,
      null,
    ],
    nextCursor: ['u', [['s', null, null], ['0']]],
    total: ['n', 0, 9007199254740991, 1],
  },
  ['items', 'nextCursor'],
];
export const AuthorityPage: Shape<z.infer<typeof S.AuthorityPage>> = [
  'o',
  {
    items: [
      'a',
      [
        'o',
        {
          id: ['s', 1, 100],
          fullName: ['s', null, 1000],
          shortName: ['s', null, 300],
          inn: ['s', null, null, '^\\d{10}$'],
          municipalityId: ['s', 1, 100],
          profileUrl: ['s', null, 2000, '^https?:\\/\\/\\S+$', 'i'],
          generated: ['b'],
        },
        ['id', 'fullName', 'municipalityId'],
      ],
      null,
      null,
    ],
    nextCursor: ['u', [['s', null, null], ['0']]],
    total: ['n', 0, 9007199254740991, 1],
  },
  ['items', 'nextCursor'],
];
export const DuplicateMatches: Shape<z.infer<typeof S.DuplicateMatches>> = [
  'o',
  {
    matches: [
      'a',
      [
        'o',
        {
          organization: [
            'o',
            {
              id: ['s', 1, 100],
              fullName: ['s', null, 1000],
              shortName: ['s', null, 300],
              inn: ['s', null, null, '^\\d{10}$'],
              ogrn: ['s', null, null, '^\\d{13}$'],
              kpp: ['s', null, null, '^\\d{4}[\\dA-Z]{2}\\d{3}$'],
              address: ['s', null, 500],
              settlementId: ['s', 1, 100],
              profileUrl: ['s', null, 2000, '^https?:\\/\\/\\S+$', 'i'],
              generated: ['b'],
            },
            ['id', 'fullName', 'settlementId'],
          ],
          score: ['n', 0, 1, 0],
          reasons: ['a', ['e', ['same-inn', 'same-ogrn', 'same-name', 'similar-name']], null, null],
        },
        ['organization', 'score', 'reasons'],
      ],
      null,
      null,
    ],
  },
  ['matches'],
];
export const Application: Shape<z.infer<typeof S.Application>> = [
  'o',
  {
    number: ['s', null, 50],
    kind: ['e', ['organization', 'authority']],
    status: ['e', ['pending', 'approved', 'rejected']],
    reason: ['s', null, 2000],
    fullName: ['s', null, 1000],
    email: ['s', null, 300],
    submittedAt: ['s', 10, 40],
    updatedAt: ['s', 10, 40],
  },
  ['number', 'kind', 'status', 'fullName', 'email', 'submittedAt', 'updatedAt'],
];
export const ProfileReportReceipt: Shape<z.infer<typeof S.ProfileReportReceipt>> = [
  'o',
  { id: ['s', 1, 100], createdAt: ['s', 10, 40] },
  ['id', 'createdAt'],
];
export const Session: Shape<z.infer<typeof S.Session>> = [
  'o',
  {
    token: ['s', 1, null],
    user: [
      'o',
      {
        login: ['s', null, 200],
        name: ['s', null, 300],
        organizationId: ['s', 1, 100],
        authorityId: ['s', 1, 100],
      },
      ['login', 'name'],
    ],
    needsActivation: ['b'],
    needsSetup: ['b'],
  },
  ['token', 'user', 'needsActivation', 'needsSetup'],
];
export const ActivationState: Shape<z.infer<typeof S.ActivationState>> = [
  'o',
  {
    steps: [
      'a',
      [
        'o',
        {
          id: ['e', ['terms', 'password', 'contacts']],
          status: ['e', ['done', 'needed', 'optional']],
        },
        ['id', 'status'],
      ],
      null,
      null,
    ],
    next: ['u', [['e', ['terms', 'password', 'contacts']], ['0']]],
    data: ['r', ['*']],
  },
  ['steps', 'next', 'data'],
];
export const SetupState: Shape<z.infer<typeof S.SetupState>> = [
  'o',
  {
    steps: [
      'a',
      [
        'o',
        {
          id: ['e', ['profile', 'year', 'grading', 'bells', 'classes', 'staff']],
          status: ['e', ['done', 'needed', 'optional']],
        },
        ['id', 'status'],
      ],
      null,
      null,
    ],
    next: ['u', [['e', ['profile', 'year', 'grading', 'bells', 'classes', 'staff']], ['0']]],
    data: ['r', ['*']],
  },
  ['steps', 'next', 'data'],
];
export const Coverage: Shape<z.infer<typeof S.Coverage>> = [
  'o',
  {
    municipalityId: ['u', [['s', 1, 100], ['0']]],
    known: ['n', 0, 9007199254740991, 1],
    connected: ['n', 0, 9007199254740991, 1],
    pending: ['n', 0, 9007199254740991, 1],
    rejected: ['n', 0, 9007199254740991, 1],
    notConnected: ['n', 0, 9007199254740991, 1],
  },
  ['municipalityId', 'known', 'connected', 'pending', 'rejected', 'notConnected'],
];
export const Problem: Shape<z.infer<typeof S.Problem>> = [
  'o',
  {
    type: ['s', null, 500],
    title: ['s', null, 500],
    status: ['n', null, null, 0],
    detail: ['s', null, 2000],
    code: ['s', null, 100],
    errors: [
      'a',
      [
        'o',
        {
          path: [
            'a',
            [
              'u',
              [
                ['s', null, null],
                ['n', null, null, 0],
              ],
            ],
            null,
            null,
          ],
          message: ['s', null, 500],
        },
        ['path', 'message'],
      ],
      null,
      null,
    ],
    existing: [
      'o',
      {
        id: ['s', 1, 100],
        fullName: ['s', null, 1000],
        shortName: ['s', null, 300],
        inn: ['s', null, null, '^\\d{10}$'],
        ogrn: ['s', null, null, '^\\d{13}$'],
        kpp: ['s', null, null, '^\\d{4}[\\dA-Z]{2}\\d{3}$'],
        address: ['s', null, 500],
        settlementId: ['s', 1, 100],
        profileUrl: ['s', null, 2000, '^https?:\\/\\/\\S+$', 'i'],
        generated: ['b'],
      },
      ['id', 'fullName', 'settlementId'],
    ],
    application: [
      'o',
      {
        number: ['s', null, 50],
        kind: ['e', ['organization', 'authority']],
        status: ['e', ['pending', 'approved', 'rejected']],
        reason: ['s', null, 2000],
        fullName: ['s', null, 1000],
        email: ['s', null, 300],
        submittedAt: ['s', 10, 40],
        updatedAt: ['s', 10, 40],
      },
      ['number', 'kind', 'status', 'fullName', 'email', 'submittedAt', 'updatedAt'],
    ],
  },
  [],
];
export const ReportReason: Shape<z.infer<typeof S.ReportReason>> = [
  'e',
  ['strangers-in-staff', 'wrong-details', 'duplicate', 'closed', 'other'],
];
