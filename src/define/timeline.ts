import { SpineTimeline, type SpineCalendarDownloadDetail } from '../components/timeline/timeline.js';
import { define } from '../shared/define.js';

define('spine-timeline', SpineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'spine-timeline': SpineTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'spine-calendar-download': CustomEvent<SpineCalendarDownloadDetail>;
  }
}
