import { define } from '../../core/define.js';
import { EduOrganizationProfile } from './organization-profile.js';

define('edu-organization-profile', EduOrganizationProfile);

export { EduOrganizationProfile };
export type { ReportRequestDetail } from './organization-profile.js';

declare global {
  interface HTMLElementTagNameMap {
    'edu-organization-profile': EduOrganizationProfile;
  }
}
