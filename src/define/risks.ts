import { SpineRisks } from '../components/risks/risks.js';
import { define } from '../shared/define.js';
import './icon-array.js';

define('spine-risks', SpineRisks);

// The element's type, and with it the typed tag name and events, for code that imports this file.
export type { SpineRisks };
