import { SpineIconArray } from '../components/icon-array/icon-array.js';
import { define } from '../shared/define.js';

define('spine-icon-array', SpineIconArray);

declare global {
  interface HTMLElementTagNameMap {
    'spine-icon-array': SpineIconArray;
  }
}
