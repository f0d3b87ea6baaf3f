import { define } from '../../core/define.js';
import { EduAuthorityFlow } from './authority-flow.js';

define('edu-authority-flow', EduAuthorityFlow);

export { EduAuthorityFlow };

declare global {
  interface HTMLElementTagNameMap {
    'edu-authority-flow': EduAuthorityFlow;
  }
}
