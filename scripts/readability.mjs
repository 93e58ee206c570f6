// npm run readability: reading grade of the English patient text (Flesch-Kincaid grade and SMOG),
// per widget and per option. Fails when a widget's text averages above grade 8.
import { en } from '../dist/esm/content/en/index.js';

const limit = 8;

/** Syllables of an English word, by the usual vowel-group rule with common corrections. */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Flesch-Kincaid grade and SMOG for a list of sentences' worth of text. */
export function grade(texts) {
  const text = texts.join(' ').replace(/\{[a-zA-Z]+\}/g, '5');
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length || texts.length);
  const words = text.match(/[A-Za-z’']+/g) ?? [];
  const syllableCounts = words.map(syllables);
  const total = syllableCounts.reduce((a, b) => a + b, 0);
  const polysyllables = syllableCounts.filter((count) => count >= 3).length;
  const fk = 0.39 * (words.length / sentences) + 11.8 * (total / Math.max(1, words.length)) - 15.59;
  const smog = 1.043 * Math.sqrt(polysyllables * (30 / sentences)) + 3.1291;
  return { words: words.length, fk, smog };
}

/** Every string inside a value, skipping ids, codes and other non-prose keys. */
function strings(value, skip = new Set(['id', 'sources', 'certainty', 'severity', 'basis', 'kind', 'phase', 'fit', 'level', 'tag', 'field', 'tags', 'when', 'unless', 'locale', 'reviewed', 'reviewBy', 'calendarFile'])) {
  if (typeof value === 'string') return [value.endsWith('.') || value.endsWith('?') ? value : `${value}.`];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, skip));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (skip.has(key) ? [] : strings(item, skip)));
  return [];
}

const { ui, quiz, procedures } = en;
const widgets = {
  'spine-compare': [
    ...strings(ui.compare),
    ...procedures.flatMap((procedure) => strings(Object.fromEntries(Object.entries(procedure).filter(([key]) => key !== 'milestones' && key !== 'risks')))),
  ],
  'spine-timeline': [...strings(ui.timeline), ...procedures.flatMap((procedure) => strings(procedure.milestones))],
  'spine-risks': [...strings(ui.risks), ...procedures.flatMap((procedure) => strings(procedure.risks))],
  'spine-quiz': [...strings(ui.quiz), ...strings(quiz)],
};

const row = (name, result) => `| ${name} | ${result.words} | ${result.fk.toFixed(1)} | ${result.smog.toFixed(1)} |`;
console.log('| widget | words | Flesch-Kincaid grade | SMOG |');
console.log('| --- | --- | --- | --- |');
const failures = [];
for (const [name, texts] of Object.entries(widgets)) {
  const result = grade(texts);
  console.log(row(name, result));
  if (result.fk > limit) failures.push(`${name}: grade ${result.fk.toFixed(1)}`);
}
console.log('\n| option | words | Flesch-Kincaid grade | SMOG |');
console.log('| --- | --- | --- | --- |');
for (const procedure of procedures) console.log(row(procedure.id, grade(strings(procedure))));

if (failures.length) {
  console.error(`\nAbove grade ${limit}: ${failures.join('; ')}`);
  process.exit(1);
}
