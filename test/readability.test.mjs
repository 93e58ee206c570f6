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
