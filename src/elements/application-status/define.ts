import { define } from '../../core/define.js';
import { EduApplicationStatus } from './application-status.js';

define('edu-application-status', EduApplicationStatus);
export { EduApplicationStatus };

declare global {
  interface HTMLElementTagNameMap {
    'edu-application-status': EduApplicationStatus;
  }
}
