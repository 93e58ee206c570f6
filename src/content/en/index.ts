import { review } from '../review.js';
import type { ContentPack } from '../schema.js';
import { sources } from '../sources.js';
import { decision, disclosure, procedures } from './procedures.js';
import { quiz } from './quiz.js';
import { ui } from './ui.js';

/** The default English pack. */
export const en: ContentPack = {
  locale: 'en',
  ...review,
  disclosure,
  decision,
  procedures,
  quiz,
  sources,
  ui,
};
