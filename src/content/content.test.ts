import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { en } from './en/index.js';
import { contentPackSchema, type Procedure } from './schema.js';

const expectedIds = ['esi', 'facet', 'rfa', 'scs', 'discectomy', 'vertebroplasty', 'conservative'];

function citedIds(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => citedIds(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sources' && Array.isArray(value)) found.push(...value);
      else citedIds(value, found);
    }
  }
  return found;
}

describe('English content pack', () => {
  it('passes the content schema', () => {
    const result = v.safeParse(contentPackSchema, en);
    const problems = result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? [];
    expect(problems).to.deep.equal([]);
  });

  it('offers the six procedures and care without a procedure, in order', () => {
    expect(en.procedures.map((procedure) => procedure.id)).to.deep.equal(expectedIds);
  });

  it('cites only sources it lists, and lists only sources it cites', () => {
    const cited = new Set([...citedIds(en.procedures), ...citedIds(en.quiz), ...en.quiz.redFlagSources]);
    const listed = new Set(Object.keys(en.sources));
    expect([...cited].filter((id) => !listed.has(id)), 'cited but not listed').to.deep.equal([]);
    expect([...listed].filter((id) => !cited.has(id)), 'listed but never cited').to.deep.equal([]);
  });

  it('gives every option the same fields (equal detail)', () => {
    const fields = (procedure: Procedure) => Object.keys(procedure).filter((key) => key !== 'clinicNote').sort();
    const reference = fields(en.procedures[0]);
    for (const procedure of en.procedures) expect(fields(procedure), procedure.id).to.deep.equal(reference);
    for (const procedure of en.procedures) {
      expect(procedure.risks.length, `${procedure.id} risks`).to.be.greaterThan(0);
      expect(procedure.milestones.length, `${procedure.id} milestones`).to.be.greaterThan(0);
      expect(procedure.milestones.some((milestone) => milestone.kind === 'warning'), `${procedure.id} warning signs`).to.equal(true);
    }
  });

  it('gives every risk a rate, a range or the reason there is none', () => {
    for (const procedure of en.procedures) {
      for (const risk of procedure.risks) {
        const where = `${procedure.id}/${risk.id}`;
        const hasRange = risk.lowPerThousand !== undefined && risk.highPerThousand !== undefined;
        expect(risk.perThousand !== undefined || hasRange || risk.noRate !== undefined, where).to.equal(true);
        if (hasRange) expect(risk.lowPerThousand!, where).to.be.at.most(risk.highPerThousand!);
      }
    }
  });

  it('keeps every benefit figure within its denominator', () => {
    for (const procedure of en.procedures) {
      for (const figure of procedure.figures) {
        const where = `${procedure.id}: ${figure.outcome}`;
        const numbers = [figure.value, figure.low, figure.high, figure.comparison?.value].filter((n) => n !== undefined);
        expect(numbers.length, where).to.be.greaterThan(0);
        for (const n of numbers) expect(n!, where).to.be.within(0, figure.per);
      }
    }
  });

  it('sets a review-by date no more than 24 months after the review', () => {
    const reviewed = new Date(en.reviewed);
    const limit = new Date(reviewed);
    limit.setUTCMonth(limit.getUTCMonth() + 24);
    expect(new Date(en.reviewBy) > reviewed && new Date(en.reviewBy) <= limit).to.equal(true);
  });

  it('never uses the words that rank or recommend', () => {
    const text = JSON.stringify(en.procedures).toLowerCase();
    for (const word of ['candidate', 'we recommend', 'best option', 'you should have']) {
      expect(text.includes(word), word).to.equal(false);
    }
  });
});
