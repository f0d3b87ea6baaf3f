/*
 * Entry of the script-tag bundle (dist/edu-connect/index.js, which
 * dist/edu-connect.js imports) and of the demo's `/edu-connect.js`. It
 * exports nothing, so the page gains the tags and no global.
 *
 * The elements of the journey's first screens are defined at once; those of
 * later steps, and those that pages use alone, come in chunks of their own
 * when their tag first appears in the document, or when the browser idles.
 * The composers import the later steps they show themselves. The bundle
 * build fails when an element is in neither list.
 */
import './elements/connect/define.js';
import './elements/role-picker/define.js';
import './elements/settlement-picker/define.js';
import './elements/school-list/define.js';
import './elements/login-form/define.js';
// The first screen of a district portal, and small.
import './elements/authority-flow/define.js';
import { defineWhenUsed } from './core/lazy-define.js';

defineWhenUsed(
  {
    'edu-organization-profile': () => import('./elements/organization-profile/define.js'),
    'edu-report-profile': () => import('./elements/report-profile/define.js'),
    'edu-application-form': () => import('./elements/application-form/define.js'),
    'edu-duplicate-panel': () => import('./elements/duplicate-panel/define.js'),
    'edu-application-sent': () => import('./elements/application-sent/define.js'),
    'edu-application-status': () => import('./elements/application-status/define.js'),
    'edu-activation-wizard': () => import('./elements/activation-wizard/define.js'),
    'edu-setup-wizard': () => import('./elements/setup-wizard/define.js'),
    'edu-coverage': () => import('./elements/coverage/define.js'),
  },
  { prefetch: true },
);
