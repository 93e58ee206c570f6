import { SpineTimeline } from '../components/timeline/timeline.js';
import { define } from '../shared/define.js';

define('spine-timeline', SpineTimeline);

// The element's type, and with it the typed tag name and events, for code that imports this file.
export type { SpineTimeline };
