/*
 * The library without side effects: every element class, the base element,
 * the typed client and the contract's types. Importing this module defines
 * no tag; import `edu-connect/<element>` (its define.ts) for that.
 */
export { EduConnect } from './elements/connect/connect.js';
export { EduRolePicker } from './elements/role-picker/role-picker.js';
export { EduSettlementPicker } from './elements/settlement-picker/settlement-picker.js';
export { EduSchoolList } from './elements/school-list/school-list.js';
export { EduOrganizationProfile } from './elements/organization-profile/organization-profile.js';
export { EduReportProfile } from './elements/report-profile/report-profile.js';
export { EduApplicationForm } from './elements/application-form/application-form.js';
export { EduDuplicatePanel } from './elements/duplicate-panel/duplicate-panel.js';
export { EduApplicationSent } from './elements/application-sent/application-sent.js';
export { EduApplicationStatus } from './elements/application-status/application-status.js';
export { EduLoginForm } from './elements/login-form/login-form.js';
export { EduActivationWizard } from './elements/activation-wizard/activation-wizard.js';
export { EduSetupWizard } from './elements/setup-wizard/setup-wizard.js';
export { EduAuthorityFlow } from './elements/authority-flow/authority-flow.js';
export { EduCoverage } from './elements/coverage/coverage.js';
export { EduWizard } from './elements/wizard/wizard.js';

export { EduElement } from './core/edu-element.js';
export { define } from './core/define.js';
export type { Language, MessageBundle } from './core/i18n.js';
export { ApiError, isApiError, type ApiErrorKind, type FieldError } from './client/errors.js';
export { createClient, type ClientConfig, type EduClient } from './client/client.js';
export type * from './contract/types.js';
