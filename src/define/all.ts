/**
 * `spine-widgets/all.js`: defines every element at once, as the single define modules do, and
 * in a browser sets `window.SpineWidgets`. Frameworks that render before an element is defined
 * set its properties as attributes (React's `ctaHref` would become `ctahref`), so nothing here
 * waits. (The script-tag file defines its elements one per task: see bundle.ts.)
 */
import './compare.js';
import './timeline.js';
import './risks.js';
import './quiz.js';
import { configure, registerLocale } from '../content/store.js';
import { publishApi } from './api.js';
import type { SpineCompare } from './compare.js';
import type { SpineIconArray } from './icon-array.js';
import type { SpineQuiz } from './quiz.js';
import type { SpineRisks } from './risks.js';
import type { SpineTimeline } from './timeline.js';

// A server rendering the app imports this too, with no window.
if (typeof window !== 'undefined') publishApi();

export { configure, registerLocale };
// The elements' types, and with them the typed tag names and events.
export type { SpineCompare, SpineIconArray, SpineQuiz, SpineRisks, SpineTimeline };
