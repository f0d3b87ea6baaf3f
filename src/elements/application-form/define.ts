import { define } from '../../core/define.js';
import '../duplicate-panel/define.js';
import { EduApplicationForm } from './application-form.js';

define('edu-application-form', EduApplicationForm);
export { EduApplicationForm };

declare global {
  interface HTMLElementTagNameMap {
    'edu-application-form': EduApplicationForm;
  }
}
