import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { contentPackSchema } from './schema.js';

/** Human-readable fields: translated. Everything else (ids, numbers, sources, certainty…) must match English. */
const prose = new Set(['text', 'name', 'shortName', 'label', 'detail', 'noRate', 'outcome', 'timeFrame', 'population', 'reason', 'questions', 'askDoctor', 'decision', 'disclosure', 'ui']);

/** The pack with every translated string replaced by a marker that keeps its placeholders. */
function shape(node: unknown, inProse = false): unknown {
  if (typeof node === 'string') return inProse ? `text${(node.match(/\{\w+\}/g) ?? []).sort().join('')}` : node;
  if (Array.isArray(node)) return node.map((item) => shape(item, inProse));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, shape(value, inProse || prose.has(key))]));
  }
  return node;
}

describe('Spanish content pack', () => {
  const pack = { ...es, sources: en.sources };

  it('passes the same content schema as English', () => {
    const result = v.safeParse(contentPackSchema, pack);
    expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).to.deep.equal([]);
  });

  it('keeps every id, number, source and certainty of the English pack; only the words differ', () => {
    expect(shape({ ...pack, locale: en.locale })).to.deep.equal(shape(en));
  });

  it('keeps every placeholder of every interface string', () => {
    const placeholders = (node: unknown): string[] =>
      typeof node === 'string' ? (node.match(/\{\w+\}/g) ?? []).sort() : Object.values(node as object).flatMap(placeholders);
    expect(placeholders(es.ui)).to.deep.equal(placeholders(en.ui));
  });

  it('is really translated, not copied', () => {
    expect(es.decision).to.not.equal(en.decision);
    const same = es.procedures.flatMap((procedure, index) => (procedure.summary.text === en.procedures[index].summary.text ? [procedure.id] : []));
    expect(same).to.deep.equal([]);
    expect(es.ui.compare.intro).to.not.equal(en.ui.compare.intro);
  });

  it('groups thousands with a space, which every Spanish-speaking region reads the same way', () => {
    // "10.000" is ten thousand in Spain but ten in Mexico; "10 000" is ten thousand everywhere.
    const prose = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(prose) : [];
    const ambiguous = prose({ ...es, sources: undefined }).filter((text) => /\d[.,]\d{3}(?!\d)/.test(text));
    expect(ambiguous).to.deep.equal([]);
    expect(prose(es).some((text) => text.includes('10\u00a0000'))).to.equal(true);
  });
});
