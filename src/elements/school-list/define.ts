import { define } from '../../core/define.js';
import { EduSchoolList } from './school-list.js';

define('edu-school-list', EduSchoolList);

export { EduSchoolList };
export type {
  OrganizationMissingDetail,
  OrganizationReportDetail,
  OrganizationSelectDetail,
} from './school-list.js';

declare global {
  interface HTMLElementTagNameMap {
    'edu-school-list': EduSchoolList;
  }
}
