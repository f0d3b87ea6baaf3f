import { define } from '../../core/define.js';
import { EduLoginForm } from './login-form.js';

define('edu-login-form', EduLoginForm);
export { EduLoginForm };

declare global {
  interface HTMLElementTagNameMap {
    'edu-login-form': EduLoginForm;
  }
}
