import { define } from '../../core/define.js';
import { EduApplicationSent } from './application-sent.js';

define('edu-application-sent', EduApplicationSent);
export { EduApplicationSent };

declare global {
  interface HTMLElementTagNameMap {
    'edu-application-sent': EduApplicationSent;
  }
}
