import { SpineIconArray } from '../components/icon-array/icon-array.js';
import { define } from '../shared/define.js';

define('spine-icon-array', SpineIconArray);

// The element's type, and with it the typed tag name and events, for code that imports this file.
export type { SpineIconArray };
