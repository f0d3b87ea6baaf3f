import { define } from '../../core/define.js';
import { EduActivationWizard } from './activation-wizard.js';

define('edu-activation-wizard', EduActivationWizard);
export { EduActivationWizard };

declare global {
  interface HTMLElementTagNameMap {
    'edu-activation-wizard': EduActivationWizard;
  }
}
