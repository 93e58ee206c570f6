// npm run readability: how easy the patient text is to read, per widget and per option.
// English: Flesch-Kincaid grade and SMOG; fails when a widget averages above grade 8.
// Spanish: INFLESZ (Szigriszt-Pazos, the scale used for Spanish patient leaflets, Barrio-Cantalejo
// et al. 2008); fails when a widget scores below 55, the bottom of its "normal" band.
import { realpathSync } from 'node:fs';
import { evaluate } from './evaluate-ts.mjs';
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

/**
 * The patient text of one language's pack, per widget and per option: its words (as the
 * translation overlay sees them: no ids, codes or citations), each read as a sentence.
 * File names are not text.
 */
export function texts({ ui, quiz, procedures }, words) {
  const sentences = (node, path) =>
    words(node, path)
      .filter(({ path: at }) => !at.endsWith('.calendarFile'))
      .map(({ text }) => (/[.?]$/.test(text) ? text : `${text}.`));
  const options = (pick) => procedures.flatMap((procedure, index) => sentences(pick(procedure), `procedures[${index}]`));
  return {
    widgets: {
      'spine-compare': [
        ...sentences(ui.compare, 'ui.compare'),
        ...options((procedure) => Object.fromEntries(Object.entries(procedure).filter(([key]) => key !== 'milestones' && key !== 'risks'))),
      ],
      'spine-timeline': [...sentences(ui.timeline, 'ui.timeline'), ...options((procedure) => ({ milestones: procedure.milestones }))],
      'spine-risks': [...sentences(ui.risks, 'ui.risks'), ...options((procedure) => ({ risks: procedure.risks }))],
      'spine-quiz': [...sentences(ui.quiz, 'ui.quiz'), ...sentences(quiz, 'quiz')],
    },
    options: Object.fromEntries(procedures.map((procedure, index) => [procedure.id, sentences(procedure, `procedures[${index}]`)])),
  };
}

/** Prints one language's tables; returns the widgets that are too hard to read. */
function report(title, { widgets, options }, { columns, measure, cells, tooHard }) {
  const table = (first, rows) => {
    console.log(`\n| ${first} | words | ${columns} |\n| --- | --- | ${columns.split(' | ').map(() => '---').join(' | ')} |`);
    for (const [name, sentences] of Object.entries(rows)) {
      const result = measure(sentences);
      console.log(`| ${name} | ${result.words} | ${cells(result)} |`);
    }
  };
  console.log(`\n${title}`);
  table('widget', widgets);
  table('option', options);
  return Object.entries(widgets).flatMap(([name, sentences]) => {
    const problem = tooHard(measure(sentences));
    return problem ? [`${name} (${title}): ${problem}`] : [];
  });
}

async function main() {
  const [en, es, words] = await Promise.all([
    evaluate('src/content/en/index.ts', 'en'),
    evaluate('src/content/es/index.ts', 'es'),
    evaluate('src/content/overlay.ts', 'words'),
  ]);
  const failures = [
    ...report('English', texts(en, words), {
      columns: 'Flesch-Kincaid grade | SMOG',
      measure: grade,
      cells: ({ fk, smog }) => `${fk.toFixed(1)} | ${smog.toFixed(1)}`,
      tooHard: ({ fk }) => fk > gradeLimit && `grade ${fk.toFixed(1)}, above ${gradeLimit}`,
    }),
    ...report('Spanish', texts(es, words), {
      columns: 'INFLESZ',
      measure: inflesz,
      cells: ({ score }) => `${score.toFixed(1)} (${infleszBand(score)})`,
      tooHard: ({ score }) => score < infleszLimit && `INFLESZ ${score.toFixed(1)}, below ${infleszLimit}`,
    }),
  ];
  if (failures.length) {
    console.error(`\nToo hard to read: ${failures.join('; ')}`);
    process.exit(1);
  }
}

// Run as a script (not when a test imports it), also from a symlinked checkout.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) await main();
