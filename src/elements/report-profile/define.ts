import { define } from '../../core/define.js';
import { EduReportProfile } from './report-profile.js';

define('edu-report-profile', EduReportProfile);

export { EduReportProfile };
export type { ReportSentDetail } from './report-profile.js';

declare global {
  interface HTMLElementTagNameMap {
    'edu-report-profile': EduReportProfile;
  }
}
