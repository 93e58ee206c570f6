import { SpineCompare } from '../components/compare/compare.js';
import type { SpineCompareChangeDetail } from '../components/compare/compare.js';
import { define } from '../shared/define.js';

define('spine-compare', SpineCompare);

declare global {
  interface HTMLElementTagNameMap {
    'spine-compare': SpineCompare;
  }
  interface GlobalEventHandlersEventMap {
    'spine-compare-change': CustomEvent<SpineCompareChangeDetail>;
  }
}
