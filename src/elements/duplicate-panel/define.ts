import { define } from '../../core/define.js';
import { EduDuplicatePanel } from './duplicate-panel.js';

define('edu-duplicate-panel', EduDuplicatePanel);
export { EduDuplicatePanel };

declare global {
  interface HTMLElementTagNameMap {
    'edu-duplicate-panel': EduDuplicatePanel;
  }
}
