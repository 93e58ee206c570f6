import { expect } from '@open-wc/testing';
import { en } from '../content/en/index.js';
import { evaluate, matches, urgencyOf, type Answers } from './quiz.js';

const { quiz } = en;
const all = en.procedures.map((procedure) => procedure.id);
const ids = (fits: { id: string }[]) => fits.map((fit) => fit.id);

describe('quiz engine: red flags', () => {
  for (const flag of quiz.redFlags) {
    it(`“${flag.text}” stops the quiz as ${flag.level}`, () => {
      expect(urgencyOf(quiz, [flag.id])).to.equal(flag.level);
    });
  }
  it('lets an emergency outrank an urgent flag', () => {
    expect(urgencyOf(quiz, ['cancer', 'saddle'])).to.equal('emergency');
  });
  it('does not stop with no flag ticked', () => {
    expect(urgencyOf(quiz, [])).to.equal(undefined);
  });
});

describe('quiz engine: CONTENT.md §9.3, row by row', () => {
  // [row, answers, must be in "ask", must be in "unlikely", must not be in "ask"]
  const rows: [string, Answers, string[], string[], string[]][] = [
    ['pain under 6 weeks: care without a procedure, the rest later', { where: ['leg'], 'how-long': ['under-6w'], told: ['disc'] }, ['conservative'], ['facet', 'rfa', 'scs', 'discectomy'], ['esi', 'discectomy']],
    ['leg pain + disc, 6 weeks or more: injection and disc surgery', { where: ['leg'], 'how-long': ['weeks-6-12'], told: ['disc'] }, ['conservative', 'esi', 'discectomy'], [], ['vertebroplasty']],
    ['leg pain + central stenosis: injections usually do not fit', { where: ['leg'], 'how-long': ['months-3-6'], told: ['stenosis'] }, ['conservative'], ['esi'], ['esi']],
    ['back pain + facet arthritis over 3 months: a test block', { where: ['back'], 'how-long': ['over-6m'], told: ['facet'] }, ['conservative', 'facet'], ['esi'], ['rfa']],
    ['a block that helped: ablation', { where: ['back'], 'how-long': ['over-6m'], told: ['facet'], block: ['helped'] }, ['facet', 'rfa'], [], []],
    ['leg pain alone, after a block that helped: not ablation, which is for back pain', { where: ['leg'], 'how-long': ['over-6m'], told: ['disc'], block: ['helped'] }, ['conservative', 'esi', 'discectomy'], [], ['rfa']],
    ['back pain under 3 months, after a block that helped: not yet ablation, which is for longer pain', { where: ['back'], 'how-long': ['weeks-6-12'], block: ['helped'] }, ['conservative'], [], ['rfa']],
    ['a block that did not help: ablation usually does not fit', { where: ['back'], 'how-long': ['over-6m'], block: ['no-help'] }, ['conservative'], ['rfa'], ['rfa']],
    ['leg nerve pain over 6 months, after surgery: stimulation', { where: ['both'], 'how-long': ['over-6m'], told: ['surgery'], tried: ['surgery'] }, ['conservative', 'scs'], [], []],
    ['osteoporosis or a broken spine bone: vertebroplasty', { where: ['back'], 'how-long': ['under-6w'], told: ['fracture'] }, ['conservative', 'vertebroplasty'], [], []],
    ['no fracture mentioned: vertebroplasty usually does not fit', { where: ['back'], 'how-long': ['months-3-6'] }, ['conservative'], ['vertebroplasty'], ['vertebroplasty']],
    ['I don’t know everywhere: only care without a procedure', { where: ['unsure'], 'how-long': ['unsure'], told: ['unsure'], block: ['unsure'] }, ['conservative'], ['vertebroplasty'], ['esi', 'facet', 'rfa', 'scs', 'discectomy']],
  ];
  for (const [row, answers, ask, unlikely, notAsk] of rows) {
    it(row, () => {
      const outcome = evaluate(quiz, all, answers);
      expect(ids(outcome.ask)).to.include.members(ask);
      expect(ids(outcome.unlikely)).to.include.members(unlikely);
      for (const id of notAsk) expect(ids(outcome.ask), id).to.not.include(id);
      const everyone = [...ids(outcome.ask), ...ids(outcome.unlikely), ...outcome.other];
      expect(everyone.sort()).to.deep.equal([...all].sort());
    });
  }

  it('gives a reason, with sources, for every option to ask about except when none was found', () => {
    const outcome = evaluate(quiz, all, { where: ['leg'], 'how-long': ['over-6m'], told: ['disc', 'surgery'] });
    for (const fit of outcome.ask) {
      expect(fit.reasons.length, fit.id).to.be.greaterThan(0);
      for (const reason of fit.reasons) expect(reason.sources.length).to.be.greaterThan(0);
    }
  });

  it('keeps an option asked about, with the caveat, when rules pull both ways', () => {
    const outcome = evaluate(quiz, all, { where: ['leg'], 'how-long': ['months-3-6'], told: ['disc', 'stenosis'] });
    const esi = outcome.ask.find((fit) => fit.id === 'esi')!;
    expect(esi.reasons).to.have.length(1);
    expect(esi.against).to.have.length(1);
  });

  it('only speaks about the options on offer, in their order', () => {
    const outcome = evaluate(quiz, ['rfa', 'conservative'], { where: ['back'], 'how-long': ['over-6m'], block: ['helped'] });
    expect(ids(outcome.ask)).to.deep.equal(['rfa', 'conservative']);
  });
});

describe('quiz engine: tell-your-doctor cards (§9.2 item 7)', () => {
  for (const option of quiz.questions.find((question) => question.id === 'health')!.options) {
    const expectCard = !['none', 'unsure'].includes(option.id);
    it(`${option.id} ${expectCard ? 'adds' : 'adds no'} card`, () => {
      const outcome = evaluate(quiz, all, { health: [option.id] });
      expect(outcome.cautions.length).to.equal(expectCard ? 1 : 0);
    });
  }
  it('never tells anyone to stop a medicine', () => {
    for (const caution of quiz.cautions) expect(caution.text.toLowerCase()).to.not.match(/\bstop (taking|your)\b/);
  });
});

describe('matches', () => {
  const cases: [Record<string, string[]>, Answers, boolean][] = [
    [{}, {}, true],
    [{ where: ['leg'] }, { where: ['leg'] }, true],
    [{ where: ['leg', 'both'] }, { where: ['both'] }, true],
    [{ where: ['leg'], told: ['disc'] }, { where: ['leg'], told: ['facet'] }, false],
    [{ where: ['leg'] }, {}, false],
  ];
  for (const [when, answers, expected] of cases) {
    it(`${JSON.stringify(when)} with ${JSON.stringify(answers)} → ${expected}`, () => expect(matches(when, answers)).to.equal(expected));
  }
});
