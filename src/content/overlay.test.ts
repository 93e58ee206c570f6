import { expect } from '@open-wc/testing';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { overlay, translationStrings } from './overlay.js';

describe('translations as words over the English pack', () => {
  const spanish = { ...es, sources: en.sources };

  it('rebuilds the whole Spanish pack from its words and the English pack', () => {
    const strings = translationStrings(en, spanish);
    expect(overlay(en, strings)).to.deep.equal(spanish);
    // Only words travel: no id, source id or certainty is among them.
    const ids = new Set([...en.procedures.map((procedure) => procedure.id), ...Object.keys(en.sources), 'moderate', 'side-effect']);
    expect(strings.filter((text) => text !== 0 && ids.has(text))).to.deep.equal([]);
  });

  it('keeps the base where the translation is the same, and never changes the base', () => {
    const base = { id: 'a', label: 'Hello', sources: ['x'], value: 3 };
    const strings = translationStrings(base, { id: 'a', label: 'Hola', sources: ['x'], value: 3 });
    expect(strings).to.deep.equal(['Hola']);
    expect(overlay(base, strings)).to.deep.equal({ id: 'a', label: 'Hola', sources: ['x'], value: 3 });
    expect(base.label).to.equal('Hello');
  });

  it('translates the options themselves, but not the option ids a quiz rule names', () => {
    const base = { procedures: [{ id: 'esi', name: 'Injection' }], quiz: { rules: [{ procedures: ['esi'], reason: 'Why' }] } };
    const translated = { procedures: [{ id: 'esi', name: 'Inyección' }], quiz: { rules: [{ procedures: ['esi'], reason: 'Por qué' }] } };
    expect(translationStrings(base, translated)).to.deep.equal(['Inyección', 'Por qué']);
    expect(() => translationStrings(base, { ...translated, quiz: { rules: [{ procedures: ['iee'], reason: 'Por qué' }] } })).to.throw('quiz.rules[0].procedures[0]');
  });

  const base = { id: 'a', items: ['x', 'y'], value: 3, certainty: 'low', sources: ['s'] };
  const mismatches: [string, unknown, string][] = [
    ['a number', { ...base, value: 4 }, 'value: differs from English'],
    ['an array length', { ...base, items: ['x'] }, 'items[1]: expected a string'],
    ['an extra key', { ...base, extra: 'z' }, 'extra: differs from English'],
    ['an id', { ...base, id: 'b' }, 'id: differs from English'],
    ['a certainty', { ...base, certainty: 'alta' }, 'certainty: differs from English'],
    ['a source', { ...base, sources: ['t'] }, 'sources[0]: differs from English'],
    ['a string turned into something else', { ...base, items: ['x', 1] }, 'items[1]: expected a string'],
  ];
  for (const [what, translated, message] of mismatches) {
    it(`refuses a translation that changes ${what}`, () => {
      expect(() => translationStrings(base, translated)).to.throw(message);
    });
  }

  it('refuses words made for another version of the English pack', () => {
    const strings = translationStrings(en, spanish);
    expect(() => overlay(en, strings.slice(1))).to.throw('this version needs');
    expect(() => overlay(en, [...strings, 'extra'])).to.throw('this version needs');
  });
});
