import { define } from '../../core/define.js';
// The first screen's picker; the report and the application load when the flow reaches them.
import '../settlement-picker/define.js';
import { EduAuthorityFlow } from './authority-flow.js';

EduAuthorityFlow.screenModules = {
  report: () => import('../report-profile/define.js'),
  apply: () => import('../application-form/define.js'),
};

define('edu-authority-flow', EduAuthorityFlow);

export { EduAuthorityFlow };

declare global {
  interface HTMLElementTagNameMap {
    'edu-authority-flow': EduAuthorityFlow;
  }
}
