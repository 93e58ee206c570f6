import { SpineCompare } from '../components/compare/compare.js';
import type { SpineCompareChangeDetail } from '../components/compare/compare.js';
import type { SpineCtaDetail, SpineErrorDetail } from '../shared/spine-element.js';
import { define } from '../shared/define.js';

define('spine-compare', SpineCompare);

declare global {
  interface HTMLElementTagNameMap {
    'spine-compare': SpineCompare;
  }
  interface GlobalEventHandlersEventMap {
    'spine-compare-change': CustomEvent<SpineCompareChangeDetail>;
    'spine-cta': CustomEvent<SpineCtaDetail>;
    'spine-error': CustomEvent<SpineErrorDetail>;
  }
}
