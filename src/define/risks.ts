import { SpineRisks, type SpineRisksCompareDetail } from '../components/risks/risks.js';
import { define } from '../shared/define.js';
import './icon-array.js';

define('spine-risks', SpineRisks);

declare global {
  interface HTMLElementTagNameMap {
    'spine-risks': SpineRisks;
  }
  interface GlobalEventHandlersEventMap {
    'spine-risks-compare': CustomEvent<SpineRisksCompareDetail>;
  }
}
