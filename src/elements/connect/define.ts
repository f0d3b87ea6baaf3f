import { define } from '../../core/define.js';
// The first screens' elements; those of later steps load when the journey reaches them.
import '../role-picker/define.js';
import '../settlement-picker/define.js';
import '../school-list/define.js';
import '../login-form/define.js';
import { EduConnect } from './connect.js';

define('edu-connect', EduConnect);

export { EduConnect };

declare global {
  interface HTMLElementTagNameMap {
    'edu-connect': EduConnect;
  }
}
