import type { ContentPack } from './schema.js';

/**
 * Languages besides English, each loaded the first time a page asks for it, so that English
 * pages never download them. They share the English pack's sources. The script-tag bundle
 * replaces this module with one that loads each language as its words only
 * (scripts/rollup-locale-overlay.mjs).
 */
export const shipped: Record<string, () => Promise<Omit<ContentPack, 'sources'>>> = {
  es: () => import('./es/index.js').then((module) => module.es),
};
