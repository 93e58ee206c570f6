import { SpineTimeline, type SpineCalendarDownloadDetail } from '../components/timeline/timeline.js';
import type { SpineProcedureChangeDetail } from '../shared/single-procedure.js';
import { define } from '../shared/define.js';

define('spine-timeline', SpineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'spine-timeline': SpineTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'spine-procedure-change': CustomEvent<SpineProcedureChangeDetail>;
    'spine-calendar-download': CustomEvent<SpineCalendarDownloadDetail>;
  }
}
