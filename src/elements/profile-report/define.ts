import { define } from '../../core/define.js';
import { EduProfileReport } from './profile-report.js';

define('edu-profile-report', EduProfileReport);

export { EduProfileReport };
export type { ReportSentDetail } from './profile-report.js';

declare global {
  interface HTMLElementTagNameMap {
    'edu-profile-report': EduProfileReport;
  }
}
