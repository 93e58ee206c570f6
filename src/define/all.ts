/**
 * Entry of the script-tag bundle (and `spine-widgets/all.js`): defines every element and exposes
 * `window.SpineWidgets`.
 *
 * A widget renders for the first time when its element is defined, so the elements are defined
 * one per task, in the order the page shows them: no single task renders every widget at once,
 * and each widget keeps the page's `:not(:defined)` reserve until the moment it renders.
 */
import { SpineCompare } from '../components/compare/compare.js';
import { SpineIconArray } from '../components/icon-array/icon-array.js';
import { SpineQuiz } from '../components/quiz/quiz.js';
import { SpineRisks } from '../components/risks/risks.js';
import { SpineTimeline } from '../components/timeline/timeline.js';
import { configure, registerLocale } from '../content/store.js';
import { define, inTurn } from '../shared/define.js';

const api = { configure, registerLocale };

declare global {
  interface Window {
    SpineWidgets?: typeof api;
  }
}

// A second copy of the bundle keeps the first copy's API, which owns the defined elements; anything
// else of that name (an element with id="SpineWidgets" is one) gives way.
try {
  if (typeof window.SpineWidgets?.configure !== 'function') throw 0;
} catch {
  // Not ours, or not readable at all (a cross-origin frame named SpineWidgets).
  window.SpineWidgets = api;
}

const elements: Record<string, CustomElementConstructor> = {
  'spine-compare': SpineCompare,
  'spine-timeline': SpineTimeline,
  'spine-risks': SpineRisks,
  'spine-quiz': SpineQuiz,
};
const tags = Object.keys(elements);
const onPage = [...document.querySelectorAll(tags.join())].map((element) => element.localName);
const steps = [...new Set([...onPage, ...tags])].map((tag) => () => {
  // A risk view draws icon arrays: define them first, so they render in the same task.
  if (tag === 'spine-risks') define('spine-icon-array', SpineIconArray);
  define(tag, elements[tag]);
});

inTurn(steps);

export { configure, registerLocale };
// The elements' types, and with them the typed tag names and events.
export type { SpineCompare, SpineIconArray, SpineQuiz, SpineRisks, SpineTimeline };
