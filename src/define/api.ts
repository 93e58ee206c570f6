import { configure, registerLocale } from '../content/store.js';

const api = { configure, registerLocale };

declare global {
  interface Window {
    SpineWidgets?: typeof api;
  }
}

/**
 * Sets `window.SpineWidgets`. A second copy of the bundle keeps the first copy's API, which owns
 * the defined elements; anything else of that name (an element with id="SpineWidgets" is one)
 * gives way.
 */
export function publishApi(): void {
  try {
    if (typeof window.SpineWidgets?.configure !== 'function') throw 0;
  } catch {
    // Not ours, or not readable at all (a cross-origin frame named SpineWidgets).
    window.SpineWidgets = api;
  }
}
