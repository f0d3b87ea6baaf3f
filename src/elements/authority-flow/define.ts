import { define } from '../../core/define.js';
import '../settlement-picker/define.js';
import '../application-form/define.js';
import '../report-profile/define.js';
import { EduAuthorityFlow } from './authority-flow.js';

define('edu-authority-flow', EduAuthorityFlow);

export { EduAuthorityFlow };

declare global {
  interface HTMLElementTagNameMap {
    'edu-authority-flow': EduAuthorityFlow;
  }
}
