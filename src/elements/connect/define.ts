import { define } from '../../core/define.js';
import '../role-picker/define.js';
import '../settlement-picker/define.js';
import '../school-list/define.js';
import '../organization-profile/define.js';
import '../report-profile/define.js';
import '../application-form/define.js';
import '../application-sent/define.js';
import '../application-status/define.js';
import '../authority-flow/define.js';
import '../login-form/define.js';
import '../activation-wizard/define.js';
import '../setup-wizard/define.js';
import '../coverage/define.js';
import { EduConnect } from './connect.js';

define('edu-connect', EduConnect);

export { EduConnect };

declare global {
  interface HTMLElementTagNameMap {
    'edu-connect': EduConnect;
  }
}
