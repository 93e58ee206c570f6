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
import { formatDate, formatNumber } from '../logic/format.js';
import { define, inTurn } from '../shared/define.js';

const api = { configure, registerLocale };

declare global {
  interface Window {
    SpineWidgets?: typeof api;
  }
}

// A second copy of the bundle keeps the first copy's API, which owns the defined elements.
window.SpineWidgets ??= api;

const groups: Array<Array<[string, CustomElementConstructor]>> = [
  [['spine-compare', SpineCompare]],
  [['spine-timeline', SpineTimeline]],
  [['spine-icon-array', SpineIconArray], ['spine-risks', SpineRisks]],
  [['spine-quiz', SpineQuiz]],
];
const onPage = [...document.querySelectorAll(groups.flat().map(([tag]) => tag).join())].map((element) => element.localName);
const position = (group: (typeof groups)[number]) => {
  const index = onPage.findIndex((tag) => group.some(([name]) => name === tag));
  return index < 0 ? onPage.length : index;
};
const steps = [...groups].sort((a, b) => position(a) - position(b)).map((group) => () => group.forEach(([tag, element]) => define(tag, element)));

// The first use of Intl on a page sets it up (about 25 ms): give that a task of its own too.
const lang = document.documentElement.lang || 'en';
if (onPage.length) {
  steps.unshift(() => {
    formatNumber(1, lang);
    formatDate('2000-01-01', lang);
  });
}
inTurn(steps);

export { configure, registerLocale };
// The elements' types, and with them the typed tag names and events.
export type { SpineCompare, SpineIconArray, SpineQuiz, SpineRisks, SpineTimeline };
