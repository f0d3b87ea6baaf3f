import { define } from '../../core/define.js';
import { EduCoverage } from './coverage.js';

define('edu-coverage', EduCoverage);

export { EduCoverage };

declare global {
  interface HTMLElementTagNameMap {
    'edu-coverage': EduCoverage;
  }
}
