/** Entry of the script-tag bundle: defines every element and exposes `window.SpineWidgets`. */
import './compare.js';
import './timeline.js';
import './risks.js';
import './quiz.js';
import { configure, registerLocale } from '../content/store.js';

const api = { configure, registerLocale };

declare global {
  interface Window {
    SpineWidgets?: typeof api;
  }
}

// A second copy of the bundle keeps the first copy's API, which owns the defined elements.
window.SpineWidgets ??= api;

export { configure, registerLocale };
