import { expect } from '@open-wc/testing';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { overlay, translationStrings } from './overlay.js';

describe('translations as strings over the English pack', () => {
  it('rebuilds the whole Spanish pack from its strings and the English pack', () => {
    const spanish = { ...es, sources: en.sources };
    const strings = translationStrings(en, spanish);
    expect(overlay(en, strings)).to.deep.equal(spanish);
    // Only words travel: every id, number and source is taken from English.
    expect(strings.filter((item) => item !== 0).length).to.be.lessThan(strings.length);
  });

  it('keeps the base where the translation is the same, and never changes the base', () => {
    const base = { id: 'a', label: 'Hello', sources: ['x'], value: 3 };
    const translated = overlay(base, translationStrings(base, { id: 'a', label: 'Hola', sources: ['x'], value: 3 }));
    expect(translated).to.deep.equal({ id: 'a', label: 'Hola', sources: ['x'], value: 3 });
    expect(base.label).to.equal('Hello');
  });

  const mismatches: [string, unknown, string][] = [
    ['a number', { id: 'a', items: ['x', 'y'], value: 4 }, 'value: 4 differs from English 3'],
    ['an array length', { id: 'a', items: ['x'], value: 3 }, 'items: expected 2 items, as in English'],
    ['an extra key', { id: 'a', items: ['x', 'y'], value: 3, extra: 'z' }, ': extra not in English'],
    ['a string turned into something else', { id: 1, items: ['x', 'y'], value: 3 }, 'id: expected a string'],
  ];
  for (const [what, translated, message] of mismatches) {
    it(`refuses a translation that changes ${what}`, () => {
      expect(() => translationStrings({ id: 'a', items: ['x', 'y'], value: 3 }, translated)).to.throw(message);
    });
  }
});
