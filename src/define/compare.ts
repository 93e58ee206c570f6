import { SpineCompare } from '../components/compare/compare.js';
import { define } from '../shared/define.js';

define('spine-compare', SpineCompare);

// The element's type, and with it the typed tag name and events, for code that imports this file.
export type { SpineCompare };
