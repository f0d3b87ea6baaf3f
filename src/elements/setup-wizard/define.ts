import { define } from '../../core/define.js';
import { EduSetupWizard } from './setup-wizard.js';

define('edu-setup-wizard', EduSetupWizard);
export { EduSetupWizard };

declare global {
  interface HTMLElementTagNameMap {
    'edu-setup-wizard': EduSetupWizard;
  }
}
