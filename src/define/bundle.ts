/**
 * Entry of the script-tag bundle: defines every element and exposes `window.SpineWidgets`.
 * (`spine-widgets/all.js`, for npm, defines them at once: see all.ts.)
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
import { define, inTurn } from '../shared/define.js';
import { publishApi } from './api.js';

publishApi();

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
