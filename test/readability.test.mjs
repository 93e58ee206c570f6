// The reading-ease formulas behind `npm run readability`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { grade, inflesz, infleszBand, silabas } from '../scripts/readability.mjs';

describe('Spanish syllables', () => {
  const words = {
    y: 1, que: 1, muy: 1, dolor: 2, día: 2, país: 2, leer: 2, guía: 2, huevo: 2, ahora: 3, ciática: 3,
    inyección: 3, columna: 3, médico: 3, cuidado: 3, aéreo: 4, averigüéis: 4, procedimiento: 5, rehabilitación: 6,
  };
  for (const [word, count] of Object.entries(words)) {
    it(`${word}: ${count}`, () => assert.equal(silabas(word), count));
  }
});

describe('INFLESZ', () => {
  it('scores short, plain sentences as easy and long, technical ones as hard', () => {
    const plain = inflesz(['Le ponen una inyección en la espalda.', 'Vuelve a casa el mismo día.']);
    const technical = inflesz([
      'La radiofrecuencia pulsada intraarticular proporciona analgesia prolongada en pacientes con espondiloartrosis lumbar degenerativa, independientemente de la administración concomitante de corticosteroides epidurales interlaminares.',
    ]);
    assert.ok(plain.score > 80, `plain: ${plain.score}`);
    assert.ok(technical.score < 40, `technical: ${technical.score}`);
    assert.equal(infleszBand(plain.score), 'very easy');
    assert.equal(infleszBand(technical.score), 'very hard');
  });
});

describe('Flesch-Kincaid', () => {
  it('gives a higher grade to longer words and sentences', () => {
    const plain = grade(['You go home the same day.']);
    const technical = grade(['Percutaneous intervertebral radiofrequency denervation demonstrated statistically insignificant improvements.']);
    assert.ok(plain.fk < 3 && technical.fk > 12, `${plain.fk} / ${technical.fk}`);
  });
});

describe('what is scored', () => {
  it('reads the words a patient sees, not ids, source ids, codes or file names', async () => {
    const { evaluate } = await import('../scripts/evaluate-ts.mjs');
    const { texts } = await import('../scripts/readability.mjs');
    const [en, words] = await Promise.all([evaluate('src/content/en/index.ts', 'en'), evaluate('src/content/overlay.ts', 'words')]);
    const { widgets, options } = texts(en, words);
    const all = [...Object.values(widgets), ...Object.values(options)].flat();
    for (const code of ['esi.', 'moderate.', 'side-effect.', 'bmj-bp-ces.', 'needle.', 'recovery-{id}.ics.']) assert.ok(!all.includes(code), code);
    assert.ok(widgets['spine-quiz'].includes(en.quiz.redFlags[0].text + '.'));
    assert.ok(widgets['spine-quiz'].includes(en.ui.quiz.tags.needle[0]));
    assert.deepEqual(Object.keys(options), en.procedures.map((procedure) => procedure.id));
  });
});
