import { define } from '../../core/define.js';
import { EduSettlementPicker } from './settlement-picker.js';

define('edu-settlement-picker', EduSettlementPicker);

export { EduSettlementPicker };
export type {
  MunicipalitySelectDetail,
  PlaceKind,
  SettlementSelectDetail,
} from './settlement-picker.js';

declare global {
  interface HTMLElementTagNameMap {
    'edu-settlement-picker': EduSettlementPicker;
  }
}
