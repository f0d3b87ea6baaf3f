import { define } from '../../core/define.js';
import { EduRolePicker } from './role-picker.js';

define('edu-role-picker', EduRolePicker);

export { EduRolePicker };
export type { Role, RoleSelectDetail } from './role-picker.js';

declare global {
  interface HTMLElementTagNameMap {
    'edu-role-picker': EduRolePicker;
  }
}
