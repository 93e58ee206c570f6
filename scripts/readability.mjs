// npm run readability: how easy the patient text is to read, per widget and per option.
// English: Flesch-Kincaid grade and SMOG; fails when a widget averages above grade 8.
// Spanish: INFLESZ (Szigriszt-Pazos, the scale used for Spanish patient leaflets, Barrio-Cantalejo
// et al. 2008); fails when a widget scores below 55, the bottom of its "normal" band.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const gradeLimit = 8;
const infleszLimit = 55;

/** Syllables of an English word, by the usual vowel-group rule with common corrections. */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

const strong = 'aeoáéó';
const vowels = 'aeiouáéíóúü';

/**
 * Syllables of a Spanish word: one per vowel group, plus one at each hiatus (two strong vowels,
 * or a stressed í/ú beside a strong one). Diphthongs and the silent u of que/gui stay one.
 */
export function silabas(word) {
  let count = 0;
  let previous = ' ';
  for (const letter of word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '')) {
    if (vowels.includes(letter)) {
      const hiatus = (strong.includes(previous) && strong.includes(letter)) || (/[íú]/.test(letter) && strong.includes(previous)) || (/[íú]/.test(previous) && strong.includes(letter));
      if (!vowels.includes(previous) || hiatus) count++;
    }
    previous = letter;
  }
  return Math.max(1, count);
}

function measure(texts) {
  const text = texts.join(' ').replace(/\{[a-zA-Z]+\}/g, '5');
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length || texts.length);
  const words = text.match(/[A-Za-záéíóúüñÁÉÍÓÚÜÑ’']+/g) ?? [];
  return { text, sentences, words };
}

/** Flesch-Kincaid grade and SMOG for English text. */
export function grade(texts) {
  const { sentences, words } = measure(texts);
  const syllableCounts = words.map(syllables);
  const total = syllableCounts.reduce((a, b) => a + b, 0);
  const polysyllables = syllableCounts.filter((count) => count >= 3).length;
  const fk = 0.39 * (words.length / sentences) + 11.8 * (total / Math.max(1, words.length)) - 15.59;
  const smog = 1.043 * Math.sqrt(polysyllables * (30 / sentences)) + 3.1291;
  return { words: words.length, fk, smog };
}

/** INFLESZ for Spanish text: 206.835 − 62.3 × syllables per word − words per sentence. */
export function inflesz(texts) {
  const { sentences, words } = measure(texts);
  const total = words.map(silabas).reduce((a, b) => a + b, 0);
  return { words: words.length, score: 206.835 - 62.3 * (total / Math.max(1, words.length)) - words.length / sentences };
}

/** The bands of the INFLESZ scale. */
export function infleszBand(score) {
  return score < 40 ? 'very hard' : score < 55 ? 'somewhat hard' : score < 65 ? 'normal' : score <= 80 ? 'fairly easy' : 'very easy';
}

/** Every string inside a value, skipping ids, codes and other non-prose keys. */
function strings(value, skip = new Set(['id', 'sources', 'certainty', 'severity', 'basis', 'kind', 'phase', 'fit', 'level', 'tag', 'field', 'tags', 'when', 'unless', 'locale', 'reviewed', 'reviewBy', 'calendarFile'])) {
  if (typeof value === 'string') return [value.endsWith('.') || value.endsWith('?') ? value : `${value}.`];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, skip));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (skip.has(key) ? [] : strings(item, skip)));
  return [];
}

/** The patient text each widget shows, from one language's pack. */
function widgetTexts({ ui, quiz, procedures }) {
  return {
    'spine-compare': [
      ...strings(ui.compare),
      ...procedures.flatMap((procedure) => strings(Object.fromEntries(Object.entries(procedure).filter(([key]) => key !== 'milestones' && key !== 'risks')))),
    ],
    'spine-timeline': [...strings(ui.timeline), ...procedures.flatMap((procedure) => strings(procedure.milestones))],
    'spine-risks': [...strings(ui.risks), ...procedures.flatMap((procedure) => strings(procedure.risks))],
    'spine-quiz': [...strings(ui.quiz), ...strings(quiz)],
  };
}

async function main() {
  const { en } = await import('../dist/esm/content/en/index.js');
  const { es } = await import('../dist/esm/content/es/index.js');
  const failures = [];

  const row = (name, result) => `| ${name} | ${result.words} | ${result.fk.toFixed(1)} | ${result.smog.toFixed(1)} |`;
  console.log('English\n\n| widget | words | Flesch-Kincaid grade | SMOG |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, texts] of Object.entries(widgetTexts(en))) {
    const result = grade(texts);
    console.log(row(name, result));
    if (result.fk > gradeLimit) failures.push(`${name} (en): grade ${result.fk.toFixed(1)}, above ${gradeLimit}`);
  }
  console.log('\n| option | words | Flesch-Kincaid grade | SMOG |');
  console.log('| --- | --- | --- | --- |');
  for (const procedure of en.procedures) console.log(row(procedure.id, grade(strings(procedure))));

  const spanishRow = (name, result) => `| ${name} | ${result.words} | ${result.score.toFixed(1)} (${infleszBand(result.score)}) |`;
  console.log('\nSpanish\n\n| widget | words | INFLESZ |');
  console.log('| --- | --- | --- |');
  for (const [name, texts] of Object.entries(widgetTexts(es))) {
    const result = inflesz(texts);
    console.log(spanishRow(name, result));
    if (result.score < infleszLimit) failures.push(`${name} (es): INFLESZ ${result.score.toFixed(1)}, below ${infleszLimit}`);
  }
  console.log('\n| option | words | INFLESZ |');
  console.log('| --- | --- | --- |');
  for (const procedure of es.procedures) console.log(spanishRow(procedure.id, inflesz(strings(procedure))));

  if (failures.length) {
    console.error(`\nToo hard to read: ${failures.join('; ')}`);
    process.exit(1);
  }
}

// Run as a script (not when a test imports it), also from a symlinked checkout.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) await main();
