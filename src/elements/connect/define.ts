import { define } from '../../core/define.js';
// The first screens' elements (the authority flow is small and a district portal's first screen);
// those of later steps load when the journey first reaches them.
import '../role-picker/define.js';
import '../settlement-picker/define.js';
import '../school-list/define.js';
import '../login-form/define.js';
import '../authority-flow/define.js';
import { EduConnect } from './connect.js';

EduConnect.stepModules = {
  organization: () => import('../organization-profile/define.js'),
  report: () => import('../report-profile/define.js'),
  apply: () => import('../application-form/define.js'),
  sent: () => import('../application-sent/define.js'),
  status: () => import('../application-status/define.js'),
  activation: () => import('../activation-wizard/define.js'),
  setup: () => import('../setup-wizard/define.js'),
  coverage: () => import('../coverage/define.js'),
};

define('edu-connect', EduConnect);

export { EduConnect };

declare global {
  interface HTMLElementTagNameMap {
    'edu-connect': EduConnect;
  }
}
