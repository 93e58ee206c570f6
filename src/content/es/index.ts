import { review } from '../review.js';
import type { ContentPack } from '../schema.js';
import { decision, disclosure, procedures } from './procedures.js';
import { quiz } from './quiz.js';
import { ui } from './ui.js';

/** The Spanish pack, loaded only when a page asks for Spanish; its sources are the English pack's. */
export const es: Omit<ContentPack, 'sources'> = {
  locale: 'es',
  ...review,
  disclosure,
  decision,
  procedures,
  quiz,
  ui,
};
